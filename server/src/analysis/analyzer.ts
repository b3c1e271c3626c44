import { DocumentModelBuilder, shift } from '../model/document';
import type { IdeasDocument } from '../model/types';
import type { Catalog } from '../catalog/catalog';
import type { AsyncRule, AsyncRuleContext, IdeaRule, Problem, Rule, RuleContext } from '../rules/rule';
import type { GitHubAccess } from '../github/access';
import { diagnosticOf, type Diagnostic, type Severity } from './diagnostic';
import { applyChange, splitSections, type Section, type TextChange } from '../model/sections';
import type { Settings } from '../settings';
import { isDisabled } from './controlComments';
import { detectKind, kindByPath, kindFromPath } from '../kinds/detect';
import { uriPath } from '../uri';
import type { DocumentKind } from '../kinds/kind';
import { PROFILES } from '../kinds/profiles';
import { proposalDocument } from '../kinds/proposal/document';

export interface Analysis {
  doc: IdeasDocument;
  /** False for ordinary Markdown, which gets no diagnostics, outline or completion. */
  isIdeasFile: boolean;
  /** The kind of document, for an ideas file. */
  kind?: DocumentKind;
  diagnostics: Diagnostic[];
}

interface CodedProblem extends Problem {
  code: string;
}

interface IdeaResult {
  source: string[];
  context: string;
  /** The idea's heading line when `placed` was computed. */
  base: number;
  relative: CodedProblem[];
  placed: CodedProblem[];
}

/**
 * Analyses one document over its successive versions: the model is rebuilt
 * from cached sections, per-idea rules run only on ideas whose text (or
 * context) changed, and document-wide rules read the model's summaries.
 */
