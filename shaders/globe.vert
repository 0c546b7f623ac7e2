#version 330 core
layout(location = 0) in vec3 a_position;   // on the unit sphere
layout(location = 1) in vec2 a_uv;         // equirectangular, v = 0 at the north pole

uniform mat4 u_viewProjection;
uniform float u_inflate;   // a little over 1: the mesh reaches a few pixels past the limb, which the fragments trim

out vec3 v_normal;
out vec3 v_position;
out vec2 v_uv;

void main() {
    v_normal = a_position;
    v_position = a_position * u_inflate;
    v_uv = a_uv;
    gl_Position = u_viewProjection * vec4(v_position, 1.0);
}
