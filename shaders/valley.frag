#version 300 es
// The valley as a colour map with contour lines and a soft relief.
// uGrid holds the normalised loss t in [0, 1] at each grid node (32-bit floats, nearest filtering:
// interpolation is done here, since linear filtering of float textures is an optional extension).
precision highp float;

in vec2 vUV;

uniform sampler2D uGrid;
uniform sampler2D uColormap;

uniform vec2 uGridSize;
uniform float uLevels;
uniform float uContourAlpha;
uniform float uRelief;

out vec4 finalColor;

float node(vec2 ij) {
  return texture(uGrid, (ij + 0.5) / uGridSize).r;
}

// Bilinear interpolation between the four grid nodes around uv.
float loss(vec2 uv) {
  vec2 st = clamp(uv, 0.0, 1.0) * (uGridSize - 1.0);
  vec2 ij = min(floor(st), uGridSize - 2.0);
  vec2 f = st - ij;
  float bottom = mix(node(ij), node(ij + vec2(1.0, 0.0)), f.x);
  float top = mix(node(ij + vec2(0.0, 1.0)), node(ij + vec2(1.0, 1.0)), f.x);
  return mix(bottom, top, f.y);
}

void main() {
  float t = loss(vUV);
  vec3 color = texture(uColormap, vec2(t, 0.5)).rgb;

  // Relief: light from the upper left, shading by the screen-space slope of t.
  vec2 slope = vec2(dFdx(t), -dFdy(t)) * uRelief;
  vec3 normal = normalize(vec3(-slope, 1.0));
  float light = dot(normal, normalize(vec3(-0.5, 0.6, 1.0)));
  color *= mix(0.82, 1.08, clamp(light, 0.0, 1.0));

  // Contour lines: distance to the nearest level, in pixels, drawn about one pixel wide. Where t
  // does not change (a clamped, flat area) there is no line.
  float level = t * uLevels;
  float width = fwidth(level);
  float distance = abs(fract(level + 0.5) - 0.5) / max(width, 1e-6);
  float line = (1.0 - smoothstep(0.4, 1.2, distance)) * step(1e-5, width);
  color = mix(color, color * 0.35, line * uContourAlpha);

  finalColor = vec4(color, 1.0);
}
