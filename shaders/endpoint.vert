#version 330 core
// A screen-facing glow at each call's endpoint, sized in pixels; the quad's corners come from the vertex index.
layout(location = 0) in vec4 i_position;  // x, y: latitude, longitude in radians, z: size in pixels
layout(location = 1) in vec4 i_color;
layout(location = 2) in vec4 i_params;    // x: 1 when a call rings here, y: seed

uniform mat4 u_viewProjection;
uniform vec2 u_viewport;
uniform vec3 u_eye;

out vec2 v_corner;
flat out vec4 v_color;
flat out vec4 v_params;

void main() {
    float lat = i_position.x;
    float lon = i_position.y;
    vec3 p = vec3(cos(lat) * sin(lon), sin(lat), cos(lat) * cos(lon));
    // Points fade out towards the limb and are gone on the far side (there is no depth buffer).
    float facing = dot(p, normalize(u_eye - p));
    vec2 corner = vec2(gl_VertexID & 1, gl_VertexID >> 1) * 2.0 - 1.0;
    vec4 clip = u_viewProjection * vec4(p * 1.004, 1.0);
    clip.xy += corner * i_position.z / u_viewport * 2.0 * clip.w;
    gl_Position = facing > 0.0 ? clip : vec4(2.0, 2.0, 2.0, 1.0);
    v_corner = corner;
    v_color = vec4(i_color.rgb, i_color.a * smoothstep(0.0, 0.12, facing));
    v_params = i_params;
}
