package io.callglobe.cli;

import io.callglobe.encode.FileErrors;
import picocli.CommandLine;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns the errors a user can cause (bad values, missing or unreadable files) into one clear line, not a trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int USAGE_ERROR = 2;
    static final int IO_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("callglobe: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            commandLine.getErr().println("callglobe: no such file: " + e.getMessage());
            return IO_ERROR;
        }
        if (e instanceof FileSystemException refused) {
            commandLine.getErr().println("callglobe: " + refused.getFile() + ": " + FileErrors.reason(refused));
            return IO_ERROR;
        }
        if (e instanceof IOException) {
            commandLine.getErr().println("callglobe: " + e.getMessage());
            return IO_ERROR;
        }
        throw e;
    }
}
