package io.callglobe.render;

import java.util.List;

/** Everything one rendered frame depends on; the same frame always renders to the same pixels. */
public record GlobeFrame(double videoSeconds, List<ArcSpec> arcs, HudState hud) {
}
