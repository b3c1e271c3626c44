import type { CanonicalLabel } from '../model/types';

/** What each template field is for, as shown in completion and hovers. */
export const FIELD_PURPOSE: Record<CanonicalLabel, string> = {
  Description: "What the mentee will work on and why it matters to the project. It becomes the LFX program description (at most 3,000 characters); details can live in the upstream issue.",
  'Expected Outcome': 'What is delivered by the end of the term: features, documentation, tests. A nested list reads best.',
  'Recommended Skills': 'What a mentee should know, or be ready to learn, to apply.',
  'Mentor(s)': 'One to four mentors (a primary and up to three co-mentors; two are preferred), one per line: `Name (@handle, email)`, with the e-mail used on the LFX Mentorship platform.',
  'Upstream Issue': 'Exactly one http(s) URL: the issue the work starts from (several issues: link an umbrella issue).',
  'LFX URL': "The program's page on the LFX Mentorship platform, added once the idea is accepted.",
  Technologies: 'Comma-separated technologies the work uses (the 2026 proposal form asks for them).',
};

/** `1,240`: counts as people read them (as `toLocaleString('en-US')` writes integers, without loading ICU's number formats on the first diagnostics). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
