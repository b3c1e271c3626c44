import { lineOfOffset, type Position, type Range } from '../../model/positions';

/**
 * An LFX proposal document read as CNCF's workflow reads the issue body
 * (cncf/mentoring's lib/parse.js): the text is cut at every line that starts
 * with `### `, each section's first line is its label and the rest, trimmed,
 * its value (`_No response_` is empty); a label written twice keeps the last
 * value. The marker-delimited `<!-- lfx-url:start -->` block the /lfx-url bot
 * appends is left out, as CNCF strips it. Positions are kept so that every
 * diagnostic sits on its field's lines.
 */
export interface ProposalBody {
  /** Every section, in document order. */
  sections: FormSection[];
  /** The section CNCF reads for a label (the last one written), or undefined when the body has none. */
  section(label: string): FormSection | undefined;
  /** CNCF's value of a field: trimmed, empty for `_No response_` or a missing section. */
  value(label: string): string;
  /** The lines of the Mentors value that name a mentor, as CNCF splits them. */
  mentors: FormMentorLine[];
  /** Position of an offset of the text. */
  positionAt(offset: number): Position;
  lineCount: number;
}

export interface FormSection {
  /** The label as CNCF reads it: the heading's text, trimmed. */
  label: string;
  value: string;
  /** The value was written as `_No response_`. */
  noResponse: boolean;
  /** The `### Label` line. */
  headingRange: Range;
  labelRange: Range;
  /** The trimmed value as written (`_No response_` included); undefined when the section holds only blank lines. */
  valueRange?: Range;
  /** The heading to the end of the section's last non-blank line. */
  range: Range;
}

export interface TextPart {
  text: string;
  range: Range;
}

/** One mentor line, `Name | @handle | email | LFID`: the line trimmed, and its parts split at `|` and trimmed. */
export interface FormMentorLine extends TextPart {
  parts: TextPart[];
  /** 0-based among the mentor lines: the first is the primary mentor. */
  index: number;
}

const LFX_URL_BLOCK = /\s*<!-- lfx-url:start -->[\s\S]*?<!-- lfx-url:end -->/;

/** Line starts of a text, LSP's way: LF, CRLF and CR end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export function parseProposalBody(text: string): ProposalBody {
  const starts = lineStarts(text);
  const positionAt = (offset: number): Position => {
    const line = lineOfOffset(starts, offset);
    return { line, character: offset - starts[line] };
  };
  const range = (from: number, to: number): Range => ({ start: positionAt(from), end: positionAt(to) });
  // The bot's block is blanked, not cut, so that offsets stay those of the text.
  const masked = text.replace(LFX_URL_BLOCK, (m) => m.replace(/[^\r\n]/g, ' '));
  const heads = [...masked.matchAll(/^### +/gm)].map((m) => ({ at: m.index!, after: m.index! + m[0].length }));
  const sections: FormSection[] = [];
  heads.forEach((head, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].at : masked.length;
    const content = masked.slice(head.after, end);
    const nl = content.indexOf('\n');
    // CNCF skips a heading with nothing after it, not even a line break.
    if (nl === -1) return;
    const labelLine = content.slice(0, nl);
    const label = labelLine.trim();
    const labelAt = head.after + (label ? labelLine.indexOf(label) : 0);
    const raw = content.slice(nl + 1);
    const value = raw.trim();
    const valueAt = head.after + nl + 1 + (value ? raw.indexOf(value) : 0);
    const lineEnd = head.after + labelLine.replace(/\r$/, '').length;
    const section: FormSection = {
      label,
      value: value === '_No response_' ? '' : value,
      noResponse: value === '_No response_',
      headingRange: range(head.at, lineEnd),
      labelRange: range(labelAt, labelAt + label.length),
      range: range(head.at, value ? valueAt + value.length : lineEnd),
    };
    if (value) section.valueRange = range(valueAt, valueAt + value.length);
    sections.push(section);
  });
  const byLabel = new Map<string, FormSection>();
  for (const s of sections) byLabel.set(s.label, s);

  const mentors: FormMentorLine[] = [];
  const mentorSection = byLabel.get('Mentors');
  if (mentorSection?.valueRange && mentorSection.value) {
    const base = offsetOf(starts, mentorSection.valueRange.start);
    let offset = 0;
    for (const line of mentorSection.value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed) {
        const at = base + offset + line.indexOf(trimmed);
        const parts: TextPart[] = [];
        let partAt = 0;
        for (const part of trimmed.split('|')) {
          const t = part.trim();
          const from = at + partAt + (t ? part.indexOf(t) : part.length);
          parts.push({ text: t, range: range(from, from + t.length) });
          partAt += part.length + 1;
        }
        mentors.push({ text: trimmed, range: range(at, at + trimmed.length), parts, index: mentors.length });
      }
      offset += line.length + (mentorSection.value.startsWith('\r\n', offset + line.length) ? 2 : 1);
    }
  }

  return {
    sections,
    section: (label) => byLabel.get(label),
    value: (label) => byLabel.get(label)?.value ?? '',
    mentors,
    positionAt,
    lineCount: starts.length,
  };
}

function offsetOf(starts: number[], p: Position): number {
  return starts[p.line] + p.character;
}

/** CNCF's parseCheckboxes: the labels of the checked `- [x]` items of a checkbox field's value. */
export function checkedBoxes(value: string): string[] {
  if (!value) return [];
  return value
    .split('\n')
    .filter((l) => /- \[.\]/.test(l))
    .filter((l) => /- \[x\]/i.test(l))
    .map((l) => l.replace(/^- \[.\]\s*/, '').trim());
}

/** CNCF's normalizeMentorEmail: `[a@b](mailto:a@b)`, `<a@b>` and `mailto:a@b` unwrapped; a plain address as it is. */
export function normalizeMentorEmail(raw: string): string {
  const s = raw.trim();
  const md = /^\[[^\]]*\]\(mailto:([^)]+)\)$/i.exec(s);
  if (md) return md[1].trim();
  return s.replace(/^<(.*)>$/, '$1').replace(/^mailto:/i, '').trim();
}
