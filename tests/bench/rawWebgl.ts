/**
 * The rendering baseline: the same scene drawn with bare WebGL2 and nothing else. A canvas the
 * size of the playground's valley draws the valley's colour map and contours (a fragment shader
 * as costly as the playground's), the route as a polyline of quads with a casing, and the hiker;
 * a canvas the size of its loss chart draws the loss curve. Each frame shows the next of a set of
 * routes, as when the learning-rate slider is dragged. The playground's frame interval is
 * reported as a ratio to this page's.
 */
export interface RawScene {
  readonly stage: { readonly width: number; readonly height: number };
  readonly chart: { readonly width: number; readonly height: number };
  /** Routes in normalised coordinates (0..1 across the valley), one per frame in turn. */
  readonly routes: readonly (readonly number[])[];
  /** Losses of each route, normalised to 0..1 for the chart. */
  readonly losses: readonly (readonly number[])[];
}

export function rawWebglPage(scene: RawScene): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>html,body{margin:0}canvas{position:absolute;display:block}</style></head>
<body><canvas id="stage"></canvas><canvas id="chart"></canvas>
<script type="application/json" id="scene">${JSON.stringify(scene)}</script>
<script>
const scene = JSON.parse(document.getElementById('scene').textContent);
const dpr = Math.min(2, devicePixelRatio);
function setup(canvas, size, left) {
  canvas.style.left = left + 'px'; canvas.style.top = '70px';
  canvas.style.width = size.width + 'px'; canvas.style.height = size.height + 'px';
  canvas.width = size.width * dpr; canvas.height = size.height * dpr;
  return canvas.getContext('webgl2', { antialias: true });
}
const gl = setup(document.getElementById('stage'), scene.stage, 12);
const cg = setup(document.getElementById('chart'), scene.chart, 24 + scene.stage.width);
function program(g, vs, fs) {
  const compile = (type, src) => { const s = g.createShader(type); g.shaderSource(s, src); g.compileShader(s); return s; };
  const p = g.createProgram();
  g.attachShader(p, compile(g.VERTEX_SHADER, vs)); g.attachShader(p, compile(g.FRAGMENT_SHADER, fs));
  g.linkProgram(p); return p;
}
const quadVs = '#version 300 es\\nin vec2 p; out vec2 uv; void main(){ uv = p * 0.5 + 0.5; gl_Position = vec4(p, 0.0, 1.0); }';
const valleyFs = '#version 300 es\\nprecision highp float; in vec2 uv; out vec4 o;' +
  'void main(){ vec2 q = vec2(uv.x * 4.0 - 2.0, uv.y * 4.0 - 1.0); float f = (1.0-q.x)*(1.0-q.x) + 100.0*(q.y-q.x*q.x)*(q.y-q.x*q.x);' +
  ' float v = log(1.0 + f) / log(1.0 + 3600.0); float l = v * 16.0;' +
  ' float line = 1.0 - smoothstep(0.4, 1.2, abs(fract(l + 0.5) - 0.5) / max(fwidth(l), 1e-6));' +
  ' vec3 c = mix(vec3(0.27, 0.0, 0.33), vec3(0.99, 0.91, 0.15), v); o = vec4(mix(c, c * 0.35, line * 0.55), 1.0); }';
const lineVs = '#version 300 es\\nin vec2 p; void main(){ gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0); }';
const lineFs = '#version 300 es\\nprecision mediump float; uniform vec4 color; out vec4 o; void main(){ o = color; }';
const valley = program(gl, quadVs, valleyFs);
const lines = program(gl, lineVs, lineFs);
const chartLines = program(cg, lineVs, lineFs);
function buffer(g, data) { const b = g.createBuffer(); g.bindBuffer(g.ARRAY_BUFFER, b); g.bufferData(g.ARRAY_BUFFER, data, g.DYNAMIC_DRAW); return b; }
const quad = buffer(gl, new Float32Array([-1,-1, 1,-1, -1,1, 1,1]));
const routeBuffer = buffer(gl, new Float32Array(0));
const chartBuffer = buffer(cg, new Float32Array(0));
// A polyline as one quad per segment, width in CSS pixels.
function strip(points, width, size) {
  const out = new Float32Array(Math.max(0, points.length / 2 - 1) * 12);
  const hx = width / 2 / size.width, hy = width / 2 / size.height;
  for (let k = 0; k + 3 < points.length; k += 2) {
    const [ax, ay, bx, by] = [points[k], points[k + 1], points[k + 2], points[k + 3]];
    const dx = (bx - ax) * size.width, dy = (by - ay) * size.height, len = Math.hypot(dx, dy) || 1;
    const nx = (-dy / len) * hx, ny = (dx / len) * hy;
    out.set([ax + nx, ay + ny, ax - nx, ay - ny, bx + nx, by + ny, bx + nx, by + ny, ax - nx, ay - ny, bx - nx, by - ny], (k / 2) * 12);
  }
  return out;
}
function drawLines(g, prog, buf, data, color) {
  g.useProgram(prog); g.bindBuffer(g.ARRAY_BUFFER, buf); g.bufferData(g.ARRAY_BUFFER, data, g.DYNAMIC_DRAW);
  g.enableVertexAttribArray(0); g.vertexAttribPointer(0, 2, g.FLOAT, false, 0, 0);
  g.uniform4fv(g.getUniformLocation(prog, 'color'), color); g.drawArrays(g.TRIANGLES, 0, data.length / 2);
}
let frame = 0;
function draw() {
  const route = scene.routes[frame % scene.routes.length], losses = scene.losses[frame % scene.losses.length];
  frame++;
  gl.viewport(0, 0, gl.canvas.width, gl.canvas.height);
  gl.useProgram(valley); gl.bindBuffer(gl.ARRAY_BUFFER, quad); gl.enableVertexAttribArray(0); gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
  gl.enable(gl.BLEND); gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
  drawLines(gl, lines, routeBuffer, strip(route, 1.8, scene.stage), [1, 1, 1, 0.9]);
  const walked = route.slice(0, Math.min(route.length, 2 * (1 + (frame % 200))));
  drawLines(gl, lines, routeBuffer, strip(walked, 6, scene.stage), [0.08, 0.09, 0.13, 0.55]);
  drawLines(gl, lines, routeBuffer, strip(walked, 3, scene.stage), [1, 0.48, 0.1, 1]);
  const [hx, hy] = [walked[walked.length - 2], walked[walked.length - 1]];
  const body = [hx - 0.006, hy, hx + 0.006, hy, hx - 0.006, hy + 0.04, hx - 0.006, hy + 0.04, hx + 0.006, hy, hx + 0.006, hy + 0.04];
  drawLines(gl, lines, routeBuffer, new Float32Array(body), [1, 0.48, 0.1, 1]);
  cg.viewport(0, 0, cg.canvas.width, cg.canvas.height);
  cg.clearColor(1, 1, 1, 1); cg.clear(cg.COLOR_BUFFER_BIT);
  const curve = []; for (let k = 0; k < losses.length; k++) curve.push(0.1 + 0.85 * k / (losses.length - 1), 0.1 + 0.85 * losses[k]);
  drawLines(cg, chartLines, chartBuffer, strip(curve, 1.5, scene.chart), [0.4, 0.4, 0.45, 1]);
  requestAnimationFrame(draw);
}
requestAnimationFrame(draw);
document.body.dataset.ready = '1';
</script></body></html>`;
}
