import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runAssign, type AssignOptions } from '../../src/commands/assign.js';
import { UserError } from '../../src/errors.js';
import { bareOrigin, OUTSIDE_QUARANTINE, setHook, type Origin, type Repo } from '../helpers/git.js';

const M = 'db/migration';

function baseFiles(): Record<string, string> {
  return {
    [`${M}/V1__init.sql`]: 'CREATE TABLE a (id bigint);\n',
    [`${M}/V226__lead.sql`]: 'CREATE TABLE lead (id bigint);\n',
    [`${M}/U226__lead.sql`]: 'DROP TABLE lead;\n',
    'README.md': 'crm\n',
  };
}

/** main with the base files and one pending migration merged (with its undo file). */
function originWithPending(): Origin {
  const origin = bareOrigin(baseFiles());
  const dev = origin.clone();
  dev.write({ [`${M}/VXXX__mine.sql`]: '-- VXXX\nSELECT 1;\n', [`${M}/UXXX__mine.sql`]: 'SELECT 2;\n' }).commit('merge pull request');
  dev.git('push', '--quiet', 'origin', 'HEAD:main');
  return origin;
}

function assign(runner: Repo, opts: Partial<AssignOptions> = {}) {
  return runAssign({ cwd: runner.dir, backoffMs: 5, networkTimeoutMs: 20_000, ...opts });
}

async function failure(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'pgmig assign should have failed').toBeInstanceOf(UserError);
  return err as UserError;
}

/**
 * What must hold on the remote after any fault: no two files with one version (per prefix),
 * every migration there (by description, V and U), the history linear and only ever moved
 * forward from `before` (nothing forced), and `mine` either still pending or numbered once.
 */
function expectSound(origin: Origin, before: string, extra: string[] = []): void {
  const files = origin.files(M);
  const byPrefix = new Map<string, string[]>();
  for (const f of files) {
    const m = /\/([VU])(\d+|XXX)__(.+)\.sql$/.exec(f);
    if (!m || m[2] === 'XXX') continue;
    const key = `${m[1]}${m[2]}`;
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), f]);
  }
  for (const [key, list] of byPrefix) expect(list, `two files with ${key}`).toHaveLength(1);
  for (const d of ['init', 'lead', 'mine', ...extra]) {
    expect(files.filter((f) => new RegExp(`/V(\\d+|XXX)__${d}\\.sql$`).test(f)), `V file of ${d}`).toHaveLength(1);
  }
  expect(files.filter((f) => /\/U(\d+|XXX)__lead\.sql$/.test(f))).toHaveLength(1);
  expect(files.filter((f) => /\/U(\d+|XXX)__mine\.sql$/.test(f))).toHaveLength(1);
  // mine and its undo file carry the same number
  const v = files.map((f) => /\/V(\d+|XXX)__mine\.sql$/.exec(f)?.[1]).find(Boolean);
  expect(files).toContain(`${M}/U${v}__mine.sql`);
  expect(origin.git('rev-list', '--min-parents=2', 'main').trim(), 'merge commits on main').toBe('');
  origin.git('merge-base', '--is-ancestor', before, 'main'); // throws when main was forced back
}

/** The runner's checkout: clean, and on `commit`. */
function expectClean(runner: Repo, commit: string): void {
  expect(runner.git('status', '--porcelain').trim()).toBe('');
  expect(runner.git('rev-parse', 'HEAD').trim()).toBe(commit);
  expect(existsSync(join(runner.dir, '.git', 'rebase-merge')) || existsSync(join(runner.dir, '.git', 'rebase-apply'))).toBe(false);
}

/** Counts the pushes a hook saw, in a file of the bare repository. */
const COUNT = 'n=$(cat pushes 2>/dev/null || echo 0); n=$((n+1)); echo $n > pushes';
const pushesSeen = (origin: Origin) => Number(readFileSync(join(origin.dir, 'pushes'), 'utf8').trim());

