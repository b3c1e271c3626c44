import type { IdeasDocument } from '../model/types';
import type { Settings } from '../settings';

/** The term an ideas file is for, as the LFX title writes it. */
export interface TermToken {
  year: number;
  number: number;
  /** `2026 Term 1`; the longest form when the term is unknown. */
  text: string;
  known: boolean;
}

/**
 * The term for the LFX title: from the file's path or `# Term ...` heading,
 * else the `term` setting, else unknown (the longest form is assumed).
 */
export function resolveTerm(doc: IdeasDocument, settings: Settings): TermToken {
  if (doc.term) return token(doc.term.year, doc.term.number, true);
  const s = /(20\d\d)\s*Term\s*0?([1-9])/i.exec(settings.term);
  if (s) return token(Number(s[1]), Number(s[2]), true);
  return token(new Date().getFullYear(), 1, false);
}

function token(year: number, number: number, known: boolean): TermToken {
  return { year, number, text: `${year} Term ${number}`, known };
}
