import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAssign, type AssignOptions } from '../../src/commands/assign.js';
import { UserError } from '../../src/errors.js';
import { bareOrigin, cloneRepo, type Origin, type Repo } from '../helpers/git.js';

const M = 'db/migration';
const T = 'db/tests';

/** A main branch with a few numbered migrations, up to V226. */
function baseFiles(extra: Record<string, string> = {}): Record<string, string> {
  return {
    [`${M}/V1__init.sql`]: 'CREATE TABLE a (id bigint);\n',
    [`${M}/V2__b.sql`]: 'CREATE TABLE b (id bigint);\n',
    [`${M}/V226__lead.sql`]: 'CREATE TABLE lead (id bigint);\n',
    [`${M}/U226__lead.sql`]: 'DROP TABLE lead;\n',
    [`${M}/R__views.sql`]: 'CREATE OR REPLACE VIEW v AS SELECT 1;\n',
    [`${T}/01_base_test.sql`]: 'SELECT plan(1); SELECT pass(); SELECT * FROM finish();\n',
    ...extra,
  };
}

/** A pull request merged into main: a developer clone commits files and pushes them. */
function merge(origin: Origin, files: Record<string, string>, message = 'merge pull request'): Repo {
  const dev = origin.clone();
  dev.write(files).commit(message);
  dev.git('push', '--quiet', 'origin', 'HEAD:main');
  return dev;
}

function assign(runner: Repo, opts: Partial<AssignOptions> = {}) {
  return runAssign({ cwd: runner.dir, backoffMs: 10, ...opts });
}

function versionsOn(origin: Origin): string[] {
  return origin
    .files(M)
    .map((p) => /\/V(\d+)__/.exec(p)?.[1])
    .filter((v): v is string => !!v);
}

/** Every commit on main has at most one parent. */
function isLinear(origin: Origin): boolean {
  return origin.git('rev-list', '--min-parents=2', 'main').trim() === '';
}

