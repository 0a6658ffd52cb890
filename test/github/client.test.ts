import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, describeApiError } from '../../src/github/client.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/comments.js';
import { listPullRequestFiles } from '../../src/github/pulls.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub;
const waits: number[] = [];
const logs: string[] = [];
beforeEach(async () => {
  gh = await startFakeGitHub();
  waits.length = 0;
  logs.length = 0;
});
afterEach(async () => {
  await gh.close();
});

const repo = { owner: 'acme', repo: 'crm' };
const client = (token = 'ghs_t') =>
  createClient(token, { apiUrl: gh.url, sleep: async (ms) => void waits.push(ms), log: (m) => logs.push(m) });

describe('the GitHub client', () => {
  it('talks to the API URL it is given, with the token', async () => {
    gh.setPullFiles(1, [{ filename: 'a.sql', status: 'added' }]);
    expect(await listPullRequestFiles(client(), repo, 1)).toEqual([{ filename: 'a.sql', status: 'added' }]);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/acme/crm/pulls/1/files', query: { per_page: '100' } });
    expect(gh.requests[0]!.headers.authorization).toBe('token ghs_t');
    expect(gh.requests[0]!.headers['user-agent']).toMatch(/^pgmig/);
  });

  it('follows every page of a long file list', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.sql`, status: i === 249 ? 'renamed' : 'modified', ...(i === 249 ? { previous_filename: 'old.sql' } : {}) }));
    gh.setPullFiles(2, files);
    const got = await listPullRequestFiles(client(), repo, 2);
    expect(got).toHaveLength(250);
    expect(got[249]).toEqual({ filename: 'f249.sql', status: 'renamed', previousFilename: 'old.sql' });
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('retries a transient failure and logs why; gives up after the bound with the last error', async () => {
    gh.setPullFiles(3, [{ filename: 'a.sql', status: 'added' }]);
    gh.fail({ path: /files$/, status: 503, times: 2 });
    expect(await listPullRequestFiles(client(), repo, 3)).toHaveLength(1);
    expect(waits).toEqual([1000, 2000]);
    expect(logs[0]).toMatch(/^GitHub API GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/crm\/pulls\/3\/files\?per_page=100: server error 503 \(fake failure 503\); trying again in 1 s$/);

    gh.fail({ path: /files$/, status: 502, times: 10, body: { message: 'Bad Gateway' } });
    const err = await listPullRequestFiles(client(), repo, 3).catch((e: unknown) => e);
    expect(describeApiError(err)).toMatch(/^502 Bad Gateway \(GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/crm\/pulls\/3\/files\)$/);
    expect(gh.requestsTo(/files$/).length).toBe(3 + 4);
  });
});

describe('the sticky comment', () => {
  const marker = stickyMarker('db/migration');

  it('marker: hidden, one per folder, cannot be closed early by the key', () => {
    expect(marker).toBe('<!-- pgmig:sticky-comment db%2Fmigration -->');
    expect(stickyMarker('a-->b')).not.toContain('-->b');
    expect(stickyMarker('db/a')).not.toBe(stickyMarker('db/b'));
  });

  it('creates, then edits the same comment, and leaves it alone when nothing changed', async () => {
    const c = client();
    const first = await upsertStickyComment(c, repo, { issueNumber: 5, marker, body: 'one', create: true });
    expect(first).toMatchObject({ action: 'created' });
    const second = await upsertStickyComment(c, repo, { issueNumber: 5, marker, body: 'two', create: true });
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
    const third = await upsertStickyComment(c, repo, { issueNumber: 5, marker, body: 'two', create: true });
    expect(third).toMatchObject({ action: 'unchanged' });
    expect(gh.comments.map((x) => x.body)).toEqual([`${marker}\ntwo`]);
  });

  it('ignores comments that only quote the marker, and comments of another folder', async () => {
    const c = client();
    gh.comments.push(
      { id: 1, issue: 6, body: `> ${marker}\n> old findings\n\nwhy?`, user: { login: 'octocat', type: 'User' }, created_at: '', updated_at: '' },
      { id: 2, issue: 6, body: `${stickyMarker('other/db')}\nclean`, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '', updated_at: '' },
    );
    const r = await upsertStickyComment(c, repo, { issueNumber: 6, marker, body: 'mine', create: true });
    expect(r).toMatchObject({ action: 'created' });
    expect(gh.comments.map((x) => x.id)).toEqual([1, 2, 1000]);
  });

  it('finds its comment on a later page of a long thread', async () => {
    for (let i = 0; i < 130; i++) gh.comments.push({ id: i + 1, issue: 7, body: `chatter ${i}`, user: { login: 'u', type: 'User' }, created_at: '', updated_at: '' });
    gh.comments.push({ id: 500, issue: 7, body: `${marker}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '', updated_at: '' });
    const r = await upsertStickyComment(client(), repo, { issueNumber: 7, marker, body: 'new', create: true });
    expect(r).toMatchObject({ action: 'updated', id: 500 });
    expect(gh.requestsTo(/\/issues\/7\/comments$/, 'POST')).toHaveLength(0);
  });

  it('creates nothing when told not to and none exists', async () => {
    expect(await upsertStickyComment(client(), repo, { issueNumber: 8, marker, body: 'x', create: false })).toEqual({ action: 'skipped' });
    expect(gh.comments).toHaveLength(0);
  });

  it('reports a read-only token as forbidden instead of throwing', async () => {
    gh.readOnlyTokens.add('ghs_ro');
    const r = await upsertStickyComment(client('ghs_ro'), repo, { issueNumber: 9, marker, body: 'x', create: true });
    expect(r).toEqual({ action: 'forbidden', message: expect.stringMatching(/Resource not accessible by integration/) });
  });

  it('after a 5xx on create, looks for the comment GitHub may have stored before trying again', async () => {
    // GitHub stored the comment, then the answer got lost
    gh.fail({
      method: 'POST',
      path: /\/issues\/10\/comments$/,
      status: 502,
      onFail: (req, state) =>
        state.comments.push({ id: state.nextId(), issue: 10, body: (req.body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '', updated_at: '' }),
    });
    const r = await upsertStickyComment(client(), repo, { issueNumber: 10, marker, body: 'x', create: true });
    expect(r).toMatchObject({ action: 'updated', id: 1000 });
    expect(gh.requestsTo(/\/issues\/10\/comments$/, 'POST')).toHaveLength(1);
    expect(gh.comments.filter((x) => x.issue === 10)).toHaveLength(1);
  });

  it('after a 5xx on create that GitHub did not carry out, creates it once more', async () => {
    gh.fail({ method: 'POST', path: /\/issues\/11\/comments$/, status: 502 });
    const r = await upsertStickyComment(client(), repo, { issueNumber: 11, marker, body: 'x', create: true });
    expect(r).toMatchObject({ action: 'created' });
    expect(gh.requestsTo(/\/issues\/11\/comments$/, 'POST')).toHaveLength(2);
    expect(gh.comments.filter((x) => x.issue === 11)).toHaveLength(1);
  });
});
