#version 330 core
flat in vec4 v_color;
flat in vec4 v_params;
flat in float v_reach;
out vec4 fragColor;

uniform float u_time;

void main() {
    float r = length(gl_PointCoord * 2.0 - 1.0) * v_reach;
    if (r > v_reach) {
        discard;
    }
    float glow = exp(-r * r * 28.0) * 1.2 + exp(-r * r * 7.0) * 0.35;
    if (v_params.x > 0.5) {
        float wave = fract(u_time * 0.8 + v_params.y);
        float ring = exp(-pow((r - wave) * 12.0, 2.0)) * (1.0 - wave) * 0.9;
        glow += ring;
    }
    float alpha = v_color.a * glow;
    fragColor = vec4(v_color.rgb * alpha, alpha);
}
