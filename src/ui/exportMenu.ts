import { html, svg } from '../dom/dom';
import { exportFormats, type ExportFormat } from '../state/exportFormats';

const ICON = 'M7.2 1.5h1.6v7.2l2.6-2.6 1.1 1.1L8 11.7 3.5 7.2l1.1-1.1 2.6 2.6zM2.5 12.5h11V14h-11z';

/**
 * The header's Export button and its menu (the WAI-ARIA menu button pattern): the button opens a
 * menu of the formats, each named with its format; ↓ ↑ Home End move between them, Enter chooses,
 * Escape closes and gives focus back to the button, Tab or a click elsewhere closes. A polite
 * status beside it says how an export went.
 */
export class ExportMenu {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly menu: HTMLElement;
  private readonly items: HTMLButtonElement[];
  private readonly status = html('span', { role: 'status', class: 'lrp-visually-hidden' });

  constructor(choose: (format: ExportFormat) => void) {
    this.button = html(
      'button',
      {
        type: 'button',
        class: 'lrp-button lrp-icon-button',
        'data-action': 'export',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        title: 'Export: a picture, an animation, a video or the data of this run',
      },
      svg('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true' }, svg('path', { d: ICON })),
      // Named in words for assistive technology; an icon on screen, as the header has no room to spare.
      html('span', { class: 'lrp-visually-hidden' }, 'Export'),
    );
    this.items = exportFormats.map((format) => {
      const item = html('button', { type: 'button', role: 'menuitem', tabindex: -1, 'data-format': format.id }, `${format.label}${format.asks ? '…' : ''}`);
      item.addEventListener('click', () => {
        this.toggle(false, true);
        choose(format.id);
      });
      return item;
    });
    this.menu = html('div', { role: 'menu', class: 'lrp-export-menu', 'aria-label': 'Export', hidden: true }, ...this.items);
    this.element = html('div', { class: 'lrp-export' }, this.button, this.menu, this.status);
    this.button.addEventListener('click', () => this.toggle(this.menu.hidden, false));
    this.button.addEventListener('keydown', (event) => {
      // Space and Enter press the button, and do not also play or pause.
      if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      event.stopPropagation();
      this.toggle(true, false);
      this.focusItem(event.key === 'ArrowDown' ? 0 : this.items.length - 1);
    });
    this.menu.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('focusout', (event) => {
      if (!this.menu.hidden && !this.element.contains(event.relatedTarget as Node | null)) this.toggle(false, false);
    });
  }

  /** Says how an export went, to assistive technology. */
  announce(message: string): void {
    this.status.textContent = message;
  }

  /** Opens (and focuses the first item) or closes (focusing the button again when `refocus`). */
  private toggle(open: boolean, refocus: boolean): void {
    this.menu.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) this.focusItem(0);
    else if (refocus) this.button.focus();
  }

  private focusItem(index: number): void {
    const count = this.items.length;
    this.items[((index % count) + count) % count]?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    // Tab moves on, and the menu closes as focus leaves it.
    if (event.key === 'Tab') return;
    // Every other key here is the menu's: none plays, steps or changes the rate.
    event.stopPropagation();
    const at = this.items.indexOf(event.target as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: this.items.length - 1 };
    if (event.key in moves) this.focusItem(moves[event.key]!);
    else if (event.key === 'Escape') this.toggle(false, true);
    else return;
    event.preventDefault();
  }
}
