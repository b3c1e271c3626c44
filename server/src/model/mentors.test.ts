import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatMentor, parseMentorLine, parseMentorLines } from './mentors';
import type { Mentor, Range } from './types';

const LINE = 7;
const OFFSET = 4;

function parse(text: string): Mentor[] {
  return parseMentorLine(text, LINE, OFFSET);
}

function one(text: string): Mentor {
  const mentors = parse(text);
  assert.equal(mentors.length, 1, `one mentor in ${JSON.stringify(text)}, got ${JSON.stringify(mentors.map((m) => m.name))}`);
  return mentors[0];
}

/** The written text a range covers (the line starts OFFSET characters before `text`). */
function at(text: string, r: Range | undefined): string | undefined {
  if (!r) return undefined;
  assert.equal(r.start.line, LINE);
  return text.slice(r.start.character - OFFSET, r.end.character - OFFSET);
}

function parts(m: Mentor) {
  return { name: m.name, handle: m.handle, email: m.email, note: m.note, form: m.form };
}

describe('mentor lines in the canonical form', () => {
  test('`Name (@handle, email)` exactly, with the range of each part', () => {
    const text = 'Jo Doe (@jo-doe, jo@example.org)';
    const m = one(text);
    assert.deepEqual(parts(m), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'canonical' });
    assert.equal(m.sharesLine, false);
    assert.equal(at(text, m.nameRange), 'Jo Doe');
    assert.equal(at(text, m.handleRange), '@jo-doe');
    assert.equal(m.handleText, '@jo-doe');
    assert.equal(at(text, m.emailRange), 'jo@example.org');
    assert.deepEqual(m.range, { start: { line: LINE, character: OFFSET }, end: { line: LINE, character: OFFSET + text.length } });
  });

  for (const text of ['Jo Doe(@jo-doe, jo@example.org)', 'Jo  Doe  ( @jo-doe ,  jo@example.org )', 'Jo Doe\t(@jo-doe,\tjo@example.org)', '**Jo Doe** (@jo-doe, jo@example.org)']) {
    test(`spacing and emphasis do not matter: ${JSON.stringify(text)}`, () => {
      const m = one(text);
      assert.deepEqual(parts(m), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'canonical' });
      assert.equal(at(text, m.handleRange), '@jo-doe');
      assert.equal(at(text, m.emailRange), 'jo@example.org');
    });
  }

  test('an address with neither comma nor @ after the handle is still read as the e-mail', () => {
    const text = 'Jo Doe (@jo-doe jo.example.org)';
    const m = one(text);
    assert.equal(m.email, 'jo.example.org');
    assert.equal(at(text, m.emailRange), 'jo.example.org');
  });

  test('e-mail as a mailto link or in angle brackets is the address, and still canonical', () => {
    for (const text of ['Jo Doe (@jo-doe, [jo@example.org](mailto:jo@example.org))', 'Jo Doe (@jo-doe, <jo@example.org>)', 'Jo Doe (@jo-doe, mailto:jo@example.org)']) {
      const m = one(text);
      assert.equal(m.email, 'jo@example.org', text);
      assert.equal(m.form, 'canonical', text);
      assert.ok(at(text, m.emailRange)!.includes('jo@example.org'), text);
    }
  });

  test('a trailing note is kept, with its dash style', () => {
    assert.equal(one('Jo Doe (@jo-doe, jo@example.org) - primary').note, 'primary');
    assert.equal(one('Jo Doe (@jo-doe, jo@example.org) – please use the same e-mail, as on LFX').note, 'please use the same e-mail, as on LFX');
    assert.equal(one('Jo Doe (@jo-doe, jo@example.org) - primary').form, 'canonical');
  });

  test('a role in parentheses before the handle stays in the name', () => {
    const m = one('Jo Doe (primary) (@jo-doe, jo@example.org)');
    assert.deepEqual(parts(m), { name: 'Jo Doe (primary)', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'canonical' });
  });

  test('the placeholder `TBD (@tbd, tbd@email)` is read as written (its e-mail is malformed)', () => {
    assert.deepEqual(parts(one('TBD (@tbd, tbd@email)')), { name: 'TBD', handle: 'tbd', email: 'tbd@email', note: undefined, form: 'canonical' });
  });

  test('an obfuscated address is the e-mail as written (mentor-email reports it; a rewrite keeps it)', () => {
    for (const [text, email] of [
      ['Ben Example (@ben-x, ben AT example.io)', 'ben AT example.io'],
      ['Ben Example @ben-x (ben at example dot io)', 'ben at example dot io'],
      ['Ben Example (@ben-x, ben[at]example.io)', 'ben[at]example.io'],
      ['Ben Example (@ben-x, ben AT ex-mail)', 'ben AT ex-mail'],
    ]) {
      const m = one(text);
      assert.equal(m.email, email, text);
      assert.equal(m.handle, 'ben-x', text);
      assert.equal(at(text, m.emailRange), email, text);
    }
  });
});

