/** The start-up marks this page has made. */
const marked = new Set<string>();

/**
 * Marks a point of the page's start-up on the performance timeline (`lrp:…`, read by the
 * benchmarks), once per page: a page that makes playgrounds again and again (embeds scrolled past,
 * removed and added) would otherwise pile up marks, which the browser keeps. Cheap to call every
 * frame.
 */
export function startupMark(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}
