import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOperation, githubExample, requestProblems, responseProblems } from '../helpers/github-openapi.js';
import { BAD_INDEX, GOOD_INDEX, LEAD, pullRequestRepo, pushToPullRequest, shallowCheckout } from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

// Every request the built action makes, in the runs below, is checked against GitHub's
// published REST description (@octokit/openapi): a documented operation, its path and query
// parameters, its request body; and every answer of the fake API against that operation's
// documented response for the status, so the fake cannot drift from what GitHub sends.

let gh: FakeGitHub;
const seen: RecordedRequest[] = [];

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.setPermission('octocat', 'write');
  gh.setPermission('visitor', 'read');
  gh.setPull(7, {
    number: 7,
    state: 'open',
    base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/crm' } },
    head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'acme/crm', fork: false } },
  });
  gh.setEnvironment('migrations', { protection_rules: [{ id: 2, node_id: 'GA_2', type: 'required_reviewers', prevent_self_review: false, reviewers: [] }] });

  // a pull request: its files through the API (a shallow checkout), a comment, then an edit of it
  const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
  gh.setPullFiles(31, [{ filename: 'db/migration/V2__lead_owner_index.sql', status: 'added' }]);
  const run = (workspace: string) =>
    runAction({ event: 'pull_request', payload: pullRequestPayload({ number: 31, baseSha: pr.baseSha, headSha: pr.headSha }), workspace, api: gh.url, inputs: { 'github-token': 'ghs_contract', 'fail-on': 'never' } });
  await run(shallowCheckout(pr).dir);
  pushToPullRequest(pr, { 'db/migration/V2__lead_owner_index.sql': GOOD_INDEX });
  await run(pr.repo.dir);

  // /migrate: the cheap job (permission, the pull request), help with its reactions, a refusal, the environment gate
  const comment = (body: string, login: string) => ({
    action: 'created',
    issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/crm/pulls/7' } },
    comment: { id: 99, body, user: { login, type: 'User' } },
    repository: { full_name: 'acme/crm', default_branch: 'main' },
  });
  const workspace = gitRepo({ 'db/migration/V1__lead.sql': LEAD }).dir;
  for (const [body, login, inputs] of [
    ['/migrate plan', 'octocat', { command: 'authorize' }],
    ['/migrate help', 'octocat', { command: 'authorize' }],
    ['/migrate rollback', 'visitor', { command: 'authorize' }],
    ['/migrate rollback', 'octocat', { command: 'auto', environment: 'migrations', 'database-url': 'postgresql://pgmig@127.0.0.1:1/prod' }],
  ] as const) {
    await runAction({ event: 'issue_comment', payload: comment(body, login), workspace, api: gh.url, inputs: { 'github-token': 'ghs_contract', ...inputs } });
  }
  // command gate inside a blackout window: the merged pull request of the commit, its label
  // events, a team membership, and the refusal's reply
  const gated = gitRepo({
    '.pgmig.yml': 'calendar:\n  blackouts: [{ name: Oktoberfest, from: "09-16", to: "10-04" }]\n  emergency: { label: migration-emergency, approvers: [octocat, "team:db-oncall"] }\n',
  }).dir;
  const sha = 'e'.repeat(40);
  const listedPull = { ...githubExample<Record<string, unknown>[]>('pull-request-simple-items')[0], number: 41, merged_at: '2026-09-30T20:00:00Z', requested_teams: [], labels: [{ id: 1, node_id: 'LA_1', url: 'https://api.github.com/repos/acme/crm/labels/migration-emergency', name: 'migration-emergency', description: 'a deploy inside a blackout window', color: 'd73a4a', default: false }] } as Record<string, any>;
  listedPull.base = { ...listedPull.base, ref: 'main' };
  gh.setCommitPulls(sha, [listedPull]);
  for (const [actor, verdict] of [['mallory', 'refused'], ['dana', 'member']] as const) {
    gh.addIssueEvent(41, { event: 'labeled', label: 'migration-emergency', actor });
    if (verdict === 'member') gh.setTeamMember('acme', 'db-oncall', 'dana');
    await runAction({
      event: 'push',
      payload: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/crm', default_branch: 'main' } },
      ref: 'refs/heads/main',
      sha,
      workspace: gated,
      api: gh.url,
      inputs: { 'github-token': 'ghs_contract', command: 'gate', at: '2026-10-01' },
    });
  }
  seen.push(...gh.requests);
}, 120_000);

