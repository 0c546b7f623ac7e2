package io.callglobe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Refuses an output whose name promises another format than the one written, such as a PNG named .jpg. */
final class OutputNames {
    private OutputNames() {
    }

    /** @param written what the command writes, as a user would name it: "H.264 in MP4" */
    static void requireExtension(Path output, String written, List<String> extensions) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(name::endsWith)) {
            throw new IllegalArgumentException(output + ": this writes " + written + ", so the name must end in "
                    + String.join(" or ", extensions));
        }
    }
}
