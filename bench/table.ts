/** The value below which a fraction `q` of the samples fall (nearest rank). */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** Prints measures as a two-column Markdown table, for the README and closing notes. */
export function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`| ${'measure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | --- |`);
  for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
}
