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
  /** Parsed models where they stand, by text and then start line. */
  private placed = new Map<string, Map<number, SectionModel>>();
  /** Sections parsed by the last build (for tests and the benchmark). */
  lastParseCount = 0;

  build(uri: string, text: string): IdeasDocument {
    this.sections = splitSections(text);
    return this.assemble(uri);
  }

  update(uri: string, changes: TextChange[]): IdeasDocument {
    for (const change of changes) this.sections = applyChange(this.sections, change);
    return this.assemble(uri);
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

  private assemble(uri: string): IdeasDocument {
    const placed = new Map<string, Map<number, SectionModel>>();
    this.lastParseCount = 0;
    const models = this.sections.map((section) => {
      const before = this.placed.get(section.text);
      let byLine = placed.get(section.text);
      if (!byLine) {
        byLine = new Map();
        placed.set(section.text, byLine);
      }
      let model = byLine.get(section.startLine) ?? before?.get(section.startLine);
      if (!model) {
        const [line, elsewhere] = firstEntry(byLine) ?? firstEntry(before) ?? [0, undefined];
        if (elsewhere) model = shift(elsewhere, section.startLine - line);
        else {
          // A new model is nobody else's yet: it is moved where it stands in place.
          model = parseSection(section.text);
          placeSection(model, section.startLine);
          this.lastParseCount++;
        }
      }
      byLine.set(section.startLine, model);
      return model;
    });
    this.placed = placed;
    return assemble(uri, this.sections, models);
  }
}

function firstEntry<K, V>(map: Map<K, V> | undefined): [K, V] | undefined {
  if (map) for (const entry of map) return entry;
  return undefined;
}

export function buildDocument(uri: string, text: string): IdeasDocument {
  return new DocumentModelBuilder().build(uri, text);
}

const IDEAS_HEADING = /^(?:accepted|proposed|participating)?\s*project(?:s|\s+ideas)\b/i;

function hasKnownFields(m: SectionModel): boolean {
  return m.fields.some((f) => f.label !== undefined);
}

function assemble(uri: string, sections: Section[], models: SectionModel[]): IdeasDocument {
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
  let idea: Idea | undefined;
  const endOf = (i: number): { line: number; character: number } => {
    const m = models[i];
    return m.lastContentLine >= 0 ? { line: m.lastContentLine, character: m.lastContentLength } : { line: sections[i].startLine, character: 0 };
  };

  for (let i = 0; i < models.length; i++) {
    const m = models[i];
    doc.fences.push(...m.fences);
    if (m.templateFence && !doc.template) doc.template = m.templateFence;
    doc.controlComments.push(...m.controlComments);
    const h = m.heading;
    if (!h) continue;
    const line = h.range.start.line;
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
    doc.headings.push({ level: h.level, text: h.text, line, role, textRange: h.textRange });

    if (role === 'other' && idea && h.level > idea.level) {
      // A sub-heading inside an idea belongs to it.
      idea.range.end = endOf(i);
      idea.source.push(sections[i].text);
      if (project) project.range.end = idea.range.end;
      if (group && idea.level > group.level) group.range.end = idea.range.end;
      continue;
    }
    idea = undefined;
    if (role !== 'idea') group = undefined;
    if (role === 'project') {
      project = { name: h.text, level: h.level, headingRange: h.range, nameRange: h.textRange, range: { start: h.range.start, end: endOf(i) }, ideas: [], groups: [] };
      doc.projects.push(project);
    } else if (role === 'group' && project) {
      group = { name: h.text, level: h.level, headingRange: h.range, nameRange: h.textRange, range: { start: h.range.start, end: endOf(i) } };
      project.groups.push(group);
      project.range.end = group.range.end;
    } else if (role === 'idea') {
      idea = {
        title: h.text,
        level: h.level,
        headingRange: h.range,
        titleRange: h.textRange,
        range: { start: h.range.start, end: endOf(i) },
        fields: m.fields,
        outcomeInDescription: m.outcomeInDescription,
        source: [sections[i].text],
      };
      if (m.lfxTitle) idea.lfxTitle = m.lfxTitle;
      if (project) {
        project.ideas.push(idea);
        project.range.end = idea.range.end;
        if (group && idea.level > group.level) group.range.end = idea.range.end;
        else group = undefined;
      } else {
        doc.orphanIdeas.push(idea);
      }
    } else if (role === 'other' && h.level <= 2) {
      project = undefined;
    }
  }

  const term = termFromPath(uri) ?? termFromHeading(models);
  if (term) doc.term = term.term;
  if (term?.range) doc.termHeadingRange = term.range;
  const toc = tableOfContents(models, sections);
  if (toc) doc.toc = toc;
  return doc;
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
