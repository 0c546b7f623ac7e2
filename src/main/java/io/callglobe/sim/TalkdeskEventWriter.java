package io.callglobe.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes simulated events as the bus sends them, one {@link TalkdeskEventJson} object a line. Gzips when the file
 * name ends in {@code .gz}.
 */
public final class TalkdeskEventWriter implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;
    private final JsonGenerator json;

    public TalkdeskEventWriter(OutputStream out) throws IOException {
        this.out = out;
        this.json = JSON.createGenerator(out);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setRootValueSeparator(null);
    }

    public static TalkdeskEventWriter open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new TalkdeskEventWriter(out);
    }

    public void write(ScriptedEvent event) throws IOException {
        TalkdeskEventJson.write(json, event);
        json.writeRaw('\n');
    }

    /** Pushes the lines written so far to the stream, e.g. before a paced run waits for its next event. */
    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            json.close();
        }
    }
}
