#version 330 core
layout(location = 0) in vec3 a_position;   // on the unit sphere
layout(location = 1) in vec2 a_uv;         // equirectangular, v = 0 at the north pole

uniform mat4 u_viewProjection;

out vec3 v_normal;
out vec2 v_uv;

void main() {
    v_normal = a_position;
    v_uv = a_uv;
    gl_Position = u_viewProjection * vec4(a_position, 1.0);
}