describe('mentor lines with a part missing', () => {
  test('`Name (@handle)` has no e-mail; `Name (email)` has no handle', () => {
    assert.deepEqual(parts(one('Jo Doe (@jo-doe)')), { name: 'Jo Doe', handle: 'jo-doe', email: undefined, note: undefined, form: 'canonical' });
    assert.deepEqual(parts(one('Jo Doe (jo@example.org)')), { name: 'Jo Doe', handle: undefined, email: 'jo@example.org', note: undefined, form: 'canonical' });
  });

  test('a name alone is a mentor with nothing recognised', () => {
    assert.deepEqual(parts(one('Jo Doe')), { name: 'Jo Doe', handle: undefined, email: undefined, note: undefined, form: 'unrecognised' });
  });

  test('an address with no @ is read as the e-mail, to be reported', () => {
    assert.equal(one('Jo Doe (@jo-doe, jo.example.org)').email, 'jo.example.org');
  });

  test('a handle that breaks GitHub rules is read as written', () => {
    const m = one('Jo Doe (@jo_doe.x, jo@example.org)');
    assert.equal(m.handle, 'jo_doe.x');
    assert.equal(m.handleText, '@jo_doe.x');
  });
});

describe('mentor lines in the variations mentor-format rewrites', () => {
  test('`Name (handle, email)` without @', () => {
    const text = 'Jo Doe (jo-doe, jo@example.org)';
    const m = one(text);
    assert.deepEqual(parts(m), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'no-at' });
    assert.equal(at(text, m.handleRange), 'jo-doe');
    assert.equal(one('Jo Doe(jo-doe, <jo@example.org>)').form, 'no-at');
    assert.deepEqual(parts(one('Jo Doe (jo-doe)')), { name: 'Jo Doe', handle: 'jo-doe', email: undefined, note: undefined, form: 'no-at' });
  });

  test('`Name @handle email`, `Name, @handle, email` and `Name @handle (email)`', () => {
    for (const text of ['Jo Doe @jo-doe jo@example.org', 'Jo Doe, @jo-doe, jo@example.org', 'Jo Doe @jo-doe (jo@example.org)', '@jo-doe Jo Doe jo@example.org']) {
      assert.deepEqual(parts(one(text)), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'no-parentheses' }, text);
    }
    assert.deepEqual(parts(one('Jo Doe, jo-doe, jo@example.org')), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'no-at' });
  });

  test('a handle written as a GitHub profile link', () => {
    for (const text of [
      'Jo Doe ([@jo-doe](https://github.com/jo-doe), jo@example.org)',
      'Jo Doe (@[jo-doe](https://github.com/jo-doe), jo@example.org)',
      'Jo Doe [@jo-doe](https://github.com/jo-doe) jo@example.org',
      '[Jo Doe](https://github.com/jo-doe) (jo@example.org)',
      'Jo Doe (https://github.com/jo-doe, jo@example.org)',
    ]) {
      const m = one(text);
      assert.deepEqual(parts(m), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'handle-link' }, text);
      assert.match(at(text, m.handleRange)!, /jo-doe/, text);
    }
  });

  test('the profile link, not its text, gives the handle', () => {
    assert.equal(one('Jo Doe ([@jodoe](https://github.com/jo-doe-gh))').handle, 'jo-doe-gh');
    assert.equal(one('[@Jo Doe](https://github.com/jo-doe)').name, 'Jo Doe');
  });

  test('full-width punctuation `，（）`', () => {
    const text = 'Jo Doe（@jo-doe，jo@example.org）';
    const m = one(text);
    assert.deepEqual(parts(m), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'full-width' });
    assert.equal(at(text, m.emailRange), 'jo@example.org');
    assert.equal(one('Jo Doe (@jo-doe， [jo@example.org](mailto:jo@example.org))').form, 'full-width');
  });

  test('`Name (email: x, github: y)` and other labels', () => {
    for (const text of ['Jo Doe (email: jo@example.org, github: jo-doe)', 'Jo Doe (GitHub: @jo-doe; E-mail: jo@example.org)', 'Jo Doe (github:jo-doe, email:jo@example.org)']) {
      const m = one(text);
      assert.deepEqual(parts(m), { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'labelled' }, text);
      assert.equal(at(text, m.emailRange), 'jo@example.org', text);
    }
  });
});

