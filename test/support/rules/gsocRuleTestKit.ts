import type { Diagnostic } from '../../../server/src/analysis/diagnostic';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { analyzeText } from './ruleTestKit';

/** Shared by the tests of the GSoC rules: a GSoC idea list of a year, with its ideas as written. */

export const gsocUri = (year: number) => `file:///ws/programs/summerofcode/${year}.md`;

export const GSOC_MENTORS = '- Mentor(s):\n  - Jane Doe (@jane-github, jane@example.org) - primary\n  - John Doe (@john-github, john@example.org)';

/** One idea at the year's levels (`#####` from 2024), its fields as given. */
export function gsocIdea(title: string, { year = 2026, size = '- Expected project size: large (~350 hour projects)', mentors = GSOC_MENTORS, issue = 4 } = {}): string {
  const hashes = year >= 2024 ? '#####' : '####';
  return `${hashes} ${title}

- Description: Replay stored traces against a new build.
- Expected Outcome: A replay command with tests.
- Recommended Skills: Go
${size ? size + '\n' : ''}${mentors}
- Upstream Issue (URL): https://github.com/jaegertracing/jaeger/issues/${issue}
`;
}

export function gsocFile(year: number, ...ideas: string[]): string {
  const project = year >= 2024 ? '####' : '###';
  return `## Project Ideas

If you are a project maintainer and consider mentoring during the GSoC ${year} cycle, please, submit your ideas below using the template.

### Template

\`\`\`
${project} CNCF Project Name

${project}# Project Title

- Description:
- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)
\`\`\`

## Ideas

${project} Jaeger

${ideas.join('\n')}`;
}

export function gsocProblems(code: string, year: number, text: string, settings: Settings = defaultSettings()): Diagnostic[] {
  return analyzeText(text, gsocUri(year), settings).filter((d) => d.code === code);
}
