// The extensionTestsPath of the code-server runner: runs the mocha suite in
// the extension host and writes each result, as a JSON line, to the file
// named by MENTORSHIP_IDEAS_E2E_RESULTS, which the runner reads. The last
// line is {"done":true,...}; a missing one means the host died or hung.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export async function run(): Promise<void> {
  const resultsFile = process.env.MENTORSHIP_IDEAS_E2E_RESULTS;
  const write = (line: object) => {
    if (resultsFile) appendFileSync(resultsFile, JSON.stringify(line) + '\n');
  };
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const suiteDir = join(__dirname, 'suite');
  for (const file of readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(suiteDir, file));
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => write({ title: test.fullTitle(), state: 'passed', durationMs: test.duration } satisfies TestResult));
    runner.on('fail', (test, err: Error) => write({ title: test.fullTitle(), state: 'failed', error: err.stack ?? String(err) } satisfies TestResult));
  });
  write({ done: true, failures });
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}
