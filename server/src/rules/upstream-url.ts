import { quote } from './helpers/mentorText';
import type { IdeaRule } from './rule';
import { upstreamFields } from './helpers/upstreamFields';

/**
 * An Upstream Issue whose value holds no http(s) URL (`TBD`, `#123`, a bare
 * `github.com/...`). `<url>`, `[text](url)` and a URL on a nested list line
 * count; an empty value is `empty-field`'s.
 */
export const upstreamUrl: IdeaRule = {
  code: 'upstream-url',
  defaultSeverity: 'error',
  description: 'The Upstream Issue is not an http(s) URL.',
  scope: 'idea',
  check(idea) {
    return upstreamFields(idea)
      .filter((f) => f.value.trim() !== '' && f.links.length === 0)
      .map((f) => ({
        range: f.lineRange,
        message: /^<?(?:www\.)?github\.com\//i.test(f.value.trim())
          ? `Upstream Issue ${quote(f.value)} has no scheme: write it as https://${f.value.trim().replace(/^<|>$/g, '')}`
          : `Upstream Issue ${quote(f.value)} is not an http(s) URL: link the upstream issue, e.g. https://github.com/<org>/<repo>/issues/<number>`,
      }));
  },
};
