import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** CNCF's validator (../shared/oracle, a test dependency only). */
export const ORACLE = join(resolve(__dirname, '../../../shared'), 'oracle/validate-proposal.cjs');
export const oracleMissing = existsSync(ORACLE) ? false : `CNCF's validator is not at ${ORACLE} (see the oracle's README)`;

export interface OracleVerdict {
  errors: string[];
  warnings: string[];
  passed: string[];
  isProposal: boolean;
  fields: Record<string, string>;
}

/** CNCF's verdict on each request (one process for all): an issue body with its title, and the other open proposals it sees. */
export function cncfVerdicts(requests: { body: string; title: string; open?: { number: number; title: string; body: string }[] }[]): OracleVerdict[] {
  const r = spawnSync(process.execPath, [ORACLE, '--jsonl'], { input: requests.map((q) => JSON.stringify(q)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`CNCF's validator failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as OracleVerdict);
}
