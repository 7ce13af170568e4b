#version 300 es
// Marks of src/render/strokes.ts: quads in screen pixels, each carrying its mark's exact shape.
precision highp float;

in vec2 aPosition;
in vec2 aLocal;
in vec4 aShape;
in vec3 aEdges;
in vec4 aColor;

uniform mat3 uProjectionMatrix;
uniform mat3 uWorldTransformMatrix;
uniform mat3 uTransformMatrix;

out vec2 vPosition;
out vec2 vLocal;
out vec4 vShape;
out vec3 vEdges;
out vec4 vColor;

void main() {
  mat3 mvp = uProjectionMatrix * uWorldTransformMatrix * uTransformMatrix;
  gl_Position = vec4((mvp * vec3(aPosition, 1.0)).xy, 0.0, 1.0);
  vPosition = aPosition;
  vLocal = aLocal;
  vShape = aShape;
  vEdges = aEdges;
  vColor = aColor;
}
