import type { Mentor, MentorForm, Range } from './types';

/**
 * Mentor lines as people write them (format.md): `Name (@handle, email)` with
 * an optional ` - note`, and the variations the `mentor-format` rule rewrites.
 *
 * The line is first "masked": link and autolink syntax and full-width
 * punctuation are replaced by characters of the same length, so that every
 * offset found in the masked text is also an offset in the written text.
 */

const FULL_WIDTH: Record<string, string> = { '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '＠': '@' };

interface Masked {
  text: string;
  fullWidth: boolean;
  /** Offsets (in the line) where a `[@handle](https://github.com/...)` link began. */
  handleLinks: Set<number>;
}

function blank(n: number): string {
  return ' '.repeat(n);
}

function mask(line: string): Masked {
  let fullWidth = false;
  let text = line.replace(/[（），：；＠]/g, (c) => {
    fullWidth = true;
    return FULL_WIDTH[c];
  });
  const handleLinks = new Set<number>();
  // [text](url) -> " text " + spaces; the text keeps its offsets.
  text = text.replace(/\[([^\]\n]*)\]\(([^()\s]*)\)/g, (whole, inner: string, url: string, offset: number) => {
    let shown = inner;
    const gh = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/?$/i.exec(url);
    if (gh) {
      handleLinks.add(offset);
      if (!shown.startsWith('@')) shown = shown.trim() === gh[1] ? '@' + shown : shown;
    } else if (/^mailto:/i.test(url) && !shown.includes('@')) {
      shown = url.slice(7);
    }
    return (' ' + shown + blank(whole.length)).slice(0, whole.length);
  });
  text = text.replace(/<([^<>\s]+@[^<>\s]+)>/g, (_w, inner: string) => ' ' + inner + ' ');
  text = text.replace(/\bmailto:/gi, (w) => blank(w.length));
  return { text, fullWidth, handleLinks };
}

const EMAIL = /[^\s@(),;<>[\]]+(?:@|\s+(?:AT|at|\[at\]|\(at\))\s+)[^\s@(),;<>[\]]+\.[^\s@(),;<>[\]]+/;
const HANDLE = /@([A-Za-z0-9][A-Za-z0-9_.-]*)/;

interface Token {
  text: string;
  start: number;
}

