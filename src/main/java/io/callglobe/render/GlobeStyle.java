package io.callglobe.render;

/** The Earth's look: city lights on a dark globe for wall displays, or the daylight Blue Marble. */
public enum GlobeStyle {
    NIGHT("/textures/earth-night.jpg"),
    DAY("/textures/earth-blue-marble.jpg");

    final String texture;

    GlobeStyle(String texture) {
        this.texture = texture;
    }
}
