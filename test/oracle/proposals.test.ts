import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import type { Diagnostic } from '../../server/src/analysis/diagnostic';
import { Catalog } from '../../server/src/catalog/catalog';
import { allRules } from '../../server/src/rules/index';
import { defaultSettings } from '../../server/src/settings';
import { EXPORT, exportedPrograms, formBody } from '../support/proposalBodies';
import { ACCEPTED, DEFECTS, OTHER, type Mutation } from '../support/proposalMutations';

/**
 * Proposal documents against CNCF's own validator (../shared/oracle, a test
 * dependency only): the body of each of the 59 real proposals of 2026 Term 3,
 * built from the export in the form's shape, and each body with one defect
 * of every kind CNCF rejects (or one change it accepts). Our verdict must be
 * CNCF's: an error or none, and on the same fields.
 */

const ORACLE = resolve(__dirname, '../../../shared/oracle/validate-proposal.cjs');

/** The field each CNCF error message is about. */
const CNCF_FIELDS: [RegExp, string][] = [
  [/^CNCF Project is empty/, 'CNCF Project'],
  [/^Term is empty/, 'Term'],
  [/^Program Name is /, 'Program Name'],
  [/^Program Description is /, 'Program Description'],
  [/^Technologies is empty/, 'Technologies'],
  [/^Either check "Skills same as Technologies\?"/, 'Required/Desirable Skills'],
  [/^Mentors field is empty|^Too many mentors|^(?:Primary mentor|Mentor \d+): /, 'Mentors'],
  [/^Upstream Issue URL/, 'Upstream Issue URL'],
  [/Custom Prerequisite box is not checked/, 'Custom Prerequisites'],
  [/^Custom Prerequisite Name/, 'Custom Prerequisite Name'],
  [/^Custom Prerequisite Description/, 'Custom Prerequisite Description'],
  [/Coding Challenge URL is empty|^Coding Challenge URL `|A Coding Challenge URL is filled in/, 'Coding Challenge URL'],
];

function cncfFields(errors: string[]): { fields: Set<string>; unknown: string[] } {
  const fields = new Set<string>();
  const unknown: string[] = [];
  for (const e of errors) {
    const missing = /missing required template section\(s\): (.*?)\. Please/.exec(e);
    if (missing) {
      for (const m of missing[1].matchAll(/\*\*(.+?)\*\*/g)) fields.add(m[1]);
      continue;
    }
    const known = CNCF_FIELDS.find(([re]) => re.test(e));
    if (known) fields.add(known[1]);
    else unknown.push(e);
  }
  return { fields, unknown };
}

function ourFields(diagnostics: Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === 1).map((d) => d.data?.field ?? `(${d.code}: no field)`));
}

const skip = !existsSync(ORACLE) ? `CNCF's validator is not at ${ORACLE}` : !existsSync(EXPORT) ? `no export at ${EXPORT}` : false;

test("proposal documents: the 59 real proposals and one-defect mutations of each get CNCF's verdict, on the same fields", { skip }, (t) => {
  const programs = exportedPrograms();
  assert.equal(programs.length, 59);
  const cases: { where: string; kind: string; body: string }[] = [];
  const add = (m: Mutation | undefined, n: number, body: string) => {
    const mutated = m ? m.apply(body) : body;
    if (mutated !== undefined && mutated !== body || !m) cases.push({ where: `#${n}${m ? ` ${m.name}` : ''}`, kind: m?.name ?? 'as filed', body: mutated ?? body });
  };
  for (const p of programs) {
    const body = formBody(p);
    add(undefined, p.issue_number, body);
    for (const m of [...DEFECTS, ...ACCEPTED, ...OTHER]) add(m, p.issue_number, body);
  }
  const run = spawnSync(process.execPath, [ORACLE, '--jsonl'], { input: cases.map((c) => JSON.stringify({ body: c.body, title: '[CNCF LFX Proposal] test' })).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(run.status, 0, run.stderr);
  const answers = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { errors: string[] });
  assert.equal(answers.length, cases.length);

  const settings = defaultSettings();
  const catalog = Catalog.bundled();
  const byKind = new Map<string, { cases: number; cncfErrors: number; agree: number }>();
  const disagree: string[] = [];
  const unknown: string[] = [];
  cases.forEach((c, i) => {
    const analysis = new DocumentAnalyzer(allRules).analyze(`file:///ws/proposals/${i}.proposal.md`, c.body, settings, catalog);
    assert.equal(analysis.kind, 'proposal');
    const theirs = cncfFields(answers[i].errors);
    unknown.push(...theirs.unknown.map((e) => `${c.where}: ${e}`));
    const ours = ourFields(analysis.diagnostics);
    const same = [...theirs.fields].sort().join(', ') === [...ours].sort().join(', ');
    const tally = byKind.get(c.kind) ?? { cases: 0, cncfErrors: 0, agree: 0 };
    byKind.set(c.kind, tally);
    tally.cases++;
    if (answers[i].errors.length) tally.cncfErrors++;
    if (same) tally.agree++;
    else disagree.push(`${c.where}: CNCF [${[...theirs.fields].join(', ')}] (${answers[i].errors.join(' | ').slice(0, 300)}), ours [${[...ours].join(', ')}] (${analysis.diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code}: ${d.message}`).join(' | ').slice(0, 300)})`);
  });
  const agree = [...byKind.values()].reduce((n, k) => n + k.agree, 0);
  t.diagnostic(`${cases.length} bodies (${programs.length} proposals, ${DEFECTS.length} defect kinds, ${ACCEPTED.length + OTHER.length} other changes): ${agree} verdicts agree`);
  for (const [kind, k] of byKind) t.diagnostic(`  ${kind}: ${k.agree}/${k.cases} agree (CNCF rejects ${k.cncfErrors})`);
  assert.deepEqual(unknown, [], 'CNCF errors this test cannot place on a field');
  assert.deepEqual(disagree.slice(0, 30), [], `${disagree.length} verdicts differ`);
  // Every defect kind was applied and rejected by CNCF on some body; every accepted change passed.
  for (const m of DEFECTS) assert.ok((byKind.get(m.name)?.cncfErrors ?? 0) > 0, `${m.name}: CNCF rejects it somewhere`);
  for (const m of ACCEPTED) assert.equal(byKind.get(m.name)?.cncfErrors ?? 0, 0, `${m.name}: CNCF accepts it`);
  assert.equal(byKind.get('as filed')?.cncfErrors, 0, 'the real proposals pass');
});
