#version 330 core
// One instance per call leg: a great-circle ribbon lifted in proportion to its length, with a constant
// width in pixels. The strip is built from the vertex index: pairs of vertices step along the arc.
layout(location = 0) in vec4 i_ends;     // latitude, longitude of the origin, then of the destination, radians
layout(location = 1) in vec4 i_color;    // rgb, and the call's opacity
// x: style (0 ringing, 1 in call, 2 ended unanswered), y: seed 0..1, z: growth 0..1, w: 1 if it shows a highlight
layout(location = 2) in vec4 i_params;

uniform mat4 u_viewProjection;
uniform vec3 u_eye;
uniform vec2 u_viewport;
uniform int u_segments;
uniform float u_halfWidth;              // pixels from the centre line to the ribbon's edge
uniform float u_coreHalfWidth;          // pixels, before tapering
uniform float u_time;                   // video seconds
uniform int u_part;                     // 0 the whole arc, 1 its steady light, 2 only its travelling highlight
uniform float u_highlightSpan;          // how much of the arc the highlight's tail covers, 0..1
uniform float u_surface;                // where arcs start, in globe radii
// An arc's lift: (x + y * its angle / pi) * (z + w * a number from the call's seed); see ArcLayer
uniform vec4 u_lift;

out float v_t;
noperspective out float v_offset;       // pixels from the centre line
noperspective out float v_coreHalfWidth;
flat out vec4 v_color;
flat out float v_style;
flat out float v_length;
flat out float v_head;
flat out float v_highlighted;

const float PI = 3.14159265;

vec3 unitVector(float lat, float lon) {
    return vec3(cos(lat) * sin(lon), sin(lat), cos(lat) * cos(lon));
}

vec3 arcPoint(vec3 a, vec3 b, float angle, float t, float lift, vec3 bow) {
    vec3 p = angle < 1e-4 ? a : (sin((1.0 - t) * angle) * a + sin(t * angle) * b) / sin(angle);
    float arch = sin(PI * t);
    p = normalize(p + bow * arch);
    return p * (u_surface + lift * arch);
}

/**
 * Positive where the camera sees p, negative where the globe hides it: in front of the horizon's plane, or
 * with the line of sight passing outside the globe. The clipper cuts the ribbons where this crosses zero,
 * so the hidden parts cost nothing to rasterise (there is no depth buffer).
 */
float visibility(vec3 p) {
    vec3 sight = normalize(p - u_eye);
    float closest = length(u_eye - dot(u_eye, sight) * sight);
    return max(dot(p, u_eye) - 1.0, closest - 1.0);
}

vec2 toScreen(vec4 clip) {
    return clip.xy / clip.w * u_viewport * 0.5;
}

void main() {
    vec3 a = unitVector(i_ends.x, i_ends.y);
    vec3 b = unitVector(i_ends.z, i_ends.w);
    float seed = i_params.y;
    float angle = acos(clamp(dot(a, b), -1.0, 1.0));

    float lift = (u_lift.x + u_lift.y * angle / PI) * (u_lift.z + u_lift.w * fract(seed * 7.31));
    vec3 axis = cross(a, b);
    axis = length(axis) > 1e-6 ? normalize(axis) : vec3(0.0, 1.0, 0.0);
    // A small sideways bow, different for each call, keeps arcs that share both endpoints apart.
    vec3 bow = axis * (fract(seed * 3.77) - 0.5) * 0.35 * max(angle, 0.02);

    // The highlight's head runs past the callee until its tail has left the arc too.
    float head = fract(u_time * 0.28 + seed) * (1.0 + u_highlightSpan);
    float along = float(gl_VertexID >> 1) / float(u_segments);
    float t = u_part == 2 ? mix(clamp(head - u_highlightSpan, 0.0, 1.0), min(head, 1.0), along)
                          : along * clamp(i_params.z, 0.0, 1.0);
    float side = float(gl_VertexID & 1) * 2.0 - 1.0;
    float step = 0.004;
    vec3 p0 = arcPoint(a, b, angle, t, lift, bow);
    vec3 p1 = arcPoint(a, b, angle, t + (t < 0.99 ? step : -step), lift, bow);
    vec4 c0 = u_viewProjection * vec4(p0, 1.0);
    vec4 c1 = u_viewProjection * vec4(p1, 1.0);
    vec2 direction = toScreen(c1) - toScreen(c0);
    direction = length(direction) > 1e-5 ? normalize(direction) : vec2(1.0, 0.0);
    if (t >= 0.99) {
        direction = -direction;
    }
    vec2 normal = vec2(-direction.y, direction.x);
    float taper = 0.55 + 0.45 * sqrt(sin(PI * t));
    c0.xy += normal * side * u_halfWidth * 2.0 / u_viewport * c0.w;

    gl_Position = c0;
    v_t = t;
    v_offset = side * u_halfWidth;
    v_coreHalfWidth = u_coreHalfWidth * taper;
    gl_ClipDistance[0] = visibility(p0);
    v_color = i_color;
    v_style = i_params.x;
    v_length = angle;
    v_head = head;
    v_highlighted = i_params.w;
}
