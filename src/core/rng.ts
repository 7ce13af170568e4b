/**
 * A seeded pseudo-random generator. The core never calls `Math.random`: every run that uses
 * randomness takes a seed, so the same inputs always give the same route.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal, N(0, 1). */
  normal(): number;
}

/** Hashes any 32-bit integer seed into a well-mixed state (splitmix32 finaliser). */
function mix(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast counting generator, from PractRand), seeded through
 * splitmix32; normals by the Box–Muller transform, which uses its pair of values in turn.
 */
export function createRng(seed: number): Rng {
  let a = mix(seed);
  let b = mix(a ^ 0x5bd1e995);
  let c = mix(b ^ 0x27d4eb2f);
  let d = 1;
  let spare = Number.NaN;

  function next32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  for (let i = 0; i < 12; i++) next32();

  function uniform(): number {
    return next32() / 4294967296;
  }

  function normal(): number {
    if (!Number.isNaN(spare)) {
      const value = spare;
      spare = Number.NaN;
      return value;
    }
    // 1 - uniform() lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  return { uniform, normal };
}
