import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { resolveTerm } from '../analysis/term';
import { Catalog } from '../catalog/catalog';
import { buildDocument } from '../model/document';
import { defaultSettings } from '../settings';
import { CORPUS } from '../../../test/support/corpus';
import { MAX_URL_LENGTH, proposalsFor, type ProposalOptions } from './proposal';
import { TERM_OPTIONS, termOption } from './form';

const PEAK = join(CORPUS, 'peak', '2026_02-Jun-Aug_project_ideas.md');
const FORM = join(CORPUS, '..', 'catalog', 'lfx-program-proposal.yml');

function optionsFor(doc: ReturnType<typeof buildDocument>, extra: Partial<ProposalOptions> = {}): ProposalOptions {
  return { catalog: Catalog.bundled(), term: resolveTerm(doc, defaultSettings()), ...extra };
}

/** The form fields a prefilled URL carries, decoded as GitHub decodes the query. */
function decode(url: string): Record<string, string> {
  const parsed = new URL(url);
  assert.equal(parsed.origin + parsed.pathname, 'https://github.com/cncf/mentoring/issues/new');
  return Object.fromEntries(parsed.searchParams);
}

/**
 * The entries of a proposal file read with plain line patterns, independently
 * of the document model: heading texts, and each field's lines.
 */
