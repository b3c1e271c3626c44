import { after, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliProcess';
import { FakeGitHub } from './fakeGitHub';
import { FakeIssueTracker } from './fakeIssues';

/**
 * A suite of CLI runs against a fake GitHub holding cncf/mentoring's issues,
 * set up in the `describe` that calls it: the fake runs for the suite, the
 * token is jo-doe's, each test starts with no request recorded, a fresh
 * folder (`dir`) holds a config (`config`) pointing github.apiUrl at the fake,
 * and no output of `run` may hold the token.
 */
export function fakeGitHubCli(token: string, folderPrefix: string) {
  const fake = new FakeGitHub();
  const tracker = new FakeIssueTracker(fake, 'cncf', 'mentoring');
  const outputs: string[] = [];
  const folder = { dir: '', config: '' };
  /** The environment of a run: `withToken` as GITHUB_TOKEN (`''` for none), GitHub's timeout one second. */
  const env = (withToken = token): NodeJS.ProcessEnv => ({ ...process.env, GITHUB_TOKEN: withToken, MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS: '1000' });

  before(async () => {
    await fake.start();
    tracker.tokens.set(token, 'jo-doe');
    folder.dir = mkdtempSync(join(tmpdir(), folderPrefix));
    folder.config = join(folder.dir, 'config.json');
    writeFileSync(folder.config, JSON.stringify({ mentorshipIdeas: { github: { apiUrl: fake.origin } } }));
  });

  beforeEach(() => {
    fake.requests.length = 0;
  });

  after(async () => {
    await fake.stop();
    for (const o of outputs) assert.ok(!o.includes(token), 'the token is in no output');
  });

  return {
    fake,
    tracker,
    env,
    get dir(): string {
      return folder.dir;
    },
    get config(): string {
      return folder.config;
    },
    /** Runs the CLI, its output kept for the token check. */
    async run(args: string[], runEnv = env(), cwd?: string) {
      const r = await runCli(args, runEnv, cwd);
      outputs.push(r.out, r.err);
      return r;
    },
  };
}
