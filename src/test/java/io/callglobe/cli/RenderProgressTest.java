package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.replay.ReplayRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderProgressTest {

    @Test
    void intoAFileProgressIsPlainLinesEndingWithTheLastFrame() {
        String text = loggedProgress(20);

        assertFalse(text.contains("\r") || text.contains("\u001b["), "no redraws or colours in a log: " + text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().allMatch(line -> line.startsWith("Rendering")), text);
        assertTrue(lines.get(lines.size() - 1).contains("20/20 frames"), text);
        assertEquals(lines.stream().distinct().count(), lines.size(), "no line printed twice: " + text);
    }

    /** What a render of 20 planned frames that stops after {@code frames} writes into a log file. */
    private static String loggedProgress(long frames) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (RenderProgress progress = new RenderProgress(20, true, false)) {
            for (long frame = 1; frame <= frames; frame++) {
                progress.frameDone(new ReplayRun.Outcome(frame, 0, 0, false), 20 - frame);
            }
        } finally {
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRenderThatFailsBeforeItsFirstFrameKeepsThePlannedCount() {
        List<String> lines = loggedProgress(0).lines().toList();

        assertTrue(lines.get(lines.size() - 1).contains(" 0/20 frames"), lines::toString);
    }

    @Test
    void surefiresPipedStderrIsNotATerminal() {
        assertFalse(Terminals.isTerminal(Terminals.STDERR, true));
    }
}