describe('pgmig assign under push faults', () => {
  it('a server that reports the branch moved K times in a row: retries, then numbers after the others', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    // two merges "land first", each taking the next number: prepared on side refs, moved onto
    // main by the hook at the moment pgmig's push arrives
    const other = origin.clone();
    for (const [i, v] of [[1, 227], [2, 228]] as const) {
      other.write({ [`${M}/V${v}__theirs_${i}.sql`]: `SELECT ${i};\n` }).commit(`theirs ${i}`);
      other.git('push', '--quiet', 'origin', `HEAD:refs/pending/${i}`);
    }
    setHook(origin.dir, 'pre-receive', `${COUNT}\nif git rev-parse -q --verify refs/pending/$n >/dev/null; then ${OUTSIDE_QUARANTINE} git update-ref refs/heads/main refs/pending/$n; fi\nexit 0`);

    const runner = origin.clone();
    const logged: string[] = [];
    const r = await assign(runner, { log: (l) => logged.push(l), maxTries: 5 });
    expect(r).toMatchObject({ pushed: true, tries: 3 });
    expect(r.assigned).toEqual([expect.objectContaining({ to: `${M}/V229__mine.sql`, version: '229' })]);
    expect(pushesSeen(origin)).toBe(3);
    expect(logged.filter((l) => /^push \d refused \(.*(failed to update ref|cannot lock ref)/.test(l))).toHaveLength(2);
    expectSound(origin, before, ['theirs_1', 'theirs_2']);
    expect(origin.files(M)).toEqual(expect.arrayContaining([`${M}/V227__theirs_1.sql`, `${M}/V228__theirs_2.sql`, `${M}/V229__mine.sql`, `${M}/U229__mine.sql`]));
    expect(origin.git('log', '--format=%s', '-3', 'main').trim().split('\n')).toEqual(['migrations: assign V229 to mine', 'theirs 2', 'theirs 1']);
    expectClean(runner, origin.tip());
  });

  it('a branch that moves under every push: gives up after --max-tries with a clear message, none of pgmig\'s work on the remote', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    // every push finds that someone else just pushed a commit of their own
    setHook(
      origin.dir,
      'pre-receive',
      `${COUNT}\nexport GIT_AUTHOR_NAME=other GIT_AUTHOR_EMAIL=o@x.invalid GIT_COMMITTER_NAME=other GIT_COMMITTER_EMAIL=o@x.invalid\n` +
        `c=$(echo "busy $n" | ${OUTSIDE_QUARANTINE} git commit-tree main^{tree} -p main) && ${OUTSIDE_QUARANTINE} git update-ref refs/heads/main $c\nexit 0`,
    );
    const runner = origin.clone();
    const err = await failure(assign(runner, { maxTries: 3 }));
    expect(err.message).toMatch(/^could not push the numbering to origin main: it moved under pgmig 3 times in a row \(.*\)\. Nothing was pushed .*run pgmig assign again, or raise --max-tries$/);
    expect(err.exitCode).toBe(1);
    expect(pushesSeen(origin)).toBe(3);
    expect(origin.git('log', '--format=%s', 'main')).not.toMatch(/migrations: assign/);
    expect(origin.files(M)).toEqual(expect.arrayContaining([`${M}/VXXX__mine.sql`, `${M}/UXXX__mine.sql`]));
    expectSound(origin, before);
    // the runner dropped its unpushed commit and stands on the last tip it fetched
    expect(runner.git('status', '--porcelain').trim()).toBe('');
    expect(runner.git('log', '--format=%s', 'HEAD')).not.toMatch(/migrations: assign/);
  });

  it('branch protection (a hook that declines, even in words like "non-fast-forward"): one try, no retry, says how to let pgmig push', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    setHook(
      origin.dir,
      'pre-receive',
      `${COUNT}\necho "GH006: Protected branch update failed for refs/heads/main." >&2\necho "protected branch: direct and non-fast-forward pushes are not allowed; fetch first is no help" >&2\nexit 1`,
    );
    const runner = origin.clone();
    const start = runner.git('rev-parse', 'HEAD').trim();
    const logged: string[] = [];
    const err = await failure(assign(runner, { log: (l) => logged.push(l), maxTries: 5 }));
    expect(pushesSeen(origin)).toBe(1);
    expect(logged.filter((l) => /refused/.test(l))).toEqual([]);
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^git push to origin main was refused: \[remote rejected\] \(pre-receive hook declined\)/);
    expect(err.message).toContain('GH006: Protected branch update failed for refs/heads/main.');
    expect(err.message).toMatch(/Nothing was pushed and the local branch is back where it was/);
    expect(err.message).toMatch(/not a race, so pgmig does not try again/);
    expect(err.message).toMatch(/bypass list/);
    expect(err.message).toMatch(/personal access token or a GitHub App installation token/);
    expect(origin.tip()).toBe(before);
    expectSound(origin, before);
    expectClean(runner, start);
  });

  it('an update hook that refuses the branch: the same, one try', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    setHook(origin.dir, 'update', `${COUNT}\necho "refusing updates to $1: branch is locked" >&2\nexit 1`);
    const runner = origin.clone();
    const err = await failure(assign(runner));
    expect(pushesSeen(origin)).toBe(1);
    expect(err.message).toMatch(/^git push to origin main was refused: \[remote rejected\] \(hook declined\) \(the server said: refusing updates to refs\/heads\/main: branch is locked\)/);
    expect(origin.tip()).toBe(before);
    expectClean(runner, before);
  });

  it('the remote goes away between fetch and push: a clear error, nothing pushed, and a later run finishes the job once', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    const runner = origin.clone();
    const start = runner.git('rev-parse', 'HEAD').trim();
    const moved = `${origin.dir}.moved`;
    const err = await failure(assign(runner, { beforePush: () => renameSync(origin.dir, moved) }));
    renameSync(moved, origin.dir);
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^git push to origin main failed: .*does not appear to be a git repository/);
    expect(err.message).toMatch(/pgmig could not look whether it landed \(git fetch origin main failed: .*\)/);
    expect(err.message).toMatch(/Once origin is reachable, run pgmig assign again: it numbers only files that are still pending/);
    expect(origin.tip()).toBe(before);
    expectSound(origin, before);
    expectClean(runner, start);

    const again = await assign(runner);
    expect(again).toMatchObject({ pushed: true, tries: 1 });
    expect(origin.files(M)).toEqual(expect.arrayContaining([`${M}/V227__mine.sql`, `${M}/U227__mine.sql`]));
    expectSound(origin, before);
  });

  it('the connection drops while the server checks the push: says it did not land, and what to do', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    // the server process dies before it updates the branch
    setHook(origin.dir, 'pre-receive', `${COUNT}\nkill -9 $PPID\nexit 0`);
    const runner = origin.clone();
    const start = runner.git('rev-parse', 'HEAD').trim();
    const err = await failure(assign(runner, { maxTries: 5 }));
    expect(pushesSeen(origin)).toBe(1);
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^git push to origin main failed: the remote end hung up unexpectedly\. origin main does not have pgmig's commit, and the local branch is back where it was\. Check that origin is reachable/);
    expect(origin.tip()).toBe(before);
    expectSound(origin, before);
    expectClean(runner, start);
  });

  it('the connection drops after the server took the push: pgmig looks, finds its commit there, and reports success', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    setHook(origin.dir, 'post-receive', 'kill -9 $PPID');
    const runner = origin.clone();
    const logged: string[] = [];
    const r = await assign(runner, { log: (l) => logged.push(l) });
    expect(r).toMatchObject({ pushed: true, tries: 1 });
    expect(origin.tip()).toBe(r.commit);
    expect(logged.some((l) => /reported a failure .* but origin has the commit/.test(l))).toBe(true);
    expectSound(origin, before);
    expectClean(runner, r.commit!);
    setHook(origin.dir, 'post-receive', undefined);
    expect((await assign(runner)).assigned).toEqual([]);
  });

  it('a push that hangs: given up after the timeout, and when it lands late a second run does not number again', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    setHook(origin.dir, 'pre-receive', `${COUNT}\nsleep 3\nexit 0`);
    const runner = origin.clone();
    const start = runner.git('rev-parse', 'HEAD').trim();
    const err = await failure(assign(runner, { networkTimeoutMs: 1000 }));
    expect(err.message).toMatch(/^git push to origin main failed: no answer within 1 s\. origin main does not have pgmig's commit.*a push that lands late is not repeated$/);
    expectClean(runner, start);
    // the server carries on with what it received, as a real one does
    for (let i = 0; i < 100 && origin.tip() === before; i++) await sleep(100);
    expect(origin.files(M)).toContain(`${M}/V227__mine.sql`);
    setHook(origin.dir, 'pre-receive', undefined);

    const again = await assign(runner);
    expect(again).toMatchObject({ assigned: [], pushed: false });
    expect(origin.git('log', '--format=%s', 'main').match(/migrations: assign/g)).toHaveLength(1);
    expectSound(origin, before);
    expectClean(runner, origin.tip());
  });

  it('a fetch that fails after a refused push: a clear error, nothing pushed, the checkout clean', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    const other = origin.clone();
    const runner = origin.clone();
    const start = runner.git('rev-parse', 'HEAD').trim();
    const moved = `${origin.dir}.moved`;
    // someone pushes, then the remote disappears before pgmig fetches the new tip
    const err = await failure(
      assign(runner, {
        beforePush: () => {
          other.write({ 'notes.txt': 'x\n' }).commit('other').git('push', '--quiet', 'origin', 'HEAD:main');
        },
        log: (l) => {
          if (/^push 1 refused/.test(l)) renameSync(origin.dir, moved);
        },
      }),
    );
    renameSync(moved, origin.dir);
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^git fetch origin main failed: .*; check that origin is reachable.*after push 1 to origin main was refused because the branch had moved; nothing of pgmig's was pushed/);
    expect(origin.git('log', '--format=%s', 'main')).not.toMatch(/migrations: assign/);
    expectSound(origin, before);
    expectClean(runner, start);
  });
});

