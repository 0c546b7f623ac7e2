package io.callglobe.events;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them: the JSON parser reads UTF-8 bytes directly, which is
 * several times cheaper than building a String per line. A line ends at LF; a CR before it is dropped. A line
 * longer than {@link #MAX_LINE_BYTES} is reported as {@link #tooLong()} and its bytes are discarded, so one
 * runaway line cannot exhaust memory.
 */
final class LineSplitter implements Closeable {

    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    /** Bytes of buffer[0..filled) were read; those before {@code position} are consumed. */
    private int filled;
    private int position;
    private boolean endOfStream;
    /** Counts the refills: a line's bytes stay where they are in {@link #bytes()} until the next one. */
    private long refills;
    /** Where the newline ending the line at {@code position} lies, once {@link #hasLineWithoutWaiting} found it. */
    private int pendingNewline = -1;

    private int lineStart;
    private int lineLength;
    private boolean tooLong;

    LineSplitter(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        if (pendingNewline >= 0) {
            endLine(pendingNewline, pendingNewline + 1);
            return true;
        }
        int scanned = position;
        while (true) {
            int newline = indexOfNewline(scanned);
            if (newline >= 0) {
                endLine(newline, newline + 1);
                return true;
            }
            scanned = filled;
            if (filled - position > MAX_LINE_BYTES) {
                tooLong = true;
                skipRestOfLine();
                return true;
            }
            if (endOfStream) {
                if (position == filled) {
                    return false;
                }
                endLine(filled, filled);
                return true;
            }
            scanned -= position;
            fill();
            scanned += position;
        }
    }

    /**
     * Whether {@link #next} can answer without waiting for the stream: a whole line is buffered, the stream has
     * ended, or it has bytes ready. A quiet pipe has none.
     */
    boolean hasLineWithoutWaiting() {
        if (pendingNewline < 0) {
            pendingNewline = indexOfNewline(position);
        }
        if (pendingNewline >= 0 || endOfStream) {
            return true;
        }
        try {
            return in.available() > 0;
        } catch (IOException e) {
            // The next read meets the same trouble and reports it.
            return true;
        }
    }

    /** Changes whenever bytes in {@link #bytes()} move or the array is replaced. */
    long refills() {
        return refills;
    }

    /** Where the whole lines buffered from the current one end: after the last newline read so far. */
    int bufferedLinesEnd() {
        for (int i = filled - 1; i >= lineStart + lineLength; i--) {
            if (buffer[i] == '\n') {
                return i + 1;
            }
        }
        return lineStart + lineLength;
    }

    byte[] bytes() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** The line was longer than {@link #MAX_LINE_BYTES}: its content is gone. */
    boolean tooLong() {
        return tooLong;
    }

    boolean isBlank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < filled; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void endLine(int end, int nextPosition) {
        pendingNewline = -1;
        if (end - position > MAX_LINE_BYTES) {
            tooLong = true;
            position = nextPosition;
            lineStart = position;
            lineLength = 0;
            return;
        }
        lineStart = position;
        lineLength = end - position;
        if (lineLength > 0 && buffer[end - 1] == '\r') {
            lineLength--;
        }
        position = nextPosition;
    }

    /** Makes room after the unconsumed bytes, moving them to the front or growing the buffer, then reads. */
    private void fill() throws IOException {
        refills++;
        int unconsumed = filled - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unconsumed);
            position = 0;
            filled = unconsumed;
        }
        if (filled == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            endOfStream = true;
        } else {
            filled += read;
        }
    }

    private void skipRestOfLine() throws IOException {
        position = filled;
        while (true) {
            int newline = indexOfNewline(position);
            if (newline >= 0) {
                position = newline + 1;
                lineStart = position;
                lineLength = 0;
                return;
            }
            position = filled;
            if (endOfStream) {
                lineStart = position;
                lineLength = 0;
                return;
            }
            fill();
        }
    }
}
