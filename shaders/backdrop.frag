#version 330 core
in vec2 v_ndc;
out vec4 fragColor;

uniform vec2 u_viewport;       // pixels
uniform float u_globeRadius;   // the globe's radius on screen, in NDC-y units
uniform vec3 u_glowColor;
uniform float u_starSeed;

float hash(vec2 p) {
    return fract(sin(dot(p, vec2(127.1, 311.7)) + u_starSeed) * 43758.5453);
}

void main() {
    vec2 pixel = (v_ndc * 0.5 + 0.5) * u_viewport;
    vec2 p = v_ndc * vec2(u_viewport.x / u_viewport.y, 1.0);
    float r = length(p);

    vec3 space = mix(vec3(0.030, 0.045, 0.090), vec3(0.004, 0.006, 0.016), smoothstep(0.0, 1.6, r));

    // Sparse, faint stars on a 3x3 pixel grid so they stay crisp and never flicker between frames.
    vec2 cell = floor(pixel / 3.0);
    float star = hash(cell);
    float twinkle = step(0.9965, star) * (star - 0.9965) / 0.0035;
    space += vec3(0.55, 0.62, 0.80) * twinkle * 0.55 * smoothstep(u_globeRadius, u_globeRadius * 1.25, r);

    // Atmosphere: a soft halo that falls off away from the limb.
    float outside = max(r - u_globeRadius, 0.0) / u_globeRadius;
    float halo = exp(-outside * 22.0) * 0.55 + exp(-outside * 5.0) * 0.12;
    halo *= smoothstep(u_globeRadius * 0.96, u_globeRadius, r);
    fragColor = vec4(space + u_glowColor * halo, 1.0);
}