describe('pgmig assign refuses a dirty checkout before doing anything', () => {
  async function refuses(runner: Repo, origin: Origin, pattern: RegExp) {
    const head = runner.git('rev-parse', 'HEAD').trim();
    const status = runner.git('status', '--porcelain', '--untracked-files=all');
    const tip = origin.tip();
    const err = await failure(assign(runner));
    expect(err.message).toMatch(pattern);
    expect(err.message).not.toMatch(/\n\s+at /);
    // nothing changed: not the remote, not HEAD, not the user's changes
    expect(origin.tip()).toBe(tip);
    expect(runner.git('rev-parse', 'HEAD').trim()).toBe(head);
    expect(runner.git('status', '--porcelain', '--untracked-files=all')).toBe(status);
  }

  it('an edited migration', async () => {
    const origin = originWithPending();
    const runner = origin.clone();
    writeFileSync(join(runner.dir, M, 'V226__lead.sql'), 'edited\n');
    await refuses(runner, origin, /^the work tree has uncommitted changes \(db\/migration\/V226__lead\.sql\); commit or stash them first/);
    expect(readFileSync(join(runner.dir, M, 'V226__lead.sql'), 'utf8')).toBe('edited\n');
  });

  it('a staged new file and an edit outside the migrations folder (a reset would lose them too)', async () => {
    const origin = originWithPending();
    const runner = origin.clone();
    runner.write({ 'notes/todo.txt': 'x\n', 'README.md': 'crm, edited\n' });
    runner.git('add', 'notes/todo.txt');
    await refuses(runner, origin, /^the work tree has uncommitted changes \((README\.md, notes\/todo\.txt|notes\/todo\.txt, README\.md)\)/);
    expect(readFileSync(join(runner.dir, 'README.md'), 'utf8')).toBe('crm, edited\n');
  });

  it('many changes: names five and counts the rest', async () => {
    const origin = originWithPending();
    const runner = origin.clone();
    const files = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`src/f${i}.txt`, `${i}\n`]));
    runner.write(files).commit('more files');
    runner.write(Object.fromEntries(Object.keys(files).map((f) => [f, 'changed\n'])));
    await refuses(runner, origin, /^the work tree has uncommitted changes \(src\/f0\.txt, src\/f1\.txt, src\/f2\.txt, src\/f3\.txt, src\/f4\.txt and 2 more\)/);
  });

  it('an untracked migration (it would not be numbered)', async () => {
    const origin = originWithPending();
    const runner = origin.clone();
    runner.write({ [`${M}/VXXX__not_committed.sql`]: 'SELECT 1;\n' });
    await refuses(runner, origin, /^untracked files in the migrations or tests folders \(db\/migration\/VXXX__not_committed\.sql\); commit them .* or remove them$/);
    expect(existsSync(join(runner.dir, M, 'VXXX__not_committed.sql'))).toBe(true);
  });

  it('an untracked file elsewhere is no obstacle, and is left alone', async () => {
    const origin = originWithPending();
    const before = origin.tip();
    const runner = origin.clone();
    runner.write({ 'scratch.txt': 'mine\n' });
    const r = await assign(runner);
    expect(r.pushed).toBe(true);
    expect(readFileSync(join(runner.dir, 'scratch.txt'), 'utf8')).toBe('mine\n');
    expect(origin.files('.')).not.toContain('scratch.txt');
    expectSound(origin, before);
  });
});
