import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startCluster, type Cluster } from '../../src/db/cluster.js';
import { toUrl } from '../../src/db/connect.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { bareOrigin, type Origin, type Repo } from '../helpers/git.js';
import { BAD_INDEX, LEAD } from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

// The event's pull_request.base.sha is where the base branch was when the event was made. When
// the base moves on before the check runs (a re-run, a later synchronize, actions/checkout's
// merge commit made against the newer tip), what was merged there since is not the pull
// request's: pgmig compares with the merge base of the head and the base branch's tip now.
// The built action, a bare origin, the fake GitHub API and a real PostgreSQL.

const M = 'db/migration';
const SCORE = "SET lock_timeout = '2s';\nSET statement_timeout = '5s';\nALTER TABLE lead ADD COLUMN IF NOT EXISTS score bigint;\n";
const CONFIG = 'rules: { require-rls: off, require-table-schema: off }\n';

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

interface Moved {
  origin: Origin;
  /** main when the pull request's event was made. */
  staleBase: string;
  head: string;
}

/** A pull request adding a pending migration; main then takes V2 (with lint errors) from another pull request. */
function pullRequestThenBaseMoves(beforeMove?: (origin: Origin) => void): Moved {
  const origin = bareOrigin({ [`${M}/V1__lead.sql`]: LEAD, '.pgmig.yml': CONFIG });
  const dev = origin.clone();
  dev.git('checkout', '--quiet', '-b', 'feature');
  dev.write({ [`${M}/VXXX__lead_score.sql`]: SCORE }).commit('the pull request');
  dev.git('push', '--quiet', 'origin', 'feature');
  const staleBase = origin.tip();
  beforeMove?.(origin);
  const other = origin.clone();
  other.write({ [`${M}/V2__lead_owner_index.sql`]: BAD_INDEX }).commit('Merge pull request #1');
  other.git('push', '--quiet', 'origin', 'main');
  return { origin, staleBase, head: dev.git('rev-parse', 'HEAD').trim() };
}

async function check(m: Moved, checkout: Repo, number: number) {
  const run = await runAction({
    event: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: m.staleBase, headSha: m.head }),
    workspace: checkout.dir,
    api: gh.url,
    ref: `refs/pull/${number}/merge`,
    sha: checkout.git('rev-parse', 'HEAD').trim(),
    inputs: { 'github-token': 'ghs_movedBase1', 'database-url': url, 'fail-on': 'error' },
  });
  const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
  return { run, report, comment: gh.comments.find((c) => c.issue === number)?.body ?? '' };
}

describe('a stale pull_request.base.sha does not make what the base gained since count as the pull request\'s', () => {
  it('on the merge commit actions/checkout makes against the newer tip: lint, test and "if merged now" see only the pull request', async () => {
    const m = pullRequestThenBaseMoves();
    // refs/pull/N/merge: the head merged into main as it is now
    const checkout = m.origin.clone();
    checkout.git('checkout', '--quiet', '--detach', 'origin/main');
    checkout.git('merge', '--quiet', '--no-ff', '--no-edit', 'origin/feature');

    const { run, report, comment } = await check(m, checkout, 41);
    expect(run.stderr).toBe('');
    // the other pull request's index (two errors) is not this one's
    expect(report.summary).toMatchObject({ files: 1, errors: 0 });
    expect(report.findings.map((f: { file: string }) => f.file)).not.toContain(`${M}/V2__lead_owner_index.sql`);
    expect(report.test.migrations.filter((x: { phase: string }) => x.phase === 'new').map((x: { file: string }) => x.file)).toEqual([`${M}/VXXX__lead_score.sql`]);
    expect(report.test.migrations.find((x: { file: string }) => x.file === `${M}/V2__lead_owner_index.sql`)).toMatchObject({ phase: 'base' });
    expect(comment).toContain('`VXXX__lead_score.sql` would become `V3__lead_score.sql`');
    expect(run.stdout).toMatch(new RegExp(`compared with its merge base with main ${m.origin.tip().slice(0, 7)} \\(the tip of main now, fetched just now; the event named ${m.staleBase.slice(0, 7)}\\)`));
    expect(run.code).toBe(0);
  });

  it('on the head, in a checkout made before the base moved: fetches the base branch for the numbers', async () => {
    let checkout: Repo | undefined;
    const m = pullRequestThenBaseMoves((origin) => {
      checkout = origin.clone();
      checkout.git('checkout', '--quiet', '--detach', 'origin/feature');
    });
    expect(checkout!.git('rev-parse', 'origin/main').trim()).toBe(m.staleBase);

    const { run, report, comment } = await check(m, checkout!, 42);
    expect(run.stderr).toBe('');
    expect(report.summary).toMatchObject({ files: 1, errors: 0 });
    // V2 is taken on main now, so the pending file would be V3, not V2
    expect(comment).toContain('`VXXX__lead_score.sql` would become `V3__lead_score.sql`');
    expect(checkout!.git('rev-parse', 'origin/main').trim()).toBe(m.origin.tip());
    expect(run.code).toBe(0);
  });
});
