import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import { resolveTerm } from '../../server/src/analysis/term';
import { Catalog } from '../../server/src/catalog/catalog';
import { FORM_FIELDS } from '../../server/src/proposal/form';
import { proposalsFor } from '../../server/src/proposal/proposal';
import type { ProposalFields } from '../../server/src/protocol';
import { allRules } from '../../server/src/rules/index';
import { defaultSettings } from '../../server/src/settings';

/**
 * CNCF's own validator (../shared/oracle, a test dependency only) against
 * what `propose` files: for every entry of every modern term file (2023 on,
 * and peak/), each CNCF error (LFID ones aside: LFIDs are not in Markdown)
 * must come with our diagnostic of the same kind on that entry, and each
 * limit error of ours must be one CNCF raises too. One oracle process for
 * all bodies.
 */

const SHARED = resolve(__dirname, '../../../shared');
const ORACLE = join(SHARED, 'oracle/validate-proposal.cjs');
const CORPUS = join(SHARED, 'corpus');

/** CNCF's error messages by kind, and the rules of ours that report that kind. */
const KINDS: { kind: string; cncf: RegExp; ours: string[] }[] = [
  { kind: 'program-name-length', cncf: /^Program Name is \d+ chars/, ours: ['title-too-long'] },
  { kind: 'program-name-empty', cncf: /^Program Name is empty/, ours: ['empty-field', 'missing-field'] },
  { kind: 'description-length', cncf: /^Program Description is \d+ chars/, ours: ['description-too-long'] },
  { kind: 'description-empty', cncf: /^Program Description is empty/, ours: ['empty-field', 'missing-field'] },
  { kind: 'project-empty', cncf: /^CNCF Project is empty/, ours: ['idea-outside-project'] },
  { kind: 'skills-empty', cncf: /^Technologies is empty|^Either check "Skills same as Technologies\?"/, ours: ['empty-field', 'missing-field'] },
  { kind: 'mentors-empty', cncf: /^Mentors field is empty/, ours: ['empty-field', 'missing-field', 'mentor-format', 'mentor-handle'] },
  { kind: 'too-many-mentors', cncf: /^Too many mentors/, ours: ['too-many-mentors'] },
  { kind: 'mentor-fields', cncf: /: expected 3 or 4 pipe-separated fields/, ours: ['mentor-format'] },
  { kind: 'mentor-name', cncf: /: name is empty\.$/, ours: ['mentor-format'] },
  { kind: 'mentor-handle', cncf: /: handle `/, ours: ['mentor-handle'] },
  { kind: 'mentor-email', cncf: /: email `|: duplicate email ``\.$/, ours: ['mentor-email'] },
  { kind: 'mentor-duplicate', cncf: /: duplicate (?:handle|email) `[^`]/, ours: ['mentor-duplicate'] },
  { kind: 'upstream-empty', cncf: /^Upstream Issue URL is empty/, ours: ['empty-field', 'missing-field'] },
  { kind: 'upstream-url', cncf: /^Upstream Issue URL `.*` is not a valid URL/, ours: ['upstream-url'] },
  { kind: 'upstream-multiple', cncf: /^Upstream Issue URL should be a single URL/, ours: ['upstream-multiple'] },
];

/** Our limit rules, and the CNCF error each must agree with. */
const LIMITS: Record<string, RegExp> = {
  'title-too-long': /^Program Name is \d+ chars/,
  'description-too-long': /^Program Description is \d+ chars/,
  'too-many-mentors': /^Too many mentors/,
};

/** The LFID errors (missing, malformed, duplicate): LFIDs are not written in Markdown. */
const LFID = /: LFID \(LF Username\) is missing\.|: LFID `[^`]*` doesn.t look like|: duplicate LFID `/;

function modernFiles(): string[] {
  const top = readdirSync(CORPUS).filter((f) => /^20(?:2[3-9]|[3-9]\d)_.*\.md$/.test(f));
  const peak = readdirSync(join(CORPUS, 'peak')).filter((f) => f.endsWith('.md')).map((f) => join('peak', f));
  return [...top, ...peak].sort();
}

