#version 330 core
in float v_t;
noperspective in float v_offset;
noperspective in float v_coreHalfWidth;
flat in vec4 v_color;
flat in float v_style;
flat in float v_length;
flat in float v_head;
flat in float v_highlighted;
out vec4 fragColor;

uniform float u_time;         // video seconds: animation speed is the same whatever the replay speed
uniform float u_intensity;    // < 1 when many arcs overlap, so a busy globe does not burn out to white
uniform float u_glowRadius;   // pixels
uniform float u_glowStrength;
uniform int u_part;           // 0 the whole arc, 1 its steady light, 2 only its travelling highlight
uniform float u_highlightSpan;

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
        // In call: steady, with a highlight travelling along it. Its tail falls to exactly 0 at the span's end,
        // so the steady light and the highlight can be drawn apart (see SteadyArcLayer) and add up seamlessly.
        float behind = v_head - v_t;
        float fall = exp(-u_highlightSpan * 18.0);
        float highlight = behind >= 0.0 && behind <= u_highlightSpan && v_highlighted > 0.5
                ? 1.3 * (exp(-behind * 18.0) - fall) / (1.0 - fall) : 0.0;
        intensity = u_part == 1 ? 0.5 : u_part == 2 ? highlight : 0.5 + highlight;
    } else {
        intensity = 0.8;
    }
    float alpha = v_color.a * (core + glow) * intensity * u_intensity;
    fragColor = vec4(v_color.rgb * alpha, alpha);
}
