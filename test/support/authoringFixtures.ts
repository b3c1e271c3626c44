/**
 * A small workspace of ideas files over three terms, for the authoring tests
 * (completion, hovers, workspace symbols, new-entry commands). Every person,
 * handle and address here is invented.
 */

export const OLDER_TERM = 'programs/lfx-mentorship/2025/01-Mar-May/project_ideas.md';
export const MIDDLE_TERM = 'programs/lfx-mentorship/2025/02-Jun-Aug/README.md';
export const CURRENT_TERM = 'programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
/** Never indexed: below node_modules. */
export const VENDORED = 'node_modules/some-package/project_ideas.md';

function entry(title: string, mentors: string[], issue: number): string {
  return [
    `#### ${title}`,
    '',
    `- Description: ${title}: the mentee builds it, tests it and documents it.`,
    '- Expected Outcome: A merged pull request.',
    '- Recommended Skills: Go',
    '- Mentor(s):',
    ...mentors.map((m) => `  - ${m}`),
    `- Upstream Issue: https://github.com/example/project/issues/${issue}`,
    '',
  ].join('\n');
}

export const QUINN = 'Quinn Fictional (@quinn-fictional, quinn@example.org)';
export const ROBIN = 'Robin Madeup (@robin-madeup, robin@example.org)';
export const SKY = 'Sky Invented (@sky-invented, sky@example.net)';
export const AVERY = 'Avery Example (@avery-example, avery@example.org)';
export const NODEY = 'Nodey Vendored (@nodey-vendored, nodey@example.com)';

export const FILES: Record<string, string> = {
  [OLDER_TERM]: [
    '# Term 01 - 2025 March - May',
    '',
    '## Proposed Project ideas',
    '',
    '### Jaeger',
    '',
    entry('Trace comparison view', [QUINN, ROBIN], 1),
    '### Prometheus',
    '',
    entry('Remote write dashboard', [SKY, ROBIN], 2),
    entry('Alert rule linter', [SKY], 3),
  ].join('\n'),
  [MIDDLE_TERM]: [
    '# Term 02 - 2025 June - August',
    '',
    '## Accepted Projects',
    '',
    '### Envoy',
    '',
    entry('Filter fuzzing harness', [SKY], 4),
    '### Jaeger',
    '',
    entry('Sampling strategies page', [ROBIN], 5),
  ].join('\n'),
  [CURRENT_TERM]: [
    '# Term 01 - 2026 March - May',
    '',
    '## Template',
    '',
    '```',
    '### CNCF Project Name',
    '',
    '#### Mentorship project Title',
    '',
    '- Description:',
    '- Mentor(s):',
    '```',
    '',
    '## Proposed Project ideas',
    '',
    '',
    '### Jaeger',
    '',
    entry('Span search by attribute', [AVERY], 6),
    '#### Flame graph export',
    '',
    '- Description: Export a trace as a flame graph.',
    '- Mentor(s):',
    '  - ' + AVERY,
    '',
    '### Prometheus',
    '',
    entry('Native histogram docs', [SKY], 7),
  ].join('\n'),
  [VENDORED]: ['### Jaeger', '', entry('Vendored copy', [NODEY], 8)].join('\n'),
};

/** The line of `text` in the file at `path` (0-based); throws when absent, so a fixture change cannot make a test vacuous. */
export function lineOf(path: string, text: string, from = 0): number {
  const lines = FILES[path].split('\n');
  const i = lines.findIndex((l, n) => n >= from && l === text);
  if (i < 0) throw new Error(`"${text}" not in ${path}`);
  return i;
}

/** Documents no one should write, for checking that authoring features answer without crashing and stay inside the text. */
export const ODD_DOCUMENTS: [string, string][] = [
  ['empty', ''],
  ['binary', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
  ['crlf-bom', '\uFEFF### Jaeger\r\n\r\n#### T\r\n\r\n- Description: x\r\n- Mentor(s):\r\n  - A (@a, a@b.co)\r\n  - @\r\n'],
  ['unicode', '### 😀 Proj\u0301\n\n#### 标题 e\u0301\t😀\n\n- Mentor(s): 😀 (@😀, 😀@😀.😀)\n  - （@ｘ，ｙ）\n- \n'],
  ['unterminated fence', '### P\n\n```\n#### Not an idea\n- Mentor(s):\n  - '],
  ['only markers', '###\n####\n-\n- Mentor(s):\n  -\n  - (\n  - @\n'],
];

/** Every position worth asking about in `text`: the start, the middle and the end of each line, and past its end. */
export function probePositions(text: string): { line: number; character: number }[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.flatMap((l, line) => [0, Math.floor(l.length / 2), l.length, l.length + 3].map((character) => ({ line, character })));
}
