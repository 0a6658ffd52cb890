import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiAnswerError, createClient, describeApiError, type ClientOptions } from '../../src/github/client.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/comments.js';
import { listPullRequestFiles } from '../../src/github/pulls.js';
import { startFakeGitHub, type FakeComment, type FakeGitHub } from '../helpers/fake-github.js';

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
/** Waits are recorded, not slept; the timeout is short so a slow answer costs little. */
const client = (opts: ClientOptions = {}) =>
  createClient('ghs_t', { apiUrl: gh.url, timeoutMs: 300, sleep: async (ms) => void waits.push(ms), log: (m) => logs.push(m), ...opts });

const FILES = /\/pulls\/3\/files$/;
const failed = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );

describe('GitHub API faults: bounded retries, then a clear failure', () => {
  beforeEach(() => gh.setPullFiles(3, [{ filename: 'db/migration/V1__a.sql', status: 'added' }]));

  it('a 500 and a 502, then an answer: retried with back-off, succeeds', async () => {
    gh.fail({ path: FILES, status: 500, body: { message: 'Server Error' } });
    gh.fail({ path: FILES, status: 502, body: { message: 'Bad Gateway' } });
    expect(await listPullRequestFiles(client(), repo, 3)).toHaveLength(1);
    expect(gh.requestsTo(FILES)).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
    expect(logs).toEqual([expect.stringMatching(/server error 500 \(Server Error\); trying again in 1 s$/), expect.stringMatching(/server error 502 \(Bad Gateway\); trying again in 2 s$/)]);
  });

  it('a 500 that persists: four tries, then an error naming the status and the endpoint', async () => {
    gh.fail({ path: FILES, status: 500, body: { message: 'Server Error' }, times: 100 });
    const err = await failed(listPullRequestFiles(client(), repo, 3));
    expect(gh.requestsTo(FILES)).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(describeApiError(err)).toMatch(/^500 Server Error \(GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/crm\/pulls\/3\/files\)$/);
    expect(logs.at(-1)).toMatch(/GET .*\/pulls\/3\/files\?per_page=100: gave up after 4 tries \(Server Error\)$/);
  });

  it('a proxy\'s HTML error page: retried, and described in one short line', async () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>${'<p>x</p>'.repeat(200)}</body></html>`;
    gh.fault({ path: FILES, kind: 'malformed', status: 502, body: html, times: 100 });
    const err = await failed(listPullRequestFiles(client(), repo, 3));
    expect(gh.requestsTo(FILES)).toHaveLength(4);
    const line = describeApiError(err);
    expect(line).toMatch(/^502 502 Bad Gateway 502 Bad Gateway x x/);
    expect(line).not.toMatch(/[<>\n]/);
    expect(line.length).toBeLessThan(300);
  });

  it('a secondary rate limit (403 with retry-after) and a 429: waits as told, POSTs included, and succeeds', async () => {
    const secondary = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' };
    gh.fail({ path: FILES, status: 403, headers: { 'retry-after': '7' }, body: secondary });
    gh.fail({ path: FILES, status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too Many Requests' } });
    expect(await listPullRequestFiles(client(), repo, 3)).toHaveLength(1);
    expect(waits).toEqual([7000, 2000]);
    expect(logs[0]).toMatch(/rate limited \(403\) \(You have exceeded a secondary rate limit/);

    // a refused POST was not carried out, so it is safe to send again: one comment
    waits.length = 0;
    gh.fail({ method: 'POST', path: /\/issues\/4\/comments$/, status: 403, headers: { 'retry-after': '3' }, body: secondary });
    const r = await upsertStickyComment(client(), repo, { issueNumber: 4, marker: stickyMarker('db'), body: 'x', create: true, settleMs: 0 });
    expect(r).toMatchObject({ action: 'created' });
    expect(waits).toEqual([3000]);
    expect(gh.comments.filter((c) => c.issue === 4)).toHaveLength(1);
  });

  it('a rate limit that asks for longer than pgmig waits: not retried, the wait is in the log', async () => {
    gh.fail({ path: FILES, status: 403, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    const err = await failed(listPullRequestFiles(client(), repo, 3));
    expect(gh.requestsTo(FILES)).toHaveLength(1);
    expect(describeApiError(err)).toMatch(/^403 You have exceeded a secondary rate limit\. \(GET /);
    expect(logs).toEqual([expect.stringMatching(/GitHub asks to wait 3600 s, longer than pgmig waits/)]);
  });

  it('a slow answer: given up after the client timeout, retried, succeeds', async () => {
    gh.fault({ path: FILES, kind: 'delay', ms: 2000 });
    expect(await listPullRequestFiles(client(), repo, 3)).toHaveLength(1);
    expect(gh.requestsTo(FILES)).toHaveLength(2);
    expect(logs[0]).toMatch(/: timed out \(no complete answer within 0\.3 s\); trying again in 1 s$/);
  });

  it('a body that stops halfway: a timeout, not an empty list', async () => {
    gh.fault({ path: FILES, kind: 'stall', times: 100 });
    const err = await failed(listPullRequestFiles(client(), repo, 3));
    expect(err).toBeInstanceOf(ApiAnswerError);
    expect(gh.requestsTo(FILES)).toHaveLength(4);
    expect(describeApiError(err)).toMatch(/^no complete answer within 0\.3 s \(GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/crm\/pulls\/3\/files\)$/);
  });

  it('a slow answer within the timeout (by default 30 s) is simply waited for', async () => {
    gh.fault({ path: FILES, kind: 'delay', ms: 600 });
    expect(await listPullRequestFiles(client({ timeoutMs: undefined }), repo, 3)).toHaveLength(1);
    expect(gh.requestsTo(FILES)).toHaveLength(1);
    expect(logs).toEqual([]);
  });

  it('a connection closed without an answer: retried', async () => {
    gh.fault({ path: FILES, kind: 'drop', times: 2 });
    expect(await listPullRequestFiles(client(), repo, 3)).toHaveLength(1);
    expect(gh.requestsTo(FILES)).toHaveLength(3);
    expect(logs[0]).toMatch(/network error \(.+\); trying again/);
  });

  it('malformed JSON in a 200: retried, then a clear error, never taken for an empty list', async () => {
    gh.fault({ path: FILES, kind: 'malformed', body: '[{"filename": "db/migration/V1__a.sql", "sta', times: 100 });
    const err = await failed(listPullRequestFiles(client(), repo, 3));
    expect(err).toBeInstanceOf(ApiAnswerError);
    expect(gh.requestsTo(FILES)).toHaveLength(4);
    expect(describeApiError(err)).toMatch(/^GitHub answered 200 with a body that is not valid JSON: \[\{"filename": "db\/migration\/V1__a\.sql", "sta \(GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/crm\/pulls\/3\/files\)$/);
  });

  it('malformed JSON once: retried, succeeds', async () => {
    gh.fault({ path: FILES, kind: 'malformed', body: '' });
    expect(await listPullRequestFiles(client(), repo, 3)).toHaveLength(1);
    expect(logs[0]).toMatch(/unreadable answer \(not JSON\)/);
  });
});

describe('the sticky comment under API faults is never duplicated', () => {
  const marker = stickyMarker('db/migration');
  const COMMENTS = /\/issues\/12\/comments$/;
  const upsert = (body: string, opts: ClientOptions = {}) => upsertStickyComment(client(opts), repo, { issueNumber: 12, marker, body, create: true, settleMs: 0 });
  const mine = () => gh.comments.filter((c: FakeComment) => c.issue === 12);

  it('create answered 502 after GitHub stored it: found by the marker and edited, one POST', async () => {
    gh.fault({ method: 'POST', path: COMMENTS, kind: 'lost-answer', status: 502 });
    const r = await upsert('findings');
    expect(r).toMatchObject({ action: 'updated', id: 1000 });
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(1);
    expect(mine().map((c) => c.body)).toEqual([`${marker}\nfindings`]);
    // and the next run edits that same comment
    expect(await upsert('more')).toMatchObject({ action: 'updated', id: 1000 });
    expect(mine()).toHaveLength(1);
  });

  it('create answered 201 with a cut-off body after GitHub stored it: not created again', async () => {
    gh.fault({ method: 'POST', path: COMMENTS, kind: 'lost-answer', status: 201, raw: '{"id": 1000, "bo' });
    const r = await upsert('findings');
    expect(r).toMatchObject({ action: 'updated', id: 1000 });
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(1);
    expect(mine()).toHaveLength(1);
  });

  it('create timed out while GitHub was still storing it: waits for it to settle, finds it, one comment', async () => {
    gh.fault({ method: 'POST', path: COMMENTS, kind: 'delay', ms: 500 });
    const r = await upsertStickyComment(client(), repo, { issueNumber: 12, marker, body: 'slow', create: true, settleMs: 1200 });
    expect(r).toMatchObject({ action: 'updated' });
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(1);
    expect(mine()).toHaveLength(1);
  });

  it('create failed with 502 and nothing stored: created once more, one comment', async () => {
    gh.fail({ method: 'POST', path: COMMENTS, status: 502 });
    expect(await upsert('x')).toMatchObject({ action: 'created' });
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(2);
    expect(mine()).toHaveLength(1);
  });

  it('create failing with 502 every time: two POSTs at most, a clear error, no second comment', async () => {
    gh.fail({ method: 'POST', path: COMMENTS, status: 502, body: { message: 'Bad Gateway' }, times: 100 });
    const err = await failed(upsert('x'));
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(2);
    expect(describeApiError(err)).toMatch(/^502 Bad Gateway \(POST http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/crm\/issues\/12\/comments\)$/);
    expect(mine().length).toBeLessThanOrEqual(1);
  });

  it('the listing of comments is malformed: fails clearly instead of taking it for "no comment yet" and posting a duplicate', async () => {
    gh.comments.push({ id: 55, issue: 12, body: `${marker}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '', updated_at: '' });
    gh.fault({ method: 'GET', path: COMMENTS, kind: 'malformed', body: '<html>oops</html>', times: 100 });
    const err = await failed(upsert('new'));
    expect(describeApiError(err)).toMatch(/^GitHub answered 200 with a body that is not valid JSON: oops \(GET /);
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(0);
    expect(mine()).toHaveLength(1);
  });

  it('the listing of comments keeps failing with 500: bounded, nothing posted', async () => {
    gh.fail({ method: 'GET', path: COMMENTS, status: 500, times: 100 });
    await failed(upsert('new'));
    expect(gh.requestsTo(COMMENTS, 'GET')).toHaveLength(4);
    expect(gh.requestsTo(COMMENTS, 'POST')).toHaveLength(0);
  });

  it('an edit answered 502: PATCH is retried (it is idempotent), still one comment', async () => {
    gh.comments.push({ id: 56, issue: 12, body: `${marker}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '', updated_at: '' });
    gh.fault({ method: 'PATCH', path: /\/issues\/comments\/56$/, kind: 'lost-answer', status: 502 });
    expect(await upsert('new')).toMatchObject({ action: 'updated', id: 56 });
    expect(gh.requestsTo(/\/issues\/comments\/56$/, 'PATCH')).toHaveLength(2);
    expect(mine().map((c) => c.body)).toEqual([`${marker}\nnew`]);
  });
});
