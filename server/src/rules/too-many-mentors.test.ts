import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { idea, ideasFile, lineOf, problems } from './mentorRuleTestKit';

const NAMES = ['Jo Doe', 'Al Bee', 'Cy Dee', 'Di Eve', 'Ed Fay', 'Fe Gus'];

function mentors(n: number): string {
  return '- Mentor(s):\n' + NAMES.slice(0, n).map((name) => {
    const handle = name.toLowerCase().replace(' ', '-');
    return `  - ${name} (@${handle}, ${handle}@example.org)`;
  }).join('\n');
}

describe('too-many-mentors', () => {
  test('four mentors pass; five is an error on the Mentor(s) line', () => {
    assert.deepEqual(problems('too-many-mentors', ideasFile(idea('Four', mentors(4)))), []);
    const text = ideasFile(idea('Five', mentors(5)));
    const [d, ...rest] = problems('too-many-mentors', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, '- Mentor(s):'));
    assert.equal(d.message, 'Too many mentors: 5 listed, LFX takes at most 4 (a primary and up to 3 co-mentors); keep 4');
  });

  test('a Co-Mentor field counts with the Mentor(s), as the proposal files them together', () => {
    const coMentor = '\n- Co-Mentor:\n  - Fe Gus (@fe-gus, fe-gus@example.org)';
    assert.deepEqual(problems('too-many-mentors', ideasFile(idea('Four', mentors(3) + coMentor))), []);
    const text = ideasFile(idea('Five', mentors(4) + coMentor));
    const [d, ...rest] = problems('too-many-mentors', text);
    assert.equal(rest.length, 0);
    assert.equal(d.range.start.line, lineOf(text, '- Mentor(s):'));
    assert.match(d.message, /^Too many mentors: 5 listed across the entry's mentor fields/);
  });

  test('mentors written several to a line are counted one by one', () => {
    const text = ideasFile(idea('Inline', '- Mentor(s): Jo Doe (@jo-doe, jo@example.org), Al Bee (@al-bee, al@example.org), Cy Dee (@cy-dee, cy@example.org)\n  - Di Eve (@di-eve, di@example.org)\n  - Ed Fay (@ed-fay, ed@example.org)'));
    assert.match(problems('too-many-mentors', text)[0].message, /^Too many mentors: 5 listed/);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = ideasFile(idea('Six', mentors(6)));
    const settings = defaultSettings();
    settings.rules['too-many-mentors'] = 'off';
    assert.deepEqual(problems('too-many-mentors', text, settings), []);
    assert.deepEqual(problems('too-many-mentors', '<!-- mentorship-ideas-disable too-many-mentors -->\n' + text), []);
  });
});
