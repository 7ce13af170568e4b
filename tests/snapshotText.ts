/**
 * A value as text for a snapshot file that reads as a diff: one key per line, indented, numbers to
 * a fixed number of significant digits (so a last-bit difference never fails a test, and a moved
 * point always does), long arrays shortened to their ends and length.
 */
export function snapshotText(value: unknown, digits = 6): string {
  const lines: string[] = [];
  const number = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : String(v));
  const inline = (v: unknown): string | undefined => {
    if (typeof v === 'number') return number(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'boolean' || v === undefined || v === null) return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'number') && v.length <= 4) return `[${v.map(number).join(', ')}]`;
    return undefined;
  };
  const write = (v: unknown, indent: string, label: string): void => {
    const short = inline(v);
    if (short !== undefined) {
      lines.push(`${indent}${label}${short}`);
      return;
    }
    if (Array.isArray(v)) {
      const shown = v.length > 12 ? [...v.slice(0, 5).map((x, i) => [i, x] as const), ...v.slice(-5).map((x, i) => [v.length - 5 + i, x] as const)] : v.map((x, i) => [i, x] as const);
      lines.push(`${indent}${label}(${v.length})`);
      for (const [i, x] of shown) write(x, `${indent}  `, `${i}: `);
      return;
    }
    lines.push(`${indent}${label}`.trimEnd() || '-');
    for (const [key, x] of Object.entries(v as Record<string, unknown>)) if (typeof x !== 'function') write(x, `${indent}  `, `${key}: `);
  };
  write(value, '', '');
  return `${lines.join('\n')}\n`;
}
