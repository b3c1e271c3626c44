import { EMAIL_PATTERN, formatMentor, isTemplateMentor } from '../model/mentors';
import { mentorFields, mentorLabel } from './helpers/mentorText';
import type { IdeaRule, Problem } from './rule';
import { before2023Template } from './helpers/templateEra';

const OBFUSCATED_AT = /\s+(?:at|AT)\s+|\s*(?:\[at\]|\(at\)|\{at\})\s*/;
const OBFUSCATED_DOT = /\s+(?:dot|DOT)\s+|\s*(?:\[dot\]|\(dot\)|\{dot\})\s*/g;

/**
 * A mentor with no e-mail (from 2023 on, when the template began to ask for it), or a malformed one. An obfuscated address
 * (`ben AT example.io`) counts as malformed: the proposal form needs the real
 * address, and only its owner should decide to publish it.
 */
export const mentorEmail: IdeaRule = {
  code: 'mentor-email',
  defaultSeverity: 'error',
  description: "A mentor's e-mail is missing or malformed.",
  scope: 'idea',
  check(idea, _project, ctx) {
    const problems: Problem[] = [];
    const emailAsked = !before2023Template(ctx.term);
    for (const field of mentorFields(idea)) {
      for (const m of field.mentors) {
        if (isTemplateMentor(m)) continue;
        if (m.email === undefined) {
          if (!emailAsked) continue;
          const example = formatMentor({ name: m.name || 'Name', handle: m.handle ?? 'handle', email: 'email' });
          // A GSoC list files no form: a mentor written without an e-mail (as some mentors of a public list prefer) is a warning there.
          problems.push({ range: m.range, message: `Mentor ${mentorLabel(m)} has no e-mail: add it as \`${example}\``, ...(ctx.kind === 'gsoc' ? { severity: 'warning' as const } : {}) });
          continue;
        }
        if (EMAIL_PATTERN.test(m.email)) continue;
        // A GSoC list is published as it is, and files no form: an address spelt out against spam stays as its mentor wrote it.
        if (ctx.kind === 'gsoc' && !m.email.includes('@') && OBFUSCATED_AT.test(m.email)) continue;
        problems.push({ range: m.emailRange ?? m.range, message: emailMessage(m.email) });
      }
    }
    return problems;
  },
};

function emailMessage(email: string): string {
  if (!email.includes('@') && OBFUSCATED_AT.test(email)) {
    const plain = email.replace(OBFUSCATED_AT, '@').replace(OBFUSCATED_DOT, '.');
    return `E-mail \`${email}\` is obfuscated: write the address itself (\`${plain}\`), which the proposal form requires`;
  }
  if (!email.includes('@')) return `E-mail \`${email}\` has no @: write the whole address, as name@example.org`;
  return `E-mail \`${email}\` is not a valid address: write it as name@example.org`;
}
