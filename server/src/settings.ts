import type { Severity } from './analysis/diagnostic';
import { isDocumentKind, type DocumentKind } from './kinds/kind';

/** A glob of `mentorshipIdeas.files`, with the kind of document its files are when the setting names one. */
export interface FileGlob {
  glob: string;
  kind?: DocumentKind;
}

export interface Settings {
  /** Every glob of `mentorshipIdeas.files` (what the index reads and watches). */
  files: string[];
  /** The same globs with their kinds, in the setting's order. */
  fileKinds: FileGlob[];
  rules: Record<string, Severity | 'off'>;
  term: string;
  github: { apiUrl: string; checkUpstreamIssues: boolean; proposalRepository: string; checkOpenProposals: boolean };
  /** `showFields`: the outline lists each idea's fields under it. */
  outline: { showFields: boolean };
}

/** Where LFX proposals are filed as issues. */
export const DEFAULT_PROPOSAL_REPOSITORY = 'cncf/mentoring';

export const DEFAULT_FILES = ['**/project_ideas.md', '**/lfx-mentorship/**/README.md', '**/summerofcode/*.md', '**/*.proposal.md'];

export function defaultSettings(): Settings {
  return {
    files: [...DEFAULT_FILES],
    fileKinds: DEFAULT_FILES.map((glob) => ({ glob })),
    rules: {},
    term: '',
    github: { apiUrl: 'https://api.github.com', checkUpstreamIssues: false, proposalRepository: DEFAULT_PROPOSAL_REPOSITORY, checkOpenProposals: false },
    outline: { showFields: false },
  };
}

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/**
 * Reads settings as an editor sends them: anything missing or of the wrong
 * type falls back to its default, and each such value is named in `problems`
 * so the user can be told, instead of the server failing.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('mentorshipIdeas settings are not an object; using the defaults');
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.files !== undefined) {
    const globs = readFileGlobs(r.files);
    if (globs) {
      settings.fileKinds = globs;
      settings.files = globs.map((g) => g.glob);
    } else problems.push('mentorshipIdeas.files must be a list of globs, or an object of globs and their kinds ("lfx", "gsoc" or "proposal"), such as {"**/summerofcode/*.md": "gsoc"}');
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
        if (typeof level === 'string' && LEVELS.has(level)) settings.rules[code] = level as Severity | 'off';
        else problems.push(`mentorshipIdeas.rules.${code}: "${String(level)}" is not one of error, warning, info, hint, off`);
      }
    } else problems.push('mentorshipIdeas.rules must be an object such as {"few-mentors": "off"}');
  }
  if (r.term !== undefined) {
    if (typeof r.term === 'string') settings.term = r.term;
    else problems.push('mentorshipIdeas.term must be a string such as "2026 Term 1"');
  }
  const gh = r.github;
  if (gh !== undefined) {
    if (gh && typeof gh === 'object') {
      const g = gh as Record<string, unknown>;
      if (g.apiUrl !== undefined) {
        if (typeof g.apiUrl === 'string' && /^https?:\/\/[^\s]+$/.test(g.apiUrl)) settings.github.apiUrl = g.apiUrl.replace(/\/+$/, '');
        else problems.push('mentorshipIdeas.github.apiUrl must be an http(s) URL');
      }
      if (g.checkUpstreamIssues !== undefined) {
        if (typeof g.checkUpstreamIssues === 'boolean') settings.github.checkUpstreamIssues = g.checkUpstreamIssues;
        else problems.push('mentorshipIdeas.github.checkUpstreamIssues must be true or false');
      }
      if (g.proposalRepository !== undefined) {
        if (typeof g.proposalRepository === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(g.proposalRepository.trim())) settings.github.proposalRepository = g.proposalRepository.trim();
        else problems.push('mentorshipIdeas.github.proposalRepository must be OWNER/NAME, such as cncf/mentoring');
      }
      if (g.checkOpenProposals !== undefined) {
        if (typeof g.checkOpenProposals === 'boolean') settings.github.checkOpenProposals = g.checkOpenProposals;
        else problems.push('mentorshipIdeas.github.checkOpenProposals must be true or false');
      }
    } else problems.push('mentorshipIdeas.github must be an object');
  }
  if (r.outline !== undefined) {
    const o = r.outline as Record<string, unknown> | null;
    if (o && typeof o === 'object' && (o.showFields === undefined || typeof o.showFields === 'boolean')) settings.outline.showFields = o.showFields ?? false;
    else problems.push('mentorshipIdeas.outline.showFields must be true or false');
  }
  return { settings, problems };
}

/**
 * `mentorshipIdeas.files` in any of its forms: a list of globs (the kind of
 * each file is then told by its path and content), a list mixing globs and
 * `{"glob", "kind"}` objects, or an object of globs and their kinds.
 */
function readFileGlobs(raw: unknown): FileGlob[] | undefined {
  if (Array.isArray(raw)) {
    const out: FileGlob[] = [];
    for (const item of raw) {
      if (typeof item === 'string') out.push({ glob: item });
      else if (item && typeof item === 'object' && typeof (item as FileGlob).glob === 'string') {
        const kind = (item as { kind?: unknown }).kind;
        if (kind !== undefined && !isDocumentKind(kind)) return undefined;
        out.push(kind ? { glob: (item as FileGlob).glob, kind } : { glob: (item as FileGlob).glob });
      } else return undefined;
    }
    return out;
  }
  if (raw && typeof raw === 'object') {
    const out: FileGlob[] = [];
    for (const [glob, kind] of Object.entries(raw as Record<string, unknown>)) {
      if (!isDocumentKind(kind)) return undefined;
      out.push({ glob, kind });
    }
    return out;
  }
  return undefined;
}
