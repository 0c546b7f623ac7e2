#version 330 core
in vec2 v_ndc;
out vec4 fragColor;

uniform sampler2D u_layer;   // premultiplied light, added to the frame

void main() {
    fragColor = vec4(texture(u_layer, v_ndc * 0.5 + 0.5).rgb, 0.0);
}
