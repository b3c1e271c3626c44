/** LFX's limits on a program, as CNCF's validation of the proposal form checks them. */

/** A program title, `CNCF - <Project>: <Title> (<YYYY> Term <N>)`, in characters. */
export const LFX_TITLE_LIMIT = 100;

/** A program description, in characters. */
export const DESCRIPTION_LIMIT = 3000;

/** A primary mentor and up to three co-mentors. */
export const MAX_MENTORS = 4;
