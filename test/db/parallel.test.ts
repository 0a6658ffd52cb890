import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/commands/test.js';
import { project } from '../helpers/project.js';
import { formatTestJson } from '../../src/report/test-json.js';
import { mergeReports } from '../../src/tests/merge-reports.js';
import { serverUrl, testProject } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

const clonesOf = async (db: string) => (await query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [db])).map((r) => r.datname);

// what a run's verdict is made of, without the timings
const verdict = (r: TestResult) => r.tests.map(({ durationMs: _d, ...t }) => t);

const files: Record<string, string> = {
  '.pgmig.yml': 'lockQueue: { budget: 0s }\n',
  'db/migration/V1__account.sql': "CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL);\nINSERT INTO account VALUES (1, 100);\n",
};
// files that write the same row, committed, and expect to see only their own write
for (let i = 1; i <= 6; i++) {
  files[`db/tests/t${i}_test.sql`] =
    `UPDATE account SET balance = balance + ${i} WHERE id = 1;\nSELECT pg_sleep(0.${i % 3});\nSELECT plan(1);\nSELECT is((SELECT balance FROM account WHERE id = 1), ${100 + i}, 'sees its own write only');\n`;
}
files['db/tests/t4_test.sql'] = "SELECT plan(2);\nSELECT has_table('account');\nSELECT is(1, 2, 'fails in place');\n";