export class DocumentAnalyzer {
  private builder = new DocumentModelBuilder();
  /** The text of a document whose path makes it a proposal, kept as sections for the editor's changes (never parsed as entries). */
  private proposalSections?: Section[];
  /** Per-idea results by the idea's first source piece (a string whose hash V8 keeps). */
  private ideaCache = new Map<string, IdeaResult[]>();
  /** Results of the rules that read only the headings, with the headings they were computed for. */
  private headingRules?: { key: string; results: Map<string, CodedProblem[]> };
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
    if (kindByPath(uri, settings.fileKinds) === 'proposal') {
      this.proposalSections = splitSections(text);
      return this.check(uri, undefined, settings, catalog, force);
    }
    this.proposalSections = undefined;
    return this.check(uri, this.builder.build(uri, text), settings, catalog, force);
  }

  /** Analyses the text after an editor's changes to the text of the previous analysis. */
  analyzeChanges(uri: string, changes: TextChange[], settings: Settings, catalog: Catalog): Analysis {
    const proposal = kindByPath(uri, settings.fileKinds) === 'proposal';
    if (proposal !== (this.proposalSections !== undefined)) {
      // The settings changed what the path is: start again from the text as it is now.
      const text = this.proposalSections ? this.proposalSections.map((x) => x.text).join('') : this.builder.text();
      return this.analyze(uri, applyChanges(text, changes), settings, catalog);
    }
    if (this.proposalSections) {
      for (const change of changes) this.proposalSections = applyChange(this.proposalSections, change);
      return this.check(uri, undefined, settings, catalog, false);
    }
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

  /** Length of the text last analysed. */
  textLength(): number {
    return this.proposalSections ? this.proposalSections.reduce((n, x) => n + x.text.length, 0) : this.builder.textLength();
  }

  /** `modelled` is undefined when the path makes the document a proposal, which is not read as Markdown entries. */
  private check(uri: string, modelled: IdeasDocument | undefined, settings: Settings, catalog: Catalog, force: boolean): Analysis {
    const detected = modelled ? detectKind(uri, modelled, settings.fileKinds) : 'proposal';
    if (!force && !detected) return { doc: modelled!, isIdeasFile: false, diagnostics: [] };
    const kind = detected ?? kindFromPath(uriPath(uri)) ?? 'lfx';
    // A proposal is read as CNCF reads the issue body, into the same model.
    const doc = kind === 'proposal' ? proposalDocument(uri, this.proposalSections ? this.proposalSections.map((x) => x.text).join('') : this.builder.text()) : modelled!;
    const profile = PROFILES[kind];
    const term = profile.term(doc, settings);
    const levels = profile.levels(term);
    const ctx: RuleContext = { doc, settings, catalog, term, kind, levels };
    const problems: CodedProblem[] = [];
    const runs = (r: Rule) => profile.runs(r) && settings.rules[r.code] !== 'off';
    const ideaRules = this.rules.filter((r): r is IdeaRule => r.scope === 'idea' && runs(r));
    const contextKey = [catalog.version, kind, term.text, levels.project, levels.idea, ideaRules.map((r) => r.code).join(',')].join('\u0000');
    const nextCache = new Map<string, IdeaResult[]>();
    this.lastIdeasChecked = 0;
    const ideaGroups = [{ project: undefined, ideas: doc.orphanIdeas }, ...doc.projects.map((p) => ({ project: p, ideas: p.ideas }))];
    for (const { project, ideas } of ideaGroups) {
      for (const idea of ideas) {
        const context = contextKey + '\u0000' + (project?.name ?? '');
        const base = idea.headingRange.start.line;
        const key = idea.source[0];
        const matches = (r: IdeaResult) => r.context === context && r.source.length === idea.source.length && r.source.every((piece, i) => piece === idea.source[i]);
        let result = nextCache.get(key)?.find(matches) ?? this.ideaCache.get(key)?.find(matches);
        if (!result) {
          this.lastIdeasChecked++;
          const found: CodedProblem[] = [];
          for (const rule of ideaRules) {
            for (const p of this.safeCheck(rule.code, () => rule.check(idea, project, ctx))) found.push({ ...p, code: rule.code });
          }
          result = { source: idea.source, context, base, relative: shift(found, -base), placed: found };
        } else if (result.base !== base) {
          result = { ...result, base, placed: shift(result.relative, base) };
        }
        const list = nextCache.get(key) ?? [];
        if (!list.includes(result)) list.push(result);
        nextCache.set(key, list);
        problems.push(...result.placed);
      }
    }
    this.ideaCache = nextCache;
    const headingsKey = [uri, contextKey, headingsSignature(doc)].join('\u0000');
    const headingResults = new Map<string, CodedProblem[]>();
    for (const rule of this.rules) {
      if (rule.scope === 'proposal' && doc.proposal && runs(rule)) {
        const body = doc.proposal;
        problems.push(...this.safeCheck(rule.code, () => rule.check(body, ctx)).map((p) => ({ ...p, code: rule.code })));
        continue;
      }
      if (rule.scope !== 'document' || !runs(rule)) continue;
      const reuse = rule.reads === 'headings' && this.headingRules?.key === headingsKey ? this.headingRules.results.get(rule.code) : undefined;
      const found = reuse ?? this.safeCheck(rule.code, () => rule.check(ctx)).map((p) => ({ ...p, code: rule.code }));
      if (rule.reads === 'headings') headingResults.set(rule.code, found);
      problems.push(...found);
    }
    this.headingRules = { key: headingsKey, results: headingResults };
    return { doc, isIdeasFile: true, kind, diagnostics: diagnosticsOf(problems, (p) => p.severity ?? profile.severity(p.code, term) ?? this.defaultSeverity.get(p.code)!, settings, doc) };
  }
}

function severityOf(code: string, fallback: Severity, settings: Settings): Severity | 'off' {
  return settings.rules[code] ?? fallback;
}

