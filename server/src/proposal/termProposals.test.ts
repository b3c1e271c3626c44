import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Catalog } from '../catalog/catalog';
import type { Issue } from '../github/proposalIssues';
import { proposalBody } from './proposal';
import { issueFormFields, listingJson, sameProjectTerm, termListing } from './termProposals';

const SHARED = resolve(__dirname, '../../../../shared');
const LIB = join(SHARED, 'oracle/cncf-mentoring/programs/lfx-mentorship/automation/lib');
const EXPORT = join(SHARED, 'corpus/proposals/2026_03-Sep-Nov_lfx-export.json');
const missing = !existsSync(LIB) || !existsSync(EXPORT) ? 'CNCF\'s automation or the proposal export is not in ../shared' : false;

interface Exported {
  issue_number: number;
  cncf_project: string;
  term: string;
  program_name_short: string;
  description: string;
  technologies: string;
  skills: string;
  mentors: { name: string; github_handle: string; email: string; lfid: string }[];
  upstream_issue_url: string;
}

function issueOf(p: Exported, over: Partial<Issue> = {}): Issue {
  const body = proposalBody({
    cncf_project: p.cncf_project,
    term: p.term,
    program_name: p.program_name_short,
    program_description: p.description,
    technologies: p.technologies,
    skills: p.skills,
    mentors: p.mentors.map((m) => [m.name, '@' + m.github_handle, m.email, m.lfid].join(' | ')).join('\n'),
    upstream_issue_url: p.upstream_issue_url,
  });
  return { number: p.issue_number, title: `[CNCF LFX Proposal] ${p.cncf_project} ${p.program_name_short}`, url: `https://github.com/cncf/mentoring/issues/${p.issue_number}`, state: 'open', author: p.mentors[0].github_handle, labels: ['lfx mentorship', 'Proposal'], body, updatedAt: '2026-08-01T00:00:00Z', isPullRequest: false, ...over };
}

test('the 59 proposals of 2026 Term 3: read as CNCF reads them, counted per project, duplicates as CNCF finds them', { skip: missing }, () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseIssueForm } = require(join(LIB, 'parse.js'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { findDuplicateUpstreamIssues } = require(join(LIB, 'validate.js'));
  const programs = (JSON.parse(readFileSync(EXPORT, 'utf8')) as { programs: Exported[] }).programs;
  const issues = programs.map((p) => issueOf(p));
  // Two proposals that share an upstream URL written differently, and one of another term.
  const first = programs[0];
  issues.push(issueOf({ ...first, issue_number: 9001, program_name_short: 'Second take', upstream_issue_url: first.upstream_issue_url.toUpperCase().replace('HTTPS://GITHUB.COM', 'http://www.github.com') + '/#top' }));
  issues.push(issueOf({ ...first, issue_number: 9002, term: '2027 Term 1 (Mar-May)' }));
  for (const issue of issues) assert.deepEqual(issueFormFields(issue.body), parseIssueForm(issue.body), `#${issue.number} is read as CNCF reads it`);

  const listing = termListing(issues, Catalog.bundled(), { term: '2026 Term 3' });
  assert.equal(listing.term, '2026 Term 3 (Sep-Nov)');
  const counted = listing.projects.reduce((n, p) => n + p.open, 0);
  assert.equal(counted, programs.length + 1, 'every proposal of the term once, the 2027 one left out');
  for (const p of listing.projects) {
    assert.equal(p.open, sameProjectTerm(issues, p.project, '2026 Term 3 (Sep-Nov)').length, `${p.project}: the count CNCF's workflow makes`);
    assert.equal(p.quota, p.project === 'Kubernetes' ? 8 : 4);
    for (const q of p.proposals) {
      const others = sameProjectTerm(issues, p.project, '2026 Term 3 (Sep-Nov)').filter((i) => i.number !== q.number).map((i) => ({ number: i.number, url: parseIssueForm(i.body)['Upstream Issue URL'] ?? '' }));
      assert.deepEqual(q.duplicates, [...findDuplicateUpstreamIssues(q.upstream, others)].sort((a: number, b: number) => a - b), `#${q.number}: duplicates as CNCF finds them`);
    }
  }
  const jaeger = listing.projects.find((p) => p.project === first.cncf_project)!;
  assert.deepEqual(jaeger.proposals.find((q) => q.number === 9001)?.duplicates, [first.issue_number]);
  const json = listingJson(listing) as { projects: { proposals: Record<string, unknown>[] }[] };
  assert.deepEqual(Object.keys(json.projects[0].proposals[0]), ['number', 'title', 'url', 'author', 'labels', 'upstream', 'duplicates']);
});

test('mine first (filed by me or naming me as a mentor), --mine keeps the project counts, --project picks one', () => {
  const body = (project: string, handle: string, upstream = 'https://github.com/a/b/issues/1') =>
    `### CNCF Project\n\n${project}\n\n### Term\n\n2026 Term 3 (Sep-Nov)\n\n### Mentors\n\nX | @${handle} | x@example.org | x\n\n### Upstream Issue URL\n\n${upstream}`;
  const issue = (number: number, project: string, author: string, handle = author): Issue => ({ number, title: `P${number}`, url: '', state: 'open', author, labels: [], body: body(project, handle, `https://github.com/a/b/issues/${number}`), updatedAt: '', isPullRequest: false });
  const issues = [issue(1, 'Argo', 'ann'), issue(2, 'Argo', 'bob'), issue(3, 'Jaeger', 'cy'), issue(4, 'Jaeger', 'dee', 'me'), issue(5, 'Jaeger', 'me')];
  const listing = termListing(issues, Catalog.bundled(), { me: 'ME' });
  assert.deepEqual(listing.projects.map((p) => [p.project, p.proposals.map((q) => q.number)]), [['Jaeger', [4, 5, 3]], ['Argo', [1, 2]]]);
  const mine = termListing(issues, Catalog.bundled(), { me: 'me', mine: true });
  assert.deepEqual(mine.projects.map((p) => [p.project, p.open, p.proposals.map((q) => q.number)]), [['Jaeger', 3, [4, 5]]]);
  assert.deepEqual(termListing(issues, Catalog.bundled(), { project: 'argo' }).projects.map((p) => p.project), ['Argo']);
});
