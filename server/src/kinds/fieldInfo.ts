import { PROJECT_SIZES, templateSize } from './gsoc/projectSize';

/** What each field of a GSoC idea is for, as completion and hovers show it. */
export const GSOC_FIELD_PURPOSE: Record<string, string> = {
  Description: 'What the contributor will work on and why it matters to the project.',
  'Expected Outcome': 'What is delivered by the end of the program: features, documentation, tests.',
  'Recommended Skills': 'What a contributor should know, or be ready to learn, to apply.',
  'Expected project size': `One of Google's three sizes: ${PROJECT_SIZES.map((s) => templateSize(s.size)).join(', ')}.`,
  'Mentor(s)': 'At least two mentors, one per line, `Name (@handle, email)`; one of them marked ` - primary` (required for GSoC).',
  'Upstream Issue (URL)': 'One URL: the issue the work starts from (several issues: link an umbrella issue).',
};

/** The GSoC template's fields, in its order. */
export const GSOC_FIELDS = Object.keys(GSOC_FIELD_PURPOSE);

/** What each field of the proposal form is for (the form's own help, shortened), as completion and hovers show it. */
export const FORM_FIELD_PURPOSE: Record<string, string> = {
  'CNCF Project': 'The CNCF project the program belongs to: one of the landscape projects the form offers.',
  Term: 'The term, as the form offers it: `2026 Term 3 (Sep-Nov)`. All programs are full-time (~350 hours across the term).',
  'Program Name': 'The descriptive part of the program name shown on LFX; the full name is `CNCF - <Project>: <Program Name> (<term>)`, at most 100 characters.',
  'Program Description': 'Up to 3000 characters, what applicants see on LFX: what the program is about (`## Description`) and what success looks like (`## Expected outcomes`).',
  Technologies: 'Comma-separated languages, frameworks and platforms of the program.',
  'Skills same as Technologies?': 'Checked (`- [X]`) when applicants need the skills of the Technologies; otherwise fill in Required/Desirable Skills.',
  'Required/Desirable Skills': 'Comma-separated, only when the skills differ from the Technologies (and the box above is unchecked).',
  Mentors: 'One mentor a line, `Full Name | @github-handle | email | LFID`, the primary first; 1 to 4 mentors (two are preferred). The e-mail is the one of the LFID account.',
  'Upstream Issue URL': 'Exactly one URL: a tracking issue in the project (several issues: link an umbrella issue).',
  'Application Prerequisites': "LFX's standard prerequisites: every checked item is required of applicants.",
  'Coding Challenge URL': 'Required when Coding Challenge is checked above; empty otherwise.',
  'Custom Prerequisites': 'Checked for a project-specific prerequisite, described below.',
  'Custom Prerequisite Name': 'A short name for the custom prerequisite, at most 20 characters.',
  'Custom Prerequisite Description': 'What the applicant must provide, at most 500 characters.',
  'Custom Prerequisite — File Upload': 'Checked when the custom prerequisite needs the applicant to upload a file.',
};
