/** Colours of the scene, as 0xRRGGBB numbers for PixiJS. CSS holds the same palette for the DOM. */
export interface Theme {
  readonly name: 'light' | 'dark';
  readonly background: number;
  readonly ink: number;
  readonly muted: number;
  /** The hiker's jacket and its walked trail: warm, to stand out on the cool colour map. */
  readonly accent: number;
  readonly accentDark: number;
  /** The route still ahead, and marks drawn over the colour map. */
  readonly overlay: number;
  readonly casing: number;
  readonly curveFill: number;
  readonly danger: number;
  readonly success: number;
}

export const lightTheme: Theme = {
  name: 'light',
  background: 0xf7f6f1,
  ink: 0x1f2430,
  muted: 0x7a7f8c,
  accent: 0xff7a1a,
  accentDark: 0xb8500a,
  overlay: 0xffffff,
  casing: 0x151822,
  curveFill: 0x3b6ea8,
  danger: 0xd6336c,
  success: 0x2f9e44,
};

export const darkTheme: Theme = {
  name: 'dark',
  background: 0x15171d,
  ink: 0xe9e7e2,
  muted: 0x9aa0ad,
  accent: 0xff8a33,
  accentDark: 0xc25a12,
  overlay: 0xffffff,
  casing: 0x0b0c10,
  curveFill: 0x6ea1dc,
  danger: 0xff6b9a,
  success: 0x5fd07a,
};

/** A CSS hex colour as a 0xRRGGBB number, for PixiJS. */
export const colorNumber = (hex: string): number => Number.parseInt(hex.slice(1), 16);
