import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { DocumentAnalyzer, type Diagnostic } from './analysis/analyzer';
import { checkFiles, readText, type FileToCheck } from './analysis/checkFiles';
import { catalogOf } from './catalog/workspaceFiles';
import { Catalog } from './catalog/catalog';
import type { DocumentKind } from './kinds/kind';
import { outline, outlineJson, outlineText } from './features/outline';
import { allRules } from './rules';
import { readSettings, type Settings } from './settings';
import { checkUpstreamOnline } from './features/upstreamClosed';
import { PROPOSE_USAGE, runPropose } from './proposal/cli';
import { PROPOSALS_USAGE, runProposals } from './proposal/proposalsCli';

const USAGE = `usage:
  mentorship-ideas check   [--format text|json|github] [--config FILE] [--online] <file|dir|glob>...
  mentorship-ideas outline [--format text|json] <file>
  ${PROPOSE_USAGE}
  ${PROPOSALS_USAGE}

  --online  also fetch each linked upstream issue from GitHub (rule upstream-closed:
            closed, missing or unreadable), with GITHUB_TOKEN if set and the API
            base of the config's github.apiUrl
  --create  file the proposal as an issue in github.proposalRepository (default
            cncf/mentoring) with GITHUB_TOKEN (public_repo scope), printing its URL;
            an open issue of yours with the same title is found, not filed twice;
            --dry-run prints the request instead`;

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

class UsageError extends Error {}

interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Runs the CLI; returns the exit code (0 clean, 1 errors found, 2 usage or I/O problem), or a promise of it.
 * `workerScript` is the CLI's entry file, for checking many files on worker threads.
 */
export function runCli(argv: string[], io: Output = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }, workerScript?: string): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'propose') return runPropose(rest, io, loadSettings);
    if (command === 'proposals') return runProposals(rest, io, loadSettings);
    const { format, config, paths, online } = options(rest);
    if (command === 'check') {
      return check(paths, format ?? 'text', config, io, online, workerScript).catch((e) => fail(e, io));
    }
    if (command === 'outline') return printOutline(paths, format ?? 'text', io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    return fail(e, io);
  }
}

function fail(e: unknown, io: Output): number {
  if (e instanceof UsageError) {
    io.err(`mentorship-ideas: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  io.err(`mentorship-ideas: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}

function options(args: string[]): { format?: string; config?: string; paths: string[]; online: boolean } {
  const result: { format?: string; config?: string; paths: string[]; online: boolean } = { paths: [], online: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--format' || flag === '--config') {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (flag === '--format') result.format = value;
      else result.config = value;
    } else if (a === '--online') {
      result.online = true;
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      result.paths.push(a);
    }
  }
  return result;
}

function loadSettings(config: string | undefined): Settings {
  if (!config) return readSettings(undefined).settings;
  let raw: unknown;
  try {
    raw = JSON.parse(readText(config));
  } catch (e) {
    throw new Error(e instanceof SyntaxError ? `${config} is not valid JSON: ${e.message}` : (e as Error).message);
  }
  const section = (raw as { mentorshipIdeas?: unknown })?.mentorshipIdeas ?? raw;
  const { settings, problems } = readSettings(section);
  if (problems.length) throw new Error(`${config}: ${problems.join('; ')}`);
  return settings;
}

/** Expands the command line's paths: files as given, directories and globs to their ideas files. */
function expand(paths: string[]): FileToCheck[] {
  const files: FileToCheck[] = [];
  for (const p of paths) {
    if (/[*?[\]{}]/.test(p)) {
      const base = p.split('/').findIndex((part) => /[*?[\]{}]/.test(part));
      const root = p.split('/').slice(0, base).join('/') || '.';
      const match = picomatch(p, { dot: true });
      for (const f of walk(root)) if (match(f) || match(f.replace(/^\.\//, ''))) files.push({ path: f, explicit: true });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new Error(`cannot read ${p}: no such file or directory`);
    }
    if (!isDir) files.push({ path: p, explicit: true });
    else for (const f of walk(p)) if (f.toLowerCase().endsWith('.md')) files.push({ path: f, explicit: false });
  }
  return files;
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new Error(`cannot read directory ${dir}`);
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}

async function check(paths: string[], format: string, config: string | undefined, io: Output, online: boolean, workerScript: string | undefined): Promise<number> {
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`unknown format "${format}" (text, json or github)`);
  if (paths.length === 0) throw new UsageError('check needs at least one file, directory or glob');
  const settings = loadSettings(config);
  // Run inside a clone of cncf/mentoring, its own project list and quotas apply.
  const catalog = catalogOf([process.cwd()]);
  // `--online` reads every file's model, which stays on the thread that built it.
  const checked = await checkFiles(expand(paths), settings, catalog, online ? undefined : workerScript);
  const results = checked.filter((r) => r.isIdeasFile);
  if (!online) return report(results, format, io);
  return checkUpstreamOnline(
    results.map((r) => r.doc!),
    settings,
  ).then(({ diagnostics, problems }) => {
    for (const p of problems) io.err(`mentorship-ideas: ${p}\n`);
    results.forEach((r, i) => {
      r.diagnostics = [...r.diagnostics, ...diagnostics[i]].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    });
    return report(results, format, io);
  });
}

function report(results: { path: string; kind: DocumentKind; diagnostics: Diagnostic[] }[], format: string, io: Output): number {
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 1).length, 0);
  if (format === 'json') {
    const files = results.map((r) => ({ path: r.path, kind: r.kind, diagnostics: r.diagnostics.map(jsonDiagnostic) }));
    io.out(JSON.stringify({ files }) + '\n');
  } else if (format === 'github') {
    for (const r of results) for (const d of r.diagnostics) io.out(githubLine(r.path, d) + '\n');
  } else {
    let total = 0;
    for (const r of results) {
      for (const d of r.diagnostics) {
        total++;
        io.out(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY[d.severity]} ${d.message} [${d.code}]\n`);
      }
    }
    io.out(`${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}; rules: ${[...new Set(allRules.map((r) => r.code))].join(', ')}\n`);
  }
  return errors > 0 ? 1 : 0;
}

function jsonDiagnostic(d: Diagnostic) {
  return {
    code: d.code,
    severity: SEVERITY[d.severity],
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

function githubLine(path: string, d: Diagnostic): string {
  const kind = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'notice';
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const j = jsonDiagnostic(d);
  return `::${kind} file=${prop(path)},line=${j.line},col=${j.column},endLine=${j.endLine},endColumn=${j.endColumn},title=${prop(d.code)}::${esc(d.message)}`;
}

function printOutline(paths: string[], format: string, io: Output): number {
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  if (paths.length !== 1) throw new UsageError('outline takes exactly one file');
  const text = readText(paths[0]);
  // The model of the file's kind: a proposal document's outline is its form.
  const { doc } = new DocumentAnalyzer(allRules).analyze(pathToFileURL(resolve(paths[0])).href, text, readSettings(undefined).settings, Catalog.bundled(), true);
  const nodes = outline(doc);
  io.out(format === 'json' ? JSON.stringify(outlineJson(nodes)) + '\n' : outlineText(nodes) + '\n');
  return 0;
}
