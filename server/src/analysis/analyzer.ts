import { DocumentModelBuilder } from '../model/document';
import { shift } from '../model/shift';
import type { Idea, IdeasDocument, Range } from '../model/types';
import type { Catalog } from '../catalog/catalog';
import type { Fix, IdeaRule, Problem, Rule, RuleContext, Severity } from '../rules/rule';
import type { TextChange } from '../model/sections';
import type { Settings } from '../settings';
import { resolveTerm } from './term';
import { isDisabled } from './controlComments';
import { hasTemplateIdeas, pathMatches } from './ideasFile';

export const SOURCE = 'mentorship-ideas';
export const RULES_DOC_BASE = 'https://github.com/mentorship-ideas/mentorship-ideas/blob/main/docs/rules/';

const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

/** An LSP diagnostic; the CLI prints the same objects. */
export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: string;
  message: string;
  codeDescription: { href: string };
  data?: { fix?: Fix; alternatives?: Fix[] };
}

export interface Analysis {
  doc: IdeasDocument;
  /** False for ordinary Markdown, which gets no diagnostics, outline or completion. */
  isIdeasFile: boolean;
  diagnostics: Diagnostic[];
}

interface CodedProblem extends Problem {
  code: string;
}

interface IdeaResult {
  source: string[];
  /** The rule context the results hold for: the analyzer's context key (the same string while it is unchanged) and the idea's project. */
  context: string;
  project: string;
  /** The idea's heading line where `placed` stands. */
  base: number;
  placed: CodedProblem[];
}

/**
 * Analyses one document over its successive versions: the model is rebuilt
 * from cached sections, per-idea rules run only on ideas whose text (or
 * context) changed, and document-wide rules read the model's summaries.
 */
export class DocumentAnalyzer {
  private builder = new DocumentModelBuilder();
  /** Per-idea results by the idea's first source piece (a string whose hash V8 keeps). */
  private ideaCache = new Map<string, IdeaResult[]>();
  /** Results of the rules that read only the headings, with the document and context they were computed for. */
  private headingRules?: { uri: string; context: string; doc: IdeasDocument; results: Map<string, CodedProblem[]> };
  /** The context key of the last analysis: an equal key is replaced by this string, so results compare it by reference. */
  private contextKey = '';
  /** Whether the last URI and file globs matched. */
  private pathMatch?: { uri: string; globs: string[]; matches: boolean };
  /** Ideas checked by the last analysis (the rest came from the cache). */
  lastIdeasChecked = 0;
  /** Rules that threw (the first 100), for tests and the fuzzer. */
  readonly ruleFailures: string[] = [];

  private readonly defaultSeverity: Map<string, Severity>;

  constructor(private readonly rules: readonly Rule[]) {
    this.defaultSeverity = new Map(rules.map((r) => [r.code, r.defaultSeverity]));
  }

  /** Analyses a whole text. `force` checks the file whatever its name (the CLI, for a file named explicitly). */
  analyze(uri: string, text: string, settings: Settings, catalog: Catalog, force = false): Analysis {
    return this.check(uri, this.builder.build(uri, text), settings, catalog, force);
  }

  /** Analyses the text after an editor's changes to the text of the previous analysis. */
  analyzeChanges(uri: string, changes: TextChange[], settings: Settings, catalog: Catalog): Analysis {
    return this.check(uri, this.builder.update(uri, changes), settings, catalog, false);
  }

  /** A rule that throws loses its own results, never the rest of the analysis; the failure is logged and kept. */
  private safeCheck(code: string, run: () => Problem[]): Problem[] {
    try {
      return run();
    } catch (e) {
      const message = `rule ${code} failed: ${e instanceof Error ? e.stack : String(e)}`;
      console.error(message);
      if (this.ruleFailures.length < 100) this.ruleFailures.push(message);
      return [];
    }
  }

  /** Whether the document is an ideas file (ideasFile.ts); the path's match against the globs is kept while the URI and globs stay. */
  private isIdeasFile(uri: string, doc: IdeasDocument, globs: string[]): boolean {
    let known = this.pathMatch;
    if (!known || known.uri !== uri || known.globs !== globs) {
      known = { uri, globs, matches: pathMatches(uri, globs) };
      this.pathMatch = known;
    }
    return known.matches || hasTemplateIdeas(doc);
  }

  /** Length of the text last analysed. */
  textLength(): number {
    return this.builder.textLength();
  }

