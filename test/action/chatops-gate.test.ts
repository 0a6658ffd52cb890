import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { gitRepo } from '../helpers/git.js';
import { LEAD } from './fixtures.js';
import { annotations, runAction } from './run-action.js';

// The two chatops jobs of the reusable workflow: `authorize` (no environment, no secret) decides
// whether the environment-gated job starts at all, and that job refuses to touch the database
// when its environment makes nobody approve the run.

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.setPermission('octocat', 'write');
  gh.setPermission('visitor', 'read');
  gh.setPull(7, {
    number: 7,
    state: 'open',
    merged: false,
    base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/crm' } },
    head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'acme/crm', fork: false } },
  });
});
afterEach(async () => {
  await gh.close();
});

const comment = (body: string, login = 'octocat', extra: Record<string, unknown> = {}) => ({
  action: 'created',
  issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/crm/pulls/7' } },
  comment: { id: 99, body, html_url: 'https://github.com/acme/crm/pull/7#issuecomment-99', user: { login, type: 'User' }, ...extra },
  repository: { full_name: 'acme/crm', default_branch: 'main' },
});
const authorize = (body: string, login?: string) =>
  runAction({ event: 'issue_comment', payload: comment(body, login), workspace: gitRepo({ 'db/migration/V1__lead.sql': LEAD }).dir, api: gh.url, inputs: { command: 'authorize', 'github-token': 'ghs_authorize' } });

describe('command authorize (the cheap job before the environment)', () => {
  it('accepts a plan or rollback from a writer, without a reply: the gated job answers', async () => {
    for (const body of ['/migrate plan', '  /migrate rollback 12 --dry-run\n', '/migrate rollback']) {
      const run = await authorize(body);
      expect(run.code, body).toBe(0);
      expect(run.outputs.authorized, body).toBe('true');
    }
    expect(gh.comments).toEqual([]);
    expect(gh.requestsTo(/\/environments\//)).toEqual([]);
  });

  it('is exact and case-sensitive: /MIGRATE, /migrated, /migrate-foo and prose start nothing, with no API call', async () => {
    for (const body of ['/MIGRATE rollback', '/Migrate plan', '/migrated the table', '/migrate-foo', 'please /migrate rollback']) {
      const run = await authorize(body);
      expect(run.code, body).toBe(0);
      expect(run.outputs.authorized, body).toBe('false');
    }
    expect(gh.requests).toEqual([]);
  });

  it('a reader is refused here, with the reason, and the gated job does not start', async () => {
    const run = await authorize('/migrate rollback', 'visitor');
    expect(run.outputs.authorized).toBe('false');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/visitor has read permission on the repository; \/migrate commands need write or more/);
  });

  it('help is answered here: no environment, no approval', async () => {
    const run = await authorize('/migrate help');
    expect(run.outputs.authorized).toBe('false');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/Commands pgmig answers in pull-request comments/);
  });

  it('runs only on issue_comment', async () => {
    const run = await runAction({ event: 'push', payload: {}, workspace: gitRepo({ 'a.txt': 'x' }).dir, api: gh.url, inputs: { command: 'authorize', 'github-token': 'ghs_x' } });
    expect(run.code).toBe(1);
    expect(annotations(run.stdout).find((a) => a.kind === 'error')?.message).toMatch(/command authorize checks a \/migrate comment, so it runs on issue_comment, not on push/);
  });
});

describe('the environment-gated job refuses without required reviewers', () => {
  const gated = (body: string, inputs: Record<string, string> = {}) =>
    runAction({
      event: 'issue_comment',
      payload: comment(body),
      workspace: gitRepo({ 'db/migration/V1__lead.sql': LEAD }).dir,
      api: gh.url,
      // a server that does not exist: reaching it would mean the gate let the command through
      inputs: { command: 'auto', 'github-token': 'ghs_gated', environment: 'migrations', 'database-url': 'postgresql://pgmig@127.0.0.1:1/prod', ...inputs },
    });
  const noReviewers = { name: 'migrations', protection_rules: [{ id: 1, node_id: 'GA_1', type: 'branch_policy' }] };
  const withReviewers = {
    name: 'migrations',
    protection_rules: [{ id: 2, node_id: 'GA_2', type: 'required_reviewers', prevent_self_review: true, reviewers: [{ type: 'User', reviewer: { login: 'dba', id: 5, type: 'User' } }] }],
  };

  it('an environment without reviewers (as GitHub makes one a job names): refused, the reply says how to fix it, no database', async () => {
    gh.setEnvironment('migrations', noReviewers);
    const run = await gated('/migrate rollback');
    expect(run.code).toBe(1);
    expect(gh.requestsTo(/^\/repos\/acme\/crm\/environments\/migrations$/, 'GET')).toHaveLength(1);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toMatch(/the environment "migrations" has no required reviewers/);
    expect(gh.comments[0]!.body).toMatch(/require-reviewers: false/);
    expect(run.stdout).not.toMatch(/127\.0\.0\.1:1|ECONNREFUSED|could not connect/);
  });

  it('an environment that does not exist (or the token may not read it): refused, naming actions: read', async () => {
    const run = await gated('/migrate plan');
    expect(run.code).toBe(1);
    expect(gh.comments[0]!.body).toMatch(/"migrations" does not exist \(or the token may not read it: the job needs \\`permissions: actions: read\\`\)/);
  });

  it('with required reviewers the command goes on to the session\'s own checks', async () => {
    gh.setEnvironment('migrations', withReviewers);
    const run = await gated('/migrate plan');
    expect(run.stdout).toMatch(/environment "migrations": a run waits for @dba \(not the one who started it\)/);
    // past the gate: the session refuses for its own reason (this checkout is no commit it trusts)
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).not.toMatch(/required reviewers/);
    expect(gh.comments[0]!.body).toMatch(/GITHUB\\_SHA is not set|is neither the default branch main nor pull request #7's head/);
  });

  it('require-reviewers: false, and help, skip the check', async () => {
    gh.setEnvironment('migrations', noReviewers);
    await gated('/migrate plan', { 'require-reviewers': 'false' });
    await gated('/migrate help');
    expect(gh.requestsTo(/\/environments\//)).toEqual([]);
  });
});
