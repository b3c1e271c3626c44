import { DocumentModelBuilder } from '../model/document';
import { shift } from '../model/shift';
import type { Idea, IdeasDocument, Project, Range } from '../model/types';
import type { Catalog } from '../catalog/catalog';
import type { AsyncRule, AsyncRuleContext, IdeaRule, Problem, Rule, RuleContext } from '../rules/rule';
import type { GitHubAccess } from '../github/access';
import { diagnosticOf, inDocumentOrder, type Diagnostic, type Severity } from './diagnostic';
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
  /** The text of a document whose path makes it a proposal, kept as sections for the editor's changes (never parsed as entries). */
  private proposalSections?: Section[];
  /** Per-idea results by the idea's first source piece (a string whose hash V8 keeps), and how many were added since it was last renewed. */
  private ideaCache = new Map<string, IdeaResult[]>();
  private ideaCacheSize = 0;
  /** The results of an idea the model assembled before (the same object while its sections are unchanged). */
  private resultOf = new WeakMap<Idea, IdeaResult>();
  /** Results of the rules that read only the headings, with the document and context they were computed for. */
  private headingRules?: { uri: string; context: string; doc: IdeasDocument; results: Map<string, CodedProblem[]> };
  /** The rules chosen for the last analysis, with the kind and rule settings they were chosen for. */
  private ruleChoice?: { kind: DocumentKind; rules: string; ideaRules: IdeaRule[]; ideaCodes: string; running: Set<Rule> };
  /** The context key of the last analysis: an equal key is replaced by this string, so results compare it by reference. */
  private contextKey = '';
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

  /** The rules that check a document of `kind` under `settings`, chosen again only when either changes. */
  private rulesFor(kind: DocumentKind, settings: Settings): { ideaRules: IdeaRule[]; ideaCodes: string; running: Set<Rule> } {
    // The severities as a string: settings objects are sometimes changed in place.
    const rules = JSON.stringify(settings.rules);
    const known = this.ruleChoice;
    if (known && known.kind === kind && known.rules === rules) return known;
    const profile = PROFILES[kind];
    const running = new Set(this.rules.filter((r) => profile.runs(r) && settings.rules[r.code] !== 'off'));
    const ideaRules = [...running].filter((r): r is IdeaRule => r.scope === 'idea');
    this.ruleChoice = { kind, rules, ideaRules, ideaCodes: ideaRules.map((r) => r.code).join(','), running };
    return this.ruleChoice;
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
    const { ideaRules, ideaCodes, running } = this.rulesFor(kind, settings);
    const runs = (r: Rule) => running.has(r);
    const contextKey = [catalog.version, kind, term.text, levels.project, levels.idea, ideaCodes].join('\u0000');
    if (contextKey !== this.contextKey) this.contextKey = contextKey;
    const context = this.contextKey;
    this.lastIdeasChecked = 0;
    /** Every idea's results, and those not found by the idea's identity. */
    const results: IdeaResult[] = [];
    const unseen: IdeaResult[] = [];
    const checkGroup = (project: Project | undefined, ideas: Idea[]) => {
      const projectName = project?.name ?? '';
      for (const idea of ideas) {
        let result = this.resultOf.get(idea);
        if (!result || result.context !== context || result.project !== projectName) {
          const base = idea.headingRange.start.line;
          result = cachedResult(this.ideaCache.get(idea.source[0]), idea, context, projectName);
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
          this.resultOf.set(idea, result);
          unseen.push(result);
        }
        results.push(result);
        for (let i = 0; i < result.placed.length; i++) problems.push(result.placed[i]);
      }
    };
    checkGroup(undefined, doc.orphanIdeas);
    for (const p of doc.projects) checkGroup(p, p.ideas);
    // By their text, results serve ideas that moved or came back. They are kept for the current ideas, and renewed once a few stale ones gathered.
    for (const r of unseen) keepResult(this.ideaCache, r);
    this.ideaCacheSize += unseen.length;
    if (this.ideaCacheSize > results.length + 8) {
      this.ideaCache = new Map();
      for (const r of results) keepResult(this.ideaCache, r);
      this.ideaCacheSize = results.length;
    }
    const previous = this.headingRules;
    const sameHeadings = previous !== undefined && previous.uri === uri && previous.context === context && sameHeadingsOf(previous.doc, doc);
    const headingResults = new Map<string, CodedProblem[]>();
    for (const rule of this.rules) {
      if (rule.scope === 'proposal' && doc.proposal && runs(rule)) {
        const body = doc.proposal;
        problems.push(...this.safeCheck(rule.code, () => rule.check(body, ctx)).map((p) => ({ ...p, code: rule.code })));
        continue;
      }
      if (rule.scope !== 'document' || !runs(rule)) continue;
      const reuse = rule.reads === 'headings' && sameHeadings ? previous.results.get(rule.code) : undefined;
      const found = reuse ?? this.safeCheck(rule.code, () => rule.check(ctx)).map((p) => ({ ...p, code: rule.code }));
      if (rule.reads === 'headings') headingResults.set(rule.code, found);
      for (const p of found) problems.push(p);
    }
    this.headingRules = { uri, context, doc, results: headingResults };
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
  return diagnostics.sort(inDocumentOrder);
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

function keepResult(cache: Map<string, IdeaResult[]>, result: IdeaResult): void {
  const list = cache.get(result.source[0]);
  if (!list) cache.set(result.source[0], [result]);
  else if (!list.includes(result)) list.push(result);
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

/** A text with an editor's changes applied. */
function applyChanges(text: string, changes: TextChange[]): string {
  let sections = splitSections(text);
  for (const change of changes) sections = applyChange(sections, change);
  return sections.map((s) => s.text).join('');
}
