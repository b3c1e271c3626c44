import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(__dirname, '../..');

/** One import (or re-export) of a source file, as written and, for a relative one, the repository file it names. */
export interface Import {
  specifier: string;
  /** Only types: erased from the bundle. */
  typeOnly: boolean;
  /** Repository-relative path of the imported file, for a relative import. */
  file?: string;
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[\w*\s{},$]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every .ts file under `dir` (repository-relative), tests included or not. */
export function sourceFiles(dir: string, { tests = false } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(join(ROOT, d), { withFileTypes: true })) {
      const path = `${d}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && (tests || !entry.name.endsWith('.test.ts'))) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(ROOT, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return undefined;
}

/** The imports of one file: static ones (with `import type` told apart) and dynamic `import()` / `require()`. */
export function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const specifier = m[2];
    const typeOnly = !!m[1] || /^\s*(?:import|export)\s*\{\s*(?:type\s+[\w$]+\s*(?:as\s+[\w$]+\s*)?,?\s*)+\}\s*from/.test(m[0]);
    out.push({ specifier, typeOnly, file: specifier.startsWith('.') ? resolveFile(file, specifier) : undefined });
  }
  for (const m of text.matchAll(DYNAMIC)) out.push({ specifier: m[1], typeOnly: false, file: m[1].startsWith('.') ? resolveFile(file, m[1]) : undefined });
  return out;
}

/** Every repository file reachable from `entries` through relative imports (type-only ones included when asked). */
export function closure(entries: string[], { types = true } = {}): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of importsOf(file)) if (i.file?.endsWith('.ts') && (types || !i.typeOnly) && !seen.has(i.file)) pending.push(i.file);
  }
  return seen;
}

/** The import cycles among `files` (each a strongly connected set of two or more files, or a file importing itself). */
export function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).map((i) => i.file).filter((f): f is string => !!f && files.includes(f))]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return cycles;
}
