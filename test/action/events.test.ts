import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { cloneRepo, git, gitRepo } from '../helpers/git.js';
import { project } from '../helpers/project.js';
import { BAD_INDEX, LEAD, pullRequestRepo } from './fixtures.js';
import { annotations, pullRequestPayload, pushPayload, runAction } from './run-action.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

describe('the action routes each event', () => {
  it('pull_request_target: lints only, says so, and never applies the SQL even when asked to test', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const run = await runAction({
      event: 'pull_request_target',
      payload: pullRequestPayload({ number: 21, baseSha: pr.baseSha, headSha: pr.headSha, headRepo: 'contributor/crm' }),
      workspace: pr.repo.dir,
      api: gh.url,
      // a server that does not exist: any attempt to connect would fail the step
      inputs: { 'github-token': 'ghs_target', command: 'test', 'database-url': 'postgresql://pgmig@127.0.0.1:1/nowhere', 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    const notice = annotations(run.stdout).find((a) => a.kind === 'notice' && a.props.title === 'pgmig: lint only');
    expect(notice?.message).toMatch(/pull_request_target .* only lints the pull request's migrations there and never applies their SQL/);
    expect(run.stdout).not.toMatch(/::group::pgmig test|starting a throwaway|ECONNREFUSED/);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.test).toBeUndefined();
    expect(report.testError).toBeUndefined();
    expect(report.summary).toEqual({ files: 1, errors: 2, warnings: 2 });
    expect(run.outputs.errors).toBe('2');
    // the comment says it too, under the verdict
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body.split('\n')[1]).toMatch(/^❌ \*\*pgmig: 2 errors/);
    expect(gh.comments[0]!.body).toMatch(/> ℹ️ pull\\_request\\_target runs with the base repository's secrets/);
    expect(run.summary).toMatch(/never applies their SQL/);
  });

  it('pull_request_target with the base branch checked out: refuses to lint the wrong files and says which ref to check out', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    // what actions/checkout does under pull_request_target by default: the base branch, no PR refs
    const checkout = cloneRepo(`file://${pr.repo.dir}`, '--branch', 'main', '--single-branch');
    const run = await runAction({
      event: 'pull_request_target',
      payload: pullRequestPayload({ number: 22, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: checkout.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_target' },
    });
    expect(run.code).toBe(1);
    const failure = annotations(run.stdout).find((a) => a.kind === 'error')!;
    expect(failure.message).toMatch(/is not pull request #22's head/);
    expect(failure.message).toContain('ref: ${{ github.event.pull_request.head.sha }}');
  });

  it('an event it does not handle: a notice, exit 0, no API calls', async () => {
    const where = gitRepo({ 'db/migration/V1__lead.sql': LEAD });
    const run = await runAction({ event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: where.dir, api: gh.url, inputs: { 'github-token': 'ghs_x' } });
    expect(run.code).toBe(0);
    const notice = annotations(run.stdout).find((a) => a.kind === 'notice');
    expect(notice?.message).toMatch(/^pgmig has nothing to do on a schedule event: it handles pull_request/);
    expect(gh.requests).toHaveLength(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', assigned: '[]', report: '' });
  });

  it('issue_comment: a comment that is not a /migrate command is left alone, exit 0, no API calls', async () => {
    const where = gitRepo({ 'db/migration/V1__lead.sql': LEAD });
    const payload = { action: 'created', issue: { number: 5, pull_request: { url: 'https://api.github.com/repos/acme/crm/pulls/5' } }, comment: { id: 1, body: 'LGTM, ship it', user: { login: 'octocat', type: 'User' } }, repository: { full_name: 'acme/crm', default_branch: 'main' } };
    const run = await runAction({ event: 'issue_comment', payload, workspace: where.dir, api: gh.url, inputs: { 'github-token': 'ghs_x' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/not a \/migrate command; nothing to do/);
    expect(gh.requests).toHaveLength(0);
  });

  it('workflow_dispatch with command lint: lints every migration', async () => {
    const where = gitRepo({ 'db/migration/V1__lead.sql': LEAD, 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const run = await runAction({
      event: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'acme/crm', default_branch: 'main' } },
      workspace: where.dir,
      api: gh.url,
      ref: 'refs/heads/main',
      inputs: { 'github-token': 'ghs_x', command: 'lint', 'fail-on': 'warning' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/pgmig 0\.1\.0: every migration in db\/migration/);
    // V1 as a change of its own too (require-rls on the new table), not only as context
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.summary.files).toBe(2);
    expect(run.outputs.errors).toBe(String(report.summary.errors));
    expect(run.summary).toMatch(/\| `db\/migration\/V1__lead\.sql` \| \d+ \| \d+ \|/);
    expect(run.summary).toContain('| `db/migration/V2__lead_owner_index.sql` | 2 | 2 |');
    // no pull request: nothing to comment on
    expect(gh.requests).toHaveLength(0);
  });

  it('command rollback fails with what to do instead; a bad input value names the input', async () => {
    const where = gitRepo({ 'db/migration/V1__lead.sql': LEAD });
    const rollback = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: where.dir, inputs: { command: 'rollback' } });
    expect(rollback.code).toBe(1);
    expect(annotations(rollback.stdout)[0]?.message).toMatch(/^pgmig: command rollback: .*issue_comment/);
    const bad = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: where.dir, inputs: { 'fail-on': 'sometimes' } });
    expect(bad.code).toBe(1);
    expect(annotations(bad.stdout)[0]?.message).toBe('pgmig: input fail-on: "sometimes" is not one of error, warning, never');
  });

  it('push to the default branch: numbers the pending migrations, pushes, and outputs what it assigned', async () => {
    const origin = project({});
    git(origin, 'init', '--quiet', '--bare', '-b', 'main');
    const seed = gitRepo({ 'db/migration/V1__lead.sql': LEAD });
    seed.git('remote', 'add', 'origin', origin);
    seed.git('push', '--quiet', 'origin', 'main');
    const before = seed.git('rev-parse', 'HEAD').trim();
    seed.write({ 'db/migration/VXXX__lead_score.sql': "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN score bigint;\n" }).commit('Merge pull request #7');
    seed.git('push', '--quiet', 'origin', 'main');
    const after = seed.git('rev-parse', 'HEAD').trim();
    const checkout = cloneRepo(origin, '--branch', 'main');

    const run = await runAction({
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/main', before, after }),
      workspace: checkout.dir,
      api: gh.url,
      ref: 'refs/heads/main',
      sha: after,
      inputs: { 'github-token': 'ghs_x' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.assigned!)).toEqual([
      { from: 'db/migration/VXXX__lead_score.sql', to: 'db/migration/V2__lead_score.sql', version: '2', commit: git(origin, 'rev-parse', 'main').trim() },
    ]);
    expect(git(origin, 'ls-tree', '-r', '--name-only', 'main').split('\n')).toContain('db/migration/V2__lead_score.sql');
    expect(run.summary).toContain('## pgmig assign');
    expect(run.summary).toContain('`db/migration/V2__lead_score.sql`');
    // the pull request is looked up through the commit that brought the file: none here, so no comment
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/acme/crm/commits/${after}/pulls`]);
  });

  it('push to another branch: a notice, nothing assigned', async () => {
    const where = gitRepo({ 'db/migration/V1__lead.sql': LEAD, 'db/migration/VXXX__x.sql': 'SELECT 1;\n' });
    const run = await runAction({
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/feature', before: '0'.repeat(40), after: where.git('rev-parse', 'HEAD').trim() }),
      workspace: where.dir,
      ref: 'refs/heads/feature',
      inputs: {},
    });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout).find((a) => a.kind === 'notice')?.message).toMatch(/a push to feature, not to the default branch main: nothing to assign/);
    expect(run.outputs.assigned).toBe('[]');
  });
});