describe('several mentors on one line', () => {
  for (const sep of [', ', '; ', ' and ', ' & ', ' ']) {
    test(`separated by ${JSON.stringify(sep)}`, () => {
      const text = `Jo Doe (@jo-doe, jo@example.org)${sep}Al Bee (@al-bee, al@example.org)`;
      const mentors = parse(text);
      assert.deepEqual(
        mentors.map((m) => [m.name, m.handle, m.email, m.sharesLine]),
        [
          ['Jo Doe', 'jo-doe', 'jo@example.org', true],
          ['Al Bee', 'al-bee', 'al@example.org', true],
        ],
      );
      assert.equal(at(text, mentors[1].nameRange), 'Al Bee');
      assert.equal(at(text, mentors[1].handleRange), '@al-bee');
    });
  }

  test('handles only, names only, profile links, and the no-parentheses form', () => {
    assert.deepEqual(parse('@jo-doe, @al-bee, @cy-dee').map((m) => m.handle), ['jo-doe', 'al-bee', 'cy-dee']);
    assert.deepEqual(parse('Jo Doe, Al Bee').map((m) => [m.name, m.form]), [['Jo Doe', 'unrecognised'], ['Al Bee', 'unrecognised']]);
    assert.deepEqual(parse('[Jo Doe](https://github.com/jo-doe), [Al Bee](https://github.com/al-bee)').map((m) => [m.name, m.handle]), [['Jo Doe', 'jo-doe'], ['Al Bee', 'al-bee']]);
    assert.deepEqual(parse('Jo Doe jo@example.org, Al B. @al-bee al@example.org').map((m) => [m.name, m.handle, m.email]), [
      ['Jo Doe', undefined, 'jo@example.org'],
      ['Al B.', 'al-bee', 'al@example.org'],
    ]);
    assert.deepEqual(parse('@jo-doe, Jo Doe jo@example.org, @al-bee Al Bee al@example.org').map((m) => [m.name, m.handle, m.email]), [
      ['Jo Doe', 'jo-doe', 'jo@example.org'],
      ['Al Bee', 'al-bee', 'al@example.org'],
    ]);
  });

  test('labelled mentors, and a note after the last one', () => {
    const mentors = parse('Jo Doe (email: jo@example.org, github: jo-doe) , Al Bee (email: al@example.org, github: al-bee) - primary is Jo');
    assert.deepEqual(mentors.map((m) => [m.name, m.handle, m.email, m.form, m.note]), [
      ['Jo Doe', 'jo-doe', 'jo@example.org', 'labelled', undefined],
      ['Al Bee', 'al-bee', 'al@example.org', 'labelled', 'primary is Jo'],
    ]);
  });

  test('`Surname, Given (@handle, email)` is one mentor', () => {
    assert.deepEqual(parts(one('Doe, Jo (@jo-doe, jo@example.org)')), { name: 'Doe, Jo', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'canonical' });
  });
});

describe('lines that name no mentor', () => {
  for (const text of ['Primary', 'Co-mentors:', 'Mentor Name:', '#', '<!-- mentorship-ideas-disable-next-line mentor-handle -->', 'Jo Doe and Al Bee from Example Corp are also available to help', 'See [the team page](https://example.org/team)']) {
    test(JSON.stringify(text), () => assert.deepEqual(parse(text), []));
  }

  test('a role label before a mentor becomes its note', () => {
    assert.deepEqual(parts(one('Primary: [Jo Doe](https://github.com/jo-doe)')), { name: 'Jo Doe', handle: 'jo-doe', email: undefined, note: 'Primary', form: 'handle-link' });
  });

  test('the field label written twice is not a name', () => {
    assert.equal(one('Mentor(s): Jo Doe (@jo-doe, jo@example.org)').name, 'Jo Doe');
  });
});

