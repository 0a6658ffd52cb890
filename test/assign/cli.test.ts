import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { bareOrigin, gitRepo } from '../helpers/git.js';
import { project } from '../helpers/project.js';

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
  return { code, stdout, stderr };
}

const example = join(dirname(fileURLToPath(import.meta.url)), '../../examples/crm');

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const abs = join(dir, name);
    if (statSync(abs).isFile()) out[relative(dir, abs)] = readFileSync(abs, 'utf8');
  }
  return out;
}

const M = 'db/migration';

describe('pgmig assign (CLI)', () => {
  it('--dry-run on the example project prints the plan and changes nothing', async () => {
    const repo = gitRepo(filesOf(example));
    const head = repo.git('rev-parse', 'HEAD');
    const r = await cli(['assign', '--dry-run'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Dry run: would assign 1 migration on main (nothing renamed, committed or pushed):\n' +
        '  V17  db/migration/VXXX__user_lead_protection.sql -> db/migration/V17__user_lead_protection.sql\n' +
        '       db/migration/UXXX__user_lead_protection.sql -> db/migration/U17__user_lead_protection.sql\n' +
        'Commit message: migrations: assign V17 to user_lead_protection\n',
    );
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('--format json gives the plan with old and new names and versions', async () => {
    const repo = gitRepo(filesOf(example));
    const r = await cli(['assign', '--dry-run', '--format', 'json'], repo.dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      dryRun: true,
      pushed: false,
      branch: 'main',
      assigned: [{ from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V17__user_lead_protection.sql`, version: '17', description: 'user_lead_protection' }],
    });
  });

  it('assigns, commits and pushes, then reports nothing to do', async () => {
    const origin = bareOrigin({ [`${M}/V1__a.sql`]: 'SELECT 1;\n', [`${M}/VXXX__b.sql`]: 'SELECT 2;\n', [`${M}/UXXX__b.sql`]: 'SELECT 3;\n' });
    const runner = origin.clone();
    const r = await cli(['assign'], runner.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sha = origin.tip().slice(0, 12);
    expect(r.stdout).toBe(
      'Assigned 1 migration on main:\n' +
        `  V2  ${M}/VXXX__b.sql -> ${M}/V2__b.sql\n` +
        `      ${M}/UXXX__b.sql -> ${M}/U2__b.sql\n` +
        `Committed ${sha} "migrations: assign V2 to b" and pushed it to origin main (1 try).\n` +
        `Deploy ${origin.tip()} (or a later commit of main): the commit before it still has the VXXX names.\n`,
    );
    const again = await cli(['assign'], runner.dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Nothing to assign on main: no VXXX__*.sql files and no versions used twice.\n');
  });

  it('--no-push with --author commits locally under that name', async () => {
    const origin = bareOrigin({ [`${M}/V1__a.sql`]: 'SELECT 1;\n', [`${M}/VXXX__b.sql`]: 'SELECT 2;\n' });
    const runner = origin.clone();
    const tip = origin.tip();
    const r = await cli(['assign', '--no-push', '--author', 'Release Bot <release@example.com>', '--format', 'json'], runner.dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pushed: false, commit: runner.git('rev-parse', 'HEAD').trim() });
    expect(runner.git('log', '-1', '--format=%an <%ae>').trim()).toBe('Release Bot <release@example.com>');
    expect(origin.tip()).toBe(tip);
  });

  it('--help documents every flag, the numbering and the exit codes', async () => {
    const r = await cli(['assign', '--help'], project({}));
    expect(r.code).toBe(0);
    for (const s of ['--dry-run', '--no-push', '--remote', '--branch', '--max-tries', '--author', '--format', '--config', 'Exit codes', 'versionRanges', 'pgmig-range']) {
      expect(r.stdout).toContain(s);
    }
    const top = await cli(['--help'], project({}));
    expect(top.stdout).toMatch(/\n\s+assign\b/);
  });

  it('usage and environment mistakes exit 2 with a message', async () => {
    const repo = gitRepo({ [`${M}/VXXX__b.sql`]: 'SELECT 2;\n' });
    for (const args of [['assign', '--max-tries', '0'], ['assign', '--format', 'xml'], ['assign', '--author', 'nobody']]) {
      const r = await cli(args, repo.dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.length).toBeGreaterThan(10);
    }
    // no remote to push to
    const noRemote = await cli(['assign'], repo.dir);
    expect(noRemote.code).toBe(2);
    expect(noRemote.stderr).toMatch(/^pgmig: there is no git remote named "origin"; pass --remote <name>/);
    writeFileSync(join(repo.dir, M, 'VXXX__b.sql'), 'edited\n');
    const dirty = await cli(['assign', '--no-push'], repo.dir);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toMatch(/^pgmig: the work tree has uncommitted changes \(db\/migration\/VXXX__b.sql\)/);
    const notGit = await cli(['assign', '--dry-run'], project({ [`${M}/VXXX__b.sql`]: 'x' }));
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toMatch(/is not inside a git repository/);
  });
});
