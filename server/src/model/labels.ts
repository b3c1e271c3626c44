import type { CanonicalLabel } from './types';

export const REQUIRED_LABELS: CanonicalLabel[] = [
  'Description',
  'Expected Outcome',
  'Recommended Skills',
  'Mentor(s)',
  'Upstream Issue',
];

/** Template order of every field we know, for inserting and formatting. */
export const TEMPLATE_ORDER: CanonicalLabel[] = [
  'Description',
  'Expected Outcome',
  'Recommended Skills',
  'Technologies',
  'Mentor(s)',
  'Upstream Issue',
  'LFX URL',
];

/** Labels normalised before: the same few labels are written on most field lines. */
const keys = new Map<string, string>();
const KEYS_KEPT = 4096;

function key(label: string): string {
  let k = keys.get(label);
  if (k === undefined) {
    k = label.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\(\s*/g, '(').replace(/\s*\)\s*/g, ')').trim();
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(label, k);
  }
  return k;
}

const ALIASES: Record<string, CanonicalLabel> = {};
function alias(canonical: CanonicalLabel, ...names: string[]): void {
  for (const name of [canonical, ...names]) ALIASES[key(name)] = canonical;
}
alias('Description');
alias('Expected Outcome', 'Expected Outcomes', 'Expected Outcome(s)');
alias('Recommended Skills', 'Recommended Skill(s)', 'Recommended Skill', 'Skills');
alias('Mentor(s)', 'Mentors', 'Mentor');
// `Issue` is the 2020-2021 template's own label for it.
alias('Upstream Issue', 'Upstream Issues', 'Upstream Issue(s)', 'Upstream Issue (URL)', 'Upstream Issue URL', 'Issue');
// Plural and `(URL)` combinations of the above, as written in 2021-2022 entries.
alias('Upstream Issue', 'Upstream Issues (URL)', 'Upstream Issue (Project URL)', 'Issues', 'Issue(s)');
alias('LFX URL', 'LFX Project URL', 'LFX Link');
alias('Technologies');

/**
 * Labels of extra fields found in the real files (docs/format.md); accepted, not
 * flagged, with no canonical meaning of their own. */
const KNOWN_EXTRA = new Set(
  [
    'Project Website',
    'Website',
    'Repository',
    'Repo',
    'Difficulty',
    'Level',
    'Expected Size',
    'Duration',
    'Prerequisites',
    'Project',
    'Goals',
    'Objectives',
    'Timeline',
    'Note',
    'Notes',
    'LFX Mentorship',
    'Project Link',
    'Communication',
    'Slack',
    'Channel',
    'Resources',
    'References',
    'Stretch Goals',
    // Found in published entries, 2020-2026.
    'Stretch Goal',
    'Extended Goal',
    'Bonus Task',
    'Apply',
    'Community Bridge project (URL)',
    'Associated Repository',
    'Difficulty rating',
    'Expected size of the project',
    'Expected project size',
    'Type',
    'Deliverables',
    'Responsibilities',
    'Background',
    'Learning Opportunities',
    'Acknowledgement',
  ].map(key),
);

export function canonicalLabel(raw: string): CanonicalLabel | undefined {
  return ALIASES[key(raw)];
}

/** A label normalised as labels are compared: lower case, spacing around words and parentheses dropped. */
export function labelKey(raw: string): string {
  return key(raw);
}

/** Every accepted written form (as `labelKey` gives it) with its canonical label, for suggestions. */
export function labelAliases(): [string, CanonicalLabel][] {
  return Object.entries(ALIASES);
}

export function isKnownExtraLabel(raw: string): boolean {
  return KNOWN_EXTRA.has(key(raw));
}

export interface LabelMatch {
  rawLabel: string;
  /** Offsets within the analysed line. */
  labelStart: number;
  labelEnd: number;
  /** Offset where the value starts (after colon and spaces), or the line's length. */
  valueStart: number;
  bullet: boolean;
  colon: boolean;
  bold: boolean;
}

const BULLET = /^([ \t]{0,3})([-*+])([ \t]+)/;
// A label: up to six words, letters, digits, spaces, parentheses, slashes and hyphens.
const LABEL_COLON = /^(\\?\*\\?\*)?([A-Za-z][A-Za-z0-9 ()/'&-]{0,40}?)[ \t]*(\\?\*\\?\*)?[ \t]*([:：])[ \t]*(\\?\*\\?\*)?[ \t]*/;
const LABEL_ALONE = /^(\*\*)?([A-Za-z][A-Za-z0-9 ()/'&-]{0,40}?)[ \t]*(\*\*)?[ \t]*$/;

/**
 * Recognises a field line: `- Label: value`, `- **Label**: value`,
 * `Label: value` (not a list item), or a known label alone with its value on
 * the next lines. Returns undefined for anything else.
 */
export function matchFieldLine(line: string, opts: { requireKnown: boolean }): LabelMatch | undefined {
  const bulletMatch = BULLET.exec(line);
  const offset = bulletMatch ? bulletMatch[0].length : 0;
  const rest = line.slice(offset);
  const withColon = LABEL_COLON.exec(rest);
  if (withColon) {
    const rawLabel = withColon[2].trim();
    if (rawLabel.split(/\s+/).length > 6) return undefined;
    // `http:` and the like are values, not labels; so is any text whose colon opens `://`.
    if (/^(https?|mailto|ftp)$/i.test(rawLabel) || rest.startsWith('//', rest.indexOf(withColon[4]) + 1)) return undefined;
    const known = canonicalLabel(rawLabel) !== undefined || isKnownExtraLabel(rawLabel);
    if (!known && (opts.requireKnown || !bulletMatch)) return undefined;
    const labelStart = offset + (withColon[1]?.length ?? 0);
    return {
      rawLabel,
      labelStart,
      labelEnd: labelStart + withColon[2].trimEnd().length,
      valueStart: offset + withColon[0].length,
      bullet: !!bulletMatch,
      colon: true,
      bold: !!(withColon[1] || withColon[3] || withColon[5]),
    };
  }
  const alone = LABEL_ALONE.exec(rest);
  if (alone && canonicalLabel(alone[2].trim())) {
    const labelStart = offset + (alone[1]?.length ?? 0);
    return {
      rawLabel: alone[2].trim(),
      labelStart,
      labelEnd: labelStart + alone[2].trim().length,
      valueStart: line.length,
      bullet: !!bulletMatch,
      colon: false,
      bold: !!(alone[1] || alone[3]),
    };
  }
  return undefined;
}
