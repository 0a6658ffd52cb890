import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startCluster, type Cluster } from '../../src/db/cluster.js';
import { toUrl } from '../../src/db/connect.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { LEAD, pullRequestRepo } from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

// The action inputs stats-file and queries (issues 14 and 17) reach lint and pgmig test: the
// built bundle against the fake API, with a real server for the queries check.

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

const GIB = 1024 ** 3;
function statsFile(rows: number, bytes: number): string {
  const takenAt = new Date().toISOString();
  return JSON.stringify({
    format: 1,
    takenAt,
    database: 'prod',
    server: { version: '16.4', versionNum: 160004, blockSize: 8192, settings: {} },
    statsSince: takenAt,
    relations: [{ schema: 'public', name: 'lead', kind: 'table', rows, pages: Math.ceil(bytes / 8192), bytes: { heap: bytes, indexes: 0, toast: 0, total: bytes } }],
    unavailable: [],
  });
}

const CONFIG = 'rules: { require-rls: off, require-table-schema: off }\n';
const INDEX = "SET lock_timeout = '2s';\nSET statement_timeout = '5min';\nCREATE INDEX lead_owner ON lead (owner_id);\n";

describe('action input stats-file', () => {
  it('sizes the findings on the tables the file knows, though the config names no stats', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': CONFIG, 'ops/prod-stats.json': statsFile(41_200_000, 12 * GIB) }, { 'db/migration/V2__lead_owner.sql': INDEX });
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 41, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_x', 'fail-on': 'never', 'stats-file': 'ops/prod-stats.json' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    const f = report.findings.find((x: { rule: string }) => x.rule === 'require-concurrent-index-creation');
    expect(f.relation).toMatchObject({ name: 'public.lead', rows: 41_200_000 });
    expect(f.message).toContain('41.2 M rows');
  });

  it('a stats file that is not there is a notice, and the check goes on', async () => {
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': CONFIG }, { 'db/migration/V2__lead_owner.sql': INDEX });
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 42, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_x', 'fail-on': 'never', 'stats-file': 'ops/missing.json' },
    });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.findings.find((x: { rule: string }) => x.rule === 'require-concurrent-index-creation').relation).toBeUndefined();
    expect(run.stdout + run.stderr).toMatch(/no production statistics at ops\/missing\.json/);
  });
});

describe('action input queries', () => {
  it("pgmig test checks the running release's queries from the glob, and names the statement that breaks one", async () => {
    const drop = "SET lock_timeout = '2s';\nSET statement_timeout = '5s';\nALTER TABLE lead DROP COLUMN owner_id;\n";
    const pr = pullRequestRepo(
      { 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': CONFIG, 'app/queries/lead.sql': 'SELECT owner_id FROM lead WHERE id = $1;\nSELECT id FROM lead;\n' },
      { 'db/migration/V2__drop_owner.sql': drop },
    );
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: 43, baseSha: pr.baseSha, headSha: pr.headSha }),
      workspace: pr.repo.dir,
      api: gh.url,
      inputs: { 'github-token': 'ghs_x', 'database-url': url, 'fail-on': 'never', queries: 'app/queries/*.sql' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.test.release.checked).toBe(2);
    expect(report.test.release.broken).toHaveLength(1);
    expect(JSON.stringify(report.test.release.broken[0])).toContain('owner_id');
    expect(JSON.stringify(report.test.release.broken[0])).toContain('V2__drop_owner.sql');
  });
});
