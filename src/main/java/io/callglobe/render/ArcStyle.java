package io.callglobe.render;

import java.awt.Color;

/** How a call leg is drawn; the colours are chosen to stay apart on both the night and the day globe. */
public enum ArcStyle {
    RINGING(0, 1.00f, 0.72f, 0.28f),
    INBOUND(1, 0.24f, 0.86f, 1.00f),
    OUTBOUND(1, 1.00f, 0.36f, 0.72f),
    UNANSWERED(2, 1.00f, 0.30f, 0.26f);

    final int shaderStyle;
    final float red;
    final float green;
    final float blue;

    ArcStyle(int shaderStyle, float red, float green, float blue) {
        this.shaderStyle = shaderStyle;
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public Color awtColor() {
        return new Color(red, green, blue);
    }
}
