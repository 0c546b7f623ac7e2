package io.callglobe.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Inter (SIL OFL), shipped with the program so frames look the same on any machine, fonts installed or not. */
final class HudFonts {
    static final Font REGULAR = load("/fonts/Inter-Regular.otf");
    static final Font SEMI_BOLD = load("/fonts/Inter-SemiBold.otf");

    private HudFonts() {
    }

    private static Font load(String resource) {
        try (InputStream in = HudFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is damaged", e);
        }
    }
}
