import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import { UserError } from '../../src/errors.js';
import { cloneRepo, gitRepo, type Repo } from '../helpers/git.js';
import { project } from '../helpers/project.js';

const base = {
  'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);\n',
  'db/migration/V2__lead_status.sql': 'ALTER TABLE lead ADD COLUMN status text;\n',
};

function feature(files: Record<string, string> = base): Repo {
  const repo = gitRepo(files);
  repo.git('checkout', '--quiet', '-b', 'feature');
  return repo;
}

async function lintError(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('lint --changed-since', () => {
  it('lints only the migrations added or changed since the merge base', async () => {
    const repo = feature()
      .write({ 'db/migration/V3__lead_idx.sql': 'CREATE INDEX lead_owner_idx ON lead (owner_id);\n' })
      .commit('V3')
      .write({ 'db/migration/VXXX__lead_source.sql': 'ALTER TABLE lead ADD COLUMN source text;\n', 'README.md': 'notes\n' });
    const { result } = await runLint({ cwd: repo.dir, changedSince: 'main' });
    expect(result.summary.files).toBe(2);
    expect([...result.sources.keys()].sort()).toEqual(['db/migration/V3__lead_idx.sql', 'db/migration/VXXX__lead_source.sql']);
    // the base migrations are context: lead exists, so the index needs CONCURRENTLY
    expect(result.findings.map((f) => [f.rule, f.file])).toContainEqual(['require-concurrent-index-creation', 'db/migration/V3__lead_idx.sql']);
  });

  it('lints nothing when nothing changed', async () => {
    const { result } = await runLint({ cwd: feature().dir, changedSince: 'main' });
    expect(result.summary).toEqual({ files: 0, errors: 0, warnings: 0 });
  });

  it('ignores untracked files that git ignores', async () => {
    const repo = feature().write({ '.gitignore': 'db/migration/scratch*\n' }).commit('ignore scratch');
    repo.write({ 'db/migration/scratch_test.sql': 'SELECT 1;\n' });
    const { result } = await runLint({ cwd: repo.dir, changedSince: 'main' });
    expect(result.summary.files).toBe(0);
  });

  it('names the ref and fetch-depth when the ref is unknown', async () => {
    const repo = feature();
    const err = await lintError(runLint({ cwd: repo.dir, changedSince: 'origin/mian' }));
    expect(err.message).toMatch(/origin\/mian/);
    expect(err.message).toMatch(/fetch-depth: 0/);
    expect(err.exitCode).toBe(2);
  });

  it('refuses a ref that looks like an option', async () => {
    const err = await lintError(runLint({ cwd: feature().dir, changedSince: '--output=/tmp/x' }));
    expect(err.message).toMatch(/"--output=\/tmp\/x" is not a git ref/);
  });

  it('says when the folder is not in a git repository', async () => {
    const dir = project(base);
    const err = await lintError(runLint({ cwd: dir, changedSince: 'main' }));
    expect(err.message).toMatch(/not inside a git repository/);
  });

  it('falls back to origin/<ref> when there is no local branch (a CI checkout)', async () => {
    const origin = feature().write({ 'db/migration/V2__other.sql': 'SELECT 1;\n' }).commit('collide with V2');
    const clone = cloneRepo(origin.dir, '--branch', 'feature');
    expect(() => clone.git('rev-parse', '--verify', '--quiet', 'refs/heads/main')).toThrow();
    const { result } = await runLint({ cwd: clone.dir, changedSince: 'main' });
    const f = result.findings.filter((x) => x.rule === 'version-out-of-order');
    expect(f.map((x) => x.file)).toEqual(['db/migration/V2__other.sql']);
    expect(f[0]!.message).toMatch(/already used on origin\/main/);
  });

  it('explains a shallow clone whose history does not reach the merge base', async () => {
    const origin = feature().write({ 'db/migration/V3__a.sql': 'SELECT 1;\n' }).commit('feature work');
    origin.git('checkout', '--quiet', 'main');
    origin.write({ 'db/migration/V3__b.sql': 'SELECT 1;\n' }).commit('main moves on');
    origin.git('checkout', '--quiet', 'feature');
    const clone = cloneRepo(`file://${origin.dir}`, '--depth', '1', '--no-single-branch', '--branch', 'feature');
    const err = await lintError(runLint({ cwd: clone.dir, changedSince: 'origin/main' }));
    expect(err.message).toMatch(/origin\/main and HEAD have no common commit/);
    expect(err.message).toMatch(/shallow/);
    expect(err.message).toMatch(/fetch-depth: 0/);
  });

  it('works from a subfolder of the repository with its own config', async () => {
    const repo = feature({
      'service/.pgmig.yml': 'migrations: sql\n',
      'service/sql/V1__lead.sql': 'CREATE TABLE lead (id bigint);\n',
      'other/sql/V9__unrelated.sql': 'SELECT 1;\n',
    });
    repo.write({ 'service/sql/V1__lead.sql': 'CREATE TABLE lead (id bigint, x int);\n', 'other/sql/V10__x.sql': 'SELECT 1;\n' });
    const { result } = await runLint({ cwd: join(repo.dir, 'service'), changedSince: 'main' });
    expect(result.summary.files).toBe(1);
    expect(result.findings.filter((f) => f.rule === 'modified-applied-migration').map((f) => f.file)).toEqual(['sql/V1__lead.sql']);
  });

  it('works when the working directory is reached through a symlink', async () => {
    const repo = feature().write({ 'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint);\n' });
    const links = project({});
    mkdirSync(join(links, 'a'));
    const link = join(links, 'a', 'repo');
    symlinkSync(repo.dir, link);
    const { result } = await runLint({ cwd: link, changedSince: 'main' });
    expect(result.summary.files).toBe(1);
    expect(result.findings.filter((f) => f.rule === 'modified-applied-migration').map((f) => f.file)).toEqual(['db/migration/V1__lead.sql']);
  });

  it('finds migrations in folders whose names look like patterns', async () => {
    const repo = feature({ '.pgmig.yml': "migrations: 'db/[m]*'\n", 'db/[m]*/V1__a.sql': 'SELECT 1;\n', 'db/m1/V1__x.sql': 'SELECT 1;\n' });
    repo.write({ 'db/[m]*/V1__a.sql': 'SELECT 2;\n', 'db/m1/V1__x.sql': 'SELECT 2;\n' });
    const { result } = await runLint({ cwd: repo.dir, changedSince: 'main' });
    expect([...result.sources.keys()]).toEqual(['db/[m]*/V1__a.sql']);
  });
});
