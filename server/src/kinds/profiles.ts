import { uriPath } from '../uri';
import { resolveTerm } from '../analysis/term';
import type { IdeasDocument } from '../model/types';
import type { Rule } from '../rules/rule';
import type { Severity } from '../analysis/diagnostic';
import type { TermToken } from '../analysis/term';
import type { Settings } from '../settings';
import type { DocumentKind } from './kind';

export interface TemplateLevels {
  project: number;
  idea: number;
}

/**
 * What makes one kind of document differ from another, over the one model
 * and rule registry: which rules check it, the severities that differ, the
 * template's heading levels, and the term or year it is for.
 */
export interface KindProfile {
  kind: DocumentKind;
  runs(rule: Rule): boolean;
  /** The default severity of a code in this kind (for this term), when it differs from the rule's. */
  severity(code: string, term: TermToken): Severity | undefined;
  levels(term: TermToken): TemplateLevels;
  term(doc: IdeasDocument, settings: Settings): TermToken;
}

/** The GSoC template's changes, by year: sizes from 2022; two mentors required, one primary, and `####` / `#####` headings from 2024. */
export const GSOC_ERAS = { projectSize: 2022, twoMentors: 2024, deeperHeadings: 2024 };

/** The LFX-only rules: the LFX program title, LFX's limits and the term quotas. */
const LFX_ONLY = new Set(['title-too-long', 'description-too-long', 'too-many-mentors', 'over-quota']);

function defaultKinds(rule: Rule): readonly DocumentKind[] {
  return rule.kinds ?? (rule.scope === 'proposal' ? ['proposal'] : ['lfx', 'gsoc']);
}

const lfx: KindProfile = {
  kind: 'lfx',
  runs: (rule) => defaultKinds(rule).includes('lfx'),
  severity: () => undefined,
  levels: () => ({ project: 3, idea: 4 }),
  term: resolveTerm,
};

const gsoc: KindProfile = {
  kind: 'gsoc',
  runs: (rule) => defaultKinds(rule).includes('gsoc') && !(rule.kinds === undefined && LFX_ONLY.has(rule.code)),
  severity: (code, term) => (code === 'few-mentors' && gsocRequires(term, GSOC_ERAS.twoMentors) ? 'error' : undefined),
  levels: (term) => (gsocRequires(term, GSOC_ERAS.deeperHeadings) ? { project: 4, idea: 5 } : { project: 3, idea: 4 }),
  term: (doc) => gsocYear(doc),
};

const proposal: KindProfile = {
  kind: 'proposal',
  runs: (rule) => defaultKinds(rule).includes('proposal'),
  severity: () => undefined,
  levels: () => ({ project: 3, idea: 3 }),
  term: resolveTerm,
};

export const PROFILES: Record<DocumentKind, KindProfile> = { lfx, gsoc, proposal };

/** A GSoC list of `year` or later (an unknown year is taken as this year's list). */
export function gsocRequires(term: TermToken, year: number): boolean {
  return term.year >= year;
}

/**
 * The year of a GSoC idea list, as a term: from its file name
 * (`summerofcode/2025.md`), else a `# 2018` or `GSoC 2025` heading, else
 * unknown (this year's list).
 */
export function gsocYear(doc: Pick<IdeasDocument, 'uri' | 'headings'>): TermToken {
  const name = uriPath(doc.uri).split('/').pop() ?? '';
  const fromName = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name);
  const fromHeading = doc.headings.map((h) => /^(?:(?:GSoC|Google Summer of Code)\s+)?(20\d\d)$/i.exec(h.text.trim())).find((m) => m);
  const year = fromName ? Number(fromName[1]) : fromHeading ? Number(fromHeading[1]) : new Date().getFullYear();
  return { year, number: 0, text: `GSoC ${year}`, known: !!(fromName || fromHeading) };
}
