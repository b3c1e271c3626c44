import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeGitHub, issueJson } from '../support/fakeGitHub';
import { ideaEntry } from '../support/entries';

const CLI = resolve(__dirname, '../../dist/cli.js');
const TOKEN = 'ghp_FAKEcliOnline0123456789abcFAKE';

/** Runs the CLI as a process without blocking this one (the fake GitHub answers from here). */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}


describe('check --online', () => {
  const fake = new FakeGitHub();
  let dir: string;
  let file: string;
  let config: string;

  before(async () => {
    await fake.start();
    fake.route('/repos/acme/widgets/issues/1', { body: issueJson({ number: 1 }) });
    fake.route('/repos/acme/widgets/issues/2', { body: issueJson({ number: 2, state: 'closed', state_reason: 'not_planned' }) });
    fake.route('/repos/acme/widgets/issues/3', { status: 500, body: 'down' });
    dir = mkdtempSync(join(tmpdir(), 'mi-online-'));
    file = join(dir, 'project_ideas.md');
    writeFileSync(
      file,
      `### Jaeger\n\n${[ideaEntry('Open', `${fake.origin}/acme/widgets/issues/1`), ideaEntry('Closed', 'https://github.com/acme/widgets/issues/2'), ideaEntry('Erroring', `${fake.origin}/acme/widgets/issues/3`)].join('\n')}`,
    );
    config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ mentorshipIdeas: { github: { apiUrl: fake.origin } } }));
  });

  after(() => fake.stop());

  test('fetches the linked issues with GITHUB_TOKEN from the API of --config; reports the closed one and says which could not be checked', async () => {
    const r = await run(['check', '--online', '--format', 'json', '--config', config, file], { ...process.env, GITHUB_TOKEN: TOKEN, MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS: '1000' });
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { files: { diagnostics: { code: string; severity: string; message: string; line: number }[] }[] };
    const closed = json.files[0].diagnostics.filter((d) => d.code === 'upstream-closed');
    assert.equal(closed.length, 1);
    assert.equal(closed[0].severity, 'info');
    assert.match(closed[0].message, /acme\/widgets#2 is closed as not planned/);
    assert.match(r.err, /acme\/widgets#3 not checked: GitHub error \(500\)/);
    assert.equal(fake.requests.length, 3);
    for (const req of fake.requests) assert.equal(req.headers.authorization, `Bearer ${TOKEN}`);
    assert.ok(!r.out.includes(TOKEN) && !r.err.includes(TOKEN));
  });

  test('without --online nothing is fetched', async () => {
    const before = fake.requests.length;
    const r = await run(['check', '--format', 'json', '--config', config, file], { ...process.env, GITHUB_TOKEN: TOKEN });
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes('upstream-closed'));
    assert.equal(fake.requests.length, before);
  });
});
