package io.callglobe.bench;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import io.callglobe.render.HeadlessGl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one line that says where the figures come from. */
final class MachineFacts {
    private MachineFacts() {
    }

    static String describe() {
        return String.format("%d cores (%s), %s %s; GL %s; Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
                System.getProperty("os.version"), glRenderer(), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String glRenderer() {
        GLOffscreenAutoDrawable drawable = HeadlessGl.createOffscreen(16, 16);
        try {
            GLContext context = drawable.getContext();
            if (context.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
                return "unavailable";
            }
            try {
                GL gl = drawable.getGL();
                return gl.glGetString(GL.GL_RENDERER) + ", " + gl.glGetString(GL.GL_VERSION);
            } finally {
                context.release();
            }
        } finally {
            drawable.destroy();
        }
    }
}
