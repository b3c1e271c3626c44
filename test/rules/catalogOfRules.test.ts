import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules } from '../../server/src/rules';

const DOCS = resolve(__dirname, '../../docs/rules');
const RULES_MD = resolve(__dirname, '../../../shared/docs/rules.md');

test('every rule has its page in docs/rules (listed in its index), which says how to turn it off, and every page its rule', () => {
  // A code may have a rule per kind of document (a proposal's title-too-long beside an entry's): one page for all.
  const codes = [...new Set(allRules.map((r) => r.code))];
  for (const code of codes) {
    const page = resolve(DOCS, `${code}.md`);
    assert.ok(existsSync(page), `docs/rules/${code}.md`);
    const text = readFileSync(page, 'utf8');
    assert.match(text, new RegExp(`mentorship-ideas-disable[^\\n]*${code}`), `${code}: the disable comment`);
  }
  const index = readFileSync(resolve(DOCS, 'README.md'), 'utf8');
  for (const code of codes) assert.ok(index.includes(`[\`${code}\`](${code}.md)`), `docs/rules/README.md lists ${code}`);
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
  assert.deepEqual(pages.sort(), [...codes].sort());
});

test('the rules are those of the rule catalog (rules.md), with its default severities', { skip: !existsSync(RULES_MD) && 'rules.md not found' }, () => {
  // The catalog's tables, and those of the GSoC and proposal rules, which name the kind first (`| GSoC | \`code\` | severity |`).
  const rows = [...readFileSync(RULES_MD, 'utf8').matchAll(/^\| (?:(?:GSoC|proposal) \| )?`([a-z-]+)` \| (error|warning|info|hint) \|/gm)].map((m) => [m[1], m[2]]);
  assert.ok(rows.length >= 25);
  const ours = new Map<string, string>();
  for (const r of allRules) {
    assert.equal(ours.get(r.code) ?? r.defaultSeverity, r.defaultSeverity, `${r.code}: one default severity for every kind`);
    ours.set(r.code, r.defaultSeverity);
  }
  assert.deepEqual(new Map(rows.map(([c, s]) => [c, s])), ours);
});
