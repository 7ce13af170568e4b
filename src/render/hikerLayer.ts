import { Container, Sprite } from 'pixi.js';
import { HIKER_SCALE, type HikerPart, type HikerParts } from './hikerArt';
import type { ScreenPoint } from './hop';

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

/**
 * One hiker on the valley: four sprites of {@link HikerArt}'s parts (shadow, back leg, body, front
 * leg) that are only moved, turned and scaled each frame.
 */
export class HikerLayer {
  readonly view = new Container();
  private readonly shadow = new Sprite();
  private readonly figure = new Container();
  private readonly backLeg = new Sprite();
  private readonly frontLeg = new Sprite();
  private readonly body = new Sprite();
  private parts: HikerParts | undefined;

  constructor() {
    this.figure.addChild(this.backLeg, this.body, this.frontLeg);
    this.view.addChild(this.shadow, this.figure);
    for (const leg of [this.backLeg, this.frontLeg]) leg.position.set(0, -11.5);
    this.backLeg.alpha = 0.85;
  }

  private dress(parts: HikerParts, scale: number): void {
    this.view.scale.set(HIKER_SCALE * scale);
    if (this.parts === parts) return;
    this.parts = parts;
    const wear = (sprite: Sprite, part: HikerPart): void => {
      sprite.texture = part.texture;
      sprite.anchor.set(part.anchor[0], part.anchor[1]);
    };
    wear(this.shadow, parts.shadow);
    wear(this.backLeg, parts.leg);
    wear(this.frontLeg, parts.leg);
    wear(this.body, parts.body);
  }

  /** Draws the hiker in `pose`, dressed in `parts` (which carry its jacket's colour). */
  update(pose: HikerPose, parts: HikerParts, scale: number): void {
    this.dress(parts, scale);
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
