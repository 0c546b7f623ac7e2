package io.callglobe.render;

/**
 * Which light of an arc to draw. A call in progress shines steadily, with a highlight running along it: a still
 * camera keeps the steady light of such calls between frames (see SteadyArcLayer) and draws only the highlights
 * anew.
 */
enum ArcPart {
    /** Everything, animated: how every arc is drawn when nothing is kept between frames. */
    WHOLE(0, 1),
    /** Only the steady light of a call in progress, which does not change while the call lasts. */
    STEADY(1, 1),
    /** Only the highlight of a call in progress: a short stretch of the arc, so it needs few segments. */
    HIGHLIGHT(2, ArcPart.HIGHLIGHT_SPAN);

    /** How much of its arc the highlight's tail covers. */
    static final float HIGHLIGHT_SPAN = 0.16f;

    final int shaderPart;
    /** The share of the arc's length drawn. */
    final float span;

    ArcPart(int shaderPart, float span) {
        this.shaderPart = shaderPart;
        this.span = span;
    }

    /**
     * Whether the shader shows {@code arc}'s highlight in this part. A highlight part is drawn only for arcs that
     * show one, and a steady part never does: only the whole arc needs the density's choice.
     */
    boolean highlights(ArcSpec arc, SceneDensity density) {
        return switch (this) {
            case WHOLE -> density.highlights(arc);
            case STEADY -> false;
            case HIGHLIGHT -> true;
        };
    }
}
