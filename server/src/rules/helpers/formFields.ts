import { FORM_FIELDS } from '../../proposal/form';
import type { FormSection, ProposalBody } from '../../kinds/proposal/body';
import type { Range } from '../../model/types';
import type { Problem } from '../rule';

/**
 * What the proposal rules share: the form's labels, where a field's problem
 * goes, and CNCF's patterns (cncf/mentoring's lib/validate.js), verbatim.
 */

export const FORM_LABELS: readonly string[] = FORM_FIELDS.map((f) => f.label);

/** The fields CNCF's workflow rejects empty. */
export const REQUIRED_FORM_FIELDS = ['CNCF Project', 'Term', 'Program Name', 'Program Description', 'Technologies', 'Mentors', 'Upstream Issue URL'];

export const URL_PATTERN = /^https?:\/\/\S+$/;
export const LFID_PATTERN = /^[^\s@/]+$/;
export const MAX_FORM_MENTORS = 4;

/** Where a field's problem is shown: its value, else its heading line. */
export function fieldRange(s: FormSection): Range {
  return s.valueRange ?? s.headingRange;
}

/** Where a missing field's problem is shown: the heading of the next field the form puts after it, else the end of the body. */
export function missingFieldRange(body: ProposalBody, label: string): Range {
  const after = FORM_LABELS.slice(FORM_LABELS.indexOf(label) + 1);
  const next = body.sections.find((s) => after.includes(s.label));
  if (next) return next.headingRange;
  const last = body.sections[body.sections.length - 1];
  if (last) return { start: last.range.end, end: last.range.end };
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** A problem of one form field, named for the client (Diagnostic.data.field). */
export function fieldProblem(label: string, range: Range, message: string, extra: Partial<Problem> = {}): Problem {
  return { range, message, field: label, ...extra };
}

/** The 1-based role CNCF gives a mentor line in its messages. */
export function mentorRole(index: number): string {
  return index === 0 ? 'Primary mentor' : `Mentor ${index + 1}`;
}