function rawEntries(text: string): { project: string; title: string; fields: Map<string, string[]> }[] {
  const lines = text.slice(text.indexOf('## Proposed Project ideas')).split('\n');
  const entries: { project: string; title: string; fields: Map<string, string[]> }[] = [];
  let project = '';
  let current: string[] | undefined;
  for (const line of lines) {
    const heading = /^(#{3,4})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      current = undefined;
      if (heading[1] === '###') project = heading[2];
      else entries.push({ project, title: heading[2], fields: new Map() });
      continue;
    }
    const entry = entries[entries.length - 1];
    if (!entry) continue;
    const label = /^[-*]\s+(?:\*\*)?([A-Za-z][A-Za-z ()]*?)(?:\*\*)?\s*:(?:\*\*)?\s?(.*)$/.exec(line);
    if (label) {
      current = [label[2]];
      entry.fields.set(label[1].toLowerCase(), current);
    } else if (current) current.push(line.replace(/^\s*(?:>\s?)*/, ''));
  }
  return entries;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('proposal URL', () => {
  test('every idea of a real proposal file: the URL decodes back to the form fields of its entry', { skip: !existsSync(PEAK) && 'corpus not available' }, () => {
    const text = readFileSync(PEAK, 'utf8');
    const doc = buildDocument(pathToFileURL(PEAK).href, text);
    const proposals = proposalsFor(doc, optionsFor(doc));
    const raw = rawEntries(text);
    assert.equal(proposals.length, raw.length);
    assert.equal(proposals.length, 48);
    const formProjects: string[] = existsSync(FORM) ? parse(readFileSync(FORM, 'utf8')).body.find((f: { id?: string }) => f.id === 'cncf_project').attributes.options : [];
    for (const [i, p] of proposals.entries()) {
      const entry = raw[i];
      const fields = decode(p.url);
      const where = `${entry.title} (${p.url.length} characters)`;
      assert.equal(fields.template, 'lfx-program-proposal.yml');
      assert.ok(p.url.length <= MAX_URL_LENGTH && !p.tooLong, where);
      assert.equal(fields.program_name, entry.title, where);
      assert.equal(fields.term, '2026 Term 2 (Jun-Aug)', where);
      // The catalog's name: the heading itself, or the one catalog name it spells loosely.
      const known = formProjects.find((name) => name === entry.project) ?? formProjects.find((name) => name.toLowerCase() === entry.project.toLowerCase());
      if (known) assert.equal(fields.cncf_project, known, where);
      if (formProjects.length) assert.ok(formProjects.includes(fields.cncf_project) || fields.cncf_project === entry.project, where);

      const [description, rest] = fields.program_description.split('\n\n## Expected outcomes\n\n');
      assert.equal(squash(description), squash(entry.fields.get('description')!.join('\n')), where);
      // Fields the form has no box for follow the outcomes as `## <Label>` sections.
      const [outcome, ...carried] = rest.split(/\n\n## (?=[^\n]+\n\n)/);
      assert.equal(squash(outcome), squash(entry.fields.get('expected outcome')!.join('\n')), where);
      for (const section of carried) {
        const [label, value] = section.split(/\n\n([^]*)/);
        assert.equal(squash(value), squash(entry.fields.get(label.toLowerCase())!.join('\n')), `${where}: ${label}`);
      }

      // One item a line, joined with commas: an item's own closing `.` or `,` is not doubled into `.,`.
      const skills = entry.fields.get('recommended skills')!.map((l) => l.replace(/^\s*[-*]\s+/, '').trim().replace(/\s*[.,;]+$/, '')).filter(Boolean);
      assert.equal(fields.skills, skills.join(', '), where);
      assert.equal(fields.technologies, fields.skills, where);

      const mentorText = (entry.fields.get('mentor(s)') ?? entry.fields.get('mentors')!).join('\n');
      const mentorLines = fields.mentors.split('\n').map((l) => l.split(/ *\| */));
      for (const parts of mentorLines) assert.ok(parts.length === 4 && parts[0] !== '' && parts[3] === '', `${where}: ${parts.join(' | ')}`);
      // `@handle`, or a bare handle first in the parentheses (`Name (handle, email)`).
      const handles = [...mentorText.matchAll(/(?:(?<![\w.-])@|\(\s*)([A-Za-z0-9][A-Za-z0-9-]*)(?=\s*[,;)])/g)].map((m) => '@' + m[1]);
      assert.deepEqual(mentorLines.map((parts) => parts[1]).filter(Boolean), handles, where);
      const emails = [...mentorText.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)*/g)].map((m) => m[0]);
      assert.deepEqual(mentorLines.map((parts) => parts[2]).filter(Boolean), emails, where);

      const upstream = [...entry.fields.entries()].find(([label]) => label.startsWith('upstream'))![1].join('\n');
      assert.equal(fields.upstream_issue_url, /https?:\/\/[^\s)>\]]+/.exec(upstream)![0], where);
    }
  });

  test('LFIDs given by handle (any case, with or without @) fill the fourth column; the others are reported missing', () => {
    const text = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Expected Outcome: A diff view.
- Recommended Skills: Go, React
- Mentor(s):
  - Jo Doe (@Jo-Doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: <https://github.com/jaegertracing/jaeger/issues/1>
`;
    const doc = buildDocument('file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md', text);
    const [p] = proposalsFor(doc, optionsFor(doc, { lfids: { '@jo-doe': 'jodoe', unrelated: 'x' } }), 5);
    assert.equal(p.fields.mentors, 'Jo Doe | @Jo-Doe | jo@example.org | jodoe\nAl Bee | @al-bee | al@example.org |');
    assert.deepEqual(p.missingLfids, [{ name: 'Al Bee', handle: 'al-bee' }]);
    assert.equal(p.fields.term, '2026 Term 3 (Sep-Nov)');
    assert.ok(TERM_OPTIONS.includes(p.fields.term));
    assert.equal(p.fields.upstream_issue_url, 'https://github.com/jaegertracing/jaeger/issues/1');
    assert.equal(p.title, '[CNCF LFX Proposal] Jaeger Trace comparison');
    assert.equal(
      p.body,
      [
        '### CNCF Project\n\nJaeger',
        '### Term\n\n2026 Term 3 (Sep-Nov)',
        '### Program Name\n\nTrace comparison',
        '### Program Description\n\nCompare two traces.\n\n## Expected outcomes\n\nA diff view.',
        '### Technologies\n\nGo, React',
        '### Skills same as Technologies?\n\n- [ ] Yes, the required skills are the same as the technologies listed above.',
        '### Required/Desirable Skills\n\nGo, React',
        '### Mentors\n\nJo Doe | @Jo-Doe | jo@example.org | jodoe\nAl Bee | @al-bee | al@example.org |',
        '### Upstream Issue URL\n\nhttps://github.com/jaegertracing/jaeger/issues/1',
        '### Application Prerequisites\n\n- [ ] Resume\n- [ ] Cover Letter\n- [ ] School Enrollment Verification\n- [ ] Participation Permission from school or employer\n- [ ] Coding Challenge',
        '### Coding Challenge URL\n\n_No response_',
        '### Custom Prerequisites\n\n- [ ] Custom Prerequisite (fill in details below)',
        '### Custom Prerequisite Name\n\n_No response_',
        '### Custom Prerequisite Description\n\n_No response_',
        '### Custom Prerequisite — File Upload\n\n- [ ] Yes — completion of this task requires the mentee to submit a file.',
      ].join('\n\n'),
    );
    // The line of any part of the idea selects it; a line outside every idea selects none.
    assert.equal(proposalsFor(doc, optionsFor(doc), 11).length, 1);
    assert.equal(proposalsFor(doc, optionsFor(doc), 0).length, 0);
  });

  test('the term: from the file, else a choice, else unknown and left empty; a description over the URL budget is flagged', () => {
    const text = `### Jaeger\n\n#### Long one\n\n- Description: ${'word '.repeat(2000)}\n- Expected Outcome: done\n`;
    const doc = buildDocument('file:///tmp/ideas.md', text);
    const [unknown] = proposalsFor(doc, optionsFor(doc));
    assert.equal(unknown.termKnown, false);
    assert.equal(unknown.fields.term, '');
    assert.equal(unknown.tooLong, true);
    assert.ok(unknown.url.length > MAX_URL_LENGTH);
    const [chosen] = proposalsFor(doc, optionsFor(doc, { termChoice: '2027 term 01' }));
    assert.equal(chosen.fields.term, '2027 Term 1 (Mar-May)');
    assert.equal(termOption(2026, 3), '2026 Term 3 (Sep-Nov)');
  });
});

