import type { Hover } from 'vscode-languageserver-types';
import { formatCount } from '../../authoring/fieldInfo';
import { ideaAt } from '../../authoring/completionSite';
import { lfxTitleOf } from '../../analysis/lfxTitle';
import { DESCRIPTION_LIMIT, LFX_TITLE_LIMIT } from '../../proposal/lfxLimits';
import { FORM_FIELD_PURPOSE, GSOC_FIELD_PURPOSE } from '../../kinds/fieldInfo';
import { projectSizeField, sizesIn } from '../../kinds/gsoc/projectSize';
import { labelKey } from '../../model/labels';
import type { Field, Position, Range } from '../../model/types';
import { mentorFields } from '../../rules/helpers/mentorText';
import { isPrimary } from '../../rules/primary-mentor';
import { CUSTOM_DESCRIPTION_MAX, CUSTOM_NAME_MAX } from '../../rules/proposal/prerequisite';
import { termToken } from '../../rules/proposal/title-too-long';
import type { ProposalBody } from '../../kinds/proposal/body';
import type { HoverProvider } from './provider';

function within(p: Position, r: Range): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: 'markdown', value }, range };
}

/** The GSoC template's name of a field (`Upstream Issue (URL)`), for its purpose. */
function gsocName(f: Field): string | undefined {
  if (f.label === 'Upstream Issue') return 'Upstream Issue (URL)';
  if (f.label) return f.label;
  return Object.keys(GSOC_FIELD_PURPOSE).find((k) => labelKey(k) === labelKey(f.rawLabel));
}

/** A GSoC idea's heading (its size and mentors) and field labels (what each is for, with GSoC's requirements); never LFX's title or limits. */
function gsocHover(...[file, position]: Parameters<HoverProvider>): Hover | undefined {
  const owner = ideaAt(file.analysis.doc, position.line);
  if (!owner) return undefined;
  const { idea } = owner;
  if (position.line === idea.headingRange.start.line) {
    const size = projectSizeField(idea);
    const sizes = size ? [...sizesIn(size.value).sizes] : [];
    const mentors = mentorFields(idea).flatMap((f) => f.mentors);
    const primary = mentors.find(isPrimary);
    const lines = [
      `**GSoC idea** · ${sizes.length === 1 ? `${sizes[0]} project` : 'size not given'}`,
      `${mentors.length} mentor${mentors.length === 1 ? '' : 's'} (GSoC requires two)${primary ? `, primary: ${primary.name}` : ', none marked primary'}`,
    ];
    return markdown(lines.join('\n\n'), idea.headingRange);
  }
  const field = idea.fields.find((f) => within(position, f.labelRange));
  const name = field && gsocName(field);
  if (!field || !name) return undefined;
  const count = name === 'Mentor(s)' ? `\n\nMentors: ${field.mentors.length} (at least 2)` : name === 'Upstream Issue (URL)' ? `\n\nURLs: ${field.links.length}/1` : '';
  return markdown(`**${name}**\n\n${GSOC_FIELD_PURPOSE[name]}${count}`, field.labelRange);
}

/** The count a form field has against LFX's limit, where there is one. */
function formLimit(label: string, body: ProposalBody): string | undefined {
  const value = body.value(label);
  switch (label) {
    case 'Program Name': {
      const { text, nameBudget } = lfxTitleOf(body.value('CNCF Project'), value, termToken(body.value('Term')));
      return `LFX title: ${text.length}/${LFX_TITLE_LIMIT} · the Program Name may have ${nameBudget} characters (it has ${value.length})\n\n\`${text.replace(/`/g, "'")}\``;
    }
    case 'Program Description':
      return `Program Description: ${formatCount(value.length)}/${formatCount(DESCRIPTION_LIMIT)} characters`;
    case 'Mentors':
      return `Mentors: ${body.mentors.length}/4 (two are preferred)`;
    case 'Upstream Issue URL':
      return `URLs: ${value ? value.split(',').length : 0}/1`;
    case 'Custom Prerequisite Name':
      return `${value.length}/${CUSTOM_NAME_MAX} characters`;
    case 'Custom Prerequisite Description':
      return `${value.length}/${CUSTOM_DESCRIPTION_MAX} characters`;
    default:
      return undefined;
  }
}

/** A proposal section's heading (and the Program Name's value): what the field is for, and its count against LFX's limit. */
function proposalHover(...[file, position]: Parameters<HoverProvider>): Hover | undefined {
  const body = file.analysis.doc.proposal;
  if (!body) return undefined;
  const section = body.sections.find((s) => s.headingRange.start.line === position.line || (s.label === 'Program Name' && s.valueRange && within(position, s.valueRange)));
  // The CNCF Project's heading is the project's: its hover tells the project.
  if (!section || section.label === 'CNCF Project' || !(section.label in FORM_FIELD_PURPOSE)) return undefined;
  const limit = formLimit(section.label, body);
  const range = section.headingRange.start.line === position.line ? section.headingRange : section.valueRange!;
  return markdown([`**${section.label}**`, FORM_FIELD_PURPOSE[section.label], limit].filter(Boolean).join('\n\n'), range);
}

/** The hovers of a GSoC list and of a proposal document, before the LFX term file's (first answer wins). */
export const kindHover: HoverProvider = (file, position, ctx, token) => {
  if (file.analysis.kind === 'gsoc') return gsocHover(file, position, ctx, token);
  if (file.analysis.kind === 'proposal') return proposalHover(file, position, ctx, token);
  return undefined;
};
