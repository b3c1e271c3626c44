import { parseSection, placeSection, type SectionModel } from './parseSection';
import { shift } from './shift';
import { applyChange, splitSections, type Section, type TextChange } from './sections';
import type { HeadingInfo, Idea, IdeaGroup, IdeasDocument, Project, Range, TableOfContents, TermInfo } from './types';

/**
 * Builds the document model from sections. Each section is parsed once per
 * distinct text and kept while it is in the document; a section that moved
 * is shifted, not re-parsed. `update` applies an editor's changes to the
 * sections it touched only. After any sequence of builds and updates the
 * model equals a fresh builder's `build` of the same text.
 */
export class DocumentModelBuilder {
  private sections: Section[] = [{ startLine: 0, lineCount: 1, text: '' }];
  /** The model of each section, where it stands. */
  private models: SectionModel[] = [];
  private readonly parts = new AssembledParts();
  /** Sections parsed by the last build (for tests and the benchmark). */
  lastParseCount = 0;

  build(uri: string, text: string): IdeasDocument {
    // A text analysed before (the CLI's previous file) lends its models to equal sections.
    const known = this.modelsByText(0, this.sections.length);
    this.sections = splitSections(text);
    this.lastParseCount = 0;
    this.models = this.sections.map((section) => this.modelAt(section, known.get(section.text)));
    return assemble(uri, this.sections, this.models, this.parts);
  }

  update(uri: string, changes: TextChange[]): IdeasDocument {
    const before = this.sections;
    let after = before;
    for (const change of changes) after = applyChange(after, change);
    // applyChange keeps the sections before a change as they were, and those after it with their text (moved or not).
    const common = Math.min(before.length, after.length);
    let head = 0;
    while (head < common && before[head] === after[head]) head++;
    let tail = 0;
    while (tail < common - head && before[before.length - 1 - tail].text === after[after.length - 1 - tail].text) tail++;
    const replaced = this.modelsByText(head, before.length - tail);
    const models = new Array<SectionModel>(after.length);
    this.lastParseCount = 0;
    for (let i = 0; i < head; i++) models[i] = this.models[i];
    for (let i = head; i < after.length - tail; i++) models[i] = this.modelAt(after[i], replaced.get(after[i].text));
    // The unchanged sections at the end, moved by the sections the change added (or removed).
    const added = after.length - before.length;
    for (let i = before.length - tail; i < before.length; i++) models[i + added] = this.modelAt(after[i + added], { model: this.models[i], line: before[i].startLine });
    this.sections = after;
    this.models = models;
    return assemble(uri, this.sections, this.models, this.parts);
  }

  textLength(): number {
    let n = 0;
    for (const s of this.sections) n += s.text.length;
    return n;
  }

  /** The current text, joined from the sections (for tests; features read the editor's copy). */
  text(): string {
    return this.sections.map((s) => s.text).join('');
  }

  /** The current models of sections `from` to `to` (excluded), by their text. */
  private modelsByText(from: number, to: number): Map<string, PlacedModel> {
    const byText = new Map<string, PlacedModel>();
    for (let i = from; i < to && i < this.models.length; i++) byText.set(this.sections[i].text, { model: this.models[i], line: this.sections[i].startLine });
    return byText;
  }

  /** The model of `section`: a known model of its text moved to its line, else its text parsed. */
  private modelAt(section: Section, known: PlacedModel | undefined): SectionModel {
    if (known) return shift(known.model, section.startLine - known.line);
    // A new model is nobody else's yet: it is moved where it stands in place.
    const model = parseSection(section.text);
    placeSection(model, section.startLine);
    this.lastParseCount++;
    return model;
  }
}

/** A section's model and the line it was placed at. */
interface PlacedModel {
  model: SectionModel;
  line: number;
}

export function buildDocument(uri: string, text: string): IdeasDocument {
  return new DocumentModelBuilder().build(uri, text);
}

const IDEAS_HEADING = /^(?:accepted|proposed|participating)?\s*project(?:s|\s+ideas)\b/i;

function hasKnownFields(m: SectionModel): boolean {
  return m.fields.some((f) => f.label !== undefined);
}

/**
 * What an assembly keeps for the next one: an idea and a heading are
 * functions of their sections' models (a model is one text at one line), so
 * an unchanged idea is the same object from one version to the next, which
 * the analyzer's per-idea results are keyed by.
 */
export class AssembledParts {
  readonly ideas = new WeakMap<SectionModel, { idea: Idea; parts: SectionModel[] }>();
  readonly headings = new WeakMap<SectionModel, HeadingInfo>();
}

