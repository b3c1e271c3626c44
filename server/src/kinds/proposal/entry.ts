import { templateSize } from '../gsoc/projectSize';
import { formatMentor } from '../../model/mentors';
import { normalizeMentorEmail, type ProposalBody } from './body';

export interface EntryLevels {
  project: number;
  idea: number;
}

/** An entry made from a proposal document: its project (the CNCF Project) and its lines, heading first. */
export interface ProposalEntry {
  project: string;
  lines: string[];
}

const OUTCOMES_HEADING = /^#{1,6}\s*expected\s+outcomes?\s*$/im;

/** A value as an indented blockquote under its field (the exported README's way with a multi-line Description). */
function quoted(value: string): string[] {
  return ['', ...value.split(/\r?\n/).map((l) => (l.trim() ? `  > ${l}` : '  >'))];
}

/**
 * The entry a proposal document converts back to, in the kind of file it
 * goes into. LFX: `#### <Program Name>`, the Program Description quoted under
 * `- Description:` (its `## Expected outcomes` inside, as the 2026 export
 * writes it), Recommended Skills, Technologies, `Name (@handle, email)`
 * mentors and the Upstream Issue. GSoC: the Description and the Expected
 * Outcome split at the description's `Expected outcomes` heading, `Expected
 * project size: large` (an LFX program is ~350 hours), the first mentor
 * marked primary, `Upstream Issue (URL)`. The LFIDs and prerequisites have
 * no field in an entry and stay in the proposal.
 */
export function proposalEntry(body: ProposalBody, kind: 'lfx' | 'gsoc', levels: EntryLevels): ProposalEntry {
  const box = body.value('Skills same as Technologies?');
  const technologies = body.value('Technologies');
  const skills = body.value('Required/Desirable Skills') || (/\[[xX]\]/.test(box) ? technologies : '');
  const description = body.value('Program Description');
  const mentors = body.mentors
    .filter((m) => m.parts.length === 3 || m.parts.length === 4)
    .map((m, i) => {
      const handle = m.parts[1].text.replace(/^@/, '');
      const email = normalizeMentorEmail(m.parts[2].text);
      return `  - ${formatMentor({ name: m.parts[0].text.replace(/\s+/g, ' '), ...(handle ? { handle } : {}), ...(email ? { email } : {}), ...(kind === 'gsoc' && i === 0 ? { note: 'primary' } : {}) })}`;
    });
  const lines = [`${'#'.repeat(levels.idea)} ${body.value('Program Name').split(/\r?\n/)[0].trim()}`, ''];
  if (kind === 'gsoc') {
    const at = description.search(OUTCOMES_HEADING);
    const [about, outcome] = at >= 0 ? [description.slice(0, at), description.slice(at).replace(OUTCOMES_HEADING, '')] : [description, ''];
    const text = about.replace(/^#{1,6}\s*description\s*$/im, '').trim();
    lines.push(...field('Description', text), ...field('Expected Outcome', outcome.trim()), `- Recommended Skills: ${skills}`.trimEnd(), `- Expected project size: ${templateSize('large')}`);
  } else {
    lines.push(...field('Description', description), `- Recommended Skills: ${skills}`.trimEnd(), `- Technologies: ${technologies}`.trimEnd());
  }
  lines.push('- Mentor(s):', ...mentors, `- ${kind === 'gsoc' ? 'Upstream Issue (URL)' : 'Upstream Issue'}: ${body.value('Upstream Issue URL')}`.trimEnd());
  return { project: body.value('CNCF Project').split(/\r?\n/)[0].trim(), lines };
}

/** `- Label: value` for a one-line value, the value quoted below the label for several lines. */
function field(label: string, value: string): string[] {
  if (!value.includes('\n')) return [`- ${label}: ${value}`.trimEnd()];
  return [`- ${label}:`, ...quoted(value), ''];
}
