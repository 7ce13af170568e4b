import { Graphics, Rectangle, Texture, type Renderer } from 'pixi.js';
import type { Theme } from './theme';

/** The hiker's parts as textures, each with the point it turns about (its local origin). */
export interface HikerPart {
  readonly texture: Texture;
  /** Where the part's own origin lies in its texture, 0..1 across and down. */
  readonly anchor: readonly [number, number];
}

export interface HikerParts {
  readonly shadow: HikerPart;
  /** A leg, drawn from the hip (its origin) down to the boot. */
  readonly leg: HikerPart;
  /** Backpack, jacket, arm, stick and head; origin at the hip line. */
  readonly body: HikerPart;
}

/** Size of the hiker at scale 1, as a multiple of the drawing's units. */
export const HIKER_SCALE = 1.3;

const SKIN = 0xf1c27d;
const TROUSERS = 0x2f3a56;
const STICK = 0x8b5a2b;

/** A colour scaled towards black by `factor` (0..1). */
function darken(color: number, factor: number): number {
  const channel = (shift: number): number => Math.round(((color >> shift) & 0xff) * factor) << shift;
  return channel(16) | channel(8) | channel(0);
}

function drawShadow(g: Graphics): void {
  g.ellipse(0, 0, 9, 3.2).fill({ color: 0x000000, alpha: 0.3 });
}

function drawLeg(g: Graphics, theme: Theme): void {
  const outline = { width: 1.1, color: theme.casing, alpha: 0.85 };
  g.roundRect(-1.7, 0, 3.4, 11.5, 1.7).fill(TROUSERS).stroke(outline);
  g.roundRect(-1.9, 10, 5, 2.6, 1.2).fill(theme.casing);
}

function drawBody(g: Graphics, theme: Theme, jacket: number): void {
  const outline = { width: 1.1, color: theme.casing, alpha: 0.85 };
  g.moveTo(5.5, -15).lineTo(10.5, 0).stroke({ width: 1.8, color: STICK, cap: 'round' });
  g.roundRect(-8.5, -22.5, 6, 10.5, 2).fill(darken(jacket, 0.62)).stroke(outline);
  g.roundRect(-4.5, -23, 9, 13, 3.5).fill(jacket).stroke(outline);
  g.moveTo(1, -20).lineTo(5.5, -15.5).stroke({ width: 2.8, color: jacket, cap: 'round' });
  g.circle(5.5, -15.2, 1.6).fill(SKIN);
  g.circle(0.5, -27.5, 4.6).fill(SKIN).stroke(outline);
  g.moveTo(-4.6, -28.5).arc(0.5, -27.5, 5.2, Math.PI * 1.08, Math.PI * 1.95).lineTo(7.5, -28.6).stroke({ width: 2.4, color: theme.casing, cap: 'round' });
  g.circle(2.8, -27.8, 0.75).fill(theme.casing);
}

/**
 * The hiker of the lesson, drawn as vectors once per look (theme, size, jacket colour) and kept as
 * small textures. Each hiker on the valley is then four sprites: a dozen hikers cost a few dozen
 * triangles a frame instead of thousands, which software WebGL pays for dearly.
 */
export class HikerArt {
  private readonly parts = new Map<number, HikerParts>();
  private look: { theme?: Theme; scale: number } = { scale: 0 };
  private shared: Pick<HikerParts, 'shadow' | 'leg'> | undefined;

  constructor(private readonly renderer: Renderer) {}

  /** The parts for a hiker in `jacket`; textures are made at the screen's density for `scale`. */
  for(theme: Theme, scale: number, jacket: number): HikerParts {
    if (this.look.theme !== theme || this.look.scale !== scale) {
      this.clear();
      this.look = { theme, scale };
    }
    const known = this.parts.get(jacket);
    if (known) return known;
    this.shared ??= { shadow: this.bake(scale, drawShadow), leg: this.bake(scale, (g) => drawLeg(g, theme)) };
    const parts = { ...this.shared, body: this.bake(scale, (g) => drawBody(g, theme, jacket)) };
    this.parts.set(jacket, parts);
    return parts;
  }

  private bake(scale: number, draw: (g: Graphics) => void): HikerPart {
    const g = new Graphics();
    draw(g);
    const bounds = g.getLocalBounds();
    // Whole units around the drawing, with a margin for antialiased edges.
    const frame = new Rectangle(Math.floor(bounds.x) - 1, Math.floor(bounds.y) - 1, Math.ceil(bounds.width) + 3, Math.ceil(bounds.height) + 3);
    const texture = this.renderer.generateTexture({
      target: g,
      frame,
      resolution: this.renderer.resolution * HIKER_SCALE * scale,
      antialias: true,
    });
    g.destroy();
    return { texture, anchor: [-frame.x / frame.width, -frame.y / frame.height] };
  }

  private clear(): void {
    const textures = new Set<Texture>();
    for (const parts of this.parts.values()) for (const part of Object.values(parts)) textures.add(part.texture);
    for (const part of Object.values(this.shared ?? {})) textures.add(part.texture);
    for (const texture of textures) texture.destroy(true);
    this.parts.clear();
    this.shared = undefined;
  }

  destroy(): void {
    this.clear();
  }
}
