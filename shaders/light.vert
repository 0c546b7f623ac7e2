#version 330 core
// A polygon just around the circle where arcs and endpoints can shed light, for compositing layers: the
// corners of its square hold no light and cost a fifth of the pixels. Drawn as a fan from the centre.
uniform vec2 u_lightRadius;   // the circle's radius in normalised device coordinates, across and up
uniform int u_sides;          // the polygon's sides: the fan has u_sides + 2 vertices
out vec2 v_ndc;

const float PI = 3.14159265;

void main() {
    if (gl_VertexID == 0) {
        v_ndc = vec2(0.0);
    } else {
        float angle = float(gl_VertexID - 1) * (2.0 * PI / float(u_sides));
        // Corners out by 1/cos(half a side's angle), so the sides clear the circle.
        v_ndc = vec2(cos(angle), sin(angle)) * u_lightRadius / cos(PI / float(u_sides));
    }
    gl_Position = vec4(v_ndc, 0.0, 1.0);
}
