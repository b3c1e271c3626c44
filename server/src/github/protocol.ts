/**
 * The editor hands the server its GitHub token with this notification,
 * params `{ token: string | null }` (null: signed out; the server then falls
 * back to the GITHUB_TOKEN environment variable, if set).
 */
export const SET_GITHUB_TOKEN = 'mentorshipIdeas/setGitHubToken';

export interface SetGitHubTokenParams {
  token: string | null;
}
