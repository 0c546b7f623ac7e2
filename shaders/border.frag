#version 330 core
in float v_facing;
out vec4 fragColor;

uniform vec4 u_color;   // straight alpha

void main() {
    // Borders thin out towards the limb, where they would crowd into a bright rim.
    float alpha = u_color.a * smoothstep(0.0, 0.35, v_facing);
    fragColor = vec4(u_color.rgb * alpha, alpha);
}
