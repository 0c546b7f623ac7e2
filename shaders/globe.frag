#version 330 core
in vec3 v_normal;
in vec3 v_position;
in vec2 v_uv;
out vec4 fragColor;

uniform sampler2D u_earth;
uniform int u_nightStyle;      // 1: city lights on a dark globe, 0: daylight Blue Marble
uniform vec3 u_eye;
uniform vec3 u_sun;            // direction towards the sun (day style)
uniform vec3 u_glowColor;
uniform float u_pixelWorld;    // one pixel's size at the limb, in globe units

/** How much of this pixel the unit sphere covers: the limb is antialiased without multisampling. */
float limbCoverage() {
    vec3 ray = normalize(v_position - u_eye);
    float missBy = length(cross(u_eye, ray)) - 1.0;
    return clamp(0.5 - missBy / u_pixelWorld, 0.0, 1.0);
}

void main() {
    float coverage = limbCoverage();
    if (coverage <= 0.0) {
        discard;
    }
    vec3 normal = normalize(v_normal);
    vec3 toEye = normalize(u_eye - normal);
    float facing = max(dot(normal, toEye), 0.0);
    float rim = pow(1.0 - facing, 3.0);
    vec3 texel = texture(u_earth, v_uv).rgb;

    vec3 color;
    if (u_nightStyle == 1) {
        // This Black Marble is tinted blue with warm city lights: pick the lights out by their warmth
        // and brighten them, keep the land faint so the arcs stay the brightest thing on screen.
        float warmth = texel.r - texel.b;
        vec3 lights = vec3(1.0, 0.76, 0.42) * smoothstep(0.03, 0.30, warmth) * 1.6;
        color = texel * vec3(0.55, 0.65, 0.85) + lights;
        color += u_glowColor * rim * 0.45;
    } else {
        float diffuse = max(dot(normal, normalize(u_sun)), 0.0);
        color = texel * (0.30 + 0.85 * diffuse);
        color += u_glowColor * rim * 0.6;
    }
    fragColor = vec4(color * coverage, coverage);
}
