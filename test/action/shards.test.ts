import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startCluster, type Cluster } from '../../src/db/cluster.js';
import { toUrl } from '../../src/db/connect.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { LEAD, pullRequestRepo } from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

// The reusable workflow's sharded test: each job runs the action with shard i/n and a JUnit
// file, the last job downloads the shards' JSON reports (one folder per artifact) and runs the
// action's command merge-reports. Here the same steps run on a real server, the artifacts being
// folders.

let cluster: Cluster | undefined;
let url = '';
beforeAll(async () => {
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
const pass = (what: string) => `SELECT plan(1);\nSELECT has_column('lead', 'score', '${what}');\n`;
const FAIL = "SELECT plan(1);\nSELECT has_column('lead', 'nope', 'lead has no nope');\n";
const TESTS = { 'db/tests/a_test.sql': pass('a'), 'db/tests/b_test.sql': FAIL, 'db/tests/c_test.sql': pass('c'), 'db/tests/d_test.sql': pass('d'), 'db/tests/e_test.sql': pass('e') };

type Report = { test: { tests: Array<{ file: string; status: 'passed' | 'failed' }>; summary: Record<string, number> } };
const fileResults = (r: Report) => r.test.tests.map((t) => [t.file, t.status]);

describe('the action with shards, then merge-reports', () => {
  it('splits the pgTAP files exactly, writes JUnit per shard, and merges into what an unsharded run reports, in one comment', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': 'rules: { require-rls: off, require-table-schema: off }\n' }, { 'db/migration/V2__lead_score.sql': SCORE, ...TESTS });
    const payload = pullRequestPayload({ number: 7, baseSha: pr.baseSha, headSha: pr.headSha });
    const common = { event: 'pull_request', payload, workspace: pr.repo.dir, api: gh.url };
    const testInputs = { 'github-token': 'ghs_x', 'database-url': url, command: 'test', comment: 'false', annotations: 'false' };

    const whole = await runAction({ ...common, inputs: testInputs });
    expect(whole.code).toBe(1);
    const unsharded = JSON.parse(readFileSync(whole.outputs.report!, 'utf8')) as Report;
    expect(fileResults(unsharded)).toEqual(Object.keys(TESTS).map((f) => [f, f.includes('b_test') ? 'failed' : 'passed']));

    const downloaded = join(pr.repo.dir, '..', `downloaded-${Date.now()}`);
    const seen: string[] = [];
    for (const i of [1, 2]) {
      const junit = `out/junit-${i}.xml`;
      const run = await runAction({ ...common, inputs: { ...testInputs, shard: `${i}/2`, 'junit-file': junit } });
      expect(run.stderr).toBe('');
      const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as Report;
      const files = report.test.tests.map((t) => t.file);
      seen.push(...files);
      const xml = readFileSync(join(pr.repo.dir, junit), 'utf8');
      expect(xml).toMatch(/^<\?xml/);
      for (const f of files) expect(xml).toContain(f);
      // as actions/download-artifact lays the artifacts out: a folder each, the same file name
      const dir = join(downloaded, `pgmig-report-test-pg16-shard-${i}-of-2`);
      mkdirSync(dir, { recursive: true });
      cpSync(run.outputs.report!, join(dir, 'pgmig-report-db_migration.json'));
    }
    // every file in exactly one shard
    expect(seen.sort()).toEqual(Object.keys(TESTS).sort());
    expect(gh.comments).toHaveLength(0);

    const merge = await runAction({ ...common, inputs: { 'github-token': 'ghs_x', command: 'merge-reports', reports: downloaded, 'junit-file': 'out/merged.xml' } });
    expect(merge.stderr).toBe('');
    // b_test.sql fails, so the merged run fails as an unsharded one does
    expect(merge.code).toBe(1);
    expect(merge.stdout).toMatch(/^::error::pgmig: the test shards found \d+ errors? and \d+ warnings? \(fail-on: error\)$/m);
    const merged = JSON.parse(readFileSync(merge.outputs.report!, 'utf8')) as Report & { shards: string[] };
    expect(fileResults(merged)).toEqual(fileResults(unsharded));
    expect(merged.test.summary).toEqual(unsharded.test.summary);
    expect(merged.shards).toHaveLength(2);
    expect(merge.outputs.errors).toBe(String(unsharded.test.summary.errors));
    expect(existsSync(join(pr.repo.dir, 'out/merged.xml'))).toBe(true);

    expect(merge.summary).toContain('## pgmig test: db/migration, 2 shards merged');
    expect(merge.summary).toContain('db/tests/b_test.sql');
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0]!.body;
    expect(body).toContain('2 shards merged');
    // a comment of its own: not the lint job's, which has the folder's marker alone
    expect(body.split('\n')[0]).toMatch(/^<!-- pgmig:sticky-comment db%2Fmigration%20\(test%20shards\) -->$/);

    // run again (a re-run of the job): the same comment is edited, not a second one
    const again = await runAction({ ...common, inputs: { 'github-token': 'ghs_x', command: 'merge-reports', reports: downloaded } });
    expect(again.code).toBe(1);
    expect(gh.comments).toHaveLength(1);
  });

  it('refuses a bad shard, and a reports folder that is missing or holds no report, with what to do', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__lead_score.sql': SCORE });
    const common = { event: 'pull_request', payload: pullRequestPayload({ number: 8, baseSha: pr.baseSha, headSha: pr.headSha }), workspace: pr.repo.dir, api: gh.url };
    const bad = await runAction({ ...common, inputs: { 'github-token': 'ghs_x', 'database-url': url, command: 'test', shard: '3/2' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::pgmig: input shard: "3/2" should be i/n with 1 ≤ i ≤ n, e.g. 2/4');
    expect(bad.stdout).not.toMatch(/\n\s+at /);
    const missing = await runAction({ ...common, inputs: { 'github-token': 'ghs_x', command: 'merge-reports', reports: 'nowhere' } });
    expect(missing.stdout).toContain('::error::pgmig: input reports: nowhere is not a folder; download the shards');
    mkdirSync(join(pr.repo.dir, 'empty'));
    const empty = await runAction({ ...common, inputs: { 'github-token': 'ghs_x', command: 'merge-reports', reports: 'empty' } });
    expect(empty.stdout).toContain('::error::pgmig: input reports: no .json file under empty');
    const none = await runAction({ ...common, inputs: { 'github-token': 'ghs_x', command: 'merge-reports' } });
    expect(none.stdout).toContain('::error::pgmig: command merge-reports: set the input reports');
    expect(gh.comments).toHaveLength(0);
  });
});
