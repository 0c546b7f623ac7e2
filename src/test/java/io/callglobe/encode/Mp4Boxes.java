package io.callglobe.encode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads how an MP4 is laid out: its top-level boxes ("ftyp", "moov", "moof", "mdat"...). */
public final class Mp4Boxes {
    private Mp4Boxes() {
    }

    /** The types of the file's top-level boxes, in file order, up to the first that runs past its end. */
    public static List<String> topLevel(Path mp4) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(mp4));
        List<String> types = new ArrayList<>();
        while (bytes.remaining() >= 8) {
            long size = Integer.toUnsignedLong(bytes.getInt());
            byte[] type = new byte[4];
            bytes.get(type);
            types.add(new String(type, StandardCharsets.ISO_8859_1));
            long header = 8;
            if (size == 1) {
                size = bytes.getLong();
                header = 16;
            }
            if (size < header || size - header > bytes.remaining()) {
                break;
            }
            bytes.position(bytes.position() + (int) (size - header));
        }
        return types;
    }
}
