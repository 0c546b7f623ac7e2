package io.callglobe.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class HudPainterTest {
    private static final int WIDTH = 520;

    @Test
    void aTitleThatFitsIsLeftAlone() {
        assertEquals("Lisbon desk", HudPainter.fitted("Lisbon desk", metrics(), WIDTH));
    }

    @Test
    void aTitleTooLongForThePanelEndsInAnEllipsisWithinIt() {
        String title = "Contact Centre Operations \u2014 Lisbon, Porto, London, New York, S\u00e3o Paulo and "
                + "Johannesburg regional hubs, overnight shift";
        FontMetrics metrics = metrics();

        String fitted = HudPainter.fitted(title, metrics, WIDTH);

        assertTrue(fitted.endsWith("\u2026"), fitted);
        assertTrue(title.startsWith(fitted.substring(0, fitted.length() - 1)), fitted);
        assertTrue(metrics.stringWidth(fitted) <= WIDTH, fitted);
        assertTrue(metrics.stringWidth(fitted) > WIDTH * 0.9, "cut no shorter than needed: " + fitted);
        assertFalse(fitted.contains(" \u2026"), "no space before the ellipsis: " + fitted);
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setFont(HudFonts.SEMI_BOLD.deriveFont(19f));
        return g.getFontMetrics();
    }
}
