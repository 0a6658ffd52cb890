import type { GitHubClient } from './client.js';

/**
 * The login GitHub shows as the author of what this token writes. A personal access token is a
 * user; the default GITHUB_TOKEN and a GitHub App's installation token are the app's bot
 * (`github-actions[bot]`, `<app-slug>[bot]`). `GET /user` answers only for users (an
 * installation token gets 403 "Resource not accessible by integration"), and `GET /app` only for
 * an app's JWT; GraphQL's `viewer` answers for both kinds, so it is asked first.
 */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';

export interface TokenIdentity {
  login: string;
  /** How pgmig knows: asked GitHub, or assumed the default token's bot because GitHub would not say. */
  source: 'graphql' | 'rest' | 'assumed';
}

const known = new WeakMap<GitHubClient, Promise<TokenIdentity>>();

/** Looked up once per client. */
export function tokenIdentity(gh: GitHubClient): Promise<TokenIdentity> {
  let found = known.get(gh);
  if (!found) {
    found = lookUp(gh);
    known.set(gh, found);
  }
  return found;
}

async function lookUp(gh: GitHubClient): Promise<TokenIdentity> {
  try {
    const answer = await gh.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof answer?.viewer?.login === 'string' && answer.viewer.login) return { login: answer.viewer.login, source: 'graphql' };
  } catch {
    // GraphQL turned off (some GitHub Enterprise proxies), or a token without it: try REST
  }
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    if (typeof data?.login === 'string' && data.login) return { login: data.login, source: 'rest' };
  } catch {
    // an installation token: the default one is the Actions bot
  }
  // a wrong guess only costs a second comment, never an edit of someone else's
  return { login: DEFAULT_TOKEN_LOGIN, source: 'assumed' };
}

/** Whether a comment (or anything with a `user`) was written by `login`. */
export function authoredBy(item: { user?: { login?: string } | null }, login: string): boolean {
  return typeof item.user?.login === 'string' && item.user.login.toLowerCase() === login.toLowerCase();
}
