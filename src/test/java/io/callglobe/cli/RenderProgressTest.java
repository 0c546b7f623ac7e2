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
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (RenderProgress progress = new RenderProgress(20, true, false)) {
            for (long frame = 1; frame <= 20; frame++) {
                progress.frameDone(new ReplayRun.Outcome(frame, 0, 0, false), 20 - frame);
            }
        } finally {
            System.setErr(stderr);
        }

        String text = captured.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r") || text.contains("\u001b["), "no redraws or colours in a log: " + text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().allMatch(line -> line.startsWith("Rendering")), text);
        assertTrue(lines.get(lines.size() - 1).contains("20/20 frames"), text);
        assertEquals(lines.stream().distinct().count(), lines.size(), "no line printed twice: " + text);
    }

    @Test
    void surefiresPipedStderrIsNotATerminal() {
        assertFalse(StderrTerminal.isTerminal());
    }
}
