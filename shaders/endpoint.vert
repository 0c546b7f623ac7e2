#version 330 core
// A glow at each call's endpoint: one point sprite, sized in pixels.
layout(location = 0) in vec4 a_position;  // x, y: latitude, longitude in radians, z: radius in pixels
layout(location = 1) in vec4 a_color;
layout(location = 2) in vec4 a_params;    // x: 1 when a call rings here, y: seed

uniform mat4 u_viewProjection;
uniform vec3 u_eye;

flat out vec4 v_color;
flat out vec4 v_params;
flat out float v_reach;

void main() {
    float lat = a_position.x;
    float lon = a_position.y;
    vec3 p = vec3(cos(lat) * sin(lon), sin(lat), cos(lat) * cos(lon));
    // Points fade out towards the limb and are gone on the far side (there is no depth buffer).
    float facing = dot(p, normalize(u_eye - p));
    gl_Position = facing > 0.0 ? u_viewProjection * vec4(p * 1.004, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    // A steady glow is all but gone at 0.7 of the radius: its sprite stops there, half the pixels to shade.
    // A ringing point's wave travels out to the full radius.
    v_reach = a_params.x > 0.5 ? 1.0 : 0.7;
    gl_PointSize = a_position.z * 2.0 * v_reach;
    v_color = vec4(a_color.rgb, a_color.a * smoothstep(0.0, 0.12, facing));
    v_params = a_params;
}