function tokens(s: string, base: number, separators: RegExp): Token[] {
  const out: Token[] = [];
  let last = 0;
  const re = new RegExp(separators.source, 'g');
  let m: RegExpExecArray | null;
  const push = (from: number, to: number) => {
    const raw = s.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: base + from + lead });
  };
  while ((m = re.exec(s))) {
    push(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  push(last, s.length);
  return out;
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

interface Parts {
  handle?: Token;
  email?: Token;
  labelled: boolean;
  noAt: boolean;
}

/** Reads the handle and e-mail out of the tokens of a parenthetical or a bare line. */
function readParts(toks: Token[]): Parts {
  const parts: Parts = { labelled: false, noAt: false };
  const unlabelled: Token[] = [];
  for (const tok of toks) {
    const labelled = /^(e-?mail|mail|github|gh|handle|github handle)\s*:\s*/i.exec(tok.text);
    if (labelled) {
      parts.labelled = true;
      const value = { text: tok.text.slice(labelled[0].length).trim(), start: tok.start + labelled[0].length };
      if (/mail/i.test(labelled[1])) parts.email ??= value;
      else parts.handle ??= value;
      continue;
    }
    unlabelled.push(tok);
  }
  for (const tok of unlabelled) {
    if (!parts.handle && tok.text.startsWith('@')) {
      const first = tok.text.split(/\s+/)[0];
      parts.handle = { text: first, start: tok.start };
      continue;
    }
    if (!parts.email) {
      const e = EMAIL.exec(tok.text);
      if (e) {
        parts.email = { text: e[0], start: tok.start + e.index };
        continue;
      }
    }
    if (!parts.handle && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(tok.text)) {
      parts.handle = { text: tok.text, start: tok.start };
      parts.noAt = true;
    }
  }
  return parts;
}

function stripNameDecoration(name: string): string {
  return name.replace(/^(?:and|&|,|;|\/)\s+/i, '').replace(/^[,;&/]\s*/, '').replace(/\*\*/g, '').trim();
}

/**
 * Parses one mentor line (the text after the list bullet, or the inline value
 * of `Mentor(s):`). `line` and `offset` place the text in the document.
 */
export function parseMentorLine(written: string, line: number, offset: number): Mentor[] {
  const masked = mask(written);
  const t = masked.text;
  const mentors: Mentor[] = [];
  const group = /([^(),;&]*?)\s*\(([^()]*)\)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = group.exec(t))) {
    const inner = m[2];
    const innerStart = m.index + m[0].indexOf('(') + 1;
    const parts = readParts(tokens(inner, innerStart, /[,;]|\s+\|\s+/));
    if (!parts.handle && !parts.email) continue;
    const rawName = m[1];
    const nameLead = rawName.length - rawName.trimStart().length;
    let name = stripNameDecoration(rawName);
    const nameStart = m.index + nameLead + rawName.trim().indexOf(name);
    if (!name && mentors.length === 0) name = '';
    mentors.push(build(written, line, offset, masked, parts, name, nameStart, m.index));
    consumed = m.index + m[0].length;
  }
  if (mentors.length === 0) {
    // `Name @handle email`, or a bare name (the first line of the multi-line form).
    const toks = tokens(t, 0, /\s+/);
    const handleTok = toks.find((tok) => HANDLE.test(tok.text) && tok.text.startsWith('@'));
    const emailTok = toks.find((tok) => EMAIL.test(tok.text));
    const firstPartIndex = toks.findIndex((tok) => tok === handleTok || tok === emailTok);
    const nameToks = firstPartIndex === -1 ? toks : toks.slice(0, firstPartIndex);
    const name = nameToks.map((x) => x.text).join(' ').replace(/[,:-]+$/, '').trim();
    const parts: Parts = { labelled: false, noAt: false };
    if (handleTok) parts.handle = { text: handleTok.text.replace(/[,;]+$/, ''), start: handleTok.start };
    if (emailTok) {
      const e = EMAIL.exec(emailTok.text)!;
      parts.email = { text: e[0], start: emailTok.start + e.index };
    }
    const nameStart = nameToks.length ? nameToks[0].start : 0;
    const mentor = build(written, line, offset, masked, parts, name, nameStart, 0);
    if (!handleTok && !emailTok) mentor.form = 'unrecognised';
    else if (mentor.form === 'canonical') mentor.form = 'no-parentheses';
    return [mentor];
  }
  const rest = t.slice(consumed);
  const note = /^\s*(?:[-–—:]\s*)(.+)$/.exec(rest);
  const last = mentors[mentors.length - 1];
  if (note && !/^\s*[,;&]|^\s*and\s/i.test(rest)) last.note = note[1].trim();
  if (mentors.length > 1) for (const mentor of mentors) mentor.sharesLine = true;
  return mentors;
}

function build(
  written: string,
  line: number,
  offset: number,
  masked: Masked,
  parts: Parts,
  name: string,
  nameStart: number,
  from: number,
): Mentor {
  let form: MentorForm = 'canonical';
  const handleText = parts.handle?.text;
  if (parts.labelled) form = 'labelled';
  else if (parts.noAt) form = 'no-at';
  if (parts.handle && [...masked.handleLinks].some((o) => o >= from && o <= parts.handle!.start)) form = 'handle-link';
  if (masked.fullWidth) form = 'full-width';
  const handle = handleText?.replace(/^@/, '');
  const email = parts.email?.text;
  const mentor: Mentor = {
    name,
    form,
    range: range(line, offset, offset + written.trimEnd().length),
    sharesLine: false,
  };
  if (name) mentor.nameRange = range(line, offset + nameStart, offset + nameStart + name.length);
  if (handleText !== undefined && parts.handle) {
    mentor.handle = handle;
    mentor.handleText = handleText;
    mentor.handleRange = range(line, offset + parts.handle.start, offset + parts.handle.start + handleText.length);
  }
  if (email !== undefined && parts.email) {
    mentor.email = email;
    mentor.emailRange = range(line, offset + parts.email.start, offset + parts.email.start + email.length);
  }
  return mentor;
}

/** The canonical way to write a mentor. */
export function formatMentor(m: Pick<Mentor, 'name' | 'handle' | 'email' | 'note'>): string {
  const inner = [m.handle ? '@' + m.handle : undefined, m.email].filter(Boolean).join(', ');
  return `${m.name} (${inner})${m.note ? ' - ' + m.note : ''}`;
}