  private check(uri: string, doc: IdeasDocument, settings: Settings, catalog: Catalog, force: boolean): Analysis {
    if (!force && !this.isIdeasFile(uri, doc, settings.files)) return { doc, isIdeasFile: false, diagnostics: [] };
    const term = resolveTerm(doc, settings);
    const ctx: RuleContext = { doc, settings, catalog, term };
    const problems: CodedProblem[] = [];
    const ideaRules = this.rules.filter((r): r is IdeaRule => r.scope === 'idea' && severityOf(r.code, r.defaultSeverity, settings) !== 'off');
    const contextKey = [catalog.version, term.text, ideaRules.map((r) => r.code).join(',')].join('\u0000');
    if (contextKey !== this.contextKey) this.contextKey = contextKey;
    const context = this.contextKey;
    const nextCache = new Map<string, IdeaResult[]>();
    this.lastIdeasChecked = 0;
    const ideaGroups = [{ project: undefined, ideas: doc.orphanIdeas }, ...doc.projects.map((p) => ({ project: p, ideas: p.ideas }))];
    for (const { project, ideas } of ideaGroups) {
      const projectName = project?.name ?? '';
      for (const idea of ideas) {
        const base = idea.headingRange.start.line;
        const key = idea.source[0];
        let result = cachedResult(nextCache.get(key), idea, context, projectName) ?? cachedResult(this.ideaCache.get(key), idea, context, projectName);
        if (!result) {
          this.lastIdeasChecked++;
          const found: CodedProblem[] = [];
          for (const rule of ideaRules) {
            for (const p of this.safeCheck(rule.code, () => rule.check(idea, project, ctx))) found.push({ ...p, code: rule.code });
          }
          result = { source: idea.source, context, project: projectName, base, placed: found };
        } else if (result.base !== base) {
          result = { ...result, base, placed: shift(result.placed, base - result.base) };
        }
        const list = nextCache.get(key) ?? [];
        if (!list.includes(result)) list.push(result);
        nextCache.set(key, list);
        for (const p of result.placed) problems.push(p);
      }
    }
    this.ideaCache = nextCache;
    const previous = this.headingRules;
    const sameHeadings = previous !== undefined && previous.uri === uri && previous.context === context && sameHeadingsOf(previous.doc, doc);
    const headingResults = new Map<string, CodedProblem[]>();
    for (const rule of this.rules) {
      if (rule.scope !== 'document' || severityOf(rule.code, rule.defaultSeverity, settings) === 'off') continue;
      const reuse = rule.reads === 'headings' && sameHeadings ? previous.results.get(rule.code) : undefined;
      const found = reuse ?? this.safeCheck(rule.code, () => rule.check(ctx)).map((p) => ({ ...p, code: rule.code }));
      if (rule.reads === 'headings') headingResults.set(rule.code, found);
      for (const p of found) problems.push(p);
    }
    this.headingRules = { uri, context, doc, results: headingResults };
    const diagnostics: Diagnostic[] = [];
    for (const p of problems) {
      const severity = severityOf(p.code, this.defaultSeverity.get(p.code)!, settings);
      if (severity === 'off' || isDisabled(doc, p.code, p.range.start.line)) continue;
      const d: Diagnostic = {
        range: p.range,
        severity: SEVERITY_NUMBER[severity],
        code: p.code,
        source: SOURCE,
        message: p.message,
        codeDescription: { href: RULES_DOC_BASE + p.code + '.md' },
      };
      if (p.fix) d.data = { fix: p.fix };
      if (p.alternatives?.length) d.data = { ...d.data, alternatives: p.alternatives };
      diagnostics.push(d);
    }
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { doc, isIdeasFile: true, diagnostics };
  }
}

/** The result among `results` computed for this idea's text (its source pieces, compared by reference first) in this context. */
function cachedResult(results: IdeaResult[] | undefined, idea: Idea, context: string, project: string): IdeaResult | undefined {
  if (!results) return undefined;
  const source = idea.source;
  for (const r of results) {
    if (r.context !== context || r.project !== project || r.source.length !== source.length) continue;
    let same = true;
    for (let i = 0; same && i < source.length; i++) same = r.source[i] === source[i];
    if (same) return r;
  }
  return undefined;
}

function severityOf(code: string, fallback: Severity, settings: Settings): Severity | 'off' {
  return settings.rules[code] ?? fallback;
}

/** Whether two documents agree on everything a `reads: 'headings'` rule may read: then its results hold for both. */
function sameHeadingsOf(a: IdeasDocument, b: IdeasDocument): boolean {
  if (a.ideasStartLine !== b.ideasStartLine || a.projectLevel !== b.projectLevel || a.ideaLevel !== b.ideaLevel) return false;
  if (a.term?.year !== b.term?.year || a.term?.number !== b.term?.number) return false;
  if (a.headings.length !== b.headings.length) return false;
  for (let i = 0; i < a.headings.length; i++) {
    const x = a.headings[i];
    const y = b.headings[i];
    if (x.line !== y.line || x.level !== y.level || x.role !== y.role || x.text !== y.text || !sameRange(x.textRange, y.textRange)) return false;
  }
  const [s, t] = [a.toc, b.toc];
  if (!s || !t) return s === t;
  if (s.markers !== t.markers || !sameRange(s.range, t.range) || s.entries.length !== t.entries.length) return false;
  return s.entries.every((e, i) => {
    const f = t.entries[i];
    return sameRange(e.range, f.range) && e.depth === f.depth && e.indent === f.indent && e.marker === f.marker && e.anchor === f.anchor && e.text === f.text;
  });
}

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  if (!a || !b) return a === b;
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
