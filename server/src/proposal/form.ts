import form from './form.generated.json';

/**
 * CNCF's proposal issue form (cncf/mentoring's `lfx-program-proposal.yml`),
 * as bundled by `node scripts/update-form.mjs <form.yml>`: its field ids,
 * labels and kinds in form order, and the Term options.
 */

export interface FormField {
  id: string;
  type: string;
  label: string;
  options?: string[];
}

export const PROPOSAL_REPOSITORY = 'https://github.com/cncf/mentoring';
export const FORM_TEMPLATE: string = form.template;
export const FORM_TITLE: string = form.title;
export const FORM_FIELDS: readonly FormField[] = form.fields;
/** The labels the form gives an issue (GitHub keeps them only for authors with triage access; CNCF's bot adds the first two otherwise). */
export const FORM_LABELS: readonly string[] = form.labels;

/** The Term dropdown's options, e.g. `2026 Term 3 (Sep-Nov)`. */
export const TERM_OPTIONS: readonly string[] = FORM_FIELDS.find((f) => f.id === 'term')?.options ?? [];

const TERM_MONTHS = ['', 'Mar-May', 'Jun-Aug', 'Sep-Nov'];

/**
 * The Term option for a year and term number: the form's own option text when
 * it has one (`2026 Term 3 (Sep-Nov)`), else one written the same way, which
 * the form does not offer. `options` are the form's (the bundled copy's by default).
 */
export function termOption(year: number, number: number, options: readonly string[] = TERM_OPTIONS): string {
  const token = `${year} Term ${number}`;
  return options.find((o) => o === token || o.startsWith(token + ' ')) ?? `${token}${TERM_MONTHS[number] ? ` (${TERM_MONTHS[number]})` : ''}`;
}

/** A term as a user writes it (`2026 Term 3`, `2026 term 03`, or an option's own text) as the form's option, or undefined when it is not a term. */
export function parseTermOption(written: string, options: readonly string[] = TERM_OPTIONS): string | undefined {
  const m = /(20\d\d)\s*Term\s*0?([1-9])/i.exec(written);
  return m ? termOption(Number(m[1]), Number(m[2]), options) : undefined;
}
