import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import { Catalog } from '../../server/src/catalog/catalog';
import { verdict } from '../../server/src/features/upstreamClosed';
import { parseUpstreamUrl } from '../../server/src/github/url';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/settings';
import { corpusAvailable, historyVersions, peakFiles, termFiles } from '../support/corpus';

const FIXTURES = resolve(__dirname, '../fixtures');
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

test('every diagnostic message on the real files and the planted fixtures starts with a capital letter, for every rule', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const files = [
    ...[...termFiles(), ...peakFiles(), ...historyVersions()].map((f) => ({ uri: 'file:///corpus/' + f.name, text: f.text })),
    ...markdownFiles(FIXTURES).map((path) => ({ uri: 'file://' + path, text: readFileSync(path, 'utf8') })),
  ];
  const seen = new Map<string, number>();
  const lowercase: string[] = [];
  for (const { uri, text } of files) {
    const analysis = new DocumentAnalyzer(allRules).analyze(uri, text, defaultSettings(), Catalog.bundled(), true);
    for (const d of analysis.diagnostics) {
      seen.set(d.code, (seen.get(d.code) ?? 0) + 1);
      if (!STARTS_WITH_CAPITAL.test(d.message) && lowercase.length < 20) lowercase.push(`${d.code}: ${d.message}`);
    }
  }
  assert.deepEqual(lowercase, []);
  // The check covers every rule: each one reported something somewhere.
  assert.deepEqual(
    allRules.map((r) => r.code).filter((code) => !seen.has(code)),
    [],
  );
});

test('every upstream-closed message starts with a capital letter', () => {
  const ref = parseUpstreamUrl('https://github.com/jaegertracing/jaeger/issues/1', 'https://api.github.com')!;
  const item = { kind: 'issue' as const, title: 't', labels: [], body: '', bodyCut: false };
  const results = [
    { ok: true as const, fetchedAt: 0, data: { ...item, state: 'closed' as const, stateReason: 'not_planned' } },
    { ok: true as const, fetchedAt: 0, data: { ...item, kind: 'pull' as const, state: 'merged' as const } },
    ...(['not-found', 'unauthorized', 'forbidden'] as const).map((reason) => ({ ok: false as const, reason })),
  ];
  const messages = results.map((r) => verdict(ref, r as Parameters<typeof verdict>[1]));
  assert.equal(messages.filter(Boolean).length, results.length);
  for (const m of messages) assert.match(m!, STARTS_WITH_CAPITAL);
});
