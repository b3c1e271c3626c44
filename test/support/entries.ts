/** A complete, well-formed idea entry (invented mentors), with its upstream issue and anything written before that line. */
export function ideaEntry(title: string, upstream: string, before = ''): string {
  return `#### ${title}

- Description: Something to build.
- Expected Outcome: It is built.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
${before}- Upstream Issue: ${upstream}
`;
}
