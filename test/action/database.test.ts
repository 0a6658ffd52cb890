import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from 'vitest';
import { startCluster, type Cluster } from '../../src/db/cluster.js';
import { toUrl } from '../../src/db/connect.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { LEAD, pullRequestRepo } from './fixtures.js';
import { annotations, pullRequestPayload, runAction } from './run-action.js';

// pull_request with a database-url: lint, then `pgmig test` against a real server, reported in
// the comment (lock trace and pgTAP folded) and the job summary.

let cluster: Cluster | undefined;
let url = '';
beforeAll(async () => {
  // the run's shared cluster when vitest started one; else one of our own (vitest run test/action)
  url = inject('pgUrl');
  if (!url) {
    cluster = await startCluster();
    url = toUrl(cluster.target);
  }
});
afterAll(async () => {
  await cluster?.stop();
});

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const SCORE = "SET lock_timeout = '2s';\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n";
const UNDO = "SET lock_timeout = '2s';\nALTER TABLE lead DROP COLUMN IF EXISTS score;\n";
const TAP = "SELECT plan(1);\nSELECT has_column('lead', 'score', 'lead has a score');\n";

describe('the action on a pull request with a database-url', () => {
  it('applies the new migration with a lock trace, runs pgTAP, rehearses the undo, and folds it all into the comment', async () => {
    const pr = pullRequestRepo(
      { 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': 'rules: { require-rls: off, require-table-schema: off }\n' },
      { 'db/migration/V2__lead_score.sql': SCORE, 'db/migration/U2__lead_score.sql': UNDO, 'db/tests/lead_test.sql': TAP },
    );
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 31, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_x', 'database-url': url, 'fail-on': 'never' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::group::pgmig test$/m);

    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.test.summary).toMatchObject({ applied: 2, failed: 0, testsPassed: 1, testsFailed: 0, rehearsed: 1, rehearsalsFailed: 0 });
    const alter = report.test.migrations.find((m: { file: string }) => m.file === 'db/migration/V2__lead_score.sql').statements[2];
    expect(alter.locks).toContainEqual({ relation: 'public.lead', relationKind: 'table', mode: 'ACCESS EXCLUSIVE' });

    const body = gh.comments[0]!.body;
    const [, verdict, testLine] = body.split('\n');
    expect(verdict).toMatch(/^(✅|⚠️|❌) \*\*pgmig: /);
    expect(testLine).toMatch(/^✅ \*\*pgmig test:\*\* 2 migrations applied \(1 new\); 1 pgTAP test; 1 undo rehearsed on PostgreSQL \d+/);
    const details = body.slice(body.indexOf('<details>\n<summary>Lock trace, pgTAP and undo rehearsal (pgmig test)</summary>'));
    expect(details).toContain('#### Locks on existing tables');
    expect(details).toMatch(/\| db\/migration\/V2__lead_score\.sql \| 3 \| `ALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;?` \| \*\*ACCESS EXCLUSIVE\*\* `public\.lead`/);
    expect(details).toContain('#### pgTAP: 1 of 1 file passed');
    expect(details).toContain('✅ `db/migration/U2__lead_score.sql` (undo of `db/migration/V2__lead_score.sql`)');
    expect(body.length).toBeLessThan(65_536);

    expect(run.summary).toContain('### ✅ pgmig test');
    expect(run.summary).toContain('#### Locks on existing tables');
  });

  it('a migration that fails on the server: an annotation at its line, the verdict in the comment, exit 1', async () => {
    const pr = pullRequestRepo(
      { 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': 'rules: { require-rls: off, require-table-schema: off }\n' },
      { 'db/migration/V2__lead_score.sql': "SET lock_timeout = '2s';\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\nUPDATE lead SET score = scroe + 1;\n" },
    );
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 32, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_x', 'database-url': url },
    });
    expect(run.code).toBe(1);
    const failed = annotations(run.stdout).find((a) => a.kind === 'error' && a.props.title === 'pgmig test');
    expect(failed?.props).toMatchObject({ file: 'db/migration/V2__lead_score.sql', line: '4' });
    expect(failed?.message).toMatch(/ERROR 42703: column "scroe" does not exist/);
    expect(gh.comments[0]!.body.split('\n')[2]).toMatch(/^❌ \*\*pgmig test:\*\* 1 migration applied \(1 new\), \*\*1 failed\*\*/);
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
  });

  it('a server it cannot reach: the step fails with the reason, after the lint reports', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_score.sql': SCORE });
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 33, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_x', 'database-url': 'postgresql://nobody:s3cr%40t@127.0.0.1:1/x', 'fail-on': 'never' },
    });
    expect(run.code).toBe(1);
    // the runner hides the password wherever it shows up; the host stays readable
    expect(run.stdout.split('\n')).toContain('::add-mask::s3cr@t');
    expect(run.stdout).not.toMatch(/::add-mask::postgresql/);
    const failure = annotations(run.stdout).filter((a) => a.kind === 'error' && !a.props.file).pop();
    expect(failure?.message).toMatch(/^pgmig test could not run: cannot connect to PostgreSQL at postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x/);
    expect(gh.comments[0]!.body).toMatch(/❌ \*\*pgmig test could not run:\*\* cannot connect/);
    expect(run.summary).toMatch(/pgmig test could not run/);
  });
});
