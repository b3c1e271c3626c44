import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { completionSite, type CompletionSite } from '../authoring/completionSite';
import { FIELD_PURPOSE } from '../authoring/fieldInfo';
import { entriesMarkdown, isListed, mentorGaps, mentorLabel, mentorSnippet, mentorsOf, mentorSummary, projectKey, rankMentors } from '../authoring/mentorRanking';
import { projectDocumentation, rankProjects } from '../authoring/projectNames';
import { fieldSnippetName, snippetBody, snippetToText } from '../authoring/snippets';
import { TEMPLATE_ORDER } from '../model/labels';
import type { IdeasDocument } from '../model/types';
import type { OpenIdeasFile } from './documents';
import type { CancellationToken } from './host';
import type { Services } from './services';

/** Characters after which the client asks for completion as the user types. */
export const COMPLETION_TRIGGER_CHARACTERS = ['@', ' '];
import { proposalCompletion } from './completionProposal';
import { gsocFieldItems, sizeValueItems } from './completionGsoc';
import type { DocumentKind } from '../kinds/kind';

/** Items per answer at most; the list is marked incomplete beyond, and the client asks again as the user types. */
const MAX_ITEMS = 50;
/** How long a mentor completion waits for the first indexing of the workspace. */
const INDEX_WAIT_MS = 3000;

/** What the client can take. */
export interface CompletionOptions {
  /** Snippets with tab stops; plain text otherwise. */
  snippets: boolean;
  /** The client shows `labelDetails` beside the label. */
  labelDetails: boolean;
}

type Options = CompletionOptions;
type CompletionServices = Pick<Services, 'catalog' | 'index' | 'people' | 'ideasFile'>;

function sortText(i: number): string {
  return String(i).padStart(4, '0');
}

/** A snippet, or its plain text for clients without snippet support. */
function insert(snippet: string, range: Range, options: Options): Pick<CompletionItem, 'textEdit' | 'insertTextFormat'> {
  return options.snippets
    ? { textEdit: { range, newText: snippet }, insertTextFormat: InsertTextFormat.Snippet }
    : { textEdit: { range, newText: snippetToText(snippet) }, insertTextFormat: InsertTextFormat.PlainText };
}

function typedText(file: OpenIdeasFile, range: Range, end: number): string {
  return file.document.getText({ start: range.start, end: { line: range.start.line, character: end } });
}

function projectNameItems(services: CompletionServices, file: OpenIdeasFile, site: Extract<CompletionSite, { kind: 'project-name' }>, cursor: number): CompletionList {
  const ranked = rankProjects(services.catalog, site.query);
  // The client filters by the text typed so far; matching it as written keeps our order and our fuzzy matches (`OPA`).
  const filterText = typedText(file, site.range, cursor);
  const items = ranked.slice(0, MAX_ITEMS).map(
    (project, i): CompletionItem => ({
      label: project.name,
      kind: CompletionItemKind.Module,
      detail: project.maturity ? `CNCF ${project.maturity} project` : 'CNCF project',
      documentation: { kind: 'markdown', value: projectDocumentation(project) },
      sortText: sortText(i),
      filterText: filterText || project.name,
      textEdit: { range: site.range, newText: project.name },
    }),
  );
  return { isIncomplete: true, items };
}

/** A field's snippet after its `- ` (a first mentor line for Mentor(s), the LFX address prefix...); `Label: ` as plain text. */
function fieldInsert(label: (typeof TEMPLATE_ORDER)[number], range: Range, options: Options): Pick<CompletionItem, 'textEdit' | 'insertTextFormat'> {
  const name = fieldSnippetName(label);
  if (!options.snippets || !name) return { textEdit: { range, newText: `${label}: ` }, insertTextFormat: InsertTextFormat.PlainText };
  return insert(snippetBody(name).replace(/^- /, ''), range, options);
}

function fieldLabelItems(site: Extract<CompletionSite, { kind: 'field-label' }>, options: Options, kind: DocumentKind | undefined): CompletionList {
  if (kind === 'gsoc') return gsocFieldItems(site.idea, site.range, options.snippets);
  const present = new Set(site.idea.fields.map((f) => f.label));
  const missing = TEMPLATE_ORDER.filter((l) => !present.has(l) && !(l === 'Expected Outcome' && site.idea.outcomeInDescription));
  const rest = TEMPLATE_ORDER.filter((l) => !missing.includes(l));
  const items = [...missing, ...rest].map(
    (label, i): CompletionItem => ({
      label,
      kind: CompletionItemKind.Field,
      detail: missing.includes(label) ? 'missing from this idea' : 'already in this idea',
      documentation: { kind: 'markdown', value: FIELD_PURPOSE[label] },
      sortText: sortText(i),
      ...fieldInsert(label, site.range, options),
    }),
  );
  return { isIncomplete: false, items };
}

