import { findLinks } from '../../model/links';
import { splitLines } from '../../model/sections';
import type { CanonicalLabel, Field, HeadingInfo, Idea, IdeasDocument, Mentor, Project, Range } from '../../model/types';
import { normalizeMentorEmail, parseProposalBody, type FormSection, type ProposalBody } from './body';

/** The form fields that are the template's fields, under the model's labels. */
const CANONICAL: Record<string, CanonicalLabel> = {
  'Program Description': 'Description',
  Technologies: 'Technologies',
  'Required/Desirable Skills': 'Recommended Skills',
  Mentors: 'Mentor(s)',
  'Upstream Issue URL': 'Upstream Issue',
};

const CONTROL = /<!--\s*mentorship-ideas-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/**
 * A proposal document as the one document model every feature reads: the
 * CNCF Project is its project, the Program Name its one idea, each form
 * section a field of it (the template's fields under their labels: Program
 * Description as Description, Mentors as Mentor(s)...), the mentor lines its
 * mentors; `proposal` holds the form as CNCF reads it, for the proposal rules.
 */
export function proposalDocument(uri: string, text: string): IdeasDocument & { proposal: ProposalBody } {
  const body = parseProposalBody(text);
  const lines = splitLines(text);
  const lastLine = Math.max(0, lines.length - 1);
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lastLine, character: lines[lastLine].length } };
  const fields = body.sections.map((s) => sectionField(s, body, lines));
  const projectSection = body.section('CNCF Project');
  const nameSection = body.section('Program Name');
  const first = body.sections[0];

  const doc: IdeasDocument & { proposal: ProposalBody } = {
    uri,
    lineCount: lines.length,
    ideasStartLine: 0,
    projectLevel: 3,
    ideaLevel: 3,
    projects: [],
    orphanIdeas: [],
    headings: body.sections.map(
      (s): HeadingInfo => ({ level: 3, text: s.label, line: s.headingRange.start.line, role: s === projectSection ? 'project' : s === nameSection ? 'idea' : 'other', textRange: s.labelRange }),
    ),
    fences: [],
    controlComments: [],
    proposal: body,
  };
  lines.forEach((l, line) => {
    if (!l.includes('mentorship-ideas-')) return;
    for (const m of l.matchAll(CONTROL)) doc.controlComments.push({ kind: m[1] as 'disable' | 'enable' | 'disable-next-line', rules: m[2].split(/[\s,]+/).filter(Boolean), line });
  });
  const term = /^(20\d\d)\s+Term\s+0?([1-3])\b/i.exec(body.value('Term'));
  if (term) doc.term = { year: Number(term[1]), number: Number(term[2]), source: 'heading' };
  if (!first) return doc;

  // The program is the whole form: its heading is the form's first, its title the Program Name.
  const idea: Idea = {
    title: firstLine(nameSection?.value ?? ''),
    level: 3,
    headingRange: first.headingRange,
    titleRange: valueLine(nameSection ?? first),
    range: whole,
    fields,
    outcomeInDescription: /^#{1,6}\s*expected\s+outcomes?\b/im.test(body.value('Program Description')),
    source: [text],
  };
  if (projectSection) {
    const project: Project = {
      name: firstLine(projectSection.value),
      level: 3,
      headingRange: projectSection.headingRange,
      nameRange: valueLine(projectSection),
      range: whole,
      ideas: [idea],
      groups: [],
    };
    doc.projects.push(project);
  } else doc.orphanIdeas.push(idea);
  return doc;
}

function firstLine(value: string): string {
  return value.split(/\r?\n/)[0].trim();
}

/** The first line of a section's value, or the end of its heading line when it has none. */
function valueLine(s: FormSection): Range {
  if (!s.valueRange) return { start: s.headingRange.end, end: s.headingRange.end };
  const { start, end } = s.valueRange;
  if (start.line === end.line) return s.valueRange;
  const text = s.value.split(/\r?\n/)[0];
  return { start, end: { line: start.line, character: start.character + text.length } };
}

function sectionField(s: FormSection, body: ProposalBody, lines: string[]): Field {
  const label = CANONICAL[s.label];
  const field: Field = {
    rawLabel: s.label,
    style: { listItem: false, colon: false, bold: false },
    lineRange: s.headingRange,
    labelRange: s.labelRange,
    range: s.range,
    value: s.value,
    links: [],
    mentors: [],
    mentorLines: [],
  };
  if (label) field.label = label;
  if (s.valueRange) {
    field.valueRange = s.valueRange;
    for (let l = s.valueRange.start.line; l <= s.valueRange.end.line; l++) {
      for (const link of findLinks(lines[l] ?? '', l)) field.links.push(link);
    }
  }
  if (s === body.section('Mentors')) {
    field.mentorLines = body.mentors.map((m) => ({ text: m.text, range: m.range }));
    field.mentors = body.mentors.map(formMentor);
  }
  return field;
}

/** A mentor line as the model's mentor: name, handle (without `@`) and e-mail, CNCF's parts. */
function formMentor(line: ProposalBody['mentors'][number]): Mentor {
  const [name, handle, email] = line.parts;
  if (line.parts.length !== 3 && line.parts.length !== 4) return { name: line.text, form: 'unrecognised', range: line.range, sharesLine: false };
  const mentor: Mentor = { name: name.text, form: 'canonical', range: line.range, nameRange: name.range, sharesLine: false };
  if (handle.text) {
    mentor.handle = handle.text.replace(/^@/, '');
    mentor.handleText = handle.text;
    mentor.handleRange = handle.range;
  }
  const address = normalizeMentorEmail(email.text);
  if (address) {
    mentor.email = address;
    mentor.emailRange = email.range;
  }
  return mentor;
}
