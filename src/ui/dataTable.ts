import { html } from '../dom/dom';

/**
 * A chart's data as a table: a caption (the chart's summary), a header row, and one row per data
 * point, in a scrolling region the keyboard can reach. Built only when asked for.
 */
export function dataTable(label: string, caption: string, columns: readonly string[], rows: readonly (readonly string[])[]): HTMLElement {
  const table = html(
    'table',
    { class: 'lrp-table' },
    html('caption', {}, caption),
    html('thead', {}, html('tr', {}, ...columns.map((c) => html('th', { scope: 'col' }, c)))),
    html('tbody', {}, ...rows.map(([first, ...rest]) => html('tr', {}, html('th', { scope: 'row' }, first ?? ''), ...rest.map((cell) => html('td', {}, cell))))),
  );
  return html('div', { class: 'lrp-table-wrap', tabindex: 0, role: 'region', 'aria-label': label }, table);
}
