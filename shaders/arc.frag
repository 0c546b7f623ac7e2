#version 330 core
in float v_t;
noperspective in float v_offset;
noperspective in float v_coreHalfWidth;
flat in vec4 v_color;
flat in float v_style;
flat in float v_seed;
flat in float v_length;
out vec4 fragColor;

uniform float u_time;         // video seconds: animation speed is the same whatever the replay speed
uniform float u_intensity;    // < 1 when many arcs overlap, so a busy globe does not burn out to white
uniform float u_glowRadius;   // pixels
uniform float u_glowStrength;

void main() {
    float distance = abs(v_offset);
    // Coverage of a pixel by the core line, so it is antialiased without multisampling.
    float core = clamp(v_coreHalfWidth + 0.5 - distance, 0.0, 1.0);
    float glow = exp(-distance * distance / (u_glowRadius * u_glowRadius)) * u_glowStrength;
    float intensity = 1.0;

    if (v_style < 0.5) {
        // Ringing: dashes marching from the caller towards the callee.
        float dashes = max(3.0, v_length * 14.0);
        float d = fract(v_t * dashes - u_time * 1.6);
        intensity = 0.25 + 0.75 * smoothstep(0.0, 0.12, d) * (1.0 - smoothstep(0.45, 0.6, d));
    } else if (v_style < 1.5) {
        // In call: steady, with a highlight travelling along it.
        float head = fract(u_time * 0.28 + v_seed);
        float behind = head - v_t;
        behind += behind < 0.0 ? 1.0 : 0.0;
        intensity = 0.5 + 1.1 * exp(-behind * 9.0);
    } else {
        intensity = 0.8;
    }
    float alpha = v_color.a * (core + glow) * intensity * u_intensity;
    fragColor = vec4(v_color.rgb * alpha, alpha);
}
