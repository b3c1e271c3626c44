import { allIdeas, type CanonicalLabel, type Field, type Idea, type IdeasDocument, type Link, type Position, type Range } from '../model/types';

/** A URL written in a field of an idea. */
export interface FieldLink {
  idea: Idea;
  field: Field;
  link: Link;
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The links of the fields with one of `labels` (every field when none are given), in document order. */
export function fieldLinks(doc: IdeasDocument, labels?: readonly CanonicalLabel[]): FieldLink[] {
  const out: FieldLink[] = [];
  for (const idea of allIdeas(doc)) {
    for (const field of idea.fields) {
      if (labels && (!field.label || !labels.includes(field.label))) continue;
      for (const link of field.links) out.push({ idea, field, link });
    }
  }
  return out;
}

/** The link of a field under `position`, if any. */
export function fieldLinkAt(doc: IdeasDocument, position: Position): FieldLink | undefined {
  for (const idea of allIdeas(doc)) {
    if (!contains(idea.range, position)) continue;
    for (const field of idea.fields) {
      if (!contains(field.range, position)) continue;
      const link = field.links.find((l) => contains(l.range, position));
      if (link) return { idea, field, link };
    }
  }
  return undefined;
}
