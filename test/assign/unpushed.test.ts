import { describe, expect, it } from 'vitest';
import { runAssign, type AssignOptions } from '../../src/commands/assign.js';
import { runCli } from '../../src/cli.js';
import { bareOrigin, type Origin, type Repo } from '../helpers/git.js';

// A numbering commit that never reached the remote (the job was killed between commit and
// push, or someone ran --no-push) must not be forgotten: the next run finds it and pushes it.

const M = 'db/migration';
const T = 'db/tests';

function start(): Origin {
  const origin = bareOrigin({ [`${M}/V1__init.sql`]: 'CREATE TABLE a (id bigint);\n', [`${M}/V2__b.sql`]: 'CREATE TABLE b (id bigint);\n' });
  merge(origin, {
    [`${M}/VXXX__lead.sql`]: '-- VXXX\nCREATE TABLE lead (id bigint);\n',
    [`${M}/UXXX__lead.sql`]: 'DROP TABLE lead;\n',
    [`${T}/VXXX__lead_test.sql`]: 'SELECT plan(1); SELECT pass(); SELECT * FROM finish();\n',
  });
  return origin;
}

function merge(origin: Origin, files: Record<string, string>): Repo {
  const dev = origin.clone();
  dev.write(files).commit('merge pull request');
  dev.git('push', '--quiet', 'origin', 'HEAD:main');
  return dev;
}

const assign = (runner: Repo, opts: Partial<AssignOptions> = {}) => runAssign({ cwd: runner.dir, backoffMs: 10, ...opts });

