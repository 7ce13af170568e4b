/** Small helpers to build DOM without markup strings: text is always set as text. */

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

function assign<E extends Element>(element: E, attributes: Attributes): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    // Through the CSSOM: a page whose Content-Security-Policy forbids inline styles refuses a
    // `style` attribute, but not this.
    if (name === 'style' && (element instanceof HTMLElement || element instanceof SVGElement)) element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  return element;
}

/** An HTML element with attributes and children (strings become text nodes). */
export function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = assign(document.createElement(tag), attributes);
  element.append(...children);
  return element;
}

/** A playground button (`.lrp-button`) named by `data-action`, which runs `onClick` when pressed. */
export function button(action: string, onClick: () => void, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLButtonElement {
  const element = html('button', { type: 'button', class: 'lrp-button', 'data-action': action, ...attributes }, ...children);
  element.addEventListener('click', onClick);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = assign(document.createElementNS(SVG_NS, tag), attributes);
  element.append(...children);
  return element;
}

/**
 * Sets an element's text, unless it reads so already: writing the same words again is still a
 * change of the page to assistive technology (and a layout to the browser).
 */
export function setText(element: Node, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Sets attributes of an existing element. */
export const setAttributes = assign;

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adopts a stylesheet into the shadow root or document that holds `node` (once per sheet). A
 * constructed sheet, not a `<style>` element, so that pages whose Content-Security-Policy
 * forbids inline styles still style the playground.
 */
export function adoptStyles(node: Node, css: string): void {
  const owner = node.getRootNode();
  const target = owner instanceof ShadowRoot || owner instanceof Document ? owner : document;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}

/**
 * How much larger than `usual` pixels the type of `element` is set (at least 1): a chart's margins
 * grow by it. 1 while the element is not in a document, which has no style.
 */
export function textScale(element: Element, usual = 12): number {
  const px = Number.parseFloat(getComputedStyle(element).fontSize);
  return Number.isFinite(px) && px > usual ? px / usual : 1;
}
