import { formatMentor, HANDLE_PATTERN, isTemplateMentor } from '../model/mentors';
import { IdeaLines } from './helpers/ideaLines';
import { mentorFields, mentorLabel } from './helpers/mentorText';
import type { IdeaRule, Problem } from './rule';

/** A mentor with no GitHub handle, or one that GitHub would not accept as a username. */
export const mentorHandle: IdeaRule = {
  code: 'mentor-handle',
  defaultSeverity: 'error',
  description: "A mentor's GitHub handle is missing or breaks GitHub's rules.",
  scope: 'idea',
  check(idea, _project, ctx) {
    const lines = IdeaLines.of(idea);
    const problems: Problem[] = [];
    for (const field of mentorFields(idea)) {
      for (const m of field.mentors) {
        if (isTemplateMentor(m)) continue;
        if (m.handle === undefined) {
          const example = formatMentor({ name: m.name || 'Name', handle: 'handle', email: m.email ?? 'email' });
          // A GSoC list files no form: a mentor written without a handle is a warning there.
          problems.push({ range: m.range, message: `Mentor ${mentorLabel(m)} has no GitHub handle: add it as \`${example}\``, ...(ctx.kind === 'gsoc' ? { severity: 'warning' as const } : {}) });
          continue;
        }
        const handle = '@' + m.handle;
        const spaced = m.handleRange && spacedHandle(lines.text(m.handleRange.end.line).slice(m.handleRange.end.character));
        if (spaced) {
          problems.push({ range: m.handleRange!, message: `GitHub handle \`${handle}${spaced}\` holds a space: a GitHub username has none, and the proposal would file \`${handle}\`; write the username of github.com/<username>` });
          continue;
        }
        if (HANDLE_PATTERN.test(handle)) continue;
        problems.push({ range: m.handleRange ?? m.range, message: `GitHub handle \`${handle}\` is not a valid GitHub username: ${whyInvalid(m.handle)}` });
      }
    }
    return problems;
  },
};

/** Words run on after a handle up to the comma or parenthesis that ends it (`@Mike Spreitzer, ...`): the handle was written with a space. */
function spacedHandle(after: string): string | undefined {
  return /^( +[A-Za-z0-9][A-Za-z0-9-]*)+(?=\s*[,;)])/.exec(after)?.[0];
}

function whyInvalid(handle: string): string {
  if (handle === '') return 'write the username after the @';
  if (handle.length > 39) return `it has ${handle.length} characters, GitHub allows 39`;
  if (/^-|-$/.test(handle)) return 'it cannot start or end with a hyphen';
  if (handle.includes('--')) return 'it cannot hold two hyphens in a row';
  return 'use only letters, digits and single hyphens, as in the profile URL github.com/<username>';
}
