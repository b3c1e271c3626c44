import { shiftCopy } from './shift';
import type { Mentor, MentorForm, Range } from './types';

/**
 * Mentor lines as people write them (docs/format.md, "Mentor lines"):
 * `Name (@handle, email)` with an optional ` - note`, and the variations the
 * `mentor-format` rule rewrites.
 *
 * A line is first masked: full-width punctuation becomes ASCII, and every
 * handle and e-mail (including GitHub profile links, `mailto:` links, `<a@b>`
 * and obfuscated `ben AT example.io`) becomes an "atom" whose characters are
 * replaced by a placeholder of the same length. Everything found in the
 * masked text therefore has the offsets of the written text, and the rest of
 * the line is read as names, separators, parentheses and notes.
 *
 * An obfuscated e-mail is kept as written and read as the mentor's e-mail: it
 * is a malformed address (the proposal form needs the real one), which
 * `mentor-email` reports, not a format problem a rewrite could fix.
 */

/** A line to read mentors from: its text after any list bullet, and where that text starts. */
export interface MentorSourceLine {
  text: string;
  line: number;
  offset: number;
}

export const HANDLE_PATTERN = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const FULL_WIDTH: Record<string, string> = { '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '＠': '@' };
const PLACEHOLDER = '\uE000';

interface Part {
  value: string;
  start: number;
  end: number;
  /** A handle written without its `@`. */
  noAt?: boolean;
  /** A handle taken from a GitHub profile link. */
  link?: boolean;
  /** Written after a label: `email: x`, `GitHub: @y`. */
  labelled?: boolean;
}

interface Atom extends Part {
  kind: 'handle' | 'email';
  /** `[Name](https://github.com/login)`: the link text, when it is a name rather than the handle. */
  name?: Span;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

interface Masked {
  text: string;
  owner: (Atom | undefined)[];
  fullWidth: Set<number>;
  /** A link or URL other than a GitHub profile or `mailto:`. */
  otherUrl: boolean;
}

const GITHUB_PROFILE = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9_.-]+)\/?$/i;
const OBFUSCATED_EMAIL =
  /[A-Za-z0-9._%+-]+(?:\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+(?:at|AT)\s+)[A-Za-z0-9-]+(?:(?:\s*(?:\[dot\]|\(dot\)|\{dot\})\s*|\s+(?:dot|DOT)\s+|\.)[A-Za-z0-9-]+)+/g;
