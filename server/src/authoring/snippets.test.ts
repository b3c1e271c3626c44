import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import snippets from '../../../snippets/markdown.json';
import { buildDocument } from '../model/document';
import { canonicalLabel, matchFieldLine, REQUIRED_LABELS } from '../model/labels';
import { MENTOR_PLACEHOLDERS, snippetBody, snippetToText, type SnippetName } from './snippets';

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { contributes: { snippets?: unknown } };

describe('snippets', () => {
  test('the server offers them where each fits; the manifest contributes none, which VS Code would list beside them everywhere', () => {
    assert.equal(manifest.contributes.snippets, undefined);
    for (const [name, s] of Object.entries(snippets)) assert.ok(s.body.length > 0 && s.description, name);
    assert.deepEqual(MENTOR_PLACEHOLDERS, ['Mentor Name', 'mentor_github', 'mentor@email.addy']);
  });

  test('a new idea and a new project expand to complete entries the model reads back', () => {
    for (const name of ['Mentorship idea', 'Mentorship project'] as SnippetName[]) {
      const text = '## Proposed Project ideas\n\n' + (name === 'Mentorship idea' ? '### Jaeger\n\n' : '') + snippetToText(snippetBody(name));
      const doc = buildDocument('file:///ws/project_ideas.md', text);
      assert.equal(doc.projects.length, 1, name);
      const [idea] = doc.projects[0].ideas;
      assert.deepEqual(REQUIRED_LABELS.filter((l) => !idea.fields.some((f) => f.label === l)), [], name);
      const mentors = idea.fields.find((f) => f.label === 'Mentor(s)')!.mentors;
      assert.deepEqual(mentors.map((m) => m.form), ['canonical', 'canonical'], name);
    }
  });

  test('the project name is a plain placeholder, left to completion on the heading', () => {
    assert.match(snippetBody('Mentorship project'), /^### \$\{1:CNCF Project Name\}\n/);
  });

  test('each field snippet is a field line of its label', () => {
    for (const [name, s] of Object.entries(snippets)) {
      if (!name.endsWith(' field')) continue;
      const line = snippetToText(s.body[0]);
      const match = matchFieldLine(line, { requireKnown: true });
      assert.equal(match && canonicalLabel(match.rawLabel), name.replace(/ field$/, ''), name);
    }
  });

  test('headings follow the levels of the file, and placeholders become their defaults without snippet support', () => {
    const older = snippetBody('Mentorship project', { projectLevel: 4, ideaLevel: 5 });
    assert.match(older, /^#### \$\{1:CNCF Project Name\}\n\n##### \$\{2:/);
    assert.equal(snippetToText('- ${1:Mentor Name} (@${2:mentor_github}, ${3|a,b|})$0 ${4}'), '- Mentor Name (@mentor_github, a) ');
  });
});
