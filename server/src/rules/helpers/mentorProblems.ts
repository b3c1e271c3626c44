import type { ProposalBody } from '../../kinds/proposal/body';
import { validateFormMentors, type FormMentorCode, type FormMentorError } from '../../kinds/proposal/mentors';

/** CNCF's mentor errors of the given codes (each mentor rule reports its own). */
export function mentorErrors(body: ProposalBody, ...codes: FormMentorCode[]): FormMentorError[] {
  return validateFormMentors(body).errors.filter((e) => codes.includes(e.code));
}
