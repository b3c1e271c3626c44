import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import type { Diagnostic } from '../../server/src/analysis/diagnostic';
import { Catalog } from '../../server/src/catalog/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/settings';
import { CORPUS } from '../support/corpus';

const FILE = join(CORPUS, 'gsoc', '2025.md');
const URI = 'file:///ws/cncf-mentoring/programs/summerofcode/2025.md';

function analyze(text: string): Diagnostic[] {
  return new DocumentAnalyzer(allRules).analyze(URI, text, defaultSettings(), Catalog.bundled()).diagnostics;
}

/** One defect planted in a real list, the line it must be reported on (the first line holding `at`), and the code that reports it. */
interface Plant {
  what: string;
  plant: (text: string) => string;
  at: string;
  /** Lines from the one holding `at` (the Mentor(s) line above a mentor). */
  offset?: number;
  code: string;
  severity: number;
}

const PLANTS: Plant[] = [
  {
    what: 'a second mentor removed',
    plant: (t) => t.replace('  - Madhav Jivrajani (@MadhavJivrajani, madhav.jiv@gmail.com)\n', ''),
    at: '  - Marek Siarkowicz (@serathius',
    offset: -1,
    code: 'few-mentors',
    severity: 1,
  },
  {
    what: 'the primary mark removed',
    plant: (t) => t.replace('(@vad1mo, vb@container-registry.com) - primary', '(@vad1mo, vb@container-registry.com)'),
    at: '  - Vadim Bauer (@vad1mo',
    offset: -1,
    code: 'primary-mentor',
    severity: 2,
  },
  {
    what: 'the project size removed',
    plant: (t) => t.replace('- Expected project size: medium (~175 hour projects)\n', ''),
    at: '##### Enhance Harbor Satellite',
    code: 'project-size',
    severity: 1,
  },
  {
    what: 'a size that is none of the three',
    plant: (t) => t.replace('- Expected project size: small\n', '- Expected project size: 250 hours\n'),
    at: '- Expected project size: 250 hours',
    code: 'project-size',
    severity: 1,
  },
  {
    what: 'two upstream issues',
    plant: (t) => t.replace('- Upstream Issue (URL): https://github.com/etcd-io/etcd/issues/19371', '- Upstream Issue (URL): https://github.com/etcd-io/etcd/issues/19371, https://github.com/etcd-io/etcd/issues/19372'),
    at: '- Upstream Issue (URL): https://github.com/etcd-io/etcd/issues/19371,',
    code: 'upstream-multiple',
    severity: 1,
  },
  {
    what: 'an upstream issue that is no URL',
    plant: (t) => t.replace('- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/21605', '- Upstream Issue (URL): goharbor/harbor#21605'),
    at: '- Upstream Issue (URL): goharbor/harbor#21605',
    code: 'upstream-url',
    severity: 1,
  },
  {
    what: 'a project CNCF does not know',
    plant: (t) => t.replace('#### Harbor\n', '#### Harbour Registry\n'),
    at: '#### Harbour Registry',
    code: 'unknown-project',
    severity: 2,
  },
  {
    what: 'an idea at the pre-2024 level',
    plant: (t) => t.replace('##### etcd cache', '#### etcd cache'),
    at: '#### etcd cache',
    code: 'heading-level',
    severity: 1,
  },
];

test('defects planted in a real GSoC list are each found, with their code, on their line', { skip: !existsSync(FILE) && 'corpus not found' }, () => {
  const original = readFileSync(FILE, 'utf8');
  const before = analyze(original);
  for (const p of PLANTS) {
    const text = p.plant(original);
    assert.notEqual(text, original, `${p.what}: planted`);
    const line = text.split('\n').findIndex((l) => l.startsWith(p.at)) + (p.offset ?? 0);
    const found = analyze(text).filter((d) => d.code === p.code);
    assert.equal(found.length, before.filter((d) => d.code === p.code).length + 1, `${p.what}: one ${p.code} more`);
    assert.ok(found.some((d) => d.range.start.line === line && d.severity === p.severity), `${p.what}: ${p.code} on line ${line + 1}; found ${found.map((d) => `${d.range.start.line + 1} ${d.severity} ${d.message}`).join('; ') || 'nothing'}`);
  }
  // None of the LFX-only rules speaks in a GSoC list.
  assert.deepEqual(before.filter((d) => ['title-too-long', 'over-quota', 'description-too-long', 'too-many-mentors'].includes(d.code)), []);
});
