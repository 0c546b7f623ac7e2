#version 330 core
in vec2 v_uv;
out vec4 fragColor;

uniform sampler2D u_panel;   // straight (not premultiplied) alpha

void main() {
    fragColor = texture(u_panel, v_uv);
}