const skip = !existsSync(ORACLE) ? `CNCF's validator is not at ${ORACLE} (see the oracle's README): differential test skipped` : !existsSync(CORPUS) ? `no corpus at ${CORPUS}: differential test skipped` : false;

test("what propose files, CNCF's validator rejects only where we report the same kind; our limits are no stricter", { skip }, (t) => {
  const catalog = Catalog.bundled();
  const settings = defaultSettings();
  const entries: { where: string; codes: Set<string>; fields: ProposalFields }[] = [];
  const requests: string[] = [];
  for (const file of modernFiles()) {
    const path = join(CORPUS, file);
    const uri = pathToFileURL(path).href;
    const analysis = new DocumentAnalyzer(allRules).analyze(uri, readFileSync(path, 'utf8'), settings, catalog);
    const ends = new Map([...analysis.doc.projects.flatMap((p) => p.ideas), ...analysis.doc.orphanIdeas].map((i) => [i.headingRange.start.line, i.range.end.line]));
    for (const p of proposalsFor(analysis.doc, { catalog, term: resolveTerm(analysis.doc, settings) })) {
      const end = ends.get(p.line) ?? p.line;
      const codes = new Set(analysis.diagnostics.filter((d) => d.severity !== 4 && d.range.start.line >= p.line && d.range.start.line <= end).map((d) => String(d.code)));
      entries.push({ where: `${file}:${p.line + 1}`, codes, fields: p.fields });
      requests.push(JSON.stringify({ body: p.body, title: p.title }));
    }
  }
  const run = spawnSync(process.execPath, [ORACLE, '--jsonl'], { input: requests.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(run.status, 0, run.stderr);
  const answers = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { errors: string[]; fields: Record<string, string> });
  assert.equal(answers.length, entries.length);

  const byKind = new Map<string, { cncf: number; matched: number }>();
  const missed: string[] = [];
  const unknown: string[] = [];
  const stricter: string[] = [];
  const misread: string[] = [];
  answers.forEach(({ errors, fields }, i) => {
    const { where, codes } = entries[i];
    // CNCF reads back from the body exactly the values we filed.
    for (const f of FORM_FIELDS) {
      const ours = (entries[i].fields as unknown as Record<string, string | undefined>)[f.id];
      if (ours !== undefined && (fields[f.label] ?? '') !== ours.trim()) misread.push(`${where}: ${f.label}`);
    }
    for (const error of errors.filter((e) => !LFID.test(e))) {
      const kind = KINDS.find((k) => k.cncf.test(error));
      if (!kind) {
        unknown.push(`${where}: ${error}`);
        continue;
      }
      const count = byKind.get(kind.kind) ?? { cncf: 0, matched: 0 };
      byKind.set(kind.kind, count);
      count.cncf++;
      if (kind.ours.some((c) => codes.has(c))) count.matched++;
      else missed.push(`${where}: CNCF "${error}", ours: ${[...codes].join(', ') || 'none'}`);
    }
    for (const [code, cncf] of Object.entries(LIMITS)) {
      if (codes.has(code) && !errors.some((e) => cncf.test(e))) stricter.push(`${where}: our ${code}, which CNCF does not raise`);
    }
  });
  const total = [...byKind.values()].reduce((n, k) => n + k.cncf, 0);
  t.diagnostic(`${entries.length} entries of ${modernFiles().length} files; ${total} CNCF errors (LFID ones aside), ${total - missed.length} matched; ${stricter.length} stricter limits`);
  for (const [kind, { cncf, matched }] of [...byKind].sort()) t.diagnostic(`  ${kind}: ${cncf} CNCF, ${matched} ours`);
  assert.ok(entries.length > 1000, `${entries.length} entries`);
  assert.deepEqual(misread, [], 'form fields CNCF reads back differently from what we filed');
  assert.deepEqual(unknown, [], 'CNCF errors of a kind this test does not know');
  assert.deepEqual(missed, [], 'CNCF errors without our diagnostic of the same kind');
  assert.deepEqual(stricter, [], 'limits of ours stricter than CNCF');
});