describe('a clone left as it was found serves the next file', () => {
  // each file names the database it ran on in a test's description, and checks it starts clean
  const BEGIN = 'BEGIN;\nSELECT plan(3);\nSELECT pass(current_database());\n';
  const clean = "SELECT is((SELECT balance FROM account WHERE id = 1), 100, 'untouched balance');\nSELECT is(nextval('ticket'), 1::bigint, 'untouched sequence');\n";
  const reuse: Record<string, string> = {
    '.pgmig.yml': 'lockQueue: { budget: 0s }\n',
    'db/migration/V1__account.sql': 'CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL);\nINSERT INTO account VALUES (1, 100);\nCREATE SEQUENCE ticket;\n',
    // rolls back all it does, but nextval outlives a rollback: the clone must not serve again
    'db/tests/a1_test.sql': `${BEGIN}${clean}ROLLBACK;\n`,
    'db/tests/a2_test.sql': `${BEGIN}${clean}SELECT * FROM finish();\nROLLBACK;\n`,
    // rolls back and leaves the sequence alone (a savepoint inside is fine): the clone serves a4
    'db/tests/a3_test.sql': `${BEGIN}UPDATE account SET balance = 0;\nSAVEPOINT s;\nSELECT pass('inside');\nROLLBACK TO SAVEPOINT s;\nSELECT is((SELECT balance FROM account WHERE id = 1), 0, 'own write');\nROLLBACK;\n`,
    // commits in the middle: its clone goes
    'db/tests/a4_test.sql': `${BEGIN}${clean.replace("SELECT is(nextval('ticket'), 1::bigint, 'untouched sequence');\n", "SELECT pass('no sequence');\n")}UPDATE account SET balance = 7;\nCOMMIT;\nBEGIN;\nROLLBACK;\n`,
    'db/tests/a5_test.sql': `SELECT plan(3);\nSELECT pass(current_database());\n${clean}`,
    // no BEGIN … ROLLBACK around it, though it writes nothing: its clone goes too
    'db/tests/a6_test.sql': `${BEGIN}${clean.replace("SELECT is(nextval('ticket'), 1::bigint, 'untouched sequence');\n", "SELECT pass('no sequence');\n")}ROLLBACK;\n`,
  };
  it('reuses it only after a file that ended in ROLLBACK and moved no sequence; every file sees a clean database; none is left', async () => {
    const r = await testProject(reuse, { jobs: 1 });
    expect(r.tests.map((t) => [t.file, t.status, t.tests.filter((x) => !x.ok).map((x) => x.description)])).toEqual(Object.keys(reuse).filter((f) => f.startsWith('db/tests/')).map((f) => [f, 'passed', []]));
    const db = Object.fromEntries(r.tests.map((t) => [t.file.replace(/^db\/tests\/|_test\.sql$/g, ''), t.tests[0]!.description]));
    for (const name of Object.values(db)) expect(name).toMatch(new RegExp(`^${r.database.name}_c\\d+$`));
    // a1 moved the sequence: a2 gets a fresh clone; a2 did too: a3 gets one; a3 left its own for a4
    expect(db.a2).not.toBe(db.a1);
    expect(db.a3).not.toBe(db.a2);
    expect(db.a4).toBe(db.a3);
    // a4 committed, a5 has no transaction of its own: each next file gets a fresh clone
    expect(db.a5).not.toBe(db.a4);
    expect(db.a6).not.toBe(db.a5);
    expect(await clonesOf(r.database.name)).toEqual([]);
  });

  it('the next file runs on the same session, with nothing of the last file’s session state left', async () => {
    const pid = "SELECT pass('pid ' || pg_backend_pid());\n";
    const r = await testProject(
      {
        '.pgmig.yml': 'lockQueue: { budget: 0s }\n',
        'db/migration/V1__account.sql': 'CREATE TABLE account (id int PRIMARY KEY);\n',
        // a prepared statement, a session advisory lock and a held cursor outlive a rollback
        'db/tests/b1_test.sql': `BEGIN;\nSELECT plan(2);\n${pid}PREPARE leftover AS SELECT 1;\nSELECT pg_advisory_lock(42);\nSELECT pass('left state behind');\nROLLBACK;\n`,
        'db/tests/b2_test.sql':
          `BEGIN;\nSELECT plan(3);\n${pid}` +
          "SELECT is((SELECT count(*)::int FROM pg_prepared_statements), 0, 'no prepared statement');\n" +
          "SELECT is((SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()), 0, 'no advisory lock');\nROLLBACK;\n",
      },
      { jobs: 1 },
    );
    expect(r.tests.map((t) => [t.file, t.status, t.tests.filter((x) => !x.ok).map((x) => x.description)])).toEqual([
      ['db/tests/b1_test.sql', 'passed', []],
      ['db/tests/b2_test.sql', 'passed', []],
    ]);
    expect(r.tests[1]!.tests[0]!.description).toBe(r.tests[0]!.tests[0]!.description);
    expect(await clonesOf(r.database.name)).toEqual([]);
  });

  it('runs the same in parallel, and leaves no clone', async () => {
    const serial = await testProject(reuse, { jobs: 1 });
    const parallel = await testProject(reuse, { jobs: 2 });
    const plain = (t: TestResult) => verdict(t).map((x) => ({ ...x, tests: x.tests.slice(1) }));
    expect(plain(parallel)).toEqual(plain(serial));
    expect(parallel.tests.every((t) => t.status === 'passed')).toBe(true);
    expect(await clonesOf(parallel.database.name)).toEqual([]);
  });
});

