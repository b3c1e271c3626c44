import type { Field } from '../../model/types';
import { isProjectSizeLabel } from './projectSize';

/** The labels a GSoC list writes, where they differ from an LFX term file's: `Upstream Issue (URL)`, `Expected project size`. */
export function gsocLabelName(field: Field): string {
  if (field.label === 'Upstream Issue') return 'Upstream Issue (URL)';
  if (!field.label && isProjectSizeLabel(field.rawLabel)) return 'Expected project size';
  return field.label ?? field.rawLabel;
}
