/**
 * `npm run corpus-report`: per-rule counts over the real files of
 * ../shared/corpus, published term READMEs and peak proposal files apart,
 * with the analysis the CLI and the server use. Writes docs/corpus-report.md.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentAnalyzer } from '../server/src/analysis/analyzer';
import { Catalog } from '../server/src/catalog/catalog';
import { allIdeas } from '../server/src/model/types';
import { allRules } from '../server/src/rules';
import { defaultSettings } from '../server/src/settings';
import { corpusAvailable, peakFiles, termFiles, type CorpusFile } from '../test/support/corpus';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

interface Tally {
  files: number;
  ideas: number;
  byRule: Map<string, { count: number; severity: string; ideas: Set<string> }>;
}

function tally(files: CorpusFile[]): Tally {
  const catalog = Catalog.bundled();
  const t: Tally = { files: files.length, ideas: 0, byRule: new Map() };
  for (const f of files) {
    const analysis = new DocumentAnalyzer(allRules).analyze(pathToFileURL(f.path).href, f.text, defaultSettings(), catalog, true);
    t.ideas += allIdeas(analysis.doc).length;
    for (const d of analysis.diagnostics) {
      const row = t.byRule.get(d.code) ?? { count: 0, severity: SEVERITY[d.severity], ideas: new Set() };
      row.count++;
      row.ideas.add(f.name + ':' + d.range.start.line);
      t.byRule.set(d.code, row);
    }
  }
  return t;
}

function main(): void {
  if (!corpusAvailable()) {
    console.error('corpus-report: ../shared/corpus not found');
    process.exit(2);
  }
  const groups: [string, CorpusFile[]][] = [
    ['published term READMEs', termFiles().filter((f) => f.name.endsWith('_README.md'))],
    ['2020-2022 proposal files', termFiles().filter((f) => f.name.endsWith('_project_ideas.md'))],
    ['peak proposal files (2023-2026)', peakFiles()],
  ];
  const tallies = groups.map(([name, files]) => [name, tally(files)] as const);
  const codes = allRules.map((r) => r.code);
  const lines: string[] = [
    '# Corpus report',
    '',
    'Diagnostics per rule over the real files of `../shared/corpus`, made by `npm run corpus-report`',
    '(the analysis of the CLI and the server, default settings).',
    '',
    '| rule | severity | ' + tallies.map(([name, t]) => `${name} (${t.files} files, ${t.ideas} ideas)`).join(' | ') + ' |',
    '| --- | --- | ' + tallies.map(() => '---:').join(' | ') + ' |',
  ];
  for (const code of codes) {
    const rule = allRules.find((r) => r.code === code)!;
    lines.push(`| \`${code}\` | ${rule.defaultSeverity} | ` + tallies.map(([, t]) => String(t.byRule.get(code)?.count ?? 0)).join(' | ') + ' |');
  }
  const totals = tallies.map(([, t]) => [...t.byRule.values()].reduce((n, r) => n + r.count, 0));
  lines.push('| total | | ' + totals.join(' | ') + ' |');
  lines.push(
    '',
    '## Reading the published entries',
    '',
    "The README that CNCF's automation wrote from validated proposals (2026 Term 3) gets no error",
    '(a test holds this). The errors left in the other published READMEs are the limits CNCF enforces',
    'since 2026 applied to entries published before it, not misreadings: titles whose LFX title',
    '(`CNCF - <Project>: <Title> (<YYYY> Term <N>)`) is over 100 characters, several upstream URLs in one',
    'entry, mentors without an e-mail (from 2023, when the template began to ask for one; older terms are',
    'not asked) or with a malformed one, headings off the template levels, and fields missing or misspelt.',
    'Entries of terms before 2023 are not asked for what their template did not have (Expected Outcome,',
    'mentor e-mails).',
  );
  const report = lines.join('\n') + '\n';
  writeFileSync(resolve(__dirname, '../docs/corpus-report.md'), report);
  console.log(report);
}

main();