describe('pgmig assign on real git', () => {
  it('numbers one pending file, commits as the Actions bot, pushes, and does nothing the second time', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/VXXX__user_lead_protection.sql`]: '-- VXXX: lead protection\nCREATE TABLE lead_protection (id bigint);\n' });
    const runner = origin.clone();

    const r = await assign(runner);
    expect(r.pushed).toBe(true);
    expect(r.tries).toBe(1);
    expect(r.assigned).toEqual([
      expect.objectContaining({ from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V227__user_lead_protection.sql`, version: '227' }),
    ]);
    expect(origin.tip()).toBe(r.commit);
    const files = origin.files(M);
    expect(files).toContain(`${M}/V227__user_lead_protection.sql`);
    expect(files.some((f) => f.includes('VXXX'))).toBe(false);
    expect(origin.git('show', `main:${M}/V227__user_lead_protection.sql`)).toBe('-- V227: lead protection\nCREATE TABLE lead_protection (id bigint);\n');
    expect(origin.git('log', '-1', '--format=%s', 'main').trim()).toBe('migrations: assign V227 to user_lead_protection');
    expect(origin.git('log', '-1', '--format=%an <%ae>|%cn <%ce>', 'main').trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    // nothing deleted: the same number of migrations as before, one renamed
    expect(files).toHaveLength(Object.keys(baseFiles()).filter((f) => f.startsWith(M)).length + 1);

    const tip = origin.tip();
    const again = await assign(runner);
    expect(again).toMatchObject({ assigned: [], pushed: false, tries: 0 });
    expect(again.commit).toBeUndefined();
    const elsewhere = await assign(origin.clone());
    expect(elsewhere.assigned).toEqual([]);
    expect(origin.tip()).toBe(tip);
  });

  it('renames the V, U and pgTAP test files together with git mv and updates the placeholder inside them', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, {
      [`${M}/VXXX__user_lead_protection.sql`]: 'CREATE TABLE lead_protection (id bigint);\n',
      [`${M}/UXXX__user_lead_protection.sql`]: '-- undoes VXXX__user_lead_protection.sql\nSET lock_timeout = \'3s\';\nDROP POLICY lead_protection_territory ON lead_protection;\nDROP TABLE lead_protection;\n',
      [`${T}/VXXX__user_lead_protection_test.sql`]: '-- tests VXXX\nSELECT plan(1); SELECT has_table(\'lead_protection\'); SELECT * FROM finish();\n',
      [`${T}/02_unrelated_test.sql`]: '-- mentions VXXX but is not named after it\nSELECT 1;\n',
    });
    const runner = origin.clone();
    const r = await assign(runner);
    expect(r.assigned).toHaveLength(1);
    expect(r.assigned[0]!.files).toEqual([
      { from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V227__user_lead_protection.sql` },
      { from: `${M}/UXXX__user_lead_protection.sql`, to: `${M}/U227__user_lead_protection.sql` },
      { from: `${T}/VXXX__user_lead_protection_test.sql`, to: `${T}/V227__user_lead_protection_test.sql` },
    ]);
    expect(origin.git('show', `main:${M}/U227__user_lead_protection.sql`)).toMatch(/^-- undoes V227__user_lead_protection.sql\nSET lock_timeout/);
    expect(origin.git('show', `main:${T}/V227__user_lead_protection_test.sql`)).toMatch(/^-- tests V227\n/);
    expect(origin.git('show', `main:${T}/02_unrelated_test.sql`)).toMatch(/mentions VXXX/);
    // git sees renames (history follows the files), not deletions and additions; a file of
    // two lines with one of them updated would be below git's 50 % similarity, real ones are not
    const status = origin.git('show', '--format=', '--name-status', '-M', 'main').trim().split('\n');
    expect(status, status.join('\n')).toHaveLength(3);
    for (const line of status) expect(line).toMatch(/^R\d+\t/);
    expect(origin.git('log', '--follow', '--format=%s', 'main', '--', `${M}/V227__user_lead_protection.sql`).trim().split('\n')).toEqual([
      'migrations: assign V227 to user_lead_protection',
      'merge pull request',
    ]);
    expect(origin.git('log', '-1', '--format=%b', 'main')).toContain(`${M}/UXXX__user_lead_protection.sql -> ${M}/U227__user_lead_protection.sql`);
  });

  it('numbers the pending files of one push by name, as pgmig test ran them, whatever order their commits came in', async () => {
    const origin = bareOrigin(baseFiles());
    const dev = origin.clone();
    // zebra was committed before alpha; beta and gamma came together in one later commit
    dev.write({ [`${M}/VXXX__zebra.sql`]: 'SELECT 1;\n' }).commit('zebra');
    dev.write({ [`${M}/VXXX__alpha.sql`]: 'SELECT 2;\n' }).commit('alpha');
    dev.write({ [`${M}/VXXX__gamma.sql`]: 'SELECT 4;\n', [`${M}/VXXX__beta.sql`]: 'SELECT 3;\n' }).commit('beta and gamma');
    dev.git('push', '--quiet', 'origin', 'HEAD:main');

    const r = await assign(origin.clone());
    expect(r.assigned.map((a) => [a.description, a.version])).toEqual([
      ['alpha', '227'],
      ['beta', '228'],
      ['gamma', '229'],
      ['zebra', '230'],
    ]);
    expect(origin.git('log', '-1', '--format=%s', 'main').trim()).toBe('migrations: assign V227-V230 to 4 pending migrations');
    expect(origin.files(M).filter((f) => f.includes('VXXX'))).toEqual([]);
    expect(new Set(versionsOn(origin)).size).toBe(versionsOn(origin).length);
  });

  it('uses merge commits of the first-parent line to tell which pull request merged first', async () => {
    const origin = bareOrigin(baseFiles());
    const dev = origin.clone();
    // "late" was written first on its branch but merged second
    dev.git('checkout', '--quiet', '-b', 'late');
    dev.write({ [`${M}/VXXX__late.sql`]: 'SELECT 1;\n' }).commit('late work');
    dev.git('checkout', '--quiet', 'main');
    dev.git('checkout', '--quiet', '-b', 'early');
    dev.write({ [`${M}/VXXX__early.sql`]: 'SELECT 2;\n' }).commit('early work');
    dev.git('checkout', '--quiet', 'main');
    dev.git('merge', '--quiet', '--no-ff', '-m', 'merge early', 'early');
    dev.git('merge', '--quiet', '--no-ff', '-m', 'merge late', 'late');
    dev.git('push', '--quiet', 'origin', 'main');

    const r = await assign(origin.clone());
    expect(r.assigned.map((a) => [a.description, a.version])).toEqual([
      ['early', '227'],
      ['late', '228'],
    ]);
    // the merge commit that brought each file, to find its pull request
    expect(r.assigned[0]!.arrivedIn).toBe(origin.git('rev-parse', 'main^{/merge early}').trim());
  });

  it('moves the later of two files that both picked V226, with its undo and test, and leaves the earlier one alone', async () => {
    const origin = bareOrigin(baseFiles({ [`${T}/V226__lead_test.sql`]: 'SELECT 1;\n' }));
    merge(origin, {
      [`${M}/V226__contact_email.sql`]: '-- V226__contact_email.sql\nCREATE INDEX CONCURRENTLY contact_email ON contact (email);\n',
      [`${M}/U226__contact_email.sql`]: 'DROP INDEX CONCURRENTLY contact_email;\n',
      [`${T}/V226__contact_email_test.sql`]: 'SELECT 2;\n',
    });
    const r = await assign(origin.clone());
    expect(r.assigned).toEqual([
      expect.objectContaining({
        from: `${M}/V226__contact_email.sql`,
        to: `${M}/V227__contact_email.sql`,
        version: '227',
        previousVersion: '226',
        keptBy: `${M}/V226__lead.sql`,
      }),
    ]);
    const files = origin.files('db');
    expect(files).toEqual(
      expect.arrayContaining([
        `${M}/V226__lead.sql`,
        `${M}/U226__lead.sql`,
        `${T}/V226__lead_test.sql`,
        `${M}/V227__contact_email.sql`,
        `${M}/U227__contact_email.sql`,
        `${T}/V227__contact_email_test.sql`,
      ]),
    );
    expect(files.filter((f) => f.includes('226__contact'))).toEqual([]);
    expect(origin.git('show', `main:${M}/V227__contact_email.sql`)).toMatch(/^-- V227__contact_email.sql\n/);
    expect(origin.git('log', '-1', '--format=%s', 'main').trim()).toBe('migrations: assign V227 to contact_email (was V226)');
    expect(new Set(versionsOn(origin)).size).toBe(versionsOn(origin).length);
  });

  it('fetches the history of a shallow clone to know which of two colliding files came first', async () => {
    const origin = bareOrigin(baseFiles());
    // by name, V226__aaa would come before V226__lead; by arrival it is the later one
    merge(origin, { [`${M}/V226__aaa.sql`]: 'SELECT 1;\n' });
    const shallow = () => cloneRepo(`file://${origin.dir}`, '--depth', '1');

    const dry = await assign(shallow(), { dryRun: true });
    expect(dry.warnings).toEqual([expect.stringMatching(/this clone is shallow.*fetch-depth: 0/)]);

    const r = await assign(shallow());
    expect(r.assigned).toEqual([expect.objectContaining({ from: `${M}/V226__aaa.sql`, to: `${M}/V227__aaa.sql`, keptBy: `${M}/V226__lead.sql` })]);
    expect(r.warnings).toEqual([]);
    expect(origin.files(M)).toEqual(expect.arrayContaining([`${M}/V226__lead.sql`, `${M}/V227__aaa.sql`]));
  });

  it('keeps a file in the test range V10000+ and numbers the others in the main range', async () => {
    const origin = bareOrigin(
      baseFiles({
        '.pgmig.yml': 'versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n',
        [`${M}/test/V10000__seed_users.sql`]: 'SELECT 1;\n',
        [`${M}/test/V10001__seed_leads.sql`]: 'SELECT 1;\n',
      }),
    );
    merge(origin, {
      [`${M}/test/VXXX__seed_protection.sql`]: 'SELECT 1;\n',
      [`${M}/VXXX__lead_protection.sql`]: 'SELECT 1;\n',
      // a hint puts a file that sits among the main-range files in the test range
      [`${M}/VXXX__fixture_rows.sql`]: '-- pgmig-range: 10000\nSELECT 1;\n',
      // two pull requests that both picked the next test number
      [`${M}/test/V10001__seed_accounts.sql`]: 'SELECT 1;\n',
    });
    const r = await assign(origin.clone());
    const got = Object.fromEntries(r.assigned.map((a) => [a.description, a.to]));
    expect(got).toEqual({
      // the moved version first (pgmig test ran it among the numbered files), then the placeholders by name
      fixture_rows: `${M}/V10003__fixture_rows.sql`,
      lead_protection: `${M}/V227__lead_protection.sql`,
      seed_accounts: `${M}/test/V10002__seed_accounts.sql`,
      seed_protection: `${M}/test/V10004__seed_protection.sql`,
    });
    expect(origin.files(M)).toContain(`${M}/test/V10001__seed_leads.sql`);
  });

  it('says so when a range is full', async () => {
    const origin = bareOrigin(baseFiles({ '.pgmig.yml': 'versionRanges: [{from: 1, to: 226}, {from: 10000}]\n' }));
    merge(origin, { [`${M}/VXXX__one_more.sql`]: 'SELECT 1;\n' });
    const tip = origin.tip();
    await expect(assign(origin.clone())).rejects.toThrow(/VXXX__one_more\.sql: no free version left in the range 1-226/);
    expect(origin.tip()).toBe(tip);
  });

  it('retries a push refused because someone merged meanwhile, and numbers from the new state', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/VXXX__mine.sql`]: 'SELECT 1;\n' });
    const runner = origin.clone();
    const other = origin.clone();
    const logged: string[] = [];
    const r = await assign(runner, {
      log: (l) => logged.push(l),
      beforePush: (attempt) => {
        // someone else merges a numbered V227 just before our first push
        if (attempt === 1) other.write({ [`${M}/V227__theirs.sql`]: 'SELECT 2;\n' }).commit('theirs').git('push', '--quiet', 'origin', 'HEAD:main');
      },
    });
    expect(r.pushed).toBe(true);
    expect(r.tries).toBe(2);
    expect(r.assigned).toEqual([expect.objectContaining({ to: `${M}/V228__mine.sql`, version: '228' })]);
    expect(logged.some((l) => /push 1 refused/.test(l))).toBe(true);
    expect(origin.files(M)).toEqual(expect.arrayContaining([`${M}/V227__theirs.sql`, `${M}/V228__mine.sql`]));
    expect(isLinear(origin)).toBe(true);
    expect(origin.git('log', '--format=%s', '-2', 'main').trim().split('\n')).toEqual(['migrations: assign V228 to mine', 'theirs']);
  });

  it('gives up after --max-tries with a clear message, leaving the remote branch as others left it', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/VXXX__mine.sql`]: 'SELECT 1;\n' });
    const runner = origin.clone();
    const other = origin.clone();
    let n = 0;
    const err = await assign(runner, {
      maxTries: 3,
      beforePush: () => {
        n++;
        other.write({ [`notes/${n}.txt`]: `${n}\n` }).commit(`busy ${n}`).git('push', '--quiet', 'origin', 'HEAD:main');
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/could not push the numbering to origin main: it moved under pgmig 3 times/);
    expect((err as UserError).exitCode).toBe(1);
    expect(n).toBe(3);
    expect(origin.tip()).toBe(other.git('rev-parse', 'HEAD').trim());
    expect(origin.files(M)).toContain(`${M}/VXXX__mine.sql`);
    expect(origin.git('log', '--format=%s', 'main')).not.toMatch(/migrations: assign/);
    // the runner is left clean, without the commit that was never pushed
    expect(runner.git('status', '--porcelain').trim()).toBe('');
    expect(runner.git('log', '--format=%s', '-1').trim()).not.toMatch(/migrations: assign/);
  });

  it('stops at once when the server refuses the push for another reason', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/VXXX__mine.sql`]: 'SELECT 1;\n' });
    const hook = join(origin.dir, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n', { mode: 0o755 });
    const tip = origin.tip();
    const err = await assign(origin.clone()).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/git push to origin main was refused: .*pre-receive hook declined.*Nothing was pushed/);
    expect(origin.tip()).toBe(tip);
  });

  it('refuses a dirty work tree, untracked migrations and a detached HEAD without --branch', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/VXXX__mine.sql`]: 'SELECT 1;\n' });
    const runner = origin.clone();
    writeFileSync(join(runner.dir, M, 'V1__init.sql'), 'changed\n');
    await expect(assign(runner)).rejects.toThrow(/the work tree has uncommitted changes \(db\/migration\/V1__init.sql\); commit or stash them first/);
    runner.git('checkout', '--quiet', '--', '.');
    runner.write({ [`${M}/VXXX__stray.sql`]: 'SELECT 1;\n' });
    await expect(assign(runner)).rejects.toThrow(/untracked files in the migrations or tests folders \(db\/migration\/VXXX__stray.sql\)/);
    runner.remove(`${M}/VXXX__stray.sql`);
    runner.git('checkout', '--quiet', '--detach');
    await expect(assign(runner)).rejects.toThrow(/HEAD is detached.*pass --branch <name>/);
    const r = await assign(runner, { env: { GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' } });
    expect(r.pushed).toBe(true);
    expect(origin.files(M)).toContain(`${M}/V227__mine.sql`);
  });

  it('--dry-run prints the plan and changes nothing; --no-push commits locally only', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/VXXX__mine.sql`]: '-- VXXX\nSELECT 1;\n', [`${M}/UXXX__mine.sql`]: 'SELECT 2;\n' });
    const runner = origin.clone();
    const head = runner.git('rev-parse', 'HEAD').trim();
    const dry = await assign(runner, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, pushed: false, message: expect.stringMatching(/^migrations: assign V227 to mine\n/) });
    expect(dry.commit).toBeUndefined();
    expect(dry.assigned[0]!.files).toHaveLength(2);
    expect(runner.git('rev-parse', 'HEAD').trim()).toBe(head);
    expect(readFileSync(join(runner.dir, M, 'VXXX__mine.sql'), 'utf8')).toBe('-- VXXX\nSELECT 1;\n');
    expect(runner.git('status', '--porcelain')).toBe('');

    const tip = origin.tip();
    const local = await assign(runner, { push: false });
    expect(local.pushed).toBe(false);
    expect(local.commit).toBe(runner.git('rev-parse', 'HEAD').trim());
    expect(runner.git('ls-files', M)).toMatch(/V227__mine.sql/);
    expect(origin.tip()).toBe(tip);
  });

  it('leaves an undo placeholder without its migration alone, with a warning', async () => {
    const origin = bareOrigin(baseFiles());
    merge(origin, { [`${M}/UXXX__orphan.sql`]: 'SELECT 1;\n' });
    const tip = origin.tip();
    const r = await assign(origin.clone());
    expect(r.assigned).toEqual([]);
    expect(r.warnings).toEqual([expect.stringMatching(/UXXX__orphan.sql has no VXXX__orphan.sql/)]);
    expect(origin.tip()).toBe(tip);
  });

  it('honours a configured placeholder and migrations folder', async () => {
    const origin = bareOrigin({
      '.pgmig.yml': 'migrations: sql\nplaceholder: VNEXT\n',
      'sql/V7__x.sql': 'SELECT 1;\n',
      'sql/VNEXT__y.sql': '-- VNEXT\nSELECT 1;\n',
      'sql/UNEXT__y.sql': 'SELECT 1;\n',
    });
    const r = await assign(origin.clone());
    expect(r.assigned[0]!.files).toEqual([
      { from: 'sql/VNEXT__y.sql', to: 'sql/V8__y.sql' },
      { from: 'sql/UNEXT__y.sql', to: 'sql/U8__y.sql' },
    ]);
    expect(origin.git('show', 'main:sql/V8__y.sql')).toBe('-- V8\nSELECT 1;\n');
  });

  it('race: 10 assigners at once on 10 clones, each with its own pending file, three times', async () => {
    for (let round = 1; round <= 3; round++) {
      const origin = bareOrigin(baseFiles());
      const runners = Array.from({ length: 10 }, (_, i) =>
        origin.clone().write({ [`${M}/VXXX__feature_${i}.sql`]: `-- VXXX feature ${i}\nSELECT ${i};\n` }).commit(`feature ${i}`),
      );
      const results = await Promise.all(runners.map((r) => assign(r, { maxTries: 30, backoffMs: 20 })));

      expect(results.every((r) => r.pushed && r.assigned.length === 1)).toBe(true);
      const files = origin.files(M);
      expect(files.filter((f) => f.includes('VXXX'))).toEqual([]);
      const features = files.filter((f) => /__feature_\d+\.sql$/.test(f));
      expect(features).toHaveLength(10);
      const numbers = features.map((f) => Number(/\/V(\d+)__/.exec(f)![1])).sort((a, b) => a - b);
      expect(numbers).toEqual([227, 228, 229, 230, 231, 232, 233, 234, 235, 236]);
      for (let i = 0; i < 10; i++) {
        expect(features.filter((f) => f.endsWith(`__feature_${i}.sql`))).toHaveLength(1);
        const path = features.find((f) => f.endsWith(`__feature_${i}.sql`))!;
        expect(origin.git('show', `main:${path}`)).toBe(`-- V${/\/V(\d+)__/.exec(path)![1]} feature ${i}\nSELECT ${i};\n`);
      }
      const all = versionsOn(origin);
      expect(new Set(all).size).toBe(all.length);
      expect(isLinear(origin)).toBe(true);
      // every runner ended with its own file numbered, and the numbers it reported are on main
      const reported = results.flatMap((r) => r.assigned.map((a) => a.to));
      for (const to of reported) expect(files).toContain(to);
      expect(results.reduce((n, r) => n + (r.tries ?? 0), 0)).toBeGreaterThanOrEqual(10);
    }
  });
});
