/**
 * The still picture an embed shows in its place until its playground has drawn, as `<video
 * poster>` does: an image the writer chose (a PNG from the Export menu), at once, before any of
 * the playground is built. Laid over the element; it never catches the pointer, and says nothing
 * to assistive technology, which reads the playground itself.
 */
export class Poster {
  readonly element: HTMLImageElement;
  private drawn = false;

  constructor() {
    this.element = document.createElement('img');
    this.element.className = 'lrp-poster';
    this.element.alt = '';
    this.element.hidden = true;
  }

  /** The `poster` attribute's URL; none removes the picture. */
  set(url: string | null): void {
    if (url) this.element.src = url;
    else this.element.removeAttribute('src');
    this.element.hidden = !url || this.drawn;
  }

  /** The playground has drawn its scene: the picture goes, for good. */
  done(): void {
    this.drawn = true;
    this.element.hidden = true;
  }
}
