/**
 * Drives dist/server.js over stdio as an editor does on one document: spawn
 * to the first diagnostics of the opened file (cold start), the keystrokes
 * typed right after opening, and keystrokes once the server is warm. Each
 * keystroke is timed from its didChange to the diagnostics of its version.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LspClient } from '../test/support/lspClient';

export interface DocumentRun {
  /** Spawn -> first diagnostics of the file, one per fresh server. */
  cold: number[];
  /** CPU time of the server's main thread up to its first diagnostics (ms, Linux only). */
  coldCpu: number[];
  /** The first keystrokes after opening, over every fresh server. */
  first: number[];
  /** Keystrokes after a warm-up, on the last server. */
  warm: number[];
  /** A new `####` idea typed in, on the last server (term files only). */
  structural: number[];
}

export interface DocumentPlan {
  uri: string;
  text: string;
  /** Where typing happens: a line and the column after which characters go. */
  line: number;
  character: number;
  /** Fresh servers started (cold starts measured). */
  rounds: number;
  firstKeystrokes: number;
  warmUp: number;
  /** Line before which a new idea is typed, if any. */
  ideaLine?: number;
  rootUri?: string;
  /** The server's environment (its code cache folder). */
  env?: NodeJS.ProcessEnv;
}

const SENTENCE =
  ' These sentences are typed one character at a time, as a mentor would type them. Each keystroke is timed until the diagnostics of its version arrive. The mentee will also write the documentation and tests. ';

/** Types `text` one character per change; returns each change's time to its diagnostics. */
export async function typeText(client: LspClient, uri: string, line: number, character: number, text: string): Promise<number[]> {
  const times: number[] = [];
  let l = line;
  let c = character;
  for (const ch of text) {
    const start = performance.now();
    await client.change(uri, [{ range: { start: { line: l, character: c }, end: { line: l, character: c } }, text: ch }]);
    times.push(performance.now() - start);
    if (ch === '\n') {
      l++;
      c = 0;
    } else c++;
  }
  return times;
}

/** CPU time a process's main thread has run (ms), from /proc (Linux): a loaded machine stretches wall time more than this. */
export function mainThreadCpu(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/** `n` characters of the typed sentence, repeated as needed, from offset `from`. */
function typed(from: number, n: number): string {
  let s = '';
  while (s.length < from + n) s += SENTENCE;
  return s.slice(from, from + n);
}

export async function measureDocument(plan: DocumentPlan): Promise<DocumentRun> {
  const run: DocumentRun = { cold: [], coldCpu: [], first: [], warm: [], structural: [] };
  for (let round = 0; round < plan.rounds; round++) {
    const start = performance.now();
    const client = new LspClient(plan.env);
    await client.initialize(plan.rootUri ? { rootUri: plan.rootUri } : {});
    await client.open(plan.uri, plan.text);
    run.cold.push(performance.now() - start);
    const cpu = mainThreadCpu(client.process.pid!);
    if (cpu !== undefined) run.coldCpu.push(cpu);
    run.first.push(...(await typeText(client, plan.uri, plan.line, plan.character, typed(0, plan.firstKeystrokes))));
    if (round === plan.rounds - 1) {
      let at = plan.character + plan.firstKeystrokes;
      await typeText(client, plan.uri, plan.line, at, typed(plan.firstKeystrokes, plan.warmUp));
      at += plan.warmUp;
      run.warm.push(...(await typeText(client, plan.uri, plan.line, at, typed(plan.firstKeystrokes + plan.warmUp, SENTENCE.length))));
      if (plan.ideaLine !== undefined) run.structural.push(...(await typeText(client, plan.uri, plan.ideaLine, 0, '#### A new idea typed in\n\n- Description: new\n\n')));
    }
    await client.shutdown();
  }
  return run;
}

/** A line to type into: the first `- Description: ...` line past the middle, else the text line nearest the middle. */
export function typingSite(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  const description = lines.findIndex((l, i) => i > lines.length / 2 && /^- Description: ./.test(l));
  if (description >= 0) return { line: description, character: '- Description:'.length };
  for (let d = 0; d < lines.length; d++) {
    for (const i of [Math.floor(lines.length / 2) + d, Math.floor(lines.length / 2) - d]) {
      const l = lines[i];
      if (l !== undefined && /^[A-Za-z]/.test(l) && l.length > 20) return { line: i, character: l.length };
    }
  }
  return { line: 0, character: lines[0].length };
}
