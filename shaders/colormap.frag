#version 300 es
// The valley as a colour map with contour lines and a soft relief.
// uGrid holds the normalised loss t in [0, 1] at each grid node (32-bit floats, nearest filtering:
// interpolation is done here, since linear filtering of float textures is an optional extension),
// or -1 where the loss is not a number (a typed formula's log of a negative number), drawn hatched.
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

// Bilinear interpolation between the four grid nodes around uv; -1 if any of them is undefined.
float loss(vec2 uv) {
  vec2 st = clamp(uv, 0.0, 1.0) * (uGridSize - 1.0);
  vec2 ij = min(floor(st), uGridSize - 2.0);
  vec2 f = st - ij;
  float a = node(ij);
  float b = node(ij + vec2(1.0, 0.0));
  float c = node(ij + vec2(0.0, 1.0));
  float d = node(ij + vec2(1.0, 1.0));
  if (min(min(a, b), min(c, d)) < 0.0) return -1.0;
  return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

void main() {
  float t = loss(vUV);
  if (t < 0.0) {
    // Undefined ground: neutral grey stripes, not a colour of the map.
    float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 14.0));
    finalColor = vec4(mix(vec3(0.62), vec3(0.52), stripe), 1.0);
    return;
  }
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
