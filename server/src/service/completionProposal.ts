import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { entriesMarkdown, mentorSummary, rankMentors } from '../authoring/mentorRanking';
import { projectDocumentation, rankProjects } from '../authoring/projectNames';
import { escapeSnippet, snippetToText } from '../authoring/snippets';
import { FORM_FIELD_PURPOSE } from '../kinds/fieldInfo';
import type { FormSection, ProposalBody } from '../kinds/proposal/body';
import { proposalSnippet } from '../kinds/proposal/snippet';
import type { Person } from '../index/people';
import { FORM_FIELDS, TERM_OPTIONS } from '../proposal/form';
import type { OpenIdeasFile } from './documents';
import type { Services } from './services';

const MAX_ITEMS = 50;

export interface ProposalCompletionOptions {
  snippets: boolean;
  /** The people of the workspace index, when the site asks for mentors. */
  people: () => Promise<Person[]>;
}

function sortText(i: number): string {
  return String(i).padStart(4, '0');
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The section a line belongs to: the last whose heading is on or above it. */
function sectionAt(body: ProposalBody, line: number): FormSection | undefined {
  let found: FormSection | undefined;
  for (const s of body.sections) if (s.headingRange.start.line <= line) found = s;
  return found;
}

/** A mentor as a Mentors line of the form: `Name | @handle | email | LFID`, a tab stop for what the index does not know. */
function formMentorSnippet(person: Person): string {
  let stop = 1;
  const part = (value: string | undefined, placeholder: string) => (value ? escapeSnippet(value) : `\${${stop++}:${placeholder}}`);
  return `${escapeSnippet(person.name)} | @${part(person.handle, 'github-handle')} | ${part(person.email, 'email')} | ${part(person.lfid, 'LFID')}`;
}

/**
 * Completion in a proposal document: the whole form on an empty document;
 * the form's field labels after `### ` (those missing first); the catalog's
 * projects under `### CNCF Project`, the form's terms under `### Term`, and
 * mentors of every indexed file, LFX or GSoC, as `Name | @handle | email |
 * LFID` lines under `### Mentors`.
 */
export async function proposalCompletion(services: Pick<Services, 'catalog'>, file: OpenIdeasFile, position: Position, lineText: string, options: ProposalCompletionOptions): Promise<CompletionList | null> {
  const body = file.analysis.doc.proposal;
  if (!body) return null;
  const cursor = Math.min(position.character, lineText.length);
  const insert = (snippet: string, r: Range): Pick<CompletionItem, 'textEdit' | 'insertTextFormat'> =>
    options.snippets ? { textEdit: { range: r, newText: snippet }, insertTextFormat: InsertTextFormat.Snippet } : { textEdit: { range: r, newText: snippetToText(snippet) }, insertTextFormat: InsertTextFormat.PlainText };

  if (body.sections.length === 0) {
    if (lineText.trim() && !/^\s*[A-Za-z ]*$/.test(lineText)) return null;
    return {
      isIncomplete: false,
      items: [{ label: 'New LFX proposal', kind: CompletionItemKind.Snippet, detail: "The LFX Mentorship proposal form, every field in the issue body's shape", filterText: 'New LFX proposal', ...insert(proposalSnippet(TERM_OPTIONS), range(position.line, 0, lineText.length)) }],
    };
  }

  const heading = /^###[ \t]+/.exec(lineText);
  if (heading || /^#{1,3}$/.test(lineText.slice(0, cursor))) {
    const present = new Set(body.sections.map((s) => s.label));
    const labels = FORM_FIELDS.map((f) => f.label);
    const ordered = [...labels.filter((l) => !present.has(l)), ...labels.filter((l) => present.has(l))];
    return {
      isIncomplete: false,
      items: ordered.map((label, i) => ({
        label,
        kind: CompletionItemKind.Field,
        detail: present.has(label) ? 'already in this proposal' : 'missing from this proposal',
        documentation: { kind: 'markdown', value: FORM_FIELD_PURPOSE[label] ?? '' },
        sortText: sortText(i),
        filterText: '### ' + label,
        textEdit: { range: range(position.line, 0, lineText.length), newText: `### ${label}` },
      })),
    };
  }

  const section = sectionAt(body, position.line);
  if (!section || section.headingRange.start.line === position.line) return null;
  const start = lineText.length - lineText.trimStart().length;
  const typed = lineText.slice(start, cursor).trim();
  const whole = range(position.line, start, lineText.replace(/\s+$/, '').length);
  switch (section.label) {
    case 'CNCF Project': {
      const ranked = rankProjects(services.catalog, typed === '_No response_' ? '' : typed);
      return {
        isIncomplete: true,
        items: ranked.slice(0, MAX_ITEMS).map((p, i) => ({ label: p.name, kind: CompletionItemKind.Module, detail: p.maturity ? `CNCF ${p.maturity} project` : 'CNCF project', documentation: { kind: 'markdown', value: projectDocumentation(p) }, sortText: sortText(i), filterText: typed || p.name, textEdit: { range: whole, newText: p.name } })),
      };
    }
    case 'Term':
      return { isIncomplete: false, items: TERM_OPTIONS.map((t, i) => ({ label: t, kind: CompletionItemKind.EnumMember, detail: 'A term the form offers', sortText: sortText(i), filterText: typed || t, textEdit: { range: whole, newText: t } })) };
    case 'Mentors': {
      const listed = new Set(body.mentors.filter((m) => m.range.start.line !== position.line).flatMap((m) => [m.parts[1]?.text.replace(/^@/, '').toLowerCase(), m.parts[2]?.text.toLowerCase()].filter((k): k is string => !!k)));
      const people = (await options.people()).filter((p) => !(p.handle && listed.has(p.handle.toLowerCase())) && !(p.email && listed.has(p.email.toLowerCase())));
      const ranked = rankMentors(people, services.catalog, { text: typed.split('|')[0].trim(), project: undefined });
      const items: CompletionItem[] = ranked.slice(0, MAX_ITEMS).map((person, i) => ({
        label: person.name,
        kind: CompletionItemKind.Reference,
        detail: `${person.handle ? '@' + person.handle + ', ' : ''}${mentorSummary(person)}`,
        documentation: { kind: 'markdown', value: entriesMarkdown(person, 8) },
        sortText: sortText(i),
        filterText: typed || person.name,
        ...insert(formMentorSnippet(person), whole),
      }));
      items.push({ label: 'New mentor line', kind: CompletionItemKind.Snippet, detail: 'Name | @handle | email | LFID', sortText: sortText(MAX_ITEMS + 1), filterText: typed || 'mentor', ...insert('${1:Full Name} | @${2:github-handle} | ${3:email} | ${4:LFID}', whole) });
      return { isIncomplete: true, items };
    }
    default:
      return null;
  }
}
