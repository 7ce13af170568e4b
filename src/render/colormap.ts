/**
 * Viridis (van der Walt and Smith, matplotlib's default): perceptually uniform, readable in grey
 * and by people with the common colour-vision deficiencies. Eleven samples at 0, 0.1, …, 1,
 * interpolated linearly; dark is low loss, so the valley floor is the darkest place.
 */
const VIRIDIS = ['#440154', '#482475', '#414487', '#355f8d', '#2a788e', '#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725'];

const stops = VIRIDIS.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]);

/** The colour at t ∈ [0, 1] (clamped), as 0–255 RGB. */
export function colorAt(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 1)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i] as [number, number, number];
  const b = stops[i + 1] as [number, number, number];
  return [0, 1, 2].map((c) => Math.round((a[c] as number) + ((b[c] as number) - (a[c] as number)) * f)) as [number, number, number];
}

/** The colour map as an RGBA lookup table of `size` texels, for a 1-pixel-high texture. */
export function colormapTable(size = 256): Uint8Array {
  const table = new Uint8Array(size * 4);
  for (let i = 0; i < size; i++) {
    table.set([...colorAt(i / (size - 1)), 255], i * 4);
  }
  return table;
}
