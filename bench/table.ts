/** The value below which a fraction `q` of the samples fall (nearest rank). */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Prints measures as a Markdown table, for the README and closing notes; the first row is the header when `header` is given. */
export function printTable(rows: string[][], header: string[] = ['measure', 'value']): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]) : c)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w, i) => (i < widths.length - 1 ? '-'.repeat(w) : '---'))));
  for (const r of rows) console.log(line(header.map((_, i) => r[i] ?? '')));
}
