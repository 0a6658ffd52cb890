import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import type { Finding } from '../../src/rules/finding.js';
import { gitRepo, type Repo } from '../helpers/git.js';
import { lintProject } from '../helpers/project.js';

const rule = 'version-out-of-order';
const only = (f: Finding[]) => f.filter((x) => x.rule === rule);

/** main: V1..V3; then a branch `feature` is checked out. */
function branchFromMain(): Repo {
  const repo = gitRepo({
    'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);\n',
    'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id bigint;\n',
    'db/migration/V3__lead_status.sql': 'ALTER TABLE lead ADD COLUMN status text;\n',
  });
  repo.git('checkout', '--quiet', '-b', 'feature');
  return repo;
}

async function lintChanged(repo: Repo, ref = 'main') {
  return (await runLint({ cwd: repo.dir, changedSince: ref })).result;
}

describe(rule, () => {
  it('does not fire on a new migration above the highest on the base', async () => {
    const repo = branchFromMain().write({ 'db/migration/V4__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n' }).commit('add V4');
    const result = await lintChanged(repo);
    expect(result.summary.files).toBe(1);
    expect(only(result.findings)).toEqual([]);
  });

  it('fires on a committed new migration whose version is already used on the base', async () => {
    const repo = branchFromMain().write({ 'db/migration/V3__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n' }).commit('add V3');
    const f = only((await lintChanged(repo)).findings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'db/migration/V3__lead_source.sql', line: 1, column: 1, severity: 'error' });
    expect(f[0]!.message).toMatch(/version 3 is already used on main by db\/migration\/V3__lead_status\.sql/);
    expect(f[0]!.message).toMatch(/rename it to V4__lead_source\.sql, or to VXXX__lead_source\.sql/);
  });

  it('compares with the base branch as it is now, not as it was when the branch started', async () => {
    const repo = branchFromMain();
    repo.git('checkout', '--quiet', 'main');
    repo.write({ 'db/migration/V5__lead_score.sql': 'ALTER TABLE lead ADD COLUMN score int;\n' }).commit('V5 merged on main');
    repo.git('checkout', '--quiet', 'feature');
    repo.write({ 'db/migration/V4__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n' }).commit('add V4');
    const f = only((await lintChanged(repo)).findings);
    expect(f.map((x) => x.file)).toEqual(['db/migration/V4__lead_source.sql']);
    expect(f[0]!.message).toMatch(/version 4 is below 5, the highest version on main \(db\/migration\/V5__lead_score\.sql\)/);
    expect(f[0]!.message).toMatch(/rename it to V6__lead_source\.sql/);
  });

  it('fires on untracked and staged new files too, suggesting distinct free versions', async () => {
    const repo = branchFromMain();
    repo.write({ 'db/migration/V2.5__late.sql': 'SELECT 1;\n' }); // untracked
    repo.write({ 'db/migration/V1.1__later.sql': 'SELECT 1;\n' });
    repo.git('add', 'db/migration/V1.1__later.sql'); // staged only
    const result = await lintChanged(repo);
    const f = only(result.findings);
    expect(f.map((x) => x.file)).toEqual(['db/migration/V1.1__later.sql', 'db/migration/V2.5__late.sql']);
    const suggested = f.map((x) => /rename it to (V\d+)__/.exec(x.message)?.[1]);
    expect(new Set(suggested)).toEqual(new Set(['V4', 'V5']));
  });

  it('never fires on pending placeholder files, repeatables or undo files', async () => {
    const repo = branchFromMain()
      .write({
        'db/migration/VXXX__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n',
        'db/migration/UXXX__lead_source.sql': 'ALTER TABLE lead DROP COLUMN source;\n',
        'db/migration/U2__lead_owner.sql': 'ALTER TABLE lead DROP COLUMN owner_id;\n',
        'db/migration/R__lead_view.sql': 'CREATE OR REPLACE VIEW lead_v AS SELECT id FROM lead;\n',
      })
      .commit('pending work');
    const result = await lintChanged(repo);
    expect(result.summary.files).toBe(4);
    expect(only(result.findings)).toEqual([]);
  });

  it('does not fire on an edited base migration (that is modified-applied-migration)', async () => {
    const repo = branchFromMain().write({ 'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id int;\n' });
    const f = (await lintChanged(repo)).findings;
    expect(only(f)).toEqual([]);
    expect(f.map((x) => x.rule)).toContain('modified-applied-migration');
  });

  it('does not fire without --changed-since, whatever the numbers', async () => {
    const f = await lintProject({ 'db/migration/V5__a.sql': 'SELECT 1;', 'db/migration/V2__b.sql': 'SELECT 1;' }, { files: ['db/migration/V2__b.sql'] });
    expect(only(f)).toEqual([]);
  });

  it('can be turned off in the config', async () => {
    const repo = branchFromMain()
      .write({ '.pgmig.yml': `rules: { ${rule}: off }\n`, 'db/migration/V3__dup.sql': 'SELECT 1;\n' })
      .commit('V3 again');
    expect(only((await lintChanged(repo)).findings)).toEqual([]);
  });
});