describe('the multi-line form of the seed document', () => {
  test('`Name` / `GitHub: @x` / `Email: y` becomes one mentor over three lines', () => {
    const lines = ['Jo Doe', 'GitHub: @jo-doe', 'Email: jo@example.org', 'Al Bee', 'GitHub: al-bee', 'Email: <al@example.org>'].map((text, i) => ({ text, line: 10 + i, offset: 2 }));
    const mentors = parseMentorLines(lines);
    assert.deepEqual(mentors.map(parts), [
      { name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: undefined, form: 'multi-line' },
      { name: 'Al Bee', handle: 'al-bee', email: 'al@example.org', note: undefined, form: 'multi-line' },
    ]);
    assert.deepEqual(mentors[0].range, { start: { line: 10, character: 2 }, end: { line: 12, character: 2 + 'Email: jo@example.org'.length } });
    assert.deepEqual(mentors[1].handleRange, { start: { line: 14, character: 10 }, end: { line: 14, character: 16 } });
  });

  test('a name line followed by an ordinary mentor line stays a mentor of its own', () => {
    const mentors = parseMentorLines(['Jo Doe', 'Al Bee (@al-bee, al@example.org)'].map((text, i) => ({ text, line: i, offset: 0 })));
    assert.deepEqual(mentors.map((m) => [m.name, m.form]), [['Jo Doe', 'unrecognised'], ['Al Bee', 'canonical']]);
  });
});

describe('formatMentor', () => {
  test('writes the canonical form, with what is known', () => {
    assert.equal(formatMentor({ name: 'Jo Doe', handle: 'jo-doe', email: 'jo@example.org', note: 'primary' }), 'Jo Doe (@jo-doe, jo@example.org) - primary');
    assert.equal(formatMentor({ name: 'Jo Doe', handle: 'jo-doe' }), 'Jo Doe (@jo-doe)');
    assert.equal(formatMentor({ name: 'Jo Doe' }), 'Jo Doe');
  });
});

const WORDS = ['Jo', 'Doe', 'Al', 'Bee', '@jo-doe', '@al', 'jo@example.org', 'al AT example.io', '(', ')', ',', ';', '&', 'and', '-', '–', '[', ']', '(mailto:', 'https://github.com/jo', '<', '>', '，', '（', '）', 'email:', 'GitHub:', '**', '\t', ' ', '😀', 'é'];

/** What mentor lines are made of, without the labels and link syntax a name could swallow. */
const MENTOR_WORDS = ['Jo', 'Doe', 'Al', 'Bee', '@jo-doe', '@al', 'jo@example.org', 'al AT example.io', '<al@example.org>', '[Jo](https://github.com/jo)', '(', ')', ',', ';', '&', 'and', '-', '，', '（', '）', '**'];

describe('any line', () => {
  test('parses without throwing, every range inside the written text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 14 }), (pieces) => {
        const text = pieces.join(' ').trimEnd();
        for (const m of parse(text)) {
          for (const r of [m.range, m.nameRange, m.handleRange, m.emailRange]) {
            if (!r) continue;
            assert.equal(r.start.line, LINE);
            assert.equal(r.end.line, LINE);
            assert.ok(r.start.character >= OFFSET && r.start.character <= r.end.character && r.end.character <= OFFSET + text.length, JSON.stringify({ text, r }));
          }
        }
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  test('a recognised mentor, rewritten by formatMentor, reads back as the same canonical mentor', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MENTOR_WORDS), { maxLength: 10 }), (pieces) => {
        const text = pieces.join(' ').trim();
        for (const m of parse(text)) {
          if (!m.name || (m.handle === undefined && m.email === undefined)) continue;
          const again = parse(formatMentor(m));
          if (again.length !== 1) continue;
          assert.deepEqual([again[0].handle, again[0].email], [m.handle, m.email], JSON.stringify({ text, formatted: formatMentor(m) }));
        }
      }),
      { numRuns: 1500, seed: 11 },
    );
  });
});
