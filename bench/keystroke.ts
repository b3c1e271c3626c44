/**
 * `npm run bench`: drives dist/server.js over stdio as an editor does, on the
 * largest real term file, and compares a keystroke's cost with a full
 * remark-parse and a markdownlint run of the same text, measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint } from 'markdownlint/sync';
import { LspClient } from '../test/support/lspClient';
import { LARGEST } from '../test/support/corpus';
import { printTable, quantile } from './table';

const URI = 'file:///bench/programs/lfx-mentorship/2026/02-Jun-Aug/README.md';

const median = (v: number[]) => quantile(v, 0.5);
const ms = (n: number) => n.toFixed(2);

async function typeText(client: LspClient, line: number, character: number, text: string): Promise<number[]> {
  const times: number[] = [];
  let l = line;
  let c = character;
  for (const ch of text) {
    const start = performance.now();
    await client.change(URI, [{ range: { start: { line: l, character: c }, end: { line: l, character: c } }, text: ch }]);
    times.push(performance.now() - start);
    if (ch === '\n') {
      l++;
      c = 0;
    } else c++;
  }
  return times;
}

async function main(): Promise<void> {
  const path = LARGEST();
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');

  const coldStart = performance.now();
  const client = new LspClient();
  await client.initialize();
  await client.open(URI, text);
  const cold = performance.now() - coldStart;

  const descLine = lines.findIndex((l, i) => i > lines.length / 2 && /^- Description: ./.test(l));
  // The server's steady state is measured: the first keystrokes after opening also pay for the JIT compiling its code paths.
  const warmUp = ' Warm-up text typed before the measured sentences, so that the JIT has compiled the keystroke path.';
  const sentence =
    ' These sentences are typed one character at a time, as a mentor would type them. Each keystroke is timed until the diagnostics of its version arrive. The mentee will also write the documentation.';
  await typeText(client, descLine, 14, warmUp);
  const keystrokes = await typeText(client, descLine, 14 + warmUp.length, sentence);

  const ideaLine = lines.findIndex((l, i) => i > descLine && l.startsWith('#### '));
  const structural = await typeText(client, ideaLine, 0, '#### A new idea typed in\n\n- Description: new\n\n');
  await client.shutdown();

  const processor = unified().use(remarkParse);
  const parses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const s = performance.now();
    processor.parse(text);
    parses.push(performance.now() - s);
  }
  const lints: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    lint({ strings: { doc: text } });
    lints.push(performance.now() - s);
  }

  const p50 = median(keystrokes);
  const p95 = quantile(keystrokes, 0.95);
  const rows: [string, string][] = [
    ['file', `${path.split('/').pop()} (${(text.length / 1024).toFixed(0)} KB, ${lines.length} lines)`],
    ['keystroke -> diagnostics p50 (ms)', ms(p50)],
    ['keystroke -> diagnostics p95 (ms)', `${ms(p95)} (${keystrokes.length} keystrokes; target <= 10)`],
    ['structural edit (new #### idea) p50 / p95 (ms)', `${ms(median(structural))} / ${ms(quantile(structural, 0.95))} (${structural.length} keystrokes)`],
    ['full remark-parse median (ms)', ms(median(parses))],
    ['markdownlint median (ms)', ms(median(lints))],
    ['full parse / keystroke p95', `${(median(parses) / p95).toFixed(1)}x (target >= 25x)`],
    ['markdownlint / keystroke p95', `${(median(lints) / p95).toFixed(1)}x`],
    ['cold start: spawn -> first diagnostics (ms)', ms(cold)],
  ];
  printTable(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