/** Problems as diagnostics, in document order: each rule's severity (from the settings, else its default), none where the rule is off or disabled by a comment. */
function diagnosticsOf(problems: CodedProblem[], severityOfProblem: (p: CodedProblem) => Severity, settings: Settings, doc: IdeasDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const p of problems) {
    const severity = severityOf(p.code, severityOfProblem(p), settings);
    if (severity === 'off' || isDisabled(doc, p.code, p.range.start.line)) continue;
    const d = diagnosticOf(p.code, severity, p.range, p.message);
    if (p.fix) d.data = { fix: p.fix };
    if (p.alternatives?.length) d.data = { ...d.data, alternatives: p.alternatives };
    if (p.field) d.data = { ...d.data, field: p.field };
    if (p.part) d.data = { ...d.data, part: p.part };
    diagnostics.push(d);
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** What the asynchronous rules say of an analysis: at once, from what they learnt before, and once they have asked. */
export interface AsyncDiagnostics {
  known: Diagnostic[];
  /** Asks (GitHub): what the rules find then. */
  check(): Promise<Diagnostic[]>;
}

export interface AsyncRuleServices {
  github: GitHubAccess;
  /** Where a rule that throws is reported. */
  error(message: string): void;
  /** Told what could not be checked. */
  note?(message: string): void;
}

/**
 * Runs the asynchronous rules that are on (severity and opt-in) over an
 * ideas file's analysis; undefined when none is, or the file is no ideas
 * file. Their problems become diagnostics as the other rules' do.
 */
export function runAsyncRules(rules: readonly Rule[], analysis: Analysis, settings: Settings, catalog: Catalog, services: AsyncRuleServices): AsyncDiagnostics | undefined {
  if (!analysis.isIdeasFile) return undefined;
  const profile = PROFILES[analysis.kind ?? 'lfx'];
  const on = rules.filter((r): r is AsyncRule => r.scope === 'async' && profile.runs(r) && severityOf(r.code, r.defaultSeverity, settings) !== 'off' && r.enabled(settings));
  if (on.length === 0) return undefined;
  const { doc } = analysis;
  const term = profile.term(doc, settings);
  const defaults = new Map(on.map((r) => [r.code, r.defaultSeverity]));
  const ctx: AsyncRuleContext = { doc, settings, catalog, term, kind: analysis.kind ?? 'lfx', levels: profile.levels(term), github: services.github, note: (m) => services.note?.(m) };
  const failed = (code: string, e: unknown) => services.error(`rule ${code} failed: ${e instanceof Error ? e.stack : String(e)}`);
  const known: CodedProblem[] = [];
  for (const rule of on) {
    try {
      for (const p of rule.known(ctx)) known.push({ ...p, code: rule.code });
    } catch (e) {
      failed(rule.code, e);
    }
  }
  const check = () =>
    Promise.all(
      on.map(async (rule): Promise<CodedProblem[]> => {
        try {
          return (await rule.check(ctx)).map((p) => ({ ...p, code: rule.code }));
        } catch (e) {
          failed(rule.code, e);
          return [];
        }
      }),
      ).then((lists) => diagnosticsOf(lists.flat(), (p) => p.severity ?? defaults.get(p.code)!, settings, doc));
  return { known: diagnosticsOf(known, (p) => p.severity ?? defaults.get(p.code)!, settings, doc), check };
}

/** Everything a `reads: 'headings'` rule may read, as one string: equal strings, equal results. */
function headingsSignature(doc: IdeasDocument): string {
  const parts = [doc.ideasStartLine, doc.projectLevel, doc.ideaLevel, doc.term ? `${doc.term.year}.${doc.term.number}` : ''].join(',');
  const headings = doc.headings.map((h) => `${h.line}:${h.level}:${h.role}:${h.textRange?.start.character ?? ''}:${h.textRange?.end.character ?? ''}:${h.text}`).join('\n');
  const toc = doc.toc;
  const tocPart = toc
    ? `${toc.markers}:${toc.range.start.line}:${toc.range.start.character}:${toc.range.end.line}:${toc.range.end.character}\n` +
      toc.entries.map((e) => `${e.range.start.line}:${e.range.end.character}:${e.depth}:${e.indent ?? ''}:${e.marker ?? ''}:${e.anchor}:${e.text}`).join('\n')
    : '';
  return parts + '\n' + headings + '\n' + tocPart;
}

/** A text with an editor's changes applied. */
function applyChanges(text: string, changes: TextChange[]): string {
  let sections = splitSections(text);
  for (const change of changes) sections = applyChange(sections, change);
  return sections.map((s) => s.text).join('');
}
