import { distance } from 'fastest-levenshtein';
import type { Catalog, CatalogProject } from './catalog';

/** Why a written name only loosely matches a catalog project. */
export type LooseReason = 'case' | 'parenthetical' | 'acronym' | 'alias';

export type ProjectMatch =
  | { kind: 'exact'; project: CatalogProject }
  | { kind: 'loose'; project: CatalogProject; reason: LooseReason }
  | { kind: 'unknown'; suggestions: Suggestion[] };

export interface Suggestion {
  project: CatalogProject;
  /** `typo`: a few edits away; `part`: a catalog name found inside the written one (a sub-project, a joint heading). */
  kind: 'typo' | 'part';
  distance: number;
}

/**
 * Names the catalog does not derive by itself (docs/format.md, "Project headings"): older or longer
 * names projects are still written under. Keys are squashed (see `squash`).
 */
const KNOWN_ALIASES: Record<string, string> = {
  wasmedge: 'WasmEdge Runtime',
  litmuschaos: 'Litmus',
  cloudnativebuildpacks: 'Buildpacks',
};

const MAX_SUGGESTIONS = 3;
/** Longer headings are not names; matching them is skipped, which keeps every step linear in what is left. */
const MAX_NAME_LENGTH = 200;

/** Lower case, letters and digits only: `Kube-OVN` and `kube ovn` are the same name. */
export function squash(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The heading text as plain text: links to their text, emphasis and code markers dropped (not in a very long heading). */
export function plainName(heading: string): string {
  if (heading.length > 4 * MAX_NAME_LENGTH) return heading.replace(/\s+/g, ' ').trim();
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `Name (note)` as its two parts; undefined without a closing parenthetical. */
function splitParenthetical(name: string): { base: string; inner: string } | undefined {
  const text = name.trim();
  if (!text.endsWith(')') && !text.endsWith('）')) return undefined;
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  const base = text.slice(0, Math.max(open, 0)).trim();
  return open > 0 && base ? { base, inner: text.slice(open + 1, -1).trim() } : undefined;
}

/** What the catalog knows under other spellings, built once per catalog. */
class CatalogIndex {
  private bySquash = new Map<string, CatalogProject>();
  /** The part of a catalog name before its own parenthetical: `Open Policy Agent`. */
  private byBase = new Map<string, CatalogProject>();
  /** The catalog's own parenthetical: `OPA`, `TUF`, `CDK8s`. */
  private byShortName = new Map<string, CatalogProject | null>();
  /** The initials of a name of three words or more: `NSM`, `OCM`. */
  private byInitials = new Map<string, CatalogProject | null>();
  private byAlias = new Map<string, CatalogProject | null>();
  readonly squashed: { project: CatalogProject; key: string }[] = [];
  private memo = new Map<string, ProjectMatch>();

  constructor(readonly catalog: Catalog) {
    const add = <V>(map: Map<string, V | null>, key: string, project: V) => {
      if (!key) return;
      const known = map.get(key);
      // A key two projects share names neither.
      map.set(key, known === undefined || known === project ? project : null);
    };
    for (const project of catalog.projects) {
      const key = squash(project.name);
      if (!key) continue;
      this.squashed.push({ project, key });
      if (!this.bySquash.has(key)) this.bySquash.set(key, project);
      const paren = splitParenthetical(project.name);
      if (paren) {
        this.byBase.set(squash(paren.base), project);
        add(this.byShortName, squash(paren.inner), project);
      }
      const words = (paren ? paren.base : project.name).split(/[\s-]+/).filter(Boolean);
      if (words.length >= 3) add(this.byInitials, squash(words.map((w) => w[0]).join('')), project);
      add(this.byAlias, squash(project.slug), project);
      const repo = /github\.com\/([^/\s]+)(?:\/([^/#?\s]+))?/i.exec(project.repoUrl);
      // The GitHub org or repository, when it spells the name out (`litmuschaos`, `WasmEdge`, `project-copacetic`).
      for (const part of [repo?.[1], repo?.[2]]) {
        const p = squash(part ?? '');
        if (p && p !== key && p.includes(key)) add(this.byAlias, p, project);
      }
    }
    for (const [alias, name] of Object.entries(KNOWN_ALIASES)) {
      const project = catalog.exact(name);
      if (project) this.byAlias.set(alias, project);
    }
    // A catalog name always means itself, whatever alias a slug or org would give it.
    for (const key of this.bySquash.keys()) {
      this.byAlias.delete(key);
      this.byShortName.delete(key);
      this.byInitials.delete(key);
    }
  }

  match(written: string): ProjectMatch {
    let m = this.memo.get(written);
    if (!m) {
      m = this.compute(written);
      if (this.memo.size > 5000) this.memo.clear();
      this.memo.set(written, m);
    }
    return m;
  }

  private compute(written: string): ProjectMatch {
    const exact = this.catalog.exact(written.trim()) ?? this.catalog.exact(plainName(written));
    if (exact) return { kind: 'exact', project: exact };
    if (written.length > MAX_NAME_LENGTH) return { kind: 'unknown', suggestions: [] };
    const name = plainName(written);
    const loose = this.loose(name);
    if (loose) return loose;
    const paren = splitParenthetical(name);
    if (paren) {
      const base = this.catalog.exact(paren.base) ?? this.loose(paren.base)?.project;
      if (base) return { kind: 'loose', project: base, reason: 'parenthetical' };
    }
    return { kind: 'unknown', suggestions: this.suggest(name) };
  }

  private loose(name: string): Extract<ProjectMatch, { kind: 'loose' }> | undefined {
    const key = squash(name);
    if (!key) return undefined;
    const same = this.bySquash.get(key);
    if (same) return { kind: 'loose', project: same, reason: 'case' };
    const base = this.byBase.get(key);
    if (base) return { kind: 'loose', project: base, reason: 'parenthetical' };
    const short = this.byShortName.get(key);
    if (short) return { kind: 'loose', project: short, reason: 'acronym' };
    // Initials count only when written as such (`NSM`), not as a word that happens to spell them.
    const initials = /^[A-Z]{3,8}$/.test(name) ? this.byInitials.get(key) : undefined;
    if (initials) return { kind: 'loose', project: initials, reason: 'acronym' };
    const alias = this.byAlias.get(key);
    if (alias) return { kind: 'loose', project: alias, reason: 'alias' };
    return undefined;
  }

  /**
   * The closest catalog names: those a few edits away from the whole name
   * (`Prometeus`), then those written inside it as a word or words of their
   * own (`Envoy` in `Envoy Gateway`, `Volcano` in `Volcano/AgentCube`).
   */
  private suggest(name: string): Suggestion[] {
    const key = squash(name);
    const parts = new Map<CatalogProject, Suggestion>();
    const tokens = name.split(/\s*[/,&+|:]\s*|\s+-\s+|\s+(?:and|or)\s+|\s+/i).filter(Boolean);
    for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const part = tokens.slice(i, i + n).join(' ');
        const project = this.catalog.exact(part) ?? this.loose(part)?.project;
        if (project && !parts.has(project)) parts.set(project, { project, kind: 'part', distance: key.length - squash(part).length });
      }
    }
    const typos: Suggestion[] = [];
    if (key.length >= 3) {
      for (const { project, key: other } of this.squashed) {
        if (parts.has(project)) continue;
        const budget = typoBudget(Math.min(key.length, other.length));
        if (Math.abs(other.length - key.length) > budget) continue;
        const d = distance(key, other);
        if (d <= budget) typos.push({ project, kind: 'typo', distance: d });
      }
      typos.sort((a, b) => a.distance - b.distance || a.project.name.localeCompare(b.project.name));
    }
    return [...typos, ...parts.values()].slice(0, MAX_SUGGESTIONS);
  }
}

/** Edits allowed between a name and a suggestion: few for short names, where one edit is another name. */
function typoBudget(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = new CatalogIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * How a written project name (a `###` heading) relates to the catalog: the
 * project itself, a loose spelling of one (with the reason), or none (with
 * the closest names). Memoised per catalog.
 */
export function matchProject(catalog: Catalog, written: string): ProjectMatch {
  return indexOf(catalog).match(written);
}

/** The catalog project a written name stands for, exactly or loosely. */
export function resolveProject(catalog: Catalog, written: string): CatalogProject | undefined {
  const m = matchProject(catalog, written);
  return m.kind === 'unknown' ? undefined : m.project;
}

/** The one suggestion worth applying without a second look: the only one, and a slip of a key or two. */
export function clearSuggestion(written: string, suggestions: Suggestion[]): Suggestion | undefined {
  if (suggestions.length !== 1 || suggestions[0].kind !== 'typo') return undefined;
  const { distance: d, project } = suggestions[0];
  return d === 1 || (d === 2 && Math.min(squash(written).length, squash(project.name).length) >= 8) ? suggestions[0] : undefined;
}
