import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import type { Finding } from '../../src/rules/finding.js';
import { gitRepo, type Repo } from '../helpers/git.js';

const rule = 'modified-applied-migration';
const only = (f: Finding[]) => f.filter((x) => x.rule === rule);

function branchFromMain(): Repo {
  const repo = gitRepo({
    'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY);\n',
    'db/migration/U1__lead.sql': 'DROP TABLE lead;\n',
    'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id bigint;\n',
    'db/migration/V3__lead_status.sql': 'ALTER TABLE lead ADD COLUMN status text;\n',
    'db/migration/R__lead_view.sql': 'CREATE OR REPLACE VIEW lead_v AS SELECT id FROM lead;\n',
  });
  repo.git('checkout', '--quiet', '-b', 'feature');
  return repo;
}

async function lintChanged(repo: Repo) {
  return (await runLint({ cwd: repo.dir, changedSince: 'main' })).result;
}

describe(rule, () => {
  it('fires on a base migration edited in a commit of the branch', async () => {
    const repo = branchFromMain().write({ 'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id int;\n' }).commit('edit V2');
    const result = await lintChanged(repo);
    const f = only(result.findings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'db/migration/V2__lead_owner.sql', line: 1, column: 1, severity: 'error' });
    expect(f[0]!.message).toMatch(/V2__lead_owner\.sql is on main and has probably been applied/);
    expect(result.summary.files).toBe(1);
  });

  it('fires on uncommitted and staged edits', async () => {
    const repo = branchFromMain().write({
      'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, name text);\n',
      'db/migration/V3__lead_status.sql': 'ALTER TABLE lead ADD COLUMN status varchar(20);\n',
    });
    repo.git('add', 'db/migration/V3__lead_status.sql');
    const f = only((await lintChanged(repo)).findings);
    expect(f.map((x) => x.file)).toEqual(['db/migration/V1__lead.sql', 'db/migration/V3__lead_status.sql']);
  });

  it('fires on a base migration deleted in a commit, pointing at the deleted path', async () => {
    const repo = branchFromMain().remove('db/migration/V3__lead_status.sql').commit('drop V3');
    const result = await lintChanged(repo);
    const f = only(result.findings);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'db/migration/V3__lead_status.sql', line: 1, column: 1 });
    expect(f[0]!.message).toMatch(/was deleted/);
    expect(result.summary.files).toBe(0);
  });

  it('fires on a base migration deleted from disk but not committed', async () => {
    const repo = branchFromMain().remove('db/migration/V2__lead_owner.sql');
    const f = only((await lintChanged(repo)).findings);
    expect(f.map((x) => x.file)).toEqual(['db/migration/V2__lead_owner.sql']);
  });

  it('says "renamed" when a new file takes the version of a deleted one', async () => {
    const repo = branchFromMain().move('db/migration/V3__lead_status.sql', 'db/migration/V3__lead_state.sql').commit('rename V3');
    const all = (await lintChanged(repo)).findings;
    const f = only(all);
    expect(f).toHaveLength(1);
    expect(f[0]!.file).toBe('db/migration/V3__lead_status.sql');
    expect(f[0]!.message).toMatch(/was renamed to db\/migration\/V3__lead_state\.sql/);
    // the rename is reported once, not again as a version collision
    expect(all.filter((x) => x.rule === 'version-out-of-order')).toEqual([]);
  });

  it('does not fire on a migration moved to a subfolder unchanged', async () => {
    const repo = branchFromMain().move('db/migration/V1__lead.sql', 'db/migration/2024/V1__lead.sql').commit('archive V1');
    const result = await lintChanged(repo);
    expect(result.findings.filter((x) => x.rule === rule || x.rule === 'version-out-of-order')).toEqual([]);
    expect(result.summary.files).toBe(0);
  });

  it('fires on a migration moved and edited', async () => {
    const repo = branchFromMain().move('db/migration/V1__lead.sql', 'db/migration/2024/V1__lead.sql');
    repo.write({ 'db/migration/2024/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, x int);\n' }).commit('archive and edit V1');
    const f = only((await lintChanged(repo)).findings);
    expect(f.map((x) => x.file)).toEqual(['db/migration/V1__lead.sql']);
  });

  it('does not fire on edited undo and repeatable files', async () => {
    const repo = branchFromMain()
      .write({
        'db/migration/U1__lead.sql': 'DROP TABLE IF EXISTS lead;\n',
        'db/migration/R__lead_view.sql': 'CREATE OR REPLACE VIEW lead_v AS SELECT id, owner_id FROM lead;\n',
      })
      .commit('edit U1 and R');
    const result = await lintChanged(repo);
    expect(result.summary.files).toBe(2);
    expect(only(result.findings)).toEqual([]);
  });

  it('does not fire on a migration the branch added and then edited', async () => {
    const repo = branchFromMain().write({ 'db/migration/V4__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n' }).commit('V4');
    repo.write({ 'db/migration/V4__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source varchar(50);\n' }).commit('fix V4');
    expect(only((await lintChanged(repo)).findings)).toEqual([]);
  });

  it('does not count migrations merged on main after the branch started as deleted', async () => {
    const repo = branchFromMain();
    repo.git('checkout', '--quiet', 'main');
    repo.write({ 'db/migration/V4__lead_score.sql': 'ALTER TABLE lead ADD COLUMN score int;\n' }).commit('V4 on main');
    repo.git('checkout', '--quiet', 'feature');
    repo.write({ 'db/migration/VXXX__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n' }).commit('pending');
    const result = await lintChanged(repo);
    expect(only(result.findings)).toEqual([]);
    expect(result.summary.files).toBe(1);
  });

  it('does not fire without --changed-since', async () => {
    const repo = branchFromMain().write({ 'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id int;\n' });
    const { result } = await runLint({ cwd: repo.dir });
    expect(only(result.findings)).toEqual([]);
  });

  it('can be silenced in the edited file', async () => {
    const repo = branchFromMain().write({
      'db/migration/V2__lead_owner.sql': `-- pgmig-ignore-file ${rule}\nALTER TABLE lead ADD COLUMN owner_id bigint;\n`,
    });
    const f = (await lintChanged(repo)).findings;
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it("does not fire on an edit of line endings only: Flyway's checksum ignores them (issue 25 item 10)", async () => {
    const repo = branchFromMain().write({ 'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id bigint;\r\n' }).commit('CRLF');
    expect(only((await lintChanged(repo)).findings)).toEqual([]);
    const edited = branchFromMain().write({ 'db/migration/V2__lead_owner.sql': 'ALTER TABLE lead ADD COLUMN owner_id  bigint;\n' }).commit('space');
    expect(only((await lintChanged(edited)).findings).map((f) => f.file)).toEqual(['db/migration/V2__lead_owner.sql']);
  });
});
