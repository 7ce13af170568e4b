#version 300 es
// Draws the valley baked by colormap.frag: one texture read per pixel. (PixiJS's batched sprite
// shader chooses among many textures per pixel, which software WebGL pays for on every pixel.)
precision highp float;

in vec2 vUV;

uniform sampler2D uBaked;

out vec4 finalColor;

void main() {
  finalColor = texture(uBaked, vUV);
}
