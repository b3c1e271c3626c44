import type { TermToken } from '../../analysis/term';

/**
 * Entries of a term before 2023 followed the 2020-2022 template, which had no
 * Expected Outcome field and wrote mentors as `Name (@handle)` without an
 * e-mail: what that template did not ask for is not reported as missing.
 */
export function before2023Template(term: TermToken): boolean {
  return term.known && term.year < 2023;
}
