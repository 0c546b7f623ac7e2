#version 330 core
out vec4 fragColor;

uniform sampler2D u_layer;    // the steady light of calls in progress at unit intensity, same size as the target
uniform float u_intensity;

void main() {
    // Subtracting an arc can leave a hair below zero where it was.
    vec3 light = max(texelFetch(u_layer, ivec2(gl_FragCoord.xy), 0).rgb, 0.0);
    fragColor = vec4(light * u_intensity, 0.0);
}
