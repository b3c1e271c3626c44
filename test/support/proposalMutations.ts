/**
 * One defect at a time in a proposal body in the form's shape: every error
 * kind of CNCF's validation (lib/validate.js and the workflow's checks), and
 * changes it accepts (wrapped e-mails, CRLF, lower-case checkboxes...), so
 * that a test can hold our verdict to CNCF's on each.
 */

export interface Mutation {
  name: string;
  /** Undefined when the mutation does not apply to this body (e.g. no custom prerequisite to break). */
  apply(body: string): string | undefined;
}

/** The value of a `### label` section. */
export function valueOf(body: string, label: string): string | undefined {
  const m = new RegExp(`^### ${escape(label)}\\n\\n([\\s\\S]*?)(?=\\n\\n### |(?![\\s\\S]))`, 'm').exec(body);
  return m?.[1];
}

export function setValue(body: string, label: string, value: string): string | undefined {
  const re = new RegExp(`(^### ${escape(label)}\\n\\n)([\\s\\S]*?)(?=\\n\\n### |(?![\\s\\S]))`, 'm');
  if (!re.test(body)) return undefined;
  return body.replace(re, (_m, head: string) => head + (value || '_No response_'));
}

function removeSection(body: string, label: string): string | undefined {
  const re = new RegExp(`(?:\\n\\n)?^### ${escape(label)}\\n\\n[\\s\\S]*?(?=\\n\\n### |(?![\\s\\S]))`, 'm');
  return re.test(body) ? body.replace(re, '') : undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentorLines(body: string): string[] {
  return (valueOf(body, 'Mentors') ?? '').split('\n');
}

function editMentors(body: string, edit: (lines: string[][]) => string[][] | undefined): string | undefined {
  const lines = mentorLines(body).map((l) => l.split(' | '));
  const edited = edit(lines);
  return edited && setValue(body, 'Mentors', edited.map((parts) => parts.join(' | ')).join('\n'));
}

function check(body: string, label: string, option: string, checked: boolean): string | undefined {
  const value = valueOf(body, label);
  if (value === undefined) return undefined;
  const lines = value.split('\n');
  const i = lines.findIndex((l) => l.endsWith('] ' + option));
  if (i < 0) return undefined;
  lines[i] = `- [${checked ? 'X' : ' '}] ${option}`;
  return setValue(body, label, lines.join('\n'));
}

const CUSTOM = 'Custom Prerequisite (fill in details below)';
const SAME = 'Yes, the required skills are the same as the technologies listed above.';
const hasCustom = (b: string) => (valueOf(b, 'Custom Prerequisites') ?? '').includes('[X]');
const extraMentor = (i: number) => [`Extra Mentor ${i}`, `@extra-mentor-${i}`, `extra${i}@example.org`, `extramentor${i}`];

/** The defects: each is one CNCF error kind. */
export const DEFECTS: Mutation[] = [
  { name: 'project empty', apply: (b) => setValue(b, 'CNCF Project', '') },
  { name: 'term empty', apply: (b) => setValue(b, 'Term', '') },
  { name: 'program name empty', apply: (b) => setValue(b, 'Program Name', '') },
  { name: 'program name over budget', apply: (b) => setValue(b, 'Program Name', (valueOf(b, 'Program Name') + ' and then some more words to go over the budget of the title').slice(0, 90)) },
  { name: 'description empty', apply: (b) => setValue(b, 'Program Description', '') },
  { name: 'description over 3000', apply: (b) => setValue(b, 'Program Description', valueOf(b, 'Program Description') + '\n\n' + 'More detail. '.repeat(240)) },
  { name: 'technologies empty', apply: (b) => setValue(b, 'Technologies', '') },
  { name: 'skills neither', apply: (b) => { const u = check(b, 'Skills same as Technologies?', SAME, false); return u && setValue(u, 'Required/Desirable Skills', ''); } },
  { name: 'mentors empty', apply: (b) => setValue(b, 'Mentors', '') },
  { name: 'too many mentors', apply: (b) => editMentors(b, (ls) => [...ls, ...[1, 2, 3, 4].map(extraMentor)].slice(0, 5)) },
  { name: 'mentor line of two parts', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1] + ' ' + ls[0][2]], ...ls.slice(1)]) },
  { name: 'mentor name empty', apply: (b) => editMentors(b, (ls) => [['', ...ls[0].slice(1)], ...ls.slice(1)]) },
  { name: 'handle without @', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1].replace(/^@/, ''), ...ls[0].slice(2)], ...ls.slice(1)]) },
  { name: 'handle with a space', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1] + ' x', ...ls[0].slice(2)], ...ls.slice(1)]) },
  { name: 'e-mail malformed', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1], ls[0][2].replace('@', ' at '), ...ls[0].slice(3)], ...ls.slice(1)]) },
  { name: 'e-mail empty', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1], '', ...ls[0].slice(3)], ...ls.slice(1)]) },
  { name: 'handle twice', apply: (b) => editMentors(b, (ls) => (ls.length < 2 ? undefined : [ls[0], [ls[1][0], ls[0][1].toUpperCase(), ...ls[1].slice(2)], ...ls.slice(2)])) },
  { name: 'e-mail twice', apply: (b) => editMentors(b, (ls) => (ls.length < 2 ? undefined : [ls[0], [ls[1][0], ls[1][1], ls[0][2], ...ls[1].slice(3)], ...ls.slice(2)])) },
  { name: 'LFID missing', apply: (b) => editMentors(b, (ls) => [ls[0].slice(0, 3), ...ls.slice(1)]) },
  { name: 'LFID empty fourth part', apply: (b) => editMentors(b, (ls) => [[...ls[0].slice(0, 3), ''], ...ls.slice(1)]) },
  { name: 'LFID with a slash', apply: (b) => editMentors(b, (ls) => [[...ls[0].slice(0, 3), 'https://openprofile.dev/' + ls[0][3]], ...ls.slice(1)]) },
  { name: 'LFID twice', apply: (b) => editMentors(b, (ls) => (ls.length < 2 ? undefined : [ls[0], [...ls[1].slice(0, 3), ls[0][3]], ...ls.slice(2)])) },
  { name: 'upstream empty', apply: (b) => setValue(b, 'Upstream Issue URL', '') },
  { name: 'upstream without scheme', apply: (b) => setValue(b, 'Upstream Issue URL', (valueOf(b, 'Upstream Issue URL') ?? '').replace(/^https?:\/\//, '')) },
  { name: 'upstream two URLs', apply: (b) => setValue(b, 'Upstream Issue URL', `${valueOf(b, 'Upstream Issue URL')},${valueOf(b, 'Upstream Issue URL')}/2`) },
  { name: 'upstream two URLs with a space', apply: (b) => setValue(b, 'Upstream Issue URL', `${valueOf(b, 'Upstream Issue URL')} ${valueOf(b, 'Upstream Issue URL')}/2`) },
  { name: 'custom copy unchecked', apply: (b) => (hasCustom(b) ? check(b, 'Custom Prerequisites', CUSTOM, false) : setValue(b, 'Custom Prerequisite Name', 'Writing Sample')) },
  { name: 'custom name missing', apply: (b) => { const c = check(b, 'Custom Prerequisites', CUSTOM, true); return c && setValue(setValue(c, 'Custom Prerequisite Name', '')!, 'Custom Prerequisite Description', valueOf(b, 'Custom Prerequisite Description') === '_No response_' ? 'Upload a sample.' : valueOf(b, 'Custom Prerequisite Description')!); } },
  { name: 'custom name over 20', apply: (b) => (hasCustom(b) ? setValue(b, 'Custom Prerequisite Name', 'A Name Of Twenty-One!') : undefined) },
  { name: 'custom description missing', apply: (b) => (hasCustom(b) ? setValue(b, 'Custom Prerequisite Description', '') : undefined) },
  { name: 'custom description over 500', apply: (b) => (hasCustom(b) ? setValue(b, 'Custom Prerequisite Description', (valueOf(b, 'Custom Prerequisite Description') + ' ' + 'x'.repeat(500)).slice(0, 501)) : undefined) },
  { name: 'coding challenge without URL', apply: (b) => { const c = check(b, 'Application Prerequisites', 'Coding Challenge', true); return c && setValue(c, 'Coding Challenge URL', ''); } },
  { name: 'coding challenge URL not a URL', apply: (b) => { const c = check(b, 'Application Prerequisites', 'Coding Challenge', true); return c && setValue(c, 'Coding Challenge URL', 'see the repository'); } },
  { name: 'coding challenge URL unchecked', apply: (b) => { const c = check(b, 'Application Prerequisites', 'Coding Challenge', false); return c && setValue(c, 'Coding Challenge URL', 'https://example.org/challenge'); } },
  { name: 'optional section removed', apply: (b) => removeSection(b, 'Custom Prerequisite — File Upload') },
  { name: 'required section removed', apply: (b) => removeSection(b, 'Technologies') },
  { name: 'mentors heading in lower case', apply: (b) => b.replace('### Mentors\n', '### mentors\n') },
];

/** Changes CNCF accepts: the verdict must stay a pass. */
export const ACCEPTED: Mutation[] = [
  { name: 'e-mail as a mailto link', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1], `[${ls[0][2]}](mailto:${ls[0][2]})`, ...ls[0].slice(3)], ...ls.slice(1)]) },
  { name: 'e-mail with mailto:', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1], `mailto:${ls[0][2]}`, ...ls[0].slice(3)], ...ls.slice(1)]) },
  { name: 'e-mail in angle brackets', apply: (b) => editMentors(b, (ls) => [[ls[0][0], ls[0][1], `<${ls[0][2]}>`, ...ls[0].slice(3)], ...ls.slice(1)]) },
  { name: 'blank lines between mentors', apply: (b) => setValue(b, 'Mentors', mentorLines(b).join('\n\n')) },
  { name: 'lower-case x in checkboxes', apply: (b) => b.replace(/- \[X\]/g, '- [x]') },
  { name: 'one mentor (a warning)', apply: (b) => editMentors(b, (ls) => [ls[0]]) },
  { name: 'skills given with the box checked (a warning)', apply: (b) => { const c = check(b, 'Skills same as Technologies?', SAME, true); return c && setValue(c, 'Required/Desirable Skills', 'Go, testing'); } },
  { name: 'an HTML comment before the form', apply: (b) => `<!-- filed from a draft -->\n\n${b}` },
  { name: 'the bot\'s LFX URL block at the end', apply: (b) => `${b}\n\n<!-- lfx-url:start -->\n### LFX program\n\nhttps://mentorship.lfx.linuxfoundation.org/project/00000000-0000-0000-0000-000000000000\n<!-- lfx-url:end -->` },
  { name: 'a level-4 heading in the description', apply: (b) => setValue(b, 'Program Description', `#### Context\n\n${valueOf(b, 'Program Description')}`.slice(0, 2990)) },
];

/** Changes whose verdict depends on the body: CRLF line ends count in the Program Description's 3000 characters. */
export const OTHER: Mutation[] = [{ name: 'CRLF line ends', apply: (b) => b.replace(/\n/g, '\r\n') }];
