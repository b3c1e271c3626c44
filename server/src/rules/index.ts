import { missingField } from './missing-field';
import type { Rule } from './rule';

/** Every rule of docs/rules (rules.md), in catalog order. */
export const allRules: readonly Rule[] = [missingField];
