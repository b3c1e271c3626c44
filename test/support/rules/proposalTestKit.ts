import type { Diagnostic } from '../../../server/src/analysis/diagnostic';
import { FORM_FIELDS } from '../../../server/src/proposal/form';
import { analyzeText, applyFixEdits } from './ruleTestKit';

/** Shared by the tests of the proposal rules: a valid proposal document, with fields to change, and its analysis. */

export const PROPOSAL_URI = 'file:///ws/drafts/replay.proposal.md';

export const VALUES: Record<string, string> = {
  'CNCF Project': 'Jaeger',
  Term: '2026 Term 3 (Sep-Nov)',
  'Program Name': 'Trace replay',
  'Program Description': '## Description\n\nReplay stored traces.\n\n## Expected outcomes\n\nA replay command.',
  Technologies: 'Go, Kubernetes',
  'Skills same as Technologies?': '- [X] Yes, the required skills are the same as the technologies listed above.',
  'Required/Desirable Skills': '',
  Mentors: 'Jane Doe | @jane-doe | jane@example.org | janedoe\nJo Bloggs | @jo-bloggs | jo@example.org | jobloggs',
  'Upstream Issue URL': 'https://github.com/jaegertracing/jaeger/issues/4',
  'Application Prerequisites': '- [X] Resume\n- [ ] Cover Letter\n- [ ] School Enrollment Verification\n- [ ] Participation Permission from school or employer\n- [ ] Coding Challenge',
  'Coding Challenge URL': '',
  'Custom Prerequisites': '- [ ] Custom Prerequisite (fill in details below)',
  'Custom Prerequisite Name': '',
  'Custom Prerequisite Description': '',
  'Custom Prerequisite — File Upload': '- [ ] Yes — completion of this task requires the mentee to submit a file.',
};

/** A proposal document in the form's shape, with some fields' values replaced. */
export function proposalText(changes: Record<string, string> = {}): string {
  const values = { ...VALUES, ...changes };
  return FORM_FIELDS.map((f) => `### ${f.label}\n\n${values[f.label] || '_No response_'}`).join('\n\n') + '\n';
}

export function proposalDiagnostics(text: string, code?: string): Diagnostic[] {
  const all = analyzeText(text, PROPOSAL_URI);
  return code ? all.filter((d) => d.code === code) : all;
}

/** The 0-based line of the first line of `text` equal to `line`. */
export function lineNumber(text: string, line: string): number {
  return text.split('\n').indexOf(line);
}

export function applyProposalFix(text: string, d: Diagnostic): string {
  return applyFixEdits(text, d, PROPOSAL_URI);
}
