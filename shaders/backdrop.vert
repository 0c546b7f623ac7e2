#version 330 core
// A full-screen triangle, for the backdrop behind the globe and for compositing layers.
out vec2 v_ndc;

void main() {
    vec2 corner = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
    v_ndc = corner * 2.0 - 1.0;
    gl_Position = vec4(v_ndc, 0.0, 1.0);
}
