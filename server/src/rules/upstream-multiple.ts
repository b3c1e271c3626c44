import type { IdeaRule } from './rule';
import { distinctUrls, upstreamFields } from './helpers/upstreamFields';

/** More than one URL in the Upstream Issue: the proposal form takes exactly one. */
export const upstreamMultiple: IdeaRule = {
  code: 'upstream-multiple',
  defaultSeverity: 'error',
  description: 'The Upstream Issue holds more than one URL.',
  scope: 'idea',
  check(idea, _project, ctx) {
    return upstreamFields(idea).flatMap((f) => {
      const urls = distinctUrls(f);
      if (urls.length <= 1) return [];
      const shown = urls.slice(0, 3).map((u) => u.url).join(', ') + (urls.length > 3 ? ', …' : '');
      return [
        {
          range: f.lineRange,
          message: `Upstream Issue links ${urls.length} URLs (${shown}): ${ctx.kind === 'gsoc' ? 'the template asks for one' : 'LFX takes exactly one'}; link an umbrella issue that lists the others`,
        },
      ];
    });
  },
};
