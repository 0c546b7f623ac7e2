package io.callglobe.encode;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why the file system refused, in words: Java names the commonest refusals only by the exception's type. */
public final class FileErrors {
    private FileErrors() {
    }

    /** "permission denied", "read-only file system", ...: the system's reason, or what the exception type means. */
    public static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            // What Files.createDirectories means by it, the one place ours come from.
            return "exists and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        return "refused by the file system";
    }
}
