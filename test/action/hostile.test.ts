import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { project } from '../helpers/project.js';
import { LEAD, pullRequestRepo } from './fixtures.js';
import { pullRequestPayload, runAction, type ActionRun } from './run-action.js';

// The built action on a pull request that attacks it: a migration linked to the runner's
// ~/.pgpass, a comment of someone else's carrying pgmig's marker, and names and SQL that try
// to print workflow commands into the log.

const MARKER = '<!-- pgmig:sticky-comment db%2Fmigration -->';
const SECRET = 'pgpass-secret-7c1e0a';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

function prRun(pr: { repo: { dir: string }; baseSha: string; headSha: string }, number: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    event: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: pr.baseSha, headSha: pr.headSha }),
    workspace: pr.repo.dir,
    api: gh.url,
    ref: `refs/pull/${number}/merge`,
    sha: pr.headSha,
    inputs: { 'github-token': 'ghs_default', ...inputs },
  });
}

/** Every place the run could have put the secret: the log, the summary, outputs, and what went to GitHub. */
function everything(run: ActionRun): string {
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(gh.requests.map((r) => r.body)), gh.comments.map((c) => c.body).join('\n')].join('\n');
}

describe('the action against a hostile pull request', () => {
  it('a migration linked to a .pgpass outside the checkout: refused, named, never quoted anywhere', async () => {
    const outside = project({ '.pgpass': `db.internal:5432:*:deploy:${SECRET}\n` });
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'README.md': 'a change\n' });
    symlinkSync(join(outside, '.pgpass'), join(pr.repo.dir, 'db/migration/V2__leak.sql'));
    pr.repo.commit('add the link');
    pr.headSha = pr.repo.git('rev-parse', 'HEAD').trim();
    for (const annotations of ['true', 'false']) {
      const run = await prRun(pr, 31, { annotations });
      expect(run.code).toBe(1);
      expect(everything(run)).not.toContain(SECRET);
      expect(run.stdout).toMatch(/::error::pgmig: db\/migration\/V2__leak\.sql is a symbolic link to a path outside the repository/);
    }
    expect(gh.comments).toHaveLength(0);
  });

  it("another user's comment carrying the marker is never edited: pgmig posts its own, and edits only that", async () => {
    const planted = `${MARKER}\n✅ **pgmig: no findings** (1 file checked)\n`;
    gh.comments.push({ id: 1, issue: 32, body: planted, user: { login: 'mallory', type: 'User' }, created_at: '', updated_at: '' });
    const pr = pullRequestRepo({ 'db/migration/V1__lead.sql': LEAD }, { 'db/migration/V2__idx.sql': 'CREATE INDEX i ON lead (owner_id);\n' });
    const first = await prRun(pr, 32);
    expect(first.code).toBe(1);
    const second = await prRun(pr, 32, { 'fail-on': 'never' });
    expect(second.code).toBe(0);
    expect(gh.requestsTo(/\/issues\/comments\/1$/, 'PATCH')).toHaveLength(0);
    expect(gh.comments.find((c) => c.id === 1)!.body).toBe(planted);
    const mine = gh.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toMatch(/require-concurrent-index-creation/);
    expect(first.stdout).toContain("comments carrying pgmig's marker that another account wrote were not edited: 1");
  });

  it('hostile identifiers, SQL and folder names print no forged workflow command, with or without annotations', async () => {
    const forge = (n: number) => `\n::error::FORGED-${n}\r::stop-commands::TOKEN${n}\r\n ::warning file=x::FORGED-${n} ##[error]LEGACY-${n}`;
    const pr = pullRequestRepo(
      { 'db/migration/V1__lead.sql': LEAD, '.pgmig.yml': `migrations: ${JSON.stringify(`db/migration`)}\n` },
      {
        'db/migration/V2__idx.sql': `CREATE INDEX ${JSON.stringify(`i${forge(1)}`)} ON lead (owner_id);\nALTER TABLE lead ADD COLUMN ${JSON.stringify(`c${forge(2)}`)} varchar(3);\n`,
        'db/migration/V3__broken.sql': `SELECT FROM ${JSON.stringify(`t${forge(3)}`)} WHERE;\n`,
        [`db/migration/sub${forge(4).replace(/\r/g, '')}/VXXX__pending.sql`]: 'SELECT 1;\n',
      },
    );
    for (const annotations of ['true', 'false']) {
      const run = await prRun(pr, 33, { annotations });
      expect(run.code).toBe(1);
      for (const out of [run.stdout, run.stderr]) {
        const lines = out.split(/\r\n|\r|\n/).map((l) => l.trim());
        expect(lines.filter((l) => /^::(error::FORGED|stop-commands|warning file=x::FORGED)/.test(l))).toEqual([]);
        // the older form counts anywhere in a line that is not a command already
        expect(lines.filter((l) => !l.startsWith('::') && l.includes('##['))).toEqual([]);
      }
      // the forged text is there, made harmless, so the test did feed it through
      expect(run.stdout).toMatch(/FORGED-1/);
      expect(run.stdout).toMatch(/if merged now: db\/migration\/sub/);
    }
  });
});
