/**
 * `npm run bench`: drives dist/server.js over stdio as an editor does, on the
 * largest real file of each kind (the largest term README, the largest GSoC
 * list, the longest real proposal's issue body), and compares a keystroke's
 * cost with a full remark-parse and a markdownlint run of the same text,
 * measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint } from 'markdownlint/sync';
import { LspClient } from '../test/support/lspClient';
import { join } from 'node:path';
import { CORPUS, LARGEST } from '../test/support/corpus';
import { exportedPrograms, formBody } from '../test/support/proposalBodies';
import { printTable, quantile } from './table';

const median = (v: number[]) => quantile(v, 0.5);
const ms = (n: number) => n.toFixed(2);

async function typeText(client: LspClient, URI: string, line: number, character: number, text: string): Promise<number[]> {
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

interface BenchFile {
  kind: string;
  name: string;
  uri: string;
  text: string;
  /** The line and column a mentor types a sentence at, and the line a new entry is typed above (none for a proposal). */
  typeAt: (lines: string[]) => { line: number; character: number };
  newEntry?: { line: (lines: string[]) => number; text: string };
}

async function bench(file: BenchFile): Promise<[string, string][]> {
  const { text, uri: URI } = file;
  const lines = text.split('\n');

  const coldStart = performance.now();
  const client = new LspClient();
  await client.initialize();
  await client.open(URI, text);
  const cold = performance.now() - coldStart;

  const at = file.typeAt(lines);
  // The server's steady state is measured: the first keystrokes after opening also pay for the JIT compiling its code paths.
  const warmUp = ' Warm-up text typed before the measured sentences, so that the JIT has compiled the keystroke path.';
  const sentence =
    ' These sentences are typed one character at a time, as a mentor would type them. Each keystroke is timed until the diagnostics of its version arrive. The mentee will also write the documentation.';
  await typeText(client, URI, at.line, at.character, warmUp);
  const keystrokes = await typeText(client, URI, at.line, at.character + warmUp.length, sentence);

  const structural = file.newEntry ? await typeText(client, URI, file.newEntry.line(lines), 0, file.newEntry.text) : [];
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
  const k = file.kind;
  const rows: [string, string][] = [
    [`${k}: file`, `${file.name} (${(text.length / 1024).toFixed(0)} KB, ${lines.length} lines)`],
    [`${k}: keystroke -> diagnostics p50 (ms)`, ms(p50)],
    [`${k}: keystroke -> diagnostics p95 (ms)`, `${ms(p95)} (${keystrokes.length} keystrokes; target <= 10)`],
  ];
  if (structural.length) rows.push([`${k}: structural edit (new idea) p50 / p95 (ms)`, `${ms(median(structural))} / ${ms(quantile(structural, 0.95))} (${structural.length} keystrokes)`]);
  rows.push(
    [`${k}: full remark-parse median (ms)`, ms(median(parses))],
    [`${k}: markdownlint median (ms)`, ms(median(lints))],
    [`${k}: full parse / keystroke p95`, `${(median(parses) / p95).toFixed(1)}x${file.newEntry ? ' (target >= 25x)' : ' (a proposal is re-read whole: it is small)'}`],
    [`${k}: markdownlint / keystroke p95`, `${(median(lints) / p95).toFixed(1)}x`],
    [`${k}: cold start: spawn -> first diagnostics (ms)`, ms(cold)],
  );
  return rows;
}

/** A Description line in the second half of an ideas file, typed into after its label. */
const secondHalfDescription = (lines: string[]) => ({ line: lines.findIndex((l, i) => i > lines.length / 2 && /^- Description: ./.test(l)), character: 14 });

async function main(): Promise<void> {
  const largest = LARGEST();
  const gsoc = join(CORPUS, 'gsoc', '2022.md');
  const proposals = exportedPrograms().map(formBody).sort((a, b) => b.length - a.length);
  const files: BenchFile[] = [
    {
      kind: 'LFX',
      name: largest.split('/').pop()!,
      uri: 'file:///bench/programs/lfx-mentorship/2026/02-Jun-Aug/README.md',
      text: readFileSync(largest, 'utf8'),
      typeAt: secondHalfDescription,
      newEntry: { line: (lines) => lines.findIndex((l, i) => i > secondHalfDescription(lines).line && l.startsWith('#### ')), text: '#### A new idea typed in\n\n- Description: new\n\n' },
    },
    {
      kind: 'GSoC',
      name: 'gsoc/2022.md',
      uri: 'file:///bench/programs/summerofcode/2022.md',
      text: readFileSync(gsoc, 'utf8'),
      typeAt: secondHalfDescription,
      newEntry: { line: (lines) => lines.findIndex((l, i) => i > secondHalfDescription(lines).line && l.startsWith('#### ')), text: '#### A new idea typed in\n\n- Description: new\n\n' },
    },
  ];
  if (proposals.length) {
    files.push({
      kind: 'proposal',
      name: 'the longest 2026 Term 3 proposal body',
      uri: 'file:///bench/drafts/longest.proposal.md',
      text: proposals[0],
      typeAt: (lines) => {
        const line = lines.indexOf('### Program Description') + 2;
        return { line, character: lines[line].length };
      },
    });
  }
  const rows: [string, string][] = [];
  for (const file of files) rows.push(...(await bench(file)));
  printTable(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
