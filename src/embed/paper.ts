import { watchMedia } from '../dom/media';

/** About the width of a printed page's text (A4 or Letter, default margins), in CSS pixels: a wider playground prints shrunk to it. */
const PRINT_WIDTH_PX = 720;

/**
 * Writes on `root` the size `host` has on screen, which the playground keeps on paper (shrunk to
 * the page's width) so that its pictures, drawn for that layout, still match their axes:
 * `guest.css`'s print rules read it. Called on every resize on screen, it is in place before any
 * print layout starts.
 */
export function keepForPaper(host: HTMLElement, root: HTMLElement): void {
  const { clientWidth: width, clientHeight: height } = host;
  if (width === 0) return;
  const paper = { width: `${width}px`, height: `${height}px`, zoom: String(Math.min(1, PRINT_WIDTH_PX / width)) };
  for (const [name, value] of Object.entries(paper)) root.style.setProperty(`--lrp-print-${name}`, value);
}

/** Whether the page is printing, followed. */
export interface PrintWatch {
  /** Between the start of printing and its end, as told. */
  readonly printing: boolean;
  /** Whether the page is laid out for paper now (which may come before printing is told, or linger after). */
  readonly onPaper: boolean;
  dispose(): void;
}

/**
 * Calls `changed` when printing starts and ends: `beforeprint` comes first, before the page is laid
 * out for paper (as the browser's print does); the print media query's change comes where there is
 * no such event (an emulated print, some browsers). Each change is told once.
 */
export function watchPrinting(changed: (printing: boolean) => void): PrintWatch {
  let printing = false;
  const tell = (now: boolean): void => {
    if (now === printing) return;
    printing = now;
    changed(now);
  };
  const before = (): void => tell(true);
  const after = (): void => tell(false);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  const media = watchMedia('print', tell);
  return {
    get printing() {
      return printing;
    },
    get onPaper() {
      return printing || media.matches;
    },
    dispose() {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      media.dispose();
    },
  };
}
