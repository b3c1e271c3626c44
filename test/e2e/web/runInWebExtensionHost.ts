/// <reference types="mocha" />
// The extensionTestsPath of the web run: the mocha suite (its browser build) in
// the browser's web worker extension host, which has no file system to write
// to: each result, as a JSON line, is POSTed to the runner's results server
// (its URL in the workspace setting mentorshipIdeasE2E.resultsUrl). The last
// line is {"done":true,...}; a missing one means the host died or hung.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import type { TestResult } from '../runInExtensionHost';

/** Runs the suite; `loadSuiteFiles` requires its files (the entry point scripts/e2e/build-suite.mjs generates). */
export async function runWebSuite(loadSuiteFiles: () => void): Promise<void> {
  const resultsUrl = vscode.workspace.getConfiguration('mentorshipIdeasE2E').get<string>('resultsUrl');
  if (!resultsUrl) throw new Error('mentorshipIdeasE2E.resultsUrl is not set in the workspace settings');
  // One POST after the other: the runner reads the lines in the order they were sent.
  let sent: Promise<unknown> = Promise.resolve();
  const write = (line: object) => {
    sent = sent.then(() => fetch(resultsUrl, { method: 'POST', body: JSON.stringify(line) }).catch(() => undefined));
    return sent;
  };
  mocha.setup({ ui: 'bdd', timeout: 60_000, color: false, reporter: class {} as never });
  loadSuiteFiles();
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => void write({ title: test.fullTitle(), state: 'passed', durationMs: test.duration } satisfies TestResult));
    runner.on('fail', (test, err: Error) => void write({ title: test.fullTitle(), state: 'failed', error: err.stack ?? String(err) } satisfies TestResult));
  });
  await write({ done: true, failures });
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}
