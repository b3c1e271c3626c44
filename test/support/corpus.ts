import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The real files of ../shared/corpus (never bundled; read by tests and the benchmark). */
export const CORPUS = process.env.MENTORSHIP_IDEAS_CORPUS ?? resolve(__dirname, '../../../shared/corpus');

export function corpusAvailable(): boolean {
  return existsSync(CORPUS);
}

export interface CorpusFile {
  name: string;
  path: string;
  text: string;
}

function read(dir: string, prefix = ''): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ name: prefix + f, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Term READMEs and 2020-2022 proposal files. */
export function termFiles(): CorpusFile[] {
  return read(CORPUS);
}

export function peakFiles(): CorpusFile[] {
  return read(join(CORPUS, 'peak'), 'peak/');
}

export function historyVersions(): CorpusFile[] {
  const dir = join(CORPUS, 'history', '2025_01-Mar-May');
  return read(dir, 'history/');
}

/** Modern files: 2022 Term 2 onward, and every peak/ file. */
export function modernFiles(): CorpusFile[] {
  return [...termFiles().filter((f) => f.name >= '2022_02'), ...peakFiles()];
}

export const LARGEST = () => join(CORPUS, '2026_02-Jun-Aug_README.md');
