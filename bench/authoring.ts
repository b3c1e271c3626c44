/**
 * `npm run bench:authoring` (also run by `npm run bench`): drives
 * dist/server.js over stdio on a copy of the whole corpus laid out as a
 * cncf/mentoring workspace. Measures the workspace index (from `initialized`
 * to the end of its work-done progress), completion latency in each
 * authoring context on the largest real file, and the server's memory once
 * 500 characters have been typed into it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/support/lspClient';
import { CORPUS, LARGEST } from '../test/support/corpus';
import { typeText, typingSite } from './keystroke';
import { printTable, quantile } from './table';

const INDEX_TITLE = 'Indexing mentorship ideas';
const ROUNDS = 40;
const TYPED = 500;

/** Where a corpus file lived in cncf/mentoring: `2025_01-Mar-May_README.md` was `programs/lfx-mentorship/2025/01-Mar-May/README.md`. */
export function workspacePath(corpusPath: string): string {
  const rel = relative(CORPUS, corpusPath).replace(/\\/g, '/');
  const history = /^history\/(\d{4})_([^/]+)\/([^/]+)\.md$/.exec(rel);
  if (history) return `programs/lfx-mentorship/${history[1]}/${history[2]}/history/${history[3]}/project_ideas.md`;
  const term = /^(?:peak\/)?(\d{4})(?:_(.+?))?_(README|project_ideas)\.md$/.exec(rel);
  if (term) return `programs/lfx-mentorship/${term[1]}/${term[2] ? term[2] + '/' : ''}${term[3]}.md`;
  return rel;
}

/** A process's resident set and its peak (MB), from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

export interface AuthoringRun {
  rows: [string, string][];
  /** Server memory after 500 characters typed (MB), where /proc tells it. */
  memory?: { rss: number; peak: number };
  indexing: number;
  completionP95: number;
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? corpusFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** A copy of the corpus laid out as a cncf/mentoring clone, in a new temporary folder. */
export function layOutWorkspace(): { root: string; files: string[]; bytes: number } {
  const root = mkdtempSync(join(tmpdir(), 'mentorship-ideas-bench-'));
  let bytes = 0;
  const files = corpusFiles(CORPUS);
  for (const file of files) {
    const target = join(root, workspacePath(file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    bytes += statSync(file).size;
  }
  return { root, files, bytes };
}

export async function measureAuthoring(): Promise<AuthoringRun> {
  const { root, files, bytes } = layOutWorkspace();

  const client = new LspClient();
  let indexToken: string | number | undefined;
  let indexed = 0;
  let indexEnd: () => void = () => undefined;
  const indexDone = new Promise<void>((resolve) => (indexEnd = resolve));
  client.connection.onNotification('$/progress', (p: { token: string | number; value: { kind: string; title?: string; message?: string } }) => {
    if (p.value.kind === 'begin' && p.value.title === INDEX_TITLE) indexToken = p.token;
    if (p.token !== indexToken) return;
    const m = /^(\d+)\/\d+ files$/.exec(p.value.message ?? '');
    if (m) indexed = Number(m[1]);
    if (p.value.kind === 'end') indexEnd();
  });
  await client.initialize({ rootUri: pathToFileURL(root).href });
  const started = performance.now();
  await indexDone;
  const indexing = performance.now() - started;

  const largest = LARGEST();
  const text = readFileSync(largest, 'utf8');
  const lines = text.split('\n');
  const uri = pathToFileURL(join(root, workspacePath(largest))).href;
  await client.open(uri, text);

  const find = (test: (l: string, n: number) => boolean) => {
    const i = lines.findIndex((l, n) => n > lines.length / 2 && test(l, n));
    if (i < 0) throw new Error('no line for a completion context');
    return i;
  };
  const mentorLine = find((l) => /^\s+- [^(]+\(@[A-Za-z0-9-]+,/.test(l));
  const contexts: [string, { line: number; character: number }][] = [
    ['project name (### line)', { line: find((l) => l.startsWith('### ')), character: 6 }],
    ['field label (after "- ")', { line: find((l) => l.startsWith('- Description:')), character: 2 }],
    ['mentor (Mentor(s) list)', { line: mentorLine, character: lines[mentorLine].indexOf('- ') + 2 }],
    ['handle (after "@")', { line: mentorLine, character: lines[mentorLine].indexOf('@') + 1 }],
    ['new idea / project (empty line)', { line: find((l, n) => l === '' && lines[n + 1]?.startsWith('#### ')), character: 0 }],
  ];
  const times = new Map<string, number[]>(contexts.map(([name]) => [name, []]));
  const counts = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, position] of contexts) {
      const start = performance.now();
      const list = await client.request<{ items: unknown[] } | null>('textDocument/completion', { textDocument: { uri }, position });
      times.get(name)!.push(performance.now() - start);
      counts.set(name, list?.items.length ?? 0);
    }
  }
  const site = typingSite(text);
  await typeText(client, uri, site.line, site.character, 'x'.repeat(TYPED));
  const memory = memoryOf(client.process.pid!);
  await client.shutdown();
  rmSync(root, { recursive: true, force: true });

  const all = [...times.values()].flat();
  const rows: [string, string][] = [
    ['workspace', `${files.length} corpus files, ${(bytes / 1024 / 1024).toFixed(2)} MB (${indexed} ideas files indexed)`],
    ['index: initialized -> progress end (ms)', `${indexing.toFixed(0)} (target < 2000)`],
    ['completion file', `${largest.split('/').pop()} (${(text.length / 1024).toFixed(0)} KB)`],
    ...contexts.map(([name]): [string, string] => [`completion p50 / p95 (ms): ${name}`, `${quantile(times.get(name)!, 0.5).toFixed(2)} / ${quantile(times.get(name)!, 0.95).toFixed(2)} (${counts.get(name)} items)`]),
    ['completion p95, all contexts (ms)', `${quantile(all, 0.95).toFixed(2)} (${all.length} requests; target < 20)`],
  ];
  return { rows, memory, indexing, completionP95: quantile(all, 0.95) };
}

if (require.main === module) {
  measureAuthoring()
    .then((run) => printTable([...run.rows, ['server RSS / peak after 500 characters typed (MB)', run.memory ? `${run.memory.rss.toFixed(0)} / ${run.memory.peak.toFixed(0)}` : 'n/a']]))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
