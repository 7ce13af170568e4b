import { Container, Graphics } from 'pixi.js';
import type { ScreenPoint } from './hop';
import type { Theme } from './theme';

/** How the hiker stands this frame. */
export interface HikerPose {
  /** Where its feet are. */
  readonly at: ScreenPoint;
  /** Faces right (1) or left (−1). */
  readonly facing: 1 | -1;
  /** Phase of the walking stride, in radians; legs swing with its sine. */
  readonly stride: number;
  /** 0 on the ground, 1 in mid-leap (legs tucked). */
  readonly airborne: number;
  /** 0 normally; rising to 1 as it tumbles away after a divergence. */
  readonly flyOff: number;
  /** Direction of the flight off screen (unit vector). */
  readonly flyDirection: ScreenPoint;
}

const SKIN = 0xf1c27d;

/** A colour scaled towards black by `factor` (0..1). */
function darken(color: number, factor: number): number {
  const channel = (shift: number): number => Math.round(((color >> shift) & 0xff) * factor) << shift;
  return channel(16) | channel(8) | channel(0);
}
const TROUSERS = 0x2f3a56;
const STICK = 0x8b5a2b;

/**
 * The hiker of the lesson, drawn once as a few parts (legs, body, shadow) that are only moved,
 * turned and scaled each frame.
 */
export class HikerLayer {
  readonly view = new Container();
  private readonly shadow = new Graphics();
  private readonly figure = new Container();
  private readonly backLeg = new Graphics();
  private readonly frontLeg = new Graphics();
  private readonly body = new Graphics();
  private built: { theme?: Theme; scale: number; jacket?: number } = { scale: 0 };

  constructor() {
    this.figure.addChild(this.backLeg, this.body, this.frontLeg);
    this.view.addChild(this.shadow, this.figure);
  }

  private build(theme: Theme, scale: number, jacket: number): void {
    if (this.built.theme === theme && this.built.scale === scale && this.built.jacket === jacket) return;
    this.built = { theme, scale, jacket };
    const backpack = darken(jacket, 0.62);
    const outline = { width: 1.1, color: theme.casing, alpha: 0.85 };
    for (const leg of [this.backLeg, this.frontLeg]) {
      leg.clear().roundRect(-1.7, 0, 3.4, 11.5, 1.7).fill(TROUSERS).stroke(outline);
      leg.roundRect(-1.9, 10, 5, 2.6, 1.2).fill(theme.casing);
      leg.position.set(0, -11.5);
    }
    this.backLeg.alpha = 0.85;
    const b = this.body.clear();
    b.moveTo(5.5, -15).lineTo(10.5, 0).stroke({ width: 1.8, color: STICK, cap: 'round' });
    b.roundRect(-8.5, -22.5, 6, 10.5, 2).fill(backpack).stroke(outline);
    b.roundRect(-4.5, -23, 9, 13, 3.5).fill(jacket).stroke(outline);
    b.moveTo(1, -20).lineTo(5.5, -15.5).stroke({ width: 2.8, color: jacket, cap: 'round' });
    b.circle(5.5, -15.2, 1.6).fill(SKIN);
    b.circle(0.5, -27.5, 4.6).fill(SKIN).stroke(outline);
    b.moveTo(-4.6, -28.5).arc(0.5, -27.5, 5.2, Math.PI * 1.08, Math.PI * 1.95).lineTo(7.5, -28.6).stroke({ width: 2.4, color: theme.casing, cap: 'round' });
    b.circle(2.8, -27.8, 0.75).fill(theme.casing);
    this.shadow.clear().ellipse(0, 0, 9, 3.2).fill({ color: 0x000000, alpha: 0.3 });
    this.view.scale.set(1.3 * scale);
  }

  /** Draws the hiker in `pose`, its jacket in `jacket` colour. */
  update(pose: HikerPose, theme: Theme, scale: number, jacket: number): void {
    this.build(theme, scale, jacket);
    const fly = pose.flyOff;
    const lift = 14 * pose.airborne;
    // A tumble away: out along the failed step's direction, spinning, shrinking, fading.
    const distance = 1400 * fly * fly;
    const [fx, fy] = pose.flyDirection;
    this.view.position.set(pose.at[0] + fx * distance, pose.at[1] + fy * distance);
    this.figure.position.set(0, -lift * 0.2);
    this.figure.scale.set(pose.facing, 1);
    this.figure.rotation = fly * Math.PI * 5 * pose.facing;
    this.figure.alpha = 1 - fly * 0.6;
    const swing = Math.sin(pose.stride) * 0.55 * (1 - pose.airborne);
    const tuck = 0.9 * pose.airborne;
    this.frontLeg.rotation = swing - tuck;
    this.backLeg.rotation = -swing + tuck * 0.4;
    this.shadow.alpha = fly > 0 ? 0 : 1 - 0.5 * pose.airborne;
    this.shadow.scale.set(1 - 0.3 * pose.airborne);
    this.shadow.position.set(0, lift * 0.2);
  }

  /** Whether a screen point is on the hiker (for grabbing it). */
  hits(x: number, y: number): boolean {
    const s = this.view.scale.x;
    const dx = (x - this.view.position.x) / s;
    const dy = (y - this.view.position.y) / s;
    return Math.abs(dx) <= 12 && dy >= -34 && dy <= 6;
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
