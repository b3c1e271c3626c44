import { resolveProject } from '../catalog/match';
import type { Catalog } from '../catalog/catalog';
import type { HeadingInfo, IdeasDocument, Range } from '../model/types';
import type { DocumentRule, Problem } from './rule';
import type { Fix } from '../analysis/diagnostic';
import type { TextEdit } from '../model/types';

/**
 * The template's levels (`###` project, `####` idea; a GSoC list from 2024:
 * `####`, `#####`); a sub-group (a SIG, a sub-project) at the idea level
 * holds its ideas one level deeper.
 */
interface Levels {
  project: number;
  idea: number;
}

interface Misleveled {
  heading: HeadingInfo;
  expected: number;
  /** Why the heading should be at `expected`, for the message. */
  reason: string;
}

const hashes = (level: number) => '#'.repeat(level);

/**
 * Project and idea headings of the ideas part not at the template's level.
 * Besides the model's roles it recognises projects written at the wrong
 * level: a `##` heading with ideas right under it, a "sub-group" heading with
 * no project above it, and one that names another CNCF project after its
 * project's own ideas (`#### Meshery` below the ideas of `### KubeEdge`); a
 * sub-group of the project itself (`#### Headlamp` under `### Kubernetes`) is
 * left alone.
 */
function misleveledHeadings(doc: IdeasDocument, catalog: Catalog, { project: PROJECT, idea: IDEA }: Levels): Misleveled[] {
  const GROUP = IDEA;
  const IDEA_IN_GROUP = IDEA + 1;
  const headings = doc.headings.filter((h) => h.line >= doc.ideasStartLine);
  const found: Misleveled[] = [];
  let project: HeadingInfo | undefined;
  let projectHasIdeas = false;
  let group: HeadingInfo | undefined;
  const startProject = (h: HeadingInfo, reason: string) => {
    if (h.level !== PROJECT) found.push({ heading: h, expected: PROJECT, reason });
    project = h;
    projectHasIdeas = false;
    group = undefined;
  };
  headings.forEach((h, i) => {
    if (h.role === 'project') {
      startProject(h, `projects are \`${hashes(PROJECT)}\` headings`);
    } else if (h.role === 'group') {
      const named = project && projectHasIdeas ? resolveProject(catalog, h.text) : undefined;
      if (!project) {
        startProject(h, `no project heading is above it, and projects are \`${hashes(PROJECT)}\` headings`);
      } else if (named && named !== resolveProject(catalog, project.text)) {
        startProject(h, `it names a CNCF project of its own after the ideas of "${project.text}", and projects are \`${hashes(PROJECT)}\` headings`);
      } else {
        group = h;
        if (h.level !== GROUP) found.push({ heading: h, expected: GROUP, reason: `a sub-group (a SIG, a sub-project) is \`${hashes(GROUP)}\` under its \`${hashes(PROJECT)}\` project, with its ideas at \`${hashes(IDEA_IN_GROUP)}\`` });
      }
    } else if (h.role === 'idea') {
      if (group && h.level > group.level) {
        if (h.level !== IDEA_IN_GROUP) found.push({ heading: h, expected: IDEA_IN_GROUP, reason: `ideas under the sub-group "${group.text}" are \`${hashes(IDEA_IN_GROUP)}\` headings` });
      } else {
        group = undefined;
        projectHasIdeas = true;
        if (h.level !== IDEA) found.push({ heading: h, expected: IDEA, reason: `ideas are \`${hashes(IDEA)}\` headings under their \`${hashes(PROJECT)}\` project` });
      }
    } else if (h.level <= 2) {
      project = undefined;
      group = undefined;
      if (headings[i + 1]?.role === 'idea') startProject(h, `it has ideas right under it, and projects are \`${hashes(PROJECT)}\` headings`);
    }
  });
  return found;
}

function headingRange(h: HeadingInfo): Range {
  return { start: { line: h.line, character: 0 }, end: h.textRange!.end };
}

/** Rewrites the heading's `#` marker (and the spaces around it) to `level`; the text stays as written. */
function relevel(h: HeadingInfo, level: number): TextEdit {
  return {
    range: { start: { line: h.line, character: 0 }, end: h.textRange!.start },
    newText: hashes(level) + (h.text ? ' ' : ''),
  };
}

/**
 * Project and idea headings at the template's levels (`###` project, `####`
 * idea). Files written in the 2020-2022 layout (most ideas at `#####`, with
 * `####` project headings) get one diagnostic for the whole file, whose fix
 * relevels every heading, instead of one error per entry.
 */
export const headingLevel: DocumentRule = {
  code: 'heading-level',
  defaultSeverity: 'error',
  description: 'A project heading not at `###` or an idea heading not at `####` in the ideas part.',
  scope: 'document',
  reads: 'headings',
  check({ doc, catalog, levels }) {
    const found = misleveledHeadings(doc, catalog, levels);
    if (found.length === 0) return [];
    const PROJECT = levels.project;
    const oldLayout = doc.ideaLevel !== levels.idea && doc.headings.some((h) => h.role === 'project' && h.level === doc.projectLevel && h.line >= doc.ideasStartLine);
    if (oldLayout) {
      const fix: Fix = {
        title: `Change ${found.length} heading${found.length === 1 ? '' : 's'} to the template's levels (${hashes(levels.project)} project, ${hashes(levels.idea)} idea)`,
        edits: found.map((m) => relevel(m.heading, m.expected)),
      };
      return [
        {
          range: headingRange(found[0].heading),
          message: `This file writes its projects as \`${hashes(doc.projectLevel)}\` and its ideas as \`${hashes(doc.ideaLevel)}\` headings; the template has \`${hashes(levels.project)}\` projects and \`${hashes(levels.idea)}\` ideas: ${found.length} heading${found.length === 1 ? ' differs' : 's differ'} (the quick fix changes them all)`,
          fix,
        },
      ];
    }
    return found.map(({ heading: h, expected, reason }): Problem => {
      const kind = expected === PROJECT ? 'Project' : h.role === 'group' ? 'Sub-group' : 'Idea';
      return {
        range: headingRange(h),
        message: `${kind} heading "${h.text}" is at level ${h.level} (\`${hashes(h.level)}\`), but ${reason}: make it \`${hashes(expected)} ${h.text}\``,
        fix: { title: `Change to a level-${expected} heading (${hashes(expected)})`, edits: [relevel(h, expected)], preferred: true },
      };
    });
  },
};
