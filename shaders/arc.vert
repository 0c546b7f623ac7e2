#version 330 core
// One instance per call leg: a great-circle ribbon lifted in proportion to its length, with a constant
// width in pixels. The strip mesh is shared: x is the position along the arc (0..1), y the side (-1/+1).
layout(location = 0) in vec2 a_strip;
layout(location = 1) in vec4 i_from;     // xyz: unit vector of the origin, w: per-call seed 0..1
layout(location = 2) in vec4 i_to;       // xyz: unit vector of the destination, w: growth 0..1
layout(location = 3) in vec4 i_color;    // premultiplied by the call's opacity in alpha
layout(location = 4) in vec4 i_params;   // x: style (0 ringing, 1 in call, 2 ended unanswered)

uniform mat4 u_viewProjection;
uniform vec2 u_viewport;
uniform float u_width;                  // pixels

out float v_t;
out float v_side;
flat out vec4 v_color;
flat out float v_style;
flat out float v_seed;
flat out float v_length;

const float PI = 3.14159265;

vec3 arcPoint(vec3 a, vec3 b, float angle, float t, float lift, vec3 bow) {
    vec3 p = angle < 1e-4 ? a : (sin((1.0 - t) * angle) * a + sin(t * angle) * b) / sin(angle);
    float arch = sin(PI * t);
    p = normalize(p + bow * arch);
    return p * (1.004 + lift * arch);
}

vec2 toScreen(vec4 clip) {
    return clip.xy / clip.w * u_viewport * 0.5;
}

void main() {
    vec3 a = i_from.xyz;
    vec3 b = i_to.xyz;
    float seed = i_from.w;
    float angle = acos(clamp(dot(a, b), -1.0, 1.0));

    float lift = (0.015 + 0.17 * angle / PI) * (0.8 + 0.4 * fract(seed * 7.31));
    vec3 axis = cross(a, b);
    axis = length(axis) > 1e-6 ? normalize(axis) : vec3(0.0, 1.0, 0.0);
    // A small sideways bow, different for each call, keeps arcs that share both endpoints apart.
    vec3 bow = axis * (fract(seed * 3.77) - 0.5) * 0.35 * max(angle, 0.02);

    float grow = clamp(i_to.w, 0.0, 1.0);
    float t = a_strip.x * grow;
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
    c0.xy += normal * a_strip.y * u_width * taper / u_viewport * c0.w;

    gl_Position = c0;
    v_t = t;
    v_side = a_strip.y;
    v_color = i_color;
    v_style = i_params.x;
    v_seed = seed;
    v_length = angle;
}