afterAll(async () => {
  await gh.close();
});

describe('the action\'s requests, by GitHub\'s REST description', () => {
  it('covers the endpoints the action uses', () => {
    const ops = new Set(seen.map((r) => findOperation(r.method, r.path)?.operationId));
    for (const id of ['pulls/list-files', 'issues/list-comments', 'issues/create-comment', 'issues/update-comment', 'repos/get-collaborator-permission-level', 'pulls/get', 'reactions/create-for-issue-comment', 'repos/get-environment', 'repos/list-pull-requests-associated-with-commit', 'issues/list-events', 'teams/get-membership-for-user-in-org']) {
      expect(ops, id).toContain(id);
    }
  });

  it('each is a documented operation with valid parameters and body, sent with GitHub\'s media type and a token', () => {
    const problems: string[] = [];
    for (const r of seen) {
      if (r.method === 'POST' && r.path === '/graphql') {
        // GraphQL is not in the REST description: the one query pgmig sends is `viewer { login }`
        const body = r.body as { query?: unknown } | undefined;
        if (typeof body?.query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(body.query)) problems.push(`POST /graphql: unexpected body ${JSON.stringify(r.body)}`);
        if (!/^(token|bearer) \S+$/i.test(String(r.headers.authorization))) problems.push('POST /graphql: no token');
        continue;
      }
      const op = findOperation(r.method, r.path);
      if (!op) {
        problems.push(`${r.method} ${r.path}: no such operation`);
        continue;
      }
      for (const p of requestProblems(op, r.query, r.body)) problems.push(`${r.method} ${r.path} (${op.operationId}): ${p}`);
      if (!/^(token|bearer) \S+$/i.test(String(r.headers.authorization))) problems.push(`${r.method} ${r.path}: no token`);
      if (!String(r.headers.accept).includes('application/vnd.github')) problems.push(`${r.method} ${r.path}: accept ${r.headers.accept}`);
    }
    expect(problems).toEqual([]);
  });

  it('the fake answered each as GitHub documents the answer', () => {
    const problems: string[] = [];
    for (const r of seen) {
      const op = findOperation(r.method, r.path);
      if (!op || !r.response) continue;
      for (const p of responseProblems(op, r.response.status, r.response.body)) problems.push(`${r.method} ${r.path} ${r.response.status}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('the fake answers from GitHub\'s own examples, copied unchanged from @octokit/openapi', () => {
    const copy = JSON.parse(readFileSync(join(__dirname, '../helpers/github-examples.json'), 'utf8')) as Record<string, unknown>;
    const names = Object.keys(copy).filter((k) => k !== '//');
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const n of names) expect(copy[n], n).toEqual(githubExample(n));
  });

  it('the checker is not blind: it reports a wrong body, an unknown query parameter and an undocumented path', () => {
    const create = findOperation('POST', '/repos/acme/crm/issues/7/comments')!;
    expect(create.operationId).toBe('issues/create-comment');
    expect(requestProblems(create, {}, { text: 'hi' }).join('\n')).toMatch(/body/);
    const list = findOperation('GET', '/repos/acme/crm/issues/7/comments')!;
    expect(requestProblems(list, { per_page: '100', sort: 'x' }, undefined)).toEqual(['query parameter sort is not one of the operation\'s']);
    expect(requestProblems(list, { per_page: 'many' }, undefined).join('\n')).toMatch(/per_page=many/);
    expect(findOperation('GET', '/repos/acme/crm/no-such-thing')).toBeUndefined();
    expect(responseProblems(create, 201, { id: 'x' }).length).toBeGreaterThan(0);
  });
});