/** The proposal of the one idea of `entry`, written under `### Jaeger` in a 2026 Term 3 file. */
function proposalOf(entry: string, heading = '### Jaeger\n\n') {
  const doc = buildDocument('file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md', `## Proposed Project ideas\n\n${heading}${entry}`);
  const [p, ...rest] = proposalsFor(doc, optionsFor(doc));
  assert.equal(rest.length, 0);
  return p;
}

const MENTORS = '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)\n';
const UPSTREAM = '- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1\n';

describe('nothing the mentor wrote is lost in the body', () => {
  test('nested lists stay nested and line breaks stay, in Description and Expected Outcome', () => {
    const p = proposalOf(`#### Trace replay

- Description: Replay traces.
  Second line.
- Expected Outcome:
  - A replayer
    - with a CLI
    - with an API
  - Docs
- Recommended Skills: Go
${MENTORS}${UPSTREAM}`);
    assert.equal(p.fields.program_description, 'Replay traces.\nSecond line.\n\n## Expected outcomes\n\n- A replayer\n  - with a CLI\n  - with an API\n- Docs');
  });

  test('list items of skills are joined with commas, without doubling an item\'s own full stop into `.,`', () => {
    const p = proposalOf(`#### Trace replay

- Description: Replay traces.
- Expected Outcome: A replayer.
- Recommended Skills:
  - Go.
  - React,
  - Some **Kubernetes**
${MENTORS}${UPSTREAM}`);
    assert.equal(p.fields.skills, 'Go, React, Some **Kubernetes**');
    assert.ok(!p.body.includes('.,'));
  });

  test('fields the form has no box for are carried into the Program Description as `## <Label>` sections', () => {
    const p = proposalOf(`#### Trace replay

- Description: Replay traces.
- Expected Outcome: A replayer.
- Responsibilities:
  - Write the replayer
- Learning Opportunities: Go internals
- Recommended Skills: Go
${MENTORS}${UPSTREAM}`);
    assert.equal(p.fields.program_description, 'Replay traces.\n\n## Expected outcomes\n\nA replayer.\n\n## Responsibilities\n\n- Write the replayer\n\n## Learning Opportunities\n\nGo internals');
  });

  test('text between fields is carried after the Description', () => {
    const p = proposalOf(`#### Trace replay

CNCF - Jaeger: Trace replay (2026 Term 3)

Some context written before the fields.

- Description: Replay traces.
- Expected Outcome: A replayer.
- Recommended Skills: Go
${MENTORS}${UPSTREAM}`);
    assert.equal(p.fields.program_description, 'Replay traces.\n\nSome context written before the fields.\n\n## Expected outcomes\n\nA replayer.');
  });

  test('a Co-Mentor field\'s mentors join the Mentors', () => {
    const p = proposalOf(`#### Trace replay

- Description: Replay traces.
- Expected Outcome: A replayer.
- Recommended Skills: Go
${MENTORS}- Co-Mentor:
  - Cy Dee (@cy-dee, cy@example.org)
${UPSTREAM}`);
    assert.deepEqual(p.fields.mentors.split('\n').map((l) => l.split(' | ')[1]), ['@jo-doe', '@al-bee', '@cy-dee']);
    assert.ok(!p.fields.program_description.includes('Co-Mentor'));
  });

  test('a third mentor written inside another\'s parentheses reaches the Mentors', () => {
    const p = proposalOf(`#### Trace replay

- Description: Replay traces.
- Expected Outcome: A replayer.
- Recommended Skills: Go
- Mentor(s): Jo Doe (@jo-doe, jo@example.org), Al Bee (@al-bee, al@example.org, Cy Dee (@cy-dee, cy@example.org))
${UPSTREAM}`);
    assert.equal(p.fields.mentors, 'Jo Doe | @jo-doe | jo@example.org |\nAl Bee | @al-bee | al@example.org |\nCy Dee | @cy-dee | cy@example.org |');
  });

  test('an upstream value that is the LFX link files the real issue after it', () => {
    const p = proposalOf(`#### Trace replay

- Description: Replay traces.
- Expected Outcome: A replayer.
- Recommended Skills: Go
${MENTORS}- Upstream Issue: https://mentorship.lfx.linuxfoundation.org/project/0000 https://github.com/jaegertracing/jaeger/issues/7
`);
    assert.equal(p.fields.upstream_issue_url, 'https://github.com/jaegertracing/jaeger/issues/7');
  });

  test('the CNCF Project is the catalog project of the `CNCF - X:` line (Headlamp under Kubernetes)', () => {
    const p = proposalOf(`#### Headlamp: plugin catalog

CNCF - Headlamp: Plugin catalog (2026 Term 3)

- Description: Plugins.
- Expected Outcome: A catalog.
- Recommended Skills: TypeScript
${MENTORS}${UPSTREAM}`, '### Kubernetes\n\n');
    assert.equal(p.fields.cncf_project, 'Headlamp');
    assert.equal(p.fields.program_name, 'Plugin catalog');
  });
});