const PLAIN_EMAIL = /[^\s@(),;<>[\]"'`|]+@[^\s@(),;<>[\]"'`|]*/g;
const BARE_HANDLE = /@[^\s(),;<>[\]*`|]*/g;
const LABEL = /^(e-?mail|mail|github(?:[ -]?(?:handle|id|username))?|gh|handle)\s*:/i;
const ROLE = /^(?:primary|secondary|co-?mentors?|adjunct|lead|backup|main|mentors?)$/i;
const LEADING_FIELD_LABEL = /^\s*(?:\*\*)?mentors?(?:\s*\(s\))?(?:\s+name)?(?:\*\*)?\s*[:：](?:\*\*)?/i;
const LEADING_ROLE = /^\s*(?:\*\*)?((?:primary|secondary|co-?mentor|adjunct|lead|backup|main)(?:\s+mentor)?)(?:\*\*)?\s*[:：](?:\*\*)?/i;

function mask(written: string): Masked {
  const fullWidth = new Set<number>();
  // UTF-16 units, so that offsets stay LSP offsets; each full-width mark is one unit, as its ASCII twin.
  const units = written
    .replace(/[（），：；＠]/g, (c: string, at: number) => {
      fullWidth.add(at);
      return FULL_WIDTH[c];
    })
    .split('');
  const owner: (Atom | undefined)[] = new Array(units.length).fill(undefined);
  let otherUrl = false;
  // The units as a string, joined again only after they changed.
  let joined: string | undefined;
  const current = () => (joined ??= units.join(''));
  const free = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (owner[i]) return false;
    return true;
  };
  const claim = (atom: Atom) => {
    joined = undefined;
    for (let i = atom.start; i < atom.end; i++) {
      owner[i] = atom;
      units[i] = PLACEHOLDER;
    }
  };
  const blank = (from: number, to: number) => {
    joined = undefined;
    for (let i = from; i < to; i++) if (!owner[i]) units[i] = ' ';
  };

  for (const m of current().matchAll(/<!--.*?(?:-->|$)/g)) blank(m.index!, m.index! + m[0].length);
  // The field label written again (`Mentor(s): Mentor(s): ...`), or the template's `Mentor Name:`.
  const repeated = LEADING_FIELD_LABEL.exec(current());
  if (repeated) blank(0, repeated[0].length);

  for (const m of current().matchAll(/(@?)\[([^\][\n]*)\]\(\s*<?([^()\s<>]*)>?\s*\)/g)) {
    const at = m.index!;
    const linkStart = at + m[1].length;
    const end = at + m[0].length;
    const inner = m[2];
    const url = m[3];
    const profile = GITHUB_PROFILE.exec(url);
    if (profile) {
      const login = profile[1];
      const atom: Atom = { kind: 'handle', value: login, start: at, end, link: true };
      const shown = inner.trim().replace(/^@/, '').trim();
      const isHandle = shown === '' || shown.toLowerCase() === login.toLowerCase() || (inner.trim().startsWith('@') && !/\s/.test(shown));
      if (!isHandle && !m[1]) {
        const s = linkStart + 1 + inner.indexOf(shown);
        atom.name = { text: shown, start: s, end: s + shown.length };
      }
      claim(atom);
    } else if (/^mailto:/i.test(url)) {
      claim({ kind: 'email', value: safeDecode(url.slice(7).replace(/\?.*$/, '')), start: linkStart, end });
    } else {
      if (/^https?:/i.test(url)) otherUrl = true;
      // Keep the link text in place; drop the brackets and the target.
      units[linkStart] = ' ';
      joined = undefined;
      blank(linkStart + 1 + inner.length, end);
    }
  }
  for (const m of current().matchAll(/<([^<>\s]+)>/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const inner = m[1].replace(/^mailto:/i, '');
    const profile = GITHUB_PROFILE.exec(inner);
    if (profile) claim({ kind: 'handle', value: profile[1], start, end, link: true });
    else if (/^[^@]+@/.test(inner)) claim({ kind: 'email', value: inner, start, end });
    else if (/^https?:/i.test(inner)) {
      otherUrl = true;
      blank(start, end);
    }
  }
  for (const m of current().matchAll(/https?:\/\/[^\s<>()[\],;]+/gi)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const profile = GITHUB_PROFILE.exec(m[0].replace(/[.:]+$/, ''));
    if (profile) claim({ kind: 'handle', value: profile[1], start, end: start + m[0].replace(/[.:]+$/, '').length, link: true });
    else {
      otherUrl = true;
      blank(start, end);
    }
  }
  // Bold and code markers around names and addresses.
  for (let i = 0; i < units.length; i++) if (!owner[i] && (units[i] === '*' || units[i] === '`')) units[i] = ' ';
  joined = undefined;
  const obfuscated = /\bat\b|\[at\]|\(at\)|\{at\}/i.test(written);
  for (const m of obfuscated ? current().matchAll(OBFUSCATED_EMAIL) : []) {
    const start = m.index!;
    const end = start + m[0].length;
    if (free(start, end)) claim({ kind: 'email', value: written.slice(start, end), start, end });
  }
  for (const m of current().includes('@') ? current().matchAll(PLAIN_EMAIL) : []) {
    // `email:jo@example.org` is a label and an address.
    const label = /^(?:mailto|e-?mail|mail):/i.exec(m[0])?.[0] ?? '';
    const start = m.index! + label.length;
    const value = m[0].slice(label.length).replace(/[.:_]+$/, '');
    if (value.startsWith('@') || !free(start, start + value.length)) continue;
    claim({ kind: 'email', value, start, end: start + value.length });
  }
  for (const m of current().includes('@') ? current().matchAll(BARE_HANDLE) : []) {
    const start = m.index!;
    const prev = start > 0 ? units[start - 1] : ' ';
    if (/[A-Za-z0-9._%+-]/.test(prev)) continue;
    const text = m[0].replace(/[.:]+$/, '');
    if (!free(start, start + Math.max(1, text.length))) continue;
    claim({ kind: 'handle', value: text.slice(1), start, end: start + text.length });
  }
  return { text: current(), owner, fullWidth, otherUrl };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type Item =
  | { type: 'atom'; atom: Atom; start: number; end: number }
  | { type: 'word'; text: string; start: number; end: number }
  | { type: 'sep'; start: number; end: number }
  | { type: 'dash'; start: number; end: number }
  | { type: 'group'; start: number; end: number; parts: GroupParts };

interface GroupParts {
  handle?: Part;
  email?: Part;
  labelled: boolean;
  /** Holds a handle or an e-mail. */
  strong: boolean;
  /** Only one bare word, e.g. `(jodoe)` or `(primary)`: a handle without `@`, or part of the name. */
  bare?: Span;
}

const SEPARATORS = new Set([',', ';', '|', '&']);
const DASHES = /^[-–—]+$/;

function tokenize(m: Masked, from: number, to: number): Item[] {
  const t = m.text;
  const items: Item[] = [];
  let i = from;
  while (i < to) {
    const c = t[i];
    const atom = m.owner[i];
    if (atom) {
      items.push({ type: 'atom', atom, start: atom.start, end: atom.end });
      i = atom.end;
      continue;
    }
    if (/\s/.test(c) || c === ')' || c === ']' || c === '[') {
      i++;
      continue;
    }
    if (SEPARATORS.has(c)) {
      items.push({ type: 'sep', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < to; j++) {
        if (m.owner[j]) continue;
        if (t[j] === '(') depth++;
        else if (t[j] === ')' && --depth === 0) break;
      }
      if (j >= to) {
        // A `(` never closed is only a character.
        i++;
        continue;
      }
      // An empty `()` says nothing.
      if (t.slice(i + 1, j).trim() !== '') items.push({ type: 'group', start: i, end: j + 1, parts: readGroup(m, i + 1, j) });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < to && !/[\s()[\]]/.test(t[j]) && !m.owner[j] && !SEPARATORS.has(t[j])) j++;
    const text = t.slice(i, j);
    if (DASHES.test(text)) items.push({ type: 'dash', start: i, end: j });
    else if (/^(?:and)$/i.test(text)) items.push({ type: 'sep', start: i, end: j });
    else items.push({ type: 'word', text, start: i, end: j });
    i = j;
  }
  return foldLabels(items);
}

/** `email: x`, `GitHub: @y`, `github:y`: the label and its value become one labelled atom. */
function foldLabels(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const label = it.type === 'word' ? LABEL.exec(it.text) : null;
    if (!label) {
      out.push(it);
      continue;
    }
    const kind = /mail/i.test(label[1]) ? 'email' : 'handle';
    const valid = (v: string) => (kind === 'handle' ? BARE_WORD.test(v.replace(/^@/, '')) : looksLikeAddress(v));
    const rest = (it as Span).text.slice(label[0].length);
    const next = items[i + 1];
    let atom: Atom | undefined;
    if (rest) {
      if (valid(rest)) atom = { kind, value: rest.replace(/^@/, ''), start: it.start + label[0].length, end: it.end };
    } else if (next?.type === 'atom') {
      atom = { ...next.atom };
      i++;
    } else if (next?.type === 'word' && valid(next.text)) {
      atom = { kind, value: next.text.replace(/^@/, ''), start: next.start, end: next.end };
      i++;
    }
    if (!atom) {
      out.push(it);
      continue;
    }
    atom.labelled = true;
    out.push({ type: 'atom', atom, start: it.start, end: atom.end });
  }
  return out;
}

function splitAtSeparators(items: Item[]): Item[][] {
  const pieces: Item[][] = [[]];
  for (const item of items) {
    if (item.type === 'sep') pieces.push([]);
    else pieces[pieces.length - 1].push(item);
  }
  return pieces.filter((p) => p.length > 0);
}

const BARE_WORD = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A word that names no handle but an address: `jo.example.org`. */
function looksLikeAddress(word: string): boolean {
  return /[A-Za-z0-9]\.[A-Za-z]{2,}$/.test(word);
}

/** The handle and e-mail inside `( ... )`. */
function readGroup(m: Masked, from: number, to: number): GroupParts {
  const parts: GroupParts = { labelled: false, strong: false };
  const pieces = splitAtSeparators(tokenize(m, from, to));
  const words: Span[] = [];
  for (const piece of pieces) {
    for (const item of piece) {
      if (item.type === 'atom') {
        parts.labelled ||= item.atom.labelled === true;
        if (item.atom.kind === 'handle') parts.handle ??= item.atom;
        else parts.email ??= item.atom;
      } else if (item.type === 'word') words.push(item);
    }
  }
  // Single bare words: a handle without `@`, or an address without `@`.
  const bareWords = pieces.filter((p) => p.length === 1 && p[0].type === 'word' && BARE_WORD.test(p[0].text)).map((p) => p[0] as Span);
  const hasAtoms = parts.handle !== undefined || parts.email !== undefined;
  if (hasAtoms && !parts.email) {
    // `(@h, jo.doe AT ex-mail)`: an address obfuscated beyond the usual `name AT domain.tld`.
    const obfuscated = pieces.find((p) => p.length === 3 && p.every((it) => it.type === 'word') && /^[a-z0-9._%+-]+$/.test((p[0] as Span).text) && /^at$/i.test((p[1] as Span).text));
    if (obfuscated) parts.email = { value: m.text.slice(obfuscated[0].start, obfuscated[2].end), start: obfuscated[0].start, end: obfuscated[2].end };
  }
  if (hasAtoms && !parts.email) {
    // `(@h jo.example.org)`: the comma and the @ both missing.
    const address = words.find((w) => BARE_WORD.test(w.text) && looksLikeAddress(w.text));
    if (address) parts.email = { value: address.text, start: address.start, end: address.end };
  }
  if (hasAtoms || (bareWords.length >= 2 && bareWords.some((w) => looksLikeAddress(w.text)))) {
    for (const w of bareWords) {
      if (looksLikeAddress(w.text) && !w.text.includes('@')) parts.email ??= { value: w.text, start: w.start, end: w.end };
      else if (!parts.handle && !looksLikeAddress(w.text)) parts.handle = { value: w.text, start: w.start, end: w.end, noAt: true };
    }
  }
  if (!hasAtoms && pieces.length === 1 && words.length === 1 && BARE_WORD.test(words[0].text)) {
    // `(jo.example.org)` is an address without its @; `(jodoe)` a handle without @, or part of the name.
    if (looksLikeAddress(words[0].text)) parts.email = { value: words[0].text, start: words[0].start, end: words[0].end };
    else parts.bare = words[0];
  }
  parts.strong = parts.handle !== undefined || parts.email !== undefined;
  return parts;
}

interface Draft {
  start: number;
  end: number;
  name: Span[];
  /** The words of bare-word groups in the name, such as `(primary)`: the last may turn out to be the handle. */
  weak: Span[];
  handle?: Part;
  email?: Part;
  handleInGroup: boolean;
  emailInGroup: boolean;
  group: boolean;
  labelled: boolean;
  /** A handle, an e-mail or a group came after the name: a further word starts another mentor. */
  partAfterName: boolean;
  note?: { start: number; end: number };
}

function newDraft(start: number): Draft {
  return { start, end: start, name: [], weak: [], handleInGroup: false, emailInGroup: false, group: false, labelled: false, partAfterName: false };
}

function hasParts(d: Draft): boolean {
  return d.handle !== undefined || d.email !== undefined;
}

function isNameLike(words: Span[]): boolean {
  const text = words.map((w) => w.text).join(' ');
  return words.length >= 1 && words.length <= 4 && /\p{L}/u.test(text) && !/:$/.test(text) && !/^(?:etc\.?|others?|more)$/i.test(text) && !ROLE.test(text);
}

/**
 * A mentor written inside another's unclosed parentheses,
 * `A (@a, a@x.org, B (@b, b@x.org))`: the outer parenthesis is closed before
 * the inner mentor (`A (@a, a@x.org),B (@b, b@x.org) `): the same length, so
 * columns stay those of the written text.
 */
function closeNestedMentor(written: string): string {
  return written.replace(/(\(\s*@[^()]*?), (\s*[^,()@]+?\s*\(\s*@[^()]*\))\)/g, (_, outer: string, inner: string) => `${outer}),${inner} `);
}

/**
 * Parses one mentor line. `line` and `offset` place the text in the document.
 * Returns no mentor for a line that names nobody (a role heading such as
 * `Primary`, a `Mentor Name:` label, prose, a link to some page).
 */
export function parseMentorLine(written: string, line: number, offset: number): Mentor[] {
  const masked = mask(closeNestedMentor(written));
  let from = 0;
  let role: string | undefined;
  const roleLabel = LEADING_ROLE.exec(masked.text);
  if (roleLabel) {
    role = roleLabel[1];
    from = roleLabel[0].length;
  }
  const items = tokenize(masked, from, masked.text.length);
  const partIndexes = items.map((it, i) => (it.type === 'atom' || (it.type === 'group' && it.parts.strong) ? i : -1)).filter((i) => i >= 0);
  const lastPart = partIndexes.length ? partIndexes[partIndexes.length - 1] : -1;

  if (lastPart < 0) return partlessLine(written, masked, items, line, offset, role);

  const drafts: Draft[] = [];
  let d = newDraft(items[0]?.start ?? 0);
  drafts.push(d);
  let afterSep = false;
  let inNote = false;
  const startNew = (at: number) => {
    d = newDraft(at);
    drafts.push(d);
    inNote = false;
  };
  /** What the words from `i` lead to before the next separator or dash: a handle, an e-mail, a group holding them, or nothing. */
  const partAhead = (i: number): 'handle' | 'email' | 'both' | undefined => {
    for (let k = i; k < items.length; k++) {
      const it = items[k];
      if (it.type === 'sep' || it.type === 'dash') return undefined;
      if (it.type === 'atom') return it.atom.kind;
      if (it.type === 'group' && it.parts.strong) return 'both';
    }
    return undefined;
  };
  const complete = () => d.group || (d.name.length > 0 && hasParts(d));
  const extendNote = (it: { start: number; end: number }) => {
    d.note = { start: d.note?.start ?? it.start, end: it.end };
    d.end = it.end;
  };

  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.type === 'sep') {
      if (inNote && i < lastPart) inNote = false;
      if (!inNote) afterSep = true;
      else extendNote(it);
      continue;
    }
    if (it.type === 'dash') {
      if (inNote) extendNote(it);
      else if (complete() && d.name.length > 0) inNote = true;
      continue;
    }
    if (inNote) {
      if (it.type === 'atom' || (it.type === 'group' && it.parts.strong)) startNew(it.start);
      else {
        extendNote(it);
        continue;
      }
    }
    const wasAfterSep = afterSep;
    afterSep = false;
    if (it.type === 'word') {
      if (d.name.length === 0 && !hasParts(d) && !d.group) {
        d.name.push(it);
        d.end = it.end;
        continue;
      }
      const ahead = partAhead(i);
      const partless = ahead === undefined;
      if (wasAfterSep) {
        // `Doe, Jo (@jo-doe, ...)`: one name written surname first; `@handle, Name email`: the name after the handle.
        const surnameFirst = d.name.length === 1 && !hasParts(d) && !d.group && ahead !== undefined && items[i + 1]?.type !== 'word';
        if (surnameFirst || (d.name.length === 0 && !d.group && ahead && ahead !== 'both' && d[ahead] === undefined)) {
          d.name.push(it);
          d.end = it.end;
          continue;
        }
        // `Name, handle, email`: a lone bare word between a name and what follows.
        const next = items[i + 1];
        if (d.name.length > 0 && !d.handle && !d.group && BARE_WORD.test(it.text) && !looksLikeAddress(it.text) && (!next || next.type === 'sep')) {
          d.handle = { value: it.text, start: it.start, end: it.end, noAt: true };
          d.end = it.end;
          continue;
        }
        if (partless && complete()) {
          // Text after the last mentor that names nobody stays with it, as its note.
          const run = collectRun(items, i);
          if (!isNameLike(run)) {
            for (const w of run) extendNote(w);
            i += run.length - 1;
            continue;
          }
        }
        if (d.name.length > 0 || hasParts(d) || d.group) startNew(it.start);
        d.name.push(it);
        d.end = it.end;
        continue;
      }
      if (d.group || d.partAfterName) {
        if (partless) {
          extendNote(it);
          inNote = true;
          continue;
        }
        startNew(it.start);
      }
      d.name.push(it);
      d.end = it.end;
      continue;
    }
    if (it.type === 'atom') {
      const a = it.atom;
      const slot = a.kind;
      if (d[slot] !== undefined || d.note || (d.group && !wasAfterSep) || (a.name && d.name.length > 0 && hasParts(d))) startNew(it.start);
      if (d.name.length > 0 && !a.name) d.partAfterName = true;
      d[slot] = a;
      d.labelled ||= a.labelled === true;
      if (a.name) d.name.push(a.name);
      d.end = it.end;
      continue;
    }
    // A group.
    const g = it.parts;
    if (g.strong) {
      if (d.group || d.note) startNew(it.start);
      if (d.name.length > 0) d.partAfterName = true;
      if (g.handle && !d.handle) {
        d.handle = g.handle;
        d.handleInGroup = true;
      }
      if (g.email && !d.email) {
        d.email = g.email;
        d.emailInGroup = true;
      }
      d.labelled ||= g.labelled;
      d.group = true;
      d.end = it.end;
      continue;
    }
    if (d.group || d.partAfterName) {
      extendNote(it);
      inNote = true;
      continue;
    }
    // `(primary)`, `(Jo)`, `(a Kubernetes UI)`: part of the name, unless it turns out to be the handle.
    const span = { text: written.slice(it.start, it.end), start: it.start, end: it.end };
    d.name.push(span);
    if (g.bare) d.weak.push(g.bare);
    d.end = it.end;
  }

  const mentors = drafts.filter((x) => x.name.length > 0 || hasParts(x) || x.group).map((x) => finish(written, masked, x, line, offset));
  if (role && mentors.length > 0 && !mentors[0].note) mentors[0].note = role;
  if (mentors.length > 1) for (const mentor of mentors) mentor.sharesLine = true;
  return mentors;
}

