import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { BAD_INDEX, LEAD, pullRequestRepo } from './fixtures.js';
import { annotations, pullRequestPayload, runAction } from './run-action.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

// six files with two errors each: more error findings than GitHub shows annotations
const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`db/migration/V${i + 2}__lead_owner_index_${i}.sql`, BAD_INDEX.replace('lead_owner', `lead_owner_${i}`)]));

describe('GitHub\'s limits', () => {
  it('with more errors than GitHub annotates, the failure reason is the first error annotation, and at most 10 are emitted', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, many);
    const run = await runAction({ event: 'pull_request', payload: pullRequestPayload({ number: 51, baseSha: pr.baseSha, headSha: pr.headSha }), workspace: pr.repo.dir, api: gh.url, inputs: { 'github-token': 'ghs_limits' } });
    expect(run.code).toBe(1);
    const errors = annotations(run.stdout).filter((a) => a.kind === 'error');
    expect(errors[0]).toMatchObject({ props: { title: 'pgmig: failed' } });
    expect(errors[0]!.message).toBe('pgmig found 12 errors and 12 warnings (fail-on: error)');
    expect(errors.length).toBeLessThanOrEqual(10);
    // the reason is said once, not again as an 11th annotation at the end
    expect(errors.filter((e) => e.message.startsWith('pgmig found'))).toHaveLength(1);
  });

  it('the job summary says where the JSON report is: the artifact the workflow uploads, else the runner path', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__x.sql': BAD_INDEX });
    const payload = pullRequestPayload({ number: 54, baseSha: pr.baseSha, headSha: pr.headSha });
    const named = await runAction({ event: 'pull_request', payload, workspace: pr.repo.dir, api: gh.url, inputs: { 'github-token': 'ghs_where', 'fail-on': 'never', 'report-artifact': 'pgmig-report-lint' } });
    expect(named.summary).toContain('Every finding and test result, as JSON: the artifact pgmig-report-lint of this run');
    const plain = await runAction({ event: 'pull_request', payload, workspace: pr.repo.dir, api: gh.url, inputs: { 'github-token': 'ghs_where', 'fail-on': 'never', comment: 'false' } });
    expect(plain.outputs.report).toMatch(/pgmig-report-db_migration\.json$/);
    expect(plain.summary.replace(/\\/g, '')).toContain(`Every finding and test result, as JSON: ${plain.outputs.report} on the runner`);
  });

  it('the token is handed to the runner as a secret once', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__x.sql': BAD_INDEX });
    const token = `ghs_${'k'.repeat(36)}`;
    const run = await runAction({ event: 'pull_request', payload: pullRequestPayload({ number: 52, baseSha: pr.baseSha, headSha: pr.headSha }), workspace: pr.repo.dir, api: gh.url, inputs: { 'github-token': token, 'fail-on': 'never' } });
    expect(run.stdout.split('\n').filter((l) => l === `::add-mask::${token}`)).toHaveLength(1);
  });

  it('merge_group: lints and tests what the queued merge commit adds to the queue\'s base, with no comment', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_owner_index.sql': BAD_INDEX });
    const payload = {
      action: 'checks_requested',
      merge_group: { head_sha: pr.headSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-53-' + pr.baseSha, base_sha: pr.baseSha, base_ref: 'refs/heads/main', head_commit: { id: pr.headSha, message: 'Merge pull request #53' } },
      repository: { full_name: 'acme/crm', default_branch: 'main' },
    };
    const run = await runAction({ event: 'merge_group', payload, workspace: pr.repo.dir, api: gh.url, sha: pr.headSha, inputs: { 'github-token': 'ghs_queue', command: 'lint' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`merge queue: the merge commit ${pr.headSha.slice(0, 7)} against main (${pr.baseSha.slice(0, 7)})`);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.summary).toEqual({ files: 1, errors: 2, warnings: 2 });
    expect(report.findings.every((f: { file: string }) => f.file === 'db/migration/V2__lead_owner_index.sql')).toBe(true);
    expect(gh.comments).toEqual([]);
  });
});
