#version 300 es
// Antialiased marks without multisampling: the coverage of each pixel, from the distance to the
// mark's edge in device pixels, scales the mark's premultiplied colour.
//   capsule (line, dot): distance to the segment from (0, 0) to (length, 0), against its half-width;
//   rounded bar: the same segment thickened by its core half-height first (a rounded rectangle);
//   ring: the distance to a circle of the ring's radius;
//   triangle: the least of the signed distances to its three edges.
// Nothing is drawn outside the layer's clip rectangle (in CSS pixels): routes stay in the plot.
precision highp float;

in vec2 vPosition;
in vec2 vLocal;
in vec4 vShape; // length, half-width, ring radius, core half-height
in vec3 vEdges;
in vec4 vColor;

// CSS pixels per device pixel.
uniform float uPixel;
// Left, top, right, bottom of where the layer may draw, in the marks' own CSS pixels.
uniform vec4 uClip;

out vec4 finalColor;

void main() {
  if (vPosition.x < uClip.x || vPosition.y < uClip.y || vPosition.x > uClip.z || vPosition.y > uClip.w) discard;
  float d = length(vec2(vLocal.x - clamp(vLocal.x, 0.0, vShape.x), max(abs(vLocal.y) - vShape.w, 0.0)));
  if (vShape.z > 0.0) d = abs(d - vShape.z);
  float capsule = clamp((vShape.y - d) / uPixel + 0.5, 0.0, 1.0);
  float triangle = clamp(min(min(vEdges.x, vEdges.y), vEdges.z) / uPixel + 0.5, 0.0, 1.0);
  float coverage = capsule * triangle;
  if (coverage <= 0.0) discard;
  finalColor = vColor * coverage;
}