function assemble(uri: string, sections: Section[], models: SectionModel[], parts = new AssembledParts()): IdeasDocument {
  const lastLine = sections[sections.length - 1].startLine + sections[sections.length - 1].lineCount - 1;
  const ideaLevel = dominantIdeaLevel(models);
  const projectLevel = ideaLevel - 1;
  const ideasStart = findIdeasStart(sections, models);

  const doc: IdeasDocument = {
    uri,
    lineCount: lastLine + 1,
    ideasStartLine: ideasStart.line,
    projectLevel,
    ideaLevel,
    projects: [],
    orphanIdeas: [],
    headings: [],
    fences: [],
    controlComments: [],
  };

  let project: Project | undefined;
  let group: IdeaGroup | undefined;
  /** The idea being read: its sections (its heading's, then its sub-headings'), and the list it joins. */
  let idea: { level: number; sections: number[]; into: Idea[] } | undefined;
  const endOf = (i: number): { line: number; character: number } => {
    const m = models[i];
    return m.lastContentLine >= 0 ? { line: m.lastContentLine, character: m.lastContentLength } : { line: sections[i].startLine, character: 0 };
  };
  const finishIdea = () => {
    if (!idea) return;
    idea.into.push(ideaOf(idea.sections, sections, models, parts, endOf));
    idea = undefined;
  };

  for (let i = 0; i < models.length; i++) {
    const m = models[i];
    for (const f of m.fences) doc.fences.push(f);
    if (m.templateFence && !doc.template) doc.template = m.templateFence;
    for (const c of m.controlComments) doc.controlComments.push(c);
    const h = m.heading;
    if (!h) continue;
    let role: HeadingInfo['role'] = 'other';
    if (i >= ideasStart.section) {
      // Only template fields make a heading an idea: `- May 4: ...` timelines and `- Week 1: ...` plans do not.
      const fields = hasKnownFields(m);
      const next = models[i + 1]?.heading;
      const group = !fields && next !== undefined && next.level > h.level && hasKnownFields(models[i + 1]) && h.level >= projectLevel;
      if (fields || (h.level === ideaLevel && !group)) role = 'idea';
      else if (group && h.level > projectLevel) role = 'group';
      else if (h.level === projectLevel || (h.level > 2 && h.level < projectLevel) || group) role = 'project';
      else if (idea && h.level > idea.level) role = 'other';
    }
    let heading = parts.headings.get(m);
    if (heading?.role !== role) {
      heading = { level: h.level, text: h.text, line: h.range.start.line, role, textRange: h.textRange };
      parts.headings.set(m, heading);
    }
    doc.headings.push(heading);

    if (role === 'other' && idea && h.level > idea.level) {
      // A sub-heading inside an idea belongs to it.
      idea.sections.push(i);
      const end = endOf(i);
      if (project) project.range.end = end;
      if (group && idea.level > group.level) group.range.end = end;
      continue;
    }
    finishIdea();
    if (role !== 'idea') group = undefined;
    if (role === 'project') {
      project = { name: h.text, level: h.level, headingRange: h.range, nameRange: h.textRange, range: { start: h.range.start, end: endOf(i) }, ideas: [], groups: [] };
      doc.projects.push(project);
    } else if (role === 'group' && project) {
      group = { name: h.text, level: h.level, headingRange: h.range, nameRange: h.textRange, range: { start: h.range.start, end: endOf(i) } };
      project.groups.push(group);
      project.range.end = group.range.end;
    } else if (role === 'idea') {
      idea = { level: h.level, sections: [i], into: project ? project.ideas : doc.orphanIdeas };
      if (project) {
        project.range.end = endOf(i);
        if (group && h.level > group.level) group.range.end = project.range.end;
        else group = undefined;
      }
    } else if (role === 'other' && h.level <= 2) {
      project = undefined;
    }
  }
  finishIdea();

  const term = termFromPath(uri) ?? termFromHeading(models);
  if (term) doc.term = term.term;
  if (term?.range) doc.termHeadingRange = term.range;
  const toc = tableOfContents(models, sections);
  if (toc) doc.toc = toc;
  return doc;
}

/** The idea of these sections (its heading's, then its sub-headings'): the one assembled before when their models are the same. */
function ideaOf(indexes: number[], sections: Section[], models: SectionModel[], parts: AssembledParts, endOf: (i: number) => { line: number; character: number }): Idea {
  const m = models[indexes[0]];
  const known = parts.ideas.get(m);
  if (known && known.parts.length === indexes.length && indexes.every((x, k) => models[x] === known.parts[k])) return known.idea;
  const h = m.heading!;
  const idea: Idea = {
    title: h.text,
    level: h.level,
    headingRange: h.range,
    titleRange: h.textRange,
    range: { start: h.range.start, end: endOf(indexes[indexes.length - 1]) },
    fields: m.fields,
    outcomeInDescription: m.outcomeInDescription,
    source: indexes.map((x) => sections[x].text),
  };
  if (m.lfxTitle) idea.lfxTitle = m.lfxTitle;
  parts.ideas.set(m, { idea, parts: indexes.map((x) => models[x]) });
  return idea;
}

