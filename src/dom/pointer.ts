/**
 * Where a pointer is over an element, in the element's own layout pixels (the units of its
 * `clientWidth` and of everything drawn inside it). The page may scale the element with a CSS
 * transform (a reveal.js slide, a zoomed container): `getBoundingClientRect` gives its box on
 * screen, so the offset is divided by the element's scale, on-screen size over layout size.
 */
export function layoutPoint(element: Element, event: { readonly clientX: number; readonly clientY: number }): [number, number] {
  const box = element.getBoundingClientRect();
  const scaleX = element.clientWidth > 0 && box.width > 0 ? box.width / element.clientWidth : 1;
  const scaleY = element.clientHeight > 0 && box.height > 0 ? box.height / element.clientHeight : 1;
  return [(event.clientX - box.left) / scaleX, (event.clientY - box.top) / scaleY];
}

/**
 * Where a pointer is in an SVG's own units (its viewBox), through everything between the two: the
 * page's CSS transforms and the SVG's fitting of its viewBox into its box.
 */
export function svgPoint(svg: SVGSVGElement, event: { readonly clientX: number; readonly clientY: number }): [number, number] {
  const matrix = svg.getScreenCTM();
  if (!matrix) return layoutPoint(svg, event);
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return [point.x, point.y];
}
