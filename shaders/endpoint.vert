#version 330 core
// A screen-facing glow at each call's endpoint, sized in pixels.
layout(location = 0) in vec2 a_corner;    // -1..1
layout(location = 1) in vec4 i_position;  // xyz: unit vector, w: size in pixels
layout(location = 2) in vec4 i_color;
layout(location = 3) in vec4 i_params;    // x: 1 when a call rings here, y: seed

uniform mat4 u_viewProjection;
uniform vec2 u_viewport;

out vec2 v_corner;
flat out vec4 v_color;
flat out vec4 v_params;

void main() {
    vec4 clip = u_viewProjection * vec4(i_position.xyz * 1.004, 1.0);
    clip.xy += a_corner * i_position.w / u_viewport * 2.0 * clip.w;
    gl_Position = clip;
    v_corner = a_corner;
    v_color = i_color;
    v_params = i_params;
}