function mentorItems(services: CompletionServices, file: OpenIdeasFile, site: Extract<CompletionSite, { kind: 'mentor' }>, cursor: number, options: Options): CompletionList {
  const catalog = services.catalog;
  const listed = mentorsOf(site.idea);
  const people = services.people().filter((p) => !isListed(p, listed));
  const ranked = rankMentors(people, catalog, { text: site.query, project: site.project ? projectKey(catalog, site.project.name) : undefined });
  const typed = typedText(file, site.range, cursor);
  const items = ranked.slice(0, MAX_ITEMS).map((person, i): CompletionItem => {
    // A mentor known without an e-mail (or handle) is inserted with a tab stop there, and says so beside its name.
    const gaps = mentorGaps(person);
    return {
      label: mentorLabel(person),
      ...(gaps && options.labelDetails ? { labelDetails: { detail: ` (${gaps})` } } : {}),
      kind: CompletionItemKind.Reference,
      detail: gaps && !options.labelDetails ? `${gaps[0].toUpperCase()}${gaps.slice(1)}; ${mentorSummary(person)}` : mentorSummary(person),
      documentation: { kind: 'markdown', value: entriesMarkdown(person, 8) },
      sortText: sortText(i),
      filterText: typed.trim() ? typed : mentorLabel(person),
      ...insert(site.bullet + mentorSnippet(person), site.range, options),
    };
  });
  const line = snippetBody('Mentor line').replace(/^- /, '');
  items.push({
    label: 'New mentor line',
    kind: CompletionItemKind.Snippet,
    detail: 'Name (@handle, email)',
    documentation: { kind: 'markdown', value: FIELD_PURPOSE['Mentor(s)'] },
    sortText: sortText(MAX_ITEMS + 1),
    filterText: typed.trim() ? typed : 'mentor',
    ...insert(site.bullet + line, site.range, options),
  });
  return { isIncomplete: ranked.length > MAX_ITEMS || site.query !== '', items };
}

function handleItems(services: CompletionServices, site: Extract<CompletionSite, { kind: 'handle' }>): CompletionList {
  const catalog = services.catalog;
  const listed = mentorsOf(site.idea);
  const people = services.people().filter((p) => p.handle && !isListed(p, listed));
  const ranked = rankMentors(people, catalog, { text: site.query, name: site.name, project: site.project ? projectKey(catalog, site.project.name) : undefined });
  const items = ranked.slice(0, MAX_ITEMS).map(
    (person, i): CompletionItem => ({
      label: '@' + person.handle,
      kind: CompletionItemKind.Variable,
      detail: `${person.name}, ${mentorSummary(person)}`,
      sortText: sortText(i),
      filterText: site.query || person.handle,
      textEdit: { range: site.range, newText: person.handle! },
    }),
  );
  return { isIncomplete: ranked.length > MAX_ITEMS || site.query !== '', items };
}

function entryItems(doc: IdeasDocument, site: Extract<CompletionSite, { kind: 'entry' }>, options: Options, kind: DocumentKind | undefined): CompletionList {
  const levels = { projectLevel: doc.projectLevel, ideaLevel: doc.ideaLevel };
  const items: CompletionItem[] = [];
  const gsoc = kind === 'gsoc';
  if (site.project) {
    items.push({
      label: gsoc ? 'New GSoC idea' : 'New idea',
      kind: CompletionItemKind.Snippet,
      detail: `A ${'#'.repeat(doc.ideaLevel)} idea for ${site.project.name} with every ${gsoc ? 'field of the GSoC template' : 'template field'}`,
      sortText: sortText(0),
      filterText: gsoc ? 'New GSoC idea' : 'New idea',
      ...insert(snippetBody(gsoc ? 'GSoC idea' : 'Mentorship idea', levels), site.range, options),
    });
  }
  items.push({
    label: gsoc ? 'New GSoC project' : 'New project',
    kind: CompletionItemKind.Snippet,
    detail: `A ${'#'.repeat(doc.projectLevel)} CNCF project with its first ${gsoc ? 'GSoC ' : ''}idea`,
    sortText: sortText(1),
    filterText: gsoc ? 'New GSoC project' : 'New project',
    ...insert(snippetBody(gsoc ? 'GSoC project' : 'Mentorship project', levels), site.range, options),
  });
  return { isIncomplete: false, items };
}

/**
 * Completion for authoring entries: project names on a project heading,
 * field labels after `- `, mentors (from the workspace index) and handles in
 * a Mentor(s) list, and a new idea or project on an empty line.
 */
export async function completion(file: OpenIdeasFile, position: Position, options: CompletionOptions, services: CompletionServices, token: CancellationToken): Promise<CompletionList | null> {
  const { line } = position;
  if (line < 0 || line >= file.document.lineCount) return null;
  const lineText = file.document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const { kind } = file.analysis;
  if (kind === 'proposal') {
    const people = async () => {
      await services.index.settled(INDEX_WAIT_MS);
      return services.people();
    };
    return proposalCompletion(services, file, position, lineText, { snippets: options.snippets, people });
  }
  if (kind === 'gsoc') {
    const sizes = sizeValueItems(file.analysis.doc, lineText, position);
    if (sizes) return sizes;
  }
  const site = completionSite(file.analysis.doc, lineText, position);
  if (!site) return null;
  const cursor = Math.min(position.character, lineText.length);
  switch (site.kind) {
    case 'project-name':
      return projectNameItems(services, file, site, cursor);
    case 'field-label':
      return fieldLabelItems(site, options, kind);
    case 'entry':
      return entryItems(file.analysis.doc, site, options, kind);
    case 'mentor':
    case 'handle': {
      await services.index.settled(INDEX_WAIT_MS);
      if (token.isCancellationRequested) return null;
      // The document may have changed while the index was settling: answer for the version asked about.
      const current = services.ideasFile(file.document.uri);
      if (!current || current.document.version !== file.document.version) return null;
      return site.kind === 'mentor' ? mentorItems(services, file, site, cursor, options) : handleItems(services, site);
    }
  }
}
