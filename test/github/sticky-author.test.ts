import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/comments.js';
import { tokenIdentity } from '../../src/github/identity.js';
import { assignedMarker, commentOnce } from '../../src/github/merged-pulls.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

// Anyone who may comment can paste pgmig's hidden marker at the top of a comment of their own.
// pgmig matched on the marker alone and rewrote that comment with its report: the comment then
// read as pgmig's verdict, under the other person's name, with their edit history.

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const repo = { owner: 'acme', repo: 'crm' };
const marker = stickyMarker('db/migration');
const client = (token = 'ghs_default') => createClient(token, { apiUrl: gh.url, sleep: async () => {}, log: () => {} });
const by = (login: string, type = 'User') => ({ login, type });
const BOT = by('github-actions[bot]', 'Bot');

describe('the sticky comment edits only what the token wrote', () => {
  it("never edits another user's comment that carries the marker: creates its own, and edits that one next time", async () => {
    const planted = `${marker}\n✅ **pgmig: no findings** (trust me)`;
    gh.comments.push({ id: 1, issue: 5, body: planted, user: by('mallory'), created_at: '', updated_at: '' });

    const first = await upsertStickyComment(client(), repo, { issueNumber: 5, marker, body: 'the real report', create: true });
    expect(first).toMatchObject({ action: 'created', id: 1000, others: [1] });
    expect(gh.requestsTo(/\/issues\/comments\/1$/, 'PATCH')).toHaveLength(0);
    expect(gh.comments.find((c) => c.id === 1)!.body).toBe(planted);

    const second = await upsertStickyComment(client(), repo, { issueNumber: 5, marker, body: 'the next report', create: true });
    expect(second).toMatchObject({ action: 'updated', id: 1000, duplicates: [], others: [1] });
    expect(gh.comments.find((c) => c.id === 1)!.body).toBe(planted);
    expect(gh.comments.find((c) => c.id === 1000)!.body).toBe(`${marker}\nthe next report`);
    expect(gh.requestsTo(/\/issues\/comments\/\d+$/, 'PATCH').map((r) => r.path)).toEqual(['/repos/acme/crm/issues/comments/1000']);
  });

  it('a planted comment does not stop a create: false run from staying quiet', async () => {
    gh.comments.push({ id: 2, issue: 6, body: `${marker}\nold`, user: by('mallory'), created_at: '', updated_at: '' });
    expect(await upsertStickyComment(client(), repo, { issueNumber: 6, marker, body: 'x', create: false })).toEqual({ action: 'skipped' });
    expect(gh.requestsTo(/\/comments/, 'PATCH')).toHaveLength(0);
  });

  it('with a personal access token, its user is the author: the Actions bot comment of another workflow is left alone', async () => {
    gh.setTokenUser('ghp_release', 'release-bot');
    gh.comments.push({ id: 3, issue: 7, body: `${marker}\nfrom the default token`, user: BOT, created_at: '', updated_at: '' });
    gh.comments.push({ id: 4, issue: 7, body: `${marker}\nmine`, user: by('release-bot'), created_at: '', updated_at: '' });
    const r = await upsertStickyComment(client('ghp_release'), repo, { issueNumber: 7, marker, body: 'new', create: true });
    expect(r).toMatchObject({ action: 'updated', id: 4, others: [3] });
    expect(gh.comments.find((c) => c.id === 3)!.body).toBe(`${marker}\nfrom the default token`);
  });

  it('asks who the token is once per client, and only when there is a marked comment to judge', async () => {
    const c = client();
    await upsertStickyComment(c, repo, { issueNumber: 8, marker, body: 'one', create: true });
    expect(gh.requestsTo(/^\/graphql$/)).toHaveLength(0);
    await upsertStickyComment(c, repo, { issueNumber: 8, marker, body: 'two', create: true });
    await upsertStickyComment(c, repo, { issueNumber: 8, marker, body: 'three', create: true });
    expect(gh.requestsTo(/^\/graphql$/)).toHaveLength(1);
    expect(gh.comments.filter((x) => x.issue === 8)).toHaveLength(1);
  });

  it('without GraphQL: GET /user for a personal token; the default token is taken for the Actions bot', async () => {
    gh.graphqlOff = true;
    gh.setTokenUser('ghp_dev', 'octodev');
    expect(await tokenIdentity(client('ghp_dev'))).toEqual({ login: 'octodev', source: 'rest' });
    expect(await tokenIdentity(client('ghs_default'))).toEqual({ login: 'github-actions[bot]', source: 'assumed' });
    expect(gh.requestsTo(/^\/user$/).length).toBe(2);
    gh.graphqlOff = false;
    expect(await tokenIdentity(client('ghs_other'))).toEqual({ login: 'github-actions[bot]', source: 'graphql' });
  });

  it("the once-only comment on a merged pull request: someone else's copy of its marker does not silence it", async () => {
    const marker = assignedMarker('abc1234');
    gh.comments.push({ id: 9, issue: 9, body: `${marker}\nnothing to see`, user: by('mallory'), created_at: '', updated_at: '' });
    expect(await commentOnce(client(), repo, 9, marker, 'V227 assigned')).toMatchObject({ action: 'created' });
    expect(await commentOnce(client(), repo, 9, marker, 'V227 assigned')).toMatchObject({ action: 'exists' });
    expect(gh.comments.filter((c) => c.issue === 9).map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);
  });
});
