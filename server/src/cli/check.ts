import { inDocumentOrder, type Diagnostic } from '../analysis/diagnostic';
import type { DocumentKind } from '../kinds/kind';
import { checkFiles } from '../host/checkFiles';
import { expandPaths } from '../host/files';
import { loadConfig, runService, splitFlag, UsageError, type CliContext } from './usage';

export const CHECK_USAGE = `mentorship-ideas check   [--format text|json|github] [--config FILE] [--online] <file|dir|glob>...`;
export const ONLINE_USAGE = `--online  also fetch each linked upstream issue from GitHub (rule upstream-closed:
            closed, missing or unreadable), with GITHUB_TOKEN if set and the API
            base of the config's github.apiUrl`;

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

interface CheckOptions {
  format?: string;
  config?: string;
  paths: string[];
  online: boolean;
}

export function checkOptions(args: string[]): CheckOptions {
  const result: CheckOptions = { paths: [], online: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = splitFlag(a);
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

/** `check PATH...`: the diagnostics of every ideas file named or found, as text, JSON or GitHub workflow commands; exit 1 on errors. */
export async function runCheck(options: CheckOptions, context: CliContext): Promise<number> {
  const { paths, config, online } = options;
  const format = options.format ?? 'text';
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`unknown format "${format}" (text, json or github)`);
  if (paths.length === 0) throw new UsageError('check needs at least one file, directory or glob');
  const settings = loadConfig(config);
  const service = runService(context, online ? { ...settings, github: { ...settings.github, checkUpstreamIssues: true } } : settings);
  const catalogProblem = await service.reloadCatalog();
  if (catalogProblem) throw new Error(catalogProblem);
  // A file named explicitly is checked whatever it holds; one found in a directory only when it is an ideas file.
  // `--online` reads every file's model: they are all checked on this thread then.
  const checked = await checkFiles(expandPaths(paths), service, online ? { models: true } : { workerScript: context.workerScript });
  const results = checked.filter((r) => r.isIdeasFile);
  if (online) {
    // The asynchronous rules ask GitHub one file after the other; a link two files share is asked once.
    const notes = new Set<string>();
    for (const r of results) {
      const found = await service.runAsyncRules({ doc: r.doc!, isIdeasFile: true, kind: r.kind, diagnostics: r.diagnostics }, (note) => notes.add(note))?.check();
      if (found) r.diagnostics = [...r.diagnostics, ...found].sort(inDocumentOrder);
    }
    for (const note of notes) context.io.err(`mentorship-ideas: ${note}\n`);
  }
  return report(results, format, service.ruleCodes({ asynchronous: online }), context);
}

function report(results: { path: string; kind: DocumentKind; diagnostics: Diagnostic[] }[], format: string, rules: string[], { io }: CliContext): number {
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
    io.out(`${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}; rules: ${rules.join(', ')}\n`);
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