/** The level ideas are written at in this file: the template's `####`, or `#####` in 2020-2022 files. */
function dominantIdeaLevel(models: SectionModel[]): number {
  const counts = new Map<number, number>();
  for (const m of models) {
    if (m.heading && m.heading.level >= 3 && hasKnownFields(m)) counts.set(m.heading.level, (counts.get(m.heading.level) ?? 0) + 1);
  }
  let best = 4;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level === 4)) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/** `## Ideas` and `### Proposals` open the ideas part of a GSoC list, whose `## Project Ideas` heading is its title. */
const IDEAS_PART_HEADING = /^(?:ideas|proposals)$/i;

function findIdeasStart(sections: Section[], models: SectionModel[]): { section: number; line: number } {
  const firstIdea = models.findIndex((m) => m.heading && hasKnownFields(m));
  // The last opening heading before the first entry: a list's title may read like one.
  let opener = -1;
  for (let i = 0; i < models.length && (firstIdea < 0 || i < firstIdea); i++) {
    const h = models[i].heading;
    if (h && ((h.level <= 2 && IDEAS_HEADING.test(h.text)) || (h.level <= 3 && IDEAS_PART_HEADING.test(h.text)))) opener = i;
    if (opener >= 0 && firstIdea < 0) break;
  }
  if (opener >= 0) {
    const i = opener;
    return { section: i + 1, line: i + 1 < sections.length ? sections[i + 1].startLine : sections[i].startLine + sections[i].lineCount };
  }
  // No template field anywhere and no ideas heading: no entries yet (a term README of 2019-2020 is only prose and tables).
  if (firstIdea < 0) return { section: models.length, line: sections[sections.length - 1].startLine + sections[sections.length - 1].lineCount };
  let start = firstIdea;
  const level = models[firstIdea].heading!.level;
  for (let i = firstIdea - 1; i >= 0; i--) {
    const h = models[i].heading;
    if (!h) continue;
    if (h.level < level && h.level >= 3) start = i;
    if (h.level < level) break;
  }
  return { section: start, line: sections[start].startLine };
}

function termFromPath(uri: string): { term: TermInfo; range?: Range } | undefined {
  const path = decodeURIComponent(uri);
  const m = /(?:^|[/_])(20\d\d)[/_]0?([1-3])-[A-Za-z]/.exec(path) ?? /(?:^|[/_])(20\d\d)[/_](?:term[-_ ]?)0?([1-3])\b/i.exec(path);
  if (!m) return undefined;
  return { term: { year: Number(m[1]), number: Number(m[2]), source: 'path' } };
}

function termFromHeading(models: SectionModel[]): { term: TermInfo; range: Range } | undefined {
  for (const m of models) {
    const h = m.heading;
    if (!h || h.level !== 1) continue;
    const t = /Term\s+0?([1-3])\s*[-–—:]\s*(20\d\d)/i.exec(h.text) ?? /(20\d\d)\s+Term\s+0?([1-3])/i.exec(h.text);
    if (!t) continue;
    const [year, number] = /^20/.test(t[1]) ? [t[1], t[2]] : [t[2], t[1]];
    return { term: { year: Number(year), number: Number(number), source: 'heading' }, range: h.range };
  }
  return undefined;
}

function tableOfContents(models: SectionModel[], sections: Section[]): TableOfContents | undefined {
  for (const [i, m] of models.entries()) {
    if (m.tocMarkers.length >= 2) {
      // Marker lines are numbered within their section (models are shifted by their `line` properties only).
      const [open, close] = [m.tocMarkers[0] + sections[i].startLine, m.tocMarkers[1] + sections[i].startLine];
      const entries = m.tocEntries.filter((e) => e.range.start.line > open && e.range.start.line < close);
      // The range is what lies between the markers, which stay.
      return { range: { start: { line: open + 1, character: 0 }, end: { line: close, character: 0 } }, entries, markers: true };
    }
    if (m.isTocHeading && m.tocEntries.length > 0) {
      const first = m.tocEntries[0].range;
      const last = m.tocEntries[m.tocEntries.length - 1].range;
      return { range: { start: first.start, end: last.end }, entries: m.tocEntries, markers: false };
    }
  }
  return undefined;
}
