package io.callglobe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Output names and the formats they promise, so that no file's name lies about its content. */
final class OutputNames {
    private OutputNames() {
    }

    /** @param written what the command writes, as a user would name it: "H.264 in MP4" */
    static void requireExtension(Path output, String written, List<String> extensions) {
        if (!hasExtension(output, extensions)) {
            throw new IllegalArgumentException(output + ": this writes " + written + ", so the name must end in "
                    + String.join(" or ", extensions));
        }
    }

    /** True when the file's name ends in one of {@code extensions}, in any case. */
    static boolean hasExtension(Path output, List<String> extensions) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }
}
