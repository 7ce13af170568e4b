/**
 * Colours for several hikers, drawn from the Okabe–Ito and Paul Tol "muted" palettes, both
 * designed to stay distinct for the common colour-vision deficiencies. Ordered from cool to warm,
 * so a fan of rates reads from small (blue) to large (red).
 */
const ORDERED = ['#332288', '#0072B2', '#56B4E9', '#44AA99', '#009E73', '#999933', '#DDCC77', '#E69F00', '#D55E00', '#CC6677', '#CC79A7', '#882255'];

/** `count` colours spread evenly over the ordered palette. */
export function spreadColors(count: number): string[] {
  if (count <= 1) return [ORDERED[7] as string];
  return Array.from({ length: count }, (_, i) => ORDERED[Math.round((i * (ORDERED.length - 1)) / (count - 1))] as string);
}

/** Each optimizer keeps its colour from one race to the next. */
const OPTIMIZER_COLORS: Readonly<Record<string, string>> = {
  sgd: '#0072B2',
  momentum: '#D55E00',
  nesterov: '#56B4E9',
  adagrad: '#009E73',
  rmsprop: '#999933',
  adam: '#CC79A7',
};

/** Colours for a race: each optimizer's own, and a free one for an optimizer that races twice. */
export function raceColors(optimizers: readonly string[]): string[] {
  const used = new Set<string>();
  return optimizers.map((id) => {
    const own = OPTIMIZER_COLORS[id];
    const color = own && !used.has(own) ? own : (ORDERED.find((c) => !used.has(c)) ?? '#888888');
    used.add(color);
    return color;
  });
}
