import { EMAIL_PATTERN, HANDLE_PATTERN } from '../../model/mentors';
import { normalizeMentorEmail, type FormMentorLine, type ProposalBody, type TextPart } from './body';

/** CNCF's codes for a Mentors field (lib/validate.js validateMentors). */
export type FormMentorCode = 'empty' | 'too-many' | 'count' | 'name' | 'handle' | 'email' | 'dup-handle' | 'dup-email' | 'lfid-missing' | 'lfid-format' | 'dup-lfid';

export interface FormMentorError {
  code: FormMentorCode;
  line?: FormMentorLine;
  /** The part at fault (the handle, the e-mail, the LFID). */
  part?: TextPart;
  /** The value CNCF quotes (the e-mail after unwrapping). */
  value?: string;
}

const LFID = /^[^\s@/]+$/;

/**
 * The Mentors field checked exactly as CNCF's validateMentors does: one
 * mentor a line, `Name | @handle | email | LFID` (3 or 4 parts), at most 4
 * lines; duplicates of handle, e-mail (after unwrapping `mailto:` and the
 * like, checked even when malformed, as CNCF does) and LFID, case-insensitive.
 */
export function validateFormMentors(body: ProposalBody): { ok: boolean; count: number; errors: FormMentorError[] } {
  const errors: FormMentorError[] = [];
  if (!body.value('Mentors')) return { ok: false, count: 0, errors: [{ code: 'empty' }] };
  const lines = body.mentors;
  if (lines.length > 4) errors.push({ code: 'too-many' });
  const handles = new Set<string>();
  const emails = new Set<string>();
  const lfids = new Set<string>();
  for (const line of lines) {
    if (line.parts.length !== 3 && line.parts.length !== 4) {
      errors.push({ code: 'count', line });
      continue;
    }
    const [name, handle, rawEmail, lfid] = line.parts;
    const email = normalizeMentorEmail(rawEmail.text);
    if (!name.text) errors.push({ code: 'name', line, part: name });
    if (!HANDLE_PATTERN.test(handle.text)) errors.push({ code: 'handle', line, part: handle, value: handle.text });
    if (!EMAIL_PATTERN.test(email)) errors.push({ code: 'email', line, part: rawEmail, value: email });
    if (handles.has(handle.text.toLowerCase())) errors.push({ code: 'dup-handle', line, part: handle, value: handle.text });
    handles.add(handle.text.toLowerCase());
    if (emails.has(email.toLowerCase())) errors.push({ code: 'dup-email', line, part: rawEmail, value: email });
    emails.add(email.toLowerCase());
    if (!lfid?.text) errors.push({ code: 'lfid-missing', line, ...(lfid ? { part: lfid } : {}) });
    else if (!LFID.test(lfid.text)) errors.push({ code: 'lfid-format', line, part: lfid, value: lfid.text });
    else if (lfids.has(lfid.text.toLowerCase())) errors.push({ code: 'dup-lfid', line, part: lfid, value: lfid.text });
    if (lfid?.text) lfids.add(lfid.text.toLowerCase());
  }
  return { ok: errors.length === 0, count: lines.length, errors };
}
