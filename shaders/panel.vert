#version 330 core
// A HUD panel: a texture drawn at a pixel rectangle of the frame.
uniform vec4 u_rect;        // x, y, width, height in pixels from the top-left corner
uniform vec2 u_viewport;
uniform float u_flipY;      // -1 when the frame is rendered top row first for readback

out vec2 v_uv;

void main() {
    vec2 corner = vec2(gl_VertexID & 1, (gl_VertexID >> 1) & 1);
    vec2 pixel = u_rect.xy + corner * u_rect.zw;
    vec2 ndc = vec2(pixel.x / u_viewport.x * 2.0 - 1.0, 1.0 - pixel.y / u_viewport.y * 2.0);
    v_uv = corner;
    gl_Position = vec4(ndc.x, ndc.y * u_flipY, 0.0, 1.0);
}
