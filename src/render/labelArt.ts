import { CanvasSource, Texture } from 'pixi.js';

/** A label's picture, and its size in CSS pixels. */
export interface LabelPicture {
  readonly texture: Texture;
  readonly width: number;
  readonly height: number;
}

/**
 * The labels that name hikers on the valley (their rate in a fan, their optimizer in a race), so
 * that no hiker is told apart by colour alone: dark text on a light tag, with a bar of the hiker's
 * colour. Drawn once per text, colour and size with the 2-D canvas, and kept as textures.
 */
export class LabelArt {
  private readonly pictures = new Map<string, LabelPicture>();

  constructor(private readonly resolution: number) {}

  for(text: string, color: number, scale: number): LabelPicture {
    const key = `${text}|${color}|${scale}`;
    const known = this.pictures.get(key);
    if (known) return known;
    const size = Math.round(12 * scale);
    const font = `600 ${size}px system-ui, 'DejaVu Sans', sans-serif`;
    const canvas = document.createElement('canvas');
    const measure = canvas.getContext('2d')!;
    measure.font = font;
    const [bar, pad] = [Math.round(4 * scale), Math.round(5 * scale)];
    const width = Math.ceil(measure.measureText(text).width) + bar + 2 * pad;
    const height = Math.round(size * 1.5);
    canvas.width = Math.ceil(width * this.resolution);
    canvas.height = Math.ceil(height * this.resolution);
    // The source first: it sizes the canvas to whole pixels, which would clear a drawing made before.
    const texture = new Texture({ source: new CanvasSource({ resource: canvas, resolution: this.resolution }) });
    const g = canvas.getContext('2d')!;
    g.scale(this.resolution, this.resolution);
    g.fillStyle = 'rgba(255, 255, 255, 0.92)';
    g.beginPath();
    g.roundRect(0, 0, width, height, 4 * scale);
    g.fill();
    g.fillStyle = `#${color.toString(16).padStart(6, '0')}`;
    g.fillRect(0, 0, bar, height);
    g.fillStyle = '#1f2430';
    g.font = font;
    g.textBaseline = 'middle';
    g.fillText(text, bar + pad, height / 2 + 0.5);
    texture.source.update();
    const picture = { texture, width, height };
    this.pictures.set(key, picture);
    return picture;
  }

  destroy(): void {
    for (const { texture } of this.pictures.values()) texture.destroy(true);
    this.pictures.clear();
  }
}
