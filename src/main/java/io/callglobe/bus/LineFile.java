package io.callglobe.bus;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * A JSON Lines file opened for appending, gzipped when its name ends in {@code .gz} (a new gzip member after what
 * the file holds, which gzip readers take as one stream). Lines are buffered here and handed to the file whole,
 * so a plain file never ends in the middle of a line, even when the process is killed.
 */
final class LineFile implements Closeable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final OutputStream out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(BUFFER_BYTES + 1_024);

    private LineFile(OutputStream out) {
        this.out = out;
    }

    static LineFile append(Path path) throws IOException {
        boolean gzip = path.getFileName().toString().endsWith(".gz");
        boolean endsMidLine = !gzip && endsMidLine(path);
        OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        LineFile lines = new LineFile(gzip ? new GZIPOutputStream(new BufferedOutputStream(file, BUFFER_BYTES),
                BUFFER_BYTES, true) : file);
        if (endsMidLine) {
            // What an earlier crash left stays a line of its own, to be skipped as malformed, not glued to ours.
            lines.pending.write('\n');
        }
        return lines;
    }

    void write(String line) throws IOException {
        pending.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        pending.write('\n');
        if (pending.size() >= BUFFER_BYTES) {
            flush();
        }
    }

    void flush() throws IOException {
        if (pending.size() > 0) {
            pending.writeTo(out);
            pending.reset();
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    private static boolean endsMidLine(Path path) throws IOException {
        if (!Files.exists(path) || Files.size(path) == 0) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            file.seek(file.length() - 1);
            return file.read() != '\n';
        }
    }
}
