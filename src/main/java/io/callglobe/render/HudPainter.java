package io.callglobe.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/** Draws the HUD's panels with Java2D: the clock and live counts, and the colour legend. */
final class HudPainter {
    private static final Color TEXT = new Color(0xEE, 0xF3, 0xFA);
    private static final Color MUTED = new Color(0x95, 0xA6, 0xBF);
    /** Redder than the unanswered arcs' coral, so an alert does not read as part of the legend. */
    private static final Color ALERT = new Color(0xFF, 0x3B, 0x30);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final String ELLIPSIS = "\u2026";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final float scale;
    private BufferedImage statusImage;

    HudPainter(float scale) {
        this.scale = scale;
    }

    /**
     * @param callsPerArc 1 when every call is drawn; N when only one call in N is (a very busy globe)
     * @return the painted panel, valid until the next call
     */
    BufferedImage status(HudState hud, int callsPerArc) {
        boolean sampled = callsPerArc > 1;
        int height = 150 + (hud.title() == null ? 0 : 30) + (hud.alert() == null ? 0 : 34) + (sampled ? 28 : 0);
        BufferedImage image = statusImage(px(520), px(height));
        Graphics2D g = graphics(image);
        int y = 0;
        if (hud.title() != null) {
            y += px(22);
            text(g, hud.title(), HudFonts.SEMI_BOLD, 19, TEXT, 0, y);
            y += px(10);
        }
        ZonedDateTime time = hud.eventTime().atZone(hud.zone());
        y += px(46);
        int clockWidth = text(g, CLOCK.format(time), HudFonts.SEMI_BOLD, 46, TEXT, 0, y);
        text(g, zoneLabel(time), HudFonts.REGULAR, 18, MUTED, clockWidth + px(10), y);
        y += px(26);
        text(g, DATE.format(time), HudFonts.REGULAR, 16, MUTED, 0, y);
        y += px(36);
        int x = dotLabel(g, ArcStyle.RINGING.awtColor(), hud.ringing() + " ringing", TEXT, 0, y);
        dotLabel(g, ArcStyle.INBOUND.awtColor(), hud.inCall() + " in call", TEXT, x + px(26), y);
        if (sampled) {
            y += px(28);
            text(g, "1 in " + callsPerArc + " calls drawn", HudFonts.REGULAR, 15, MUTED, 0, y);
        }
        if (hud.alert() != null) {
            dotLabel(g, ALERT, hud.alert(), ALERT, 0, y + px(34));
        }
        g.dispose();
        return image;
    }

    /**
     * The status panel's image, cleared: the same one while its size stays, as it is repainted every few frames.
     * Valid until the next call.
     */
    private BufferedImage statusImage(int width, int height) {
        if (statusImage == null || statusImage.getWidth() != width || statusImage.getHeight() != height) {
            statusImage = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        } else {
            Arrays.fill(((DataBufferInt) statusImage.getRaster().getDataBuffer()).getData(), 0);
        }
        return statusImage;
    }

    BufferedImage legend() {
        BufferedImage image = new BufferedImage(px(620), px(28), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        int x = 0;
        int y = px(19);
        String[] labels = {"inbound call", "outbound call", "ringing", "unanswered"};
        ArcStyle[] styles = {ArcStyle.INBOUND, ArcStyle.OUTBOUND, ArcStyle.RINGING, ArcStyle.UNANSWERED};
        for (int i = 0; i < labels.length; i++) {
            g.setColor(styles[i].awtColor());
            g.fillRoundRect(x, y - px(7), px(18), px(4), px(4), px(4));
            x += px(26);
            x += text(g, labels[i], HudFonts.REGULAR, 14, MUTED, x, y) + px(22);
        }
        g.dispose();
        return image;
    }

    BufferedImage brand() {
        BufferedImage image = new BufferedImage(px(120), px(28), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        Font font = HudFonts.SEMI_BOLD.deriveFont(14 * scale);
        g.setFont(font);
        g.setColor(new Color(0x95, 0xA6, 0xBF, 150));
        String name = "callglobe";
        g.drawString(name, image.getWidth() - g.getFontMetrics().stringWidth(name), px(19));
        g.dispose();
        return image;
    }

    private int dotLabel(Graphics2D g, Color dotColor, String label, Color textColor, int x, int y) {
        int dot = px(10);
        g.setColor(dotColor);
        g.fillOval(x, y - dot - px(2), dot, dot);
        return x + dot + px(8) + text(g, label, HudFonts.SEMI_BOLD, 18, textColor, x + dot + px(8), y);
    }

    /** {@code text}, cut short with an ellipsis where it would run past {@code width}: clipped mid-letter otherwise. */
    static String fitted(String text, FontMetrics metrics, int width) {
        if (text.isEmpty() || metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        String cut;
        do {
            end = text.offsetByCodePoints(end, -1);
            cut = text.substring(0, end).stripTrailing() + ELLIPSIS;
        } while (end > 0 && metrics.stringWidth(cut) > width);
        return cut;
    }

    private static String zoneLabel(ZonedDateTime time) {
        String id = time.getZone().getId();
        return "Z".equals(id) || "UTC".equals(id) ? "UTC" : time.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** Draws {@code text}, fitted to the image's right edge (see graphics), and returns its width. */
    private int text(Graphics2D g, String text, Font font, float size, Color color, int x, int y) {
        g.setFont(font.deriveFont(size * scale));
        g.setColor(color);
        Rectangle image = g.getClipBounds();
        String shown = fitted(text, g.getFontMetrics(), image.x + image.width - x);
        g.drawString(shown, x, y);
        return g.getFontMetrics().stringWidth(shown);
    }

    private int px(float pixelsAt720) {
        return Math.round(pixelsAt720 * scale);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        // The image's bounds, where text() reads how much room is left.
        g.setClip(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }
}