/** Killed after its commit, before its push: the push step never happens. */
async function killedBeforePush(runner: Repo) {
  const killed = new Error('SIGKILL');
  await expect(assign(runner, { beforePush: () => Promise.reject(killed) })).rejects.toBe(killed);
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('pgmig assign pushes a numbering commit an earlier run left unpushed', () => {
  it('after --no-push, the next run pushes the commit it finds ahead of origin', async () => {
    const origin = start();
    const runner = origin.clone();
    const local = await assign(runner, { push: false });
    expect(local.commit).toBeDefined();
    expect(origin.files(M)).not.toContain(`${M}/V3__lead.sql`);

    const r = await assign(runner);
    expect(r.pushed).toBe(true);
    expect(r.earlier).toEqual([local.commit]);
    expect(origin.tip()).toBe(local.commit);
    expect(origin.files(M)).toEqual(expect.arrayContaining([`${M}/V3__lead.sql`, `${M}/U3__lead.sql`]));
    expect(origin.files(T)).toEqual([`${T}/V3__lead_test.sql`]);
    // the outputs say what the pushed commit numbered, and which commit to deploy
    expect(r.assigned).toEqual([
      expect.objectContaining({
        from: `${M}/VXXX__lead.sql`,
        to: `${M}/V3__lead.sql`,
        version: '3',
        arrivedIn: origin.git('rev-parse', 'main~1').trim(),
        files: [
          { from: `${M}/VXXX__lead.sql`, to: `${M}/V3__lead.sql` },
          { from: `${M}/UXXX__lead.sql`, to: `${M}/U3__lead.sql` },
          { from: `${T}/VXXX__lead_test.sql`, to: `${T}/V3__lead_test.sql` },
        ],
      }),
    ]);
    expect(r.deploy).toBe(local.commit);

    const again = await assign(runner);
    expect(again).toMatchObject({ assigned: [], pushed: false, deploy: local.commit });
    expect(again.earlier).toBeUndefined();
  });

  it('after a run killed between its commit and its push, while others merged meanwhile', async () => {
    const origin = start();
    const runner = origin.clone();
    await killedBeforePush(runner);
    const leftBehind = runner.git('rev-parse', 'HEAD').trim();
    expect(runner.git('log', '-1', '--format=%s').trim()).toBe('migrations: assign V3 to lead');
    expect(origin.tip()).not.toBe(leftBehind);

    // another pull request took V3 on main, and one more brought a placeholder
    merge(origin, { [`${M}/V3__owner.sql`]: 'CREATE TABLE owner (id bigint);\n', [`${M}/VXXX__score.sql`]: 'SELECT 1;\n' });
    const r = await assign(runner);
    expect(r.pushed).toBe(true);
    const files = origin.files(M);
    expect(files).toEqual(expect.arrayContaining([`${M}/V3__owner.sql`, `${M}/V4__lead.sql`, `${M}/U4__lead.sql`, `${M}/V5__score.sql`]));
    expect(files.filter((f) => f.includes('XXX'))).toEqual([]);
    const versions = files.map((f) => /\/V(\d+)__/.exec(f)?.[1]).filter(Boolean);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('--no-push and --dry-run say the earlier commit is still to push, and what to run', async () => {
    const origin = start();
    const runner = origin.clone();
    const local = await assign(runner, { push: false });
    for (const opts of [{ push: false }, { dryRun: true }]) {
      const r = await assign(runner, opts);
      expect(r.pushed).toBe(false);
      expect(r.earlier).toEqual([local.commit]);
      expect(r.deploy).toBeUndefined();
      expect(r.warnings).toEqual([
        expect.stringMatching(new RegExp(`^1 numbering commit of an earlier run is not on origin main \\(${local.commit!.slice(0, 12)} "migrations: assign V3 to lead"\\); run pgmig assign without --(no-push|dry-run) to push it`)),
      ]);
    }
    expect(origin.files(M)).not.toContain(`${M}/V3__lead.sql`);
  });

  it('leaves commits that are not its own to the user, with a warning that says how to push them', async () => {
    const origin = bareOrigin({ [`${M}/V1__init.sql`]: 'SELECT 1;\n' });
    const runner = origin.clone();
    runner.write({ 'README.md': 'local work\n' }).commit('docs: local work');
    // a commit that claims the subject but changes files outside the migrations is not pgmig's either
    runner.write({ 'src/app.ts': 'x\n' }).commit('migrations: assign V9 to nothing');
    const tip = origin.tip();
    const r = await assign(runner);
    expect(r).toMatchObject({ assigned: [], pushed: false });
    expect(r.deploy).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(/^the checkout has 2 commits that origin main lacks .*none of them a numbering commit .*git push origin HEAD:main/)]);
    expect(origin.tip()).toBe(tip);
  });

  it('the CLI says what it pushed and which commit to deploy', async () => {
    const origin = start();
    const runner = origin.clone();
    const first = await cli(['assign', '--no-push'], runner.dir);
    expect(first.code).toBe(0);
    const sha = runner.git('rev-parse', 'HEAD').trim();
    const r = await cli(['assign'], runner.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Pushed the numbering an earlier run committed but did not push: 1 migration on main:\n' +
        `  V3  ${M}/VXXX__lead.sql -> ${M}/V3__lead.sql\n` +
        `      ${M}/UXXX__lead.sql -> ${M}/U3__lead.sql\n` +
        `      ${T}/VXXX__lead_test.sql -> ${T}/V3__lead_test.sql\n` +
        `Pushed ${sha.slice(0, 12)} to origin main (1 try).\n` +
        `Deploy ${sha} (or a later commit of main): the commit before it still has the VXXX names.\n`,
    );
    expect(origin.tip()).toBe(sha);
  });
});

describe('pgmig assign on a detached HEAD', () => {
  it('--no-push refuses (exit 2) instead of leaving a commit on no branch', async () => {
    const origin = start();
    const runner = origin.clone();
    runner.git('checkout', '--quiet', '--detach');
    const head = runner.git('rev-parse', 'HEAD').trim();
    const r = await cli(['assign', '--no-push'], runner.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pgmig: HEAD is detached, so the numbering commit would be on no branch .*git switch <name>/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runner.git('rev-parse', 'HEAD').trim()).toBe(head);
    expect(runner.git('status', '--porcelain')).toBe('');
    // a dry run changes nothing, so it may look
    const dry = await cli(['assign', '--dry-run'], runner.dir);
    expect(dry.code).toBe(0);
  });
});
