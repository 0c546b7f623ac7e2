package io.callglobe.encode;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Write-then-rename, so that a file only appears under its final name once it is complete. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Creates an empty hidden file beside {@code target}, on the same file system so the rename is atomic. */
    static Path createSiblingTemp(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        try {
            return Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".part");
        } catch (FileSystemException e) {
            // Its message would name only the hidden temp file, and often not why.
            throw new IOException("cannot write " + absolute + ": " + FileErrors.reason(e), e);
        }
    }

    /**
     * Moves {@code temp} onto {@code target} in one step, replacing what was there. Temp files are created
     * owner-only; a finished video or image is for sharing, so it gets the usual rw-r--r--.
     */
    static void commit(Path temp, Path target) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