describe('pgmig test --jobs', () => {
  it('a parallel run gives the serial run’s results in the files’ order; isolation holds; no clone is left', async () => {
    const lines: string[] = [];
    const serial = await testProject(files, { jobs: 1 });
    const parallel = await testProject(files, { jobs: 3, progress: (l) => lines.push(l) });
    expect(verdict(parallel)).toEqual(verdict(serial));
    expect(parallel.tests.map((t) => [t.file, t.status])).toEqual([
      ['db/tests/t1_test.sql', 'passed'],
      ['db/tests/t2_test.sql', 'passed'],
      ['db/tests/t3_test.sql', 'passed'],
      ['db/tests/t4_test.sql', 'failed'],
      ['db/tests/t5_test.sql', 'passed'],
      ['db/tests/t6_test.sql', 'passed'],
    ]);
    // progress in the files' order too, whatever finished first
    expect(lines.filter((l) => /^(ok|FAIL) .*_test\.sql/.test(l)).map((l) => l.split(' ').filter(Boolean)[1])).toEqual(parallel.tests.map((t) => t.file));
    expect(await clonesOf(parallel.database.name)).toEqual([]);
    expect(await clonesOf(serial.database.name)).toEqual([]);
  });

  it('shards merged equal the unsharded run', async () => {
    const whole = await testProject(files, { jobs: 2 });
    const parts: TestResult[] = [];
    for (let i = 1; i <= 3; i++) parts.push(await testProject(files, { jobs: 2, shard: { index: i, count: 3 } }));
    const merged = parts.flatMap(verdict).sort((a, b) => (a.file < b.file ? -1 : 1));
    expect(merged).toEqual(verdict(whole));
    expect(parts.map((p) => p.tests.length)).toEqual([2, 2, 2]);
    // merge-reports reads what the shards wrote (JSON), in any order
    const json = parts.map((p, i) => ({ file: `shard-${i + 1}.json`, report: JSON.parse(formatTestJson(p)) as TestResult })).reverse();
    const report = mergeReports(json);
    expect(verdict(report)).toEqual(verdict(whole));
    expect(report.summary).toEqual(whole.summary);
    expect(report.summary.errors).toBe(1);
    expect(() => mergeReports([json[0]!, json[0]!])).toThrow(/is in both shard-3\.json and shard-3\.json; were the shards cut with different --shard counts\?/);
  });

  it('a file that ends its own session stops the run (exit 2) and leaves no clone behind', async () => {
    const marker = `SELECT pg_sleep(1.${Date.now() % 1000})`;
    const broken = { ...files, 'db/tests/t2_test.sql': `${marker};\nSELECT pg_terminate_backend(pg_backend_pid());\n` };
    const run = testProject(broken, { jobs: 3 });
    run.catch(() => {});
    let seen: string | undefined;
    for (const end = Date.now() + 30_000; !seen && Date.now() < end; ) {
      seen = (await query<{ datname: string }>("SELECT datname FROM pg_stat_activity WHERE starts_with(query, $1)", [marker]))[0]?.datname;
    }
    expect(seen).toMatch(/^pgmig_test_.*_c\d+$/);
    await expect(run).rejects.toThrow(/^db\/tests\/t2_test\.sql:2: lost the connection/);
    expect(await clonesOf(seen!.replace(/_c\d+$/, ''))).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it.concurrent(`${signal} with two files running at once: both clones and the test database go`, async () => {
      // its own sleep, to tell its sessions from those of the other signal's run
      const sleep = `SELECT pg_sleep(${signal === 'SIGINT' ? 62.5 : 63.5})`;
      const cwd = project({
        'db/migration/V1__users.sql': 'CREATE TABLE users (id int);\n',
        'db/tests/a_test.sql': `SELECT plan(1);\n${sleep};\nSELECT ok(true);\n`,
        'db/tests/b_test.sql': `SELECT plan(1);\n${sleep};\nSELECT ok(true);\n`,
      });
      const child = spawn(process.execPath, ['--import', join(here, 'ts-node.mjs'), join(root, 'src/cli/index.ts'), 'test', '--jobs', '2'], {
        cwd,
        env: { PATH: process.env.PATH, DATABASE_URL: serverUrl() },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr!.on('data', (d) => (err += d));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, s) => res({ code, signal: s })));
      let running: string[] = [];
      const end = Date.now() + 60_000;
      while (running.length < 2 && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 100));
        running = (await query<{ datname: string }>("SELECT datname FROM pg_stat_activity WHERE state = 'active' AND starts_with(query, $1)", [sleep])).map((r) => r.datname);
      }
      expect(running).toHaveLength(2);
      child.kill(signal);
      expect(await exited).toEqual({ code: null, signal });
      const testDb = running[0]!.replace(/_c\d+$/, '');
      expect(await clonesOf(testDb), err).toEqual([]);
      expect(err).toMatch(new RegExp(`^pgmig: interrupted by ${signal} while running db/tests/[ab]_test\\.sql:2`));
    });
  }
});
