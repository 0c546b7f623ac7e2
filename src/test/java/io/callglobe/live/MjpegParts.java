package io.callglobe.live;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads the JPEG parts of a multipart/x-mixed-replace stream, as an MJPEG viewer does. */
final class MjpegParts {
    private final InputStream in;
    private final String boundary;

    MjpegParts(InputStream in, String contentType) {
        this.in = in;
        int at = contentType.indexOf("boundary=");
        if (!contentType.startsWith("multipart/x-mixed-replace") || at < 0) {
            throw new IllegalArgumentException("not an MJPEG stream: " + contentType);
        }
        this.boundary = "--" + contentType.substring(at + "boundary=".length()).trim();
    }

    /** The next part's JPEG bytes. */
    byte[] next() throws IOException {
        String line;
        do {
            line = readLine();
        } while (line.isEmpty());
        if (!line.equals(boundary)) {
            throw new IOException("expected the boundary " + boundary + ", got '" + line + "'");
        }
        int length = -1;
        String contentType = null;
        while (!(line = readLine()).isEmpty()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        if (length < 0 || !"image/jpeg".equals(contentType)) {
            throw new IOException("part without Content-Length or not a JPEG: " + contentType);
        }
        byte[] jpeg = in.readNBytes(length);
        if (jpeg.length != length) {
            throw new EOFException("stream ended inside a part");
        }
        return jpeg;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("stream ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
