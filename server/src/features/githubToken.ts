import type { Feature } from '../serverContext';
import { githubFor } from '../github/service';
import { SET_GITHUB_TOKEN, type SetGitHubTokenParams } from '../protocol';

/** Receives the editor's GitHub token (`mentorshipIdeas/setGitHubToken`); a malformed one counts as none. */
export const githubTokenFeature: Feature = {
  register(ctx) {
    ctx.connection.onNotification(SET_GITHUB_TOKEN, (params: SetGitHubTokenParams | undefined) => {
      const token = typeof params?.token === 'string' && /^[\x21-\x7e]{1,1000}$/.test(params.token) ? params.token : undefined;
      githubFor(ctx).setEditorToken(token);
    });
  },
};
