import { labelKey } from '../../model/labels';
import type { Field, Idea } from '../../model/types';

/** Google's three project sizes and their hours. */
export const PROJECT_SIZES = [
  { size: 'small', hours: 90 },
  { size: 'medium', hours: 175 },
  { size: 'large', hours: 350 },
] as const;

export type ProjectSize = (typeof PROJECT_SIZES)[number]['size'];

/** The size as the template writes it: `large (~350 hour projects)`. */
export function templateSize(size: ProjectSize): string {
  return `${size} (~${PROJECT_SIZES.find((s) => s.size === size)!.hours} hour projects)`;
}

const SIZE_LABELS = new Set(['expected project size', 'expected size of the project', 'expected size', 'project size', 'size'].map(labelKey));

/** `Expected project size` and the other ways the GSoC lists write it (`Expected size of the project`). */
export function isProjectSizeLabel(rawLabel: string): boolean {
  return SIZE_LABELS.has(labelKey(rawLabel));
}

export function projectSizeField(idea: Idea): Field | undefined {
  return idea.fields.find((f) => isProjectSizeLabel(f.rawLabel));
}

/**
 * The sizes a value names: the words small / medium / large and the hours
 * 90 / 175 / 350 (`~175`, `175h`, `350 Hours`), the template's comment after
 * `#` aside. `unknown` holds other hour counts (`200 hours`); an empty
 * `sizes` with an empty `unknown` means no size at all (`TBD`).
 */
export function sizesIn(value: string): { sizes: Set<ProjectSize>; unknown: string[] } {
  const sizes = new Set<ProjectSize>();
  const unknown: string[] = [];
  // The template writes the choices after a `#` (`# one of small (~90 hour projects), ...`): they are not a choice.
  const text = value.replace(/#\s*one of\b.*$/is, '').replace(/^\s*#\s*/, '');
  for (const m of text.matchAll(/\b(small|medium|large)\b/gi)) sizes.add(m[1].toLowerCase() as ProjectSize);
  for (const m of text.matchAll(/~?\b(\d{2,4})\s*(?:h\b|hrs?\b|hours?\b)?/gi)) {
    const known = PROJECT_SIZES.find((s) => s.hours === Number(m[1]));
    if (known) sizes.add(known.size);
    else if (/h/i.test(m[0]) || /~/.test(m[0])) unknown.push(m[0].trim());
  }
  return { sizes, unknown };
}
