import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { majorOf } from '../../src/migrations/snapshot-key.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { LEAD, pullRequestRepo } from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

// The reusable workflow's test job: a step prints `pgmig snapshot-key --changed-since <base>`
// for actions/cache, then the action runs with the snapshot-cache input. The key the step prints
// must be the one the action stores under, or the cache would never hit.
const CLI = resolve(__dirname, '../../dist/cli/index.js');

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const SCORE = "SET lock_timeout = '2s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n";

describe('the action with snapshot-cache', () => {
  it('stores the base under the key `pgmig snapshot-key` prints, and the next run restores it', async () => {
    const url = inject('pgUrl');
    const pr = pullRequestRepo(
      { 'db/migration/V1__lead.sql': LEAD, 'db/migration/V2__lead_idx.sql': 'CREATE INDEX lead_owner_idx ON lead (owner_id);\n', '.pgmig.yml': 'rules: { require-rls: off, require-table-schema: off }\n' },
      { 'db/migration/V3__lead_score.sql': SCORE, 'db/tests/lead_test.sql': "SELECT plan(1);\nSELECT has_column('lead', 'score');\n" },
    );
    const payload = pullRequestPayload({ number: 9, baseSha: pr.baseSha, headSha: pr.headSha });
    const inputs = { 'github-token': 'ghs_x', 'database-url': url, command: 'test', comment: 'false', annotations: 'false', 'snapshot-cache': '.pgmig/snapshots' };
    const common = { event: 'pull_request', payload, workspace: pr.repo.dir, api: gh.url, inputs };
    const cold = await runAction(common);
    expect(cold.code).toBe(0);
    expect(cold.stdout).toMatch(/saved the base schema \(2 migrations/);
    const report = JSON.parse(readFileSync(cold.outputs.report!, 'utf8')) as { test: { database: { serverVersion: string } } };
    const major = majorOf(report.test.database.serverVersion)!;
    const key = execFileSync('node', [CLI, 'snapshot-key', '--server-version', String(major), '--changed-since', pr.baseSha], { cwd: pr.repo.dir, encoding: 'utf8' }).trim();
    // (a pg_dump archive with a database URL, a copy of the data folder on a throwaway cluster)
    const manifests = readdirSync(join(pr.repo.dir, '.pgmig/snapshots')).filter((f) => f.endsWith('.json'));
    expect(manifests.map((f) => f.replace(/(\.cluster)?\.json$/, ''))).toEqual([key]);
    const warm = await runAction(common);
    expect(warm.code).toBe(0);
    expect(warm.stdout).toMatch(/restored the base schema \(2 migrations\)/);
  });
});
