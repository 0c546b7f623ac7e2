package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegFrameWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFrameWithTransparentPixelsIsRefusedAndNothingIsWritten() throws IOException {
        ByteBuffer transparent = ByteBuffer.allocateDirect(8 * 8 * 4);

        assertThrows(IllegalArgumentException.class,
                () -> JpegFrameWriter.write(transparent, 8, 8, dir.resolve("clear.jpg")));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