test('a `### ` line inside the Description is filed one space in, so the form does not read it as a field of its own', () => {
  const p = proposalOf(`#### Trace replay

- Description: Replay traces.

  \`\`\`
  ### Background
  \`\`\`
  Some history.
- Expected Outcome: A replayer.
- Recommended Skills: Go
${MENTORS}${UPSTREAM}`);
  assert.equal(p.fields.program_description, 'Replay traces.\n\n```\n ### Background\n```\nSome history.\n\n## Expected outcomes\n\nA replayer.');
  const sections = p.body.split(/^### +/m).slice(1).map((s) => s.slice(0, s.indexOf('\n')));
  assert.ok(!sections.includes('Background'), sections.join(', '));
});

test('a line of the Mentor(s) field that names no mentor is carried as a note, not dropped', () => {
  const p = proposalOf(`#### Trace replay

- Description: Replay traces.
- Expected Outcome: A replayer.
- Recommended Skills: Go
${MENTORS}  - Cy Dee and Di Eve from Grafana also available to help
${UPSTREAM}`);
  assert.equal(p.fields.mentors.split('\n').length, 2);
  assert.ok(p.fields.program_description.endsWith('\n\n## Mentor notes\n\nCy Dee and Di Eve from Grafana also available to help'), p.fields.program_description);
});
