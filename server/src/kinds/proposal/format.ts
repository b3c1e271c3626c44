import type { TextEdit } from '../../model/types';
import { parseProposalBody, type ProposalBody } from './body';

const LFX_URL_BLOCK = /<!-- lfx-url:start -->/;

/** What CNCF reads of a body: each section's label and value, the mentor lines as their trimmed parts. */
function reading(body: ProposalBody): string {
  return JSON.stringify([body.sections.map((s) => [s.label, s.label === 'Mentors' ? '' : s.value]), body.mentors.map((m) => m.parts.map((p) => p.text))]);
}

/**
 * Formats a proposal document as GitHub writes the issue body: `### <label>`,
 * one blank line, the value, one blank line before the next heading; an empty
 * field as `_No response_`; mentor lines as `Name | @handle | email | LFID`
 * with one space around each `|`. Values are otherwise kept as written, text
 * before the first heading too, and the result must read to CNCF exactly as
 * the document did (same labels, values and mentor parts), or nothing is
 * changed. A body holding the /lfx-url bot's block is left alone.
 */
export function formatProposal(text: string): TextEdit[] {
  if (LFX_URL_BLOCK.test(text)) return [];
  const body = parseProposalBody(text);
  if (body.sections.length === 0) return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const first = body.sections[0].headingRange.start;
  const preamble = lines.slice(0, first.line).join(eol).replace(/\s+$/, '');
  const out: string[] = [];
  if (preamble) out.push(preamble, '');
  body.sections.forEach((s, i) => {
    if (i > 0) out.push('');
    out.push(`### ${s.label}`, '');
    if (s.label === 'Mentors' && s.value) {
      // One mentor a line, without the blank lines CNCF skips; each line's parts with one space around `|`.
      for (const line of s.value.split(/\r?\n/)) {
        const parts = line.split('|');
        if (line.trim()) out.push(parts.length === 3 || parts.length === 4 ? parts.map((p) => p.trim()).join(' | ').trimEnd() : line.trim());
      }
    } else out.push(s.value ? s.value : '_No response_');
  });
  const formatted = out.join(eol) + eol;
  if (formatted === text || reading(parseProposalBody(formatted)) !== reading(body)) return [];
  const lastLine = lines.length - 1;
  return [{ range: { start: { line: 0, character: 0 }, end: { line: lastLine, character: lines[lastLine].length } }, newText: formatted }];
}
