#version 330 core
layout(location = 0) in vec3 a_position;   // on the unit sphere

uniform mat4 u_viewProjection;
uniform vec3 u_eye;

out float v_facing;

void main() {
    v_facing = dot(a_position, normalize(u_eye - a_position));
    // The far side is invisible (see border.frag): clip it rather than rasterise it.
    gl_ClipDistance[0] = v_facing;
    gl_Position = u_viewProjection * vec4(a_position * 1.0015, 1.0);
}
