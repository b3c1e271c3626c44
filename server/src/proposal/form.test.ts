import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CORPUS } from '../../../test/support/corpus';
import { FORM_FIELDS, TERM_OPTIONS, parseTermOption } from './form';

const FORM = join(CORPUS, '..', 'catalog', 'lfx-program-proposal.yml');

test('the bundled form is CNCF\'s: same field ids, labels and Term options, in order', { skip: !existsSync(FORM) && 'catalog not available' }, () => {
  const body = parse(readFileSync(FORM, 'utf8')).body as { id?: string; type: string; attributes: { label: string; options?: unknown[] } }[];
  const inputs = body.filter((f) => f.type !== 'markdown');
  assert.deepEqual(
    FORM_FIELDS.map((f) => [f.id, f.label]),
    inputs.map((f) => [f.id, f.attributes.label]),
  );
  assert.deepEqual(TERM_OPTIONS, inputs.find((f) => f.id === 'term')!.attributes.options);
  for (const id of ['cncf_project', 'term', 'program_name', 'program_description', 'technologies', 'skills', 'mentors', 'upstream_issue_url']) {
    assert.ok(FORM_FIELDS.some((f) => f.id === id), id);
  }
});

test('a term as written becomes the form\'s option text', () => {
  assert.equal(parseTermOption('2026 Term 3'), '2026 Term 3 (Sep-Nov)');
  assert.equal(parseTermOption('2026 term 03 (Sep-Nov)'), '2026 Term 3 (Sep-Nov)');
  assert.equal(parseTermOption('2027 Term 2'), '2027 Term 2 (Jun-Aug)');
  assert.equal(parseTermOption('next spring'), undefined);
});