function collectRun(items: Item[], i: number): Span[] {
  const run: Span[] = [];
  for (let k = i; k < items.length && items[k].type === 'word'; k++) run.push(items[k] as Span);
  return run;
}

/** A line with no handle and no e-mail: names only (`Jo Doe`, `Jo Doe, Al Bee`), or no mentor at all. */
function partlessLine(written: string, masked: Masked, items: Item[], line: number, offset: number, role: string | undefined): Mentor[] {
  const trimmed = written.trim();
  if (masked.otherUrl || !/\p{L}/u.test(trimmed) || /[:：]\**$/.test(trimmed) || ROLE.test(trimmed.replace(/\*/g, '')) || (role && items.length === 0)) return [];
  const segments: Item[][] = splitAtSeparators(items);
  const drafts: Draft[] = [];
  for (const seg of segments) {
    const words = seg.map((it) => ({ text: written.slice(it.start, it.end), start: it.start, end: it.end }));
    if (!isNameLike(words.filter((w) => !w.text.startsWith('(')))) return [];
    const d = newDraft(seg[0].start);
    d.name = words;
    const lastItem = seg[seg.length - 1];
    if (lastItem.type === 'group' && lastItem.parts.bare) d.weak.push(lastItem.parts.bare);
    d.end = lastItem.end;
    drafts.push(d);
  }
  const mentors = drafts.map((d) => finish(written, masked, d, line, offset));
  if (role && mentors.length > 0) mentors[0].note = role;
  if (mentors.length > 1) for (const mentor of mentors) mentor.sharesLine = true;
  return mentors;
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function finish(written: string, masked: Masked, d: Draft, line: number, offset: number): Mentor {
  // `Name (handle)`: a last bare-word group is the handle written without `@`.
  const lastName = d.name[d.name.length - 1];
  const lastWeak = d.weak[d.weak.length - 1];
  if (!d.handle && lastName && lastWeak && lastWeak.start === lastName.start + 1 && !ROLE.test(lastWeak.text) && d.name.length > 1) {
    d.name.pop();
    d.handle = { value: lastWeak.text, start: lastWeak.start, end: lastWeak.end, noAt: true };
    d.handleInGroup = true;
    d.group = true;
  }
  let nameStart = d.name[0]?.start ?? d.start;
  let nameEnd = d.name[d.name.length - 1]?.end ?? nameStart;
  let name = d.name.length === 1 ? d.name[0].text : written.slice(nameStart, nameEnd);
  if (d.name.length > 1 && masked.owner.slice(nameStart, nameEnd).some(Boolean)) {
    // Name pieces around a handle or an address (`Primary: [Jo Doe](...)`): join them; the range is the first piece.
    name = d.name.map((n) => n.text).join(' ');
    nameEnd = d.name[0].end;
  }
  name = name.replace(/\*\*/g, '').replace(/\s+/g, ' ');
  const cleaned = name.replace(/^[\s,;:&-]+/, '').replace(/[\s,;:–—-]+$/, '');
  if (cleaned !== name && d.name.length === 1) {
    nameStart += name.indexOf(cleaned);
    nameEnd = nameStart + cleaned.length;
  }
  name = /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : '';

  let form: MentorForm = 'canonical';
  const inSpan = [...masked.fullWidth].some((p) => p >= d.start && p < d.end);
  if (inSpan) form = 'full-width';
  else if (d.labelled) form = 'labelled';
  else if (d.handle?.link) form = 'handle-link';
  else if (d.handle?.noAt) form = 'no-at';
  else if ((d.handle && !d.handleInGroup) || (d.email && !d.emailInGroup)) form = 'no-parentheses';
  else if (!hasParts(d)) form = 'unrecognised';

  const mentor: Mentor = {
    name,
    form,
    range: range(line, offset, offset + written.trimEnd().length),
    sharesLine: false,
  };
  if (name) mentor.nameRange = range(line, offset + nameStart, offset + Math.max(nameStart, nameEnd));
  if (d.handle) {
    mentor.handle = d.handle.value;
    mentor.handleText = d.handle.link || d.handle.noAt ? d.handle.value : written.slice(d.handle.start, d.handle.end);
    mentor.handleRange = range(line, offset + d.handle.start, offset + d.handle.end);
  }
  if (d.email) {
    mentor.email = d.email.value;
    mentor.emailRange = range(line, offset + d.email.start, offset + d.email.end);
  }
  if (d.note) {
    const note = written.slice(d.note.start, d.note.end).trim();
    if (note) mentor.note = note;
  }
  return mentor;
}

/** `GitHub: @x` or `Email: y` alone on a line: the second and third lines of the seed's multi-line form. */
function labelledLine(source: MentorSourceLine): { kind: 'handle' | 'email'; mentor: Mentor } | undefined {
  if (!LABEL.test(source.text.replace(/\*\*/g, '').trim())) return undefined;
  const [mentor] = parseMentorLine(source.text, source.line, source.offset);
  if (!mentor || mentor.name || mentor.sharesLine || (mentor.handle !== undefined) === (mentor.email !== undefined)) return undefined;
  return { kind: mentor.handle !== undefined ? 'handle' : 'email', mentor };
}

/** Mentor lines read before, by offset and text, at line 0: a keystroke elsewhere in the section reads them again. */
const parsedLines = new Map<string, Mentor[]>();
const PARSED_LINES_KEPT = 4096;

/** `parseMentorLine` of a source line, as new objects (callers complete and move them). */
function parsedLine(source: MentorSourceLine): Mentor[] {
  const key = `${source.offset}\u0000${source.text}`;
  let parsed = parsedLines.get(key);
  if (!parsed) {
    parsed = parseMentorLine(source.text, 0, source.offset);
    if (parsedLines.size >= PARSED_LINES_KEPT) parsedLines.clear();
    parsedLines.set(key, parsed);
  }
  return shiftCopy(parsed, source.line);
}

/**
 * Reads the mentors of a `Mentor(s)` field from its lines (the inline value
 * and each continuation line, bullets removed), joining the multi-line form
 * `Name` / `GitHub: @x` / `Email: y` into one mentor.
 */
export function parseMentorLines(lines: MentorSourceLine[]): Mentor[] {
  const mentors: Mentor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parsed = parsedLine(lines[i]);
    if (parsed.length === 1 && parsed[0].form === 'unrecognised') {
      const mentor = parsed[0];
      let j = i + 1;
      for (; j < lines.length && j <= i + 2; j++) {
        const next = labelledLine(lines[j]);
        if (!next || (next.kind === 'handle' ? mentor.handle !== undefined : mentor.email !== undefined)) break;
        if (next.kind === 'handle') {
          mentor.handle = next.mentor.handle;
          mentor.handleText = next.mentor.handleText;
          mentor.handleRange = next.mentor.handleRange;
        } else {
          mentor.email = next.mentor.email;
          mentor.emailRange = next.mentor.emailRange;
        }
        mentor.range = { start: mentor.range.start, end: next.mentor.range.end };
      }
      if (j > i + 1) {
        mentor.form = 'multi-line';
        i = j - 1;
      }
    }
    mentors.push(...parsed);
  }
  return mentors;
}

/** The template's own example mentor, which the `placeholder` rule reports. */
export function isTemplateMentor(m: Pick<Mentor, 'handle' | 'email'>): boolean {
  return m.handle?.toLowerCase() === 'mentor_github' || m.email?.toLowerCase() === 'mentor@email.addy';
}

/** The canonical way to write a mentor: `Name (@handle, email) - note`. */
export function formatMentor(m: Pick<Mentor, 'name' | 'handle' | 'email' | 'note'>): string {
  const inner = [m.handle !== undefined ? '@' + m.handle : undefined, m.email].filter((x) => x !== undefined).join(', ');
  return `${ascii(m.name)}${inner ? ` (${inner})` : ''}${m.note ? ' - ' + ascii(m.note) : ''}`;
}

function ascii(text: string): string {
  return text.replace(/[（），：；＠]/g, (c) => FULL_WIDTH[c]);
}
