import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runRollback, type RollbackResult } from '../../src/commands/rollback.js';
import { backoffMs, lockTimeoutFor, withLockRetries } from '../../src/db/lock-retries.js';
import { parseConfig } from '../../src/migrations/config.js';
import { formatRollbackMarkdown, formatRollbackText } from '../../src/report/rollback.js';
import { project } from '../helpers/project.js';
import { BASE, CHANGE, deployedDatabase, stopServer, type Db } from './fixtures.js';

// Lock retries of a rollback against a real PostgreSQL: a second connection holds a lock the
// undo files need; the rollback runs again with a longer lock_timeout, within its bounds, and
// changes nothing when it never gets the lock.

const dbs: Db[] = [];
const holders: pg.Client[] = [];
afterEach(async () => {
  for (const h of holders.splice(0)) await h.end().catch(() => {});
  for (const d of dbs.splice(0)) await d.drop().catch(() => {});
});
afterAll(async () => {
  await stopServer();
});

const ALL = ['db/migration/V1__lead.sql', 'db/migration/V2__lead_score.sql', 'db/migration/V3__lead_note.sql'];
const DEPLOYED = { history: ['1', '2', '3'], tables: ['flyway_schema_history', 'lead', 'lead_note'], leadColumns: ['id', 'owner_id', 'score'] };

async function deployed(config: string, change: Record<string, string> = {}): Promise<{ cwd: string; db: Db }> {
  const cwd = project({ ...BASE, '.pgmig.yml': `rules: { require-rls: off, require-table-schema: off }\n${config}`, ...CHANGE, ...change });
  const db = await deployedDatabase(cwd, ALL);
  dbs.push(db);
  return { cwd, db };
}

/** A second session holding a lock on `table` in an open transaction. */
async function hold(db: Db, table: string, mode = 'ACCESS EXCLUSIVE'): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  holders.push(c);
  await c.query('BEGIN');
  await c.query(`LOCK TABLE ${table} IN ${mode} MODE`);
  return c;
}

describe('lock retries (real PostgreSQL)', () => {
  it('a lock released after about a second: a later attempt gets it, each attempt reported', async () => {
    const { cwd, db } = await deployed('lockTimeout: { max: 2s }\nlockRetries: { attempts: 10, maxTotal: 30s }\n');
    const holder = await hold(db, 'lead_note');
    const release = setTimeout(() => void holder.query('ROLLBACK'), 1000);
    const log: string[] = [];
    let result: RollbackResult;
    try {
      result = await runRollback({ cwd, env: {}, databaseUrl: db.url, target: { kind: 'version', version: '3' }, log: (l) => log.push(l) });
    } finally {
      clearTimeout(release);
    }
    expect(result.status).toBe('rolled back');
    expect(result.attempts.length).toBeGreaterThan(1);
    const last = result.attempts[result.attempts.length - 1]!;
    expect(last.result).toBe('ok');
    for (const a of result.attempts.slice(0, -1)) {
      expect(a.result).toBe('lock timeout');
      expect(a.message).toMatch(/U3__lead_note\.sql:1: canceling statement due to lock timeout/);
    }
    // the lock_timeout grows from 100 ms, a pause before every retry
    expect(result.attempts[0]).toMatchObject({ attempt: 1, lockTimeoutMs: 100, waitedMs: 0 });
    const timeouts = result.attempts.map((a) => a.lockTimeoutMs);
    expect([...timeouts].sort((a, b) => a - b)).toEqual(timeouts);
    expect(result.attempts.slice(1).every((a) => a.waitedMs > 0)).toBe(true);
    // the log has a line per attempt, the last saying it got the locks
    expect(log).toHaveLength(result.attempts.length);
    expect(log[0]).toMatch(/^lock attempt 1\/10 \(lock_timeout 100 ms\): .*canceling statement due to lock timeout; retrying in /);
    expect(log[log.length - 1]).toMatch(new RegExp(`^lock attempt ${last.attempt}/10 .*: got the locks$`));
    // and the reports say it
    expect(formatRollbackText(result)).toMatch(new RegExp(`pgmig rollback: rolled back version 3 in .* \\(got the locks on attempt ${last.attempt}\\)`));
    expect(formatRollbackText(result)).toMatch(/lock attempt 1\/10: lock_timeout 100 ms: lock not granted in time \(/);
    const md = formatRollbackMarkdown(result);
    expect(md).toContain(`Got the locks on attempt ${last.attempt}:`);
    expect(md).toContain("`SET LOCAL lock_timeout = '2000ms'` at most");
    expect(await db.state()).toEqual({ history: ['1', '2'], tables: ['flyway_schema_history', 'lead'], leadColumns: ['id', 'owner_id', 'score'] });
  });

  it('a lock held for good: it gives up after the attempts, with the last error, and nothing changed', async () => {
    const { cwd, db } = await deployed('lockTimeout: { max: 300ms }\nlockRetries: { attempts: 3, maxTotal: 20s }\n');
    await hold(db, 'lead_note');
    const result = await runRollback({ cwd, env: {}, databaseUrl: db.url, target: { kind: 'version', version: '3' } });
    expect(result.status).toBe('failed');
    expect(result.attempts.map((a) => [a.lockTimeoutMs, a.result])).toEqual([
      [100, 'lock timeout'],
      [200, 'lock timeout'],
      [300, 'lock timeout'],
    ]);
    expect(result.error).toMatchObject({ file: 'db/migration/U3__lead_note.sql', line: 1, sqlstate: '55P03' });
    expect(result.problem).toMatch(/^the locks were not granted in 3 attempts over .* \(lock_timeout 100 ms, 200 ms, 300 ms\); no attempts left \(lockRetries\.attempts 3\)\. Another session holds a lock/);
    expect(result.deletedRows).toBe(0);
    const md = formatRollbackMarkdown(result);
    expect(md).toContain('The locks were not granted in 3 attempts:');
    expect(md).toContain('The transaction was rolled back: the database is as it was');
    expect(await db.state()).toEqual(DEPLOYED);
  });

  it("an undo file's own SET lock_timeout does not govern the waits: each attempt waits what the report says (issue 18 item 5)", async () => {
    const { cwd, db } = await deployed('lockTimeout: { max: 300ms }\nlockRetries: { attempts: 3, maxTotal: 20s }\n', {
      'db/migration/U3__lead_note.sql': "SET lock_timeout = '30s';\nDROP TABLE lead_note;\n",
    });
    await hold(db, 'lead_note');
    const started = Date.now();
    const result = await runRollback({ cwd, env: {}, databaseUrl: db.url, target: { kind: 'version', version: '3' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe('failed');
    expect(result.attempts.map((a) => [a.lockTimeoutMs, a.result])).toEqual([
      [100, 'lock timeout'],
      [200, 'lock timeout'],
      [300, 'lock timeout'],
    ]);
    // each attempt waited about its own lock_timeout, not 30 s
    for (const a of result.attempts) expect(a.durationMs).toBeLessThan(a.lockTimeoutMs + 2000);
    expect(result.error).toMatchObject({ file: 'db/migration/U3__lead_note.sql', line: 2, sqlstate: '55P03' });
    expect(result.notes).toContain("db/migration/U3__lead_note.sql:1: SET lock_timeout = '30s' is not run: pgmig sets lock_timeout itself for each attempt (the schedule reported), at most 300 ms");
    expect(await db.state()).toEqual(DEPLOYED);
  }, 60_000);

  it('the total time bounds it too: far fewer attempts than allowed, and the message names maxTotal', async () => {
    const { cwd, db } = await deployed('lockTimeout: { max: 5s }\nlockRetries: { attempts: 50, maxTotal: 1500ms }\n');
    // EXCLUSIVE, as a migration run may hold it: reading the history still works, locking it for the rollback does not
    await hold(db, 'flyway_schema_history', 'EXCLUSIVE');
    const result = await runRollback({ cwd, env: {}, databaseUrl: db.url, target: { kind: 'last' } });
    expect(result.status).toBe('failed');
    expect(result.attempts.length).toBeGreaterThan(1);
    expect(result.attempts.length).toBeLessThan(50);
    // the history is locked first: that wait is retried as well
    expect(result.attempts.every((a) => a.result === 'lock timeout' && /could not lock public\.flyway_schema_history/.test(a.message ?? ''))).toBe(true);
    expect(result.problem).toMatch(/lockRetries\.maxTotal \(1\.50 s\) would be passed/);
    expect(await db.state()).toEqual(DEPLOYED);
  });

  it('`pgmig rollback --lock-retries 1`: one attempt under the full lock_timeout, the message as without retries', async () => {
    const { cwd, db } = await deployed('lockTimeout: { max: 300ms }\n');
    await hold(db, 'lead_note');
    let stdout = '';
    let stderr = '';
    const code = await runCli(['rollback', '3', '--database-url', db.url, '--lock-retries', '1', '--format', 'json'], { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const j = JSON.parse(stdout);
    expect(j).toMatchObject({ status: 'failed', lockTimeoutMs: 300, lockRetries: { attempts: 1, maxTotalMs: 60000 } });
    expect(j.attempts).toEqual([expect.objectContaining({ attempt: 1, lockTimeoutMs: 300, result: 'lock timeout' })]);
    expect(j.problem).toBeUndefined();
    expect(j.error.sqlstate).toBe('55P03');
    const bad = await runCli(['rollback', '3', '--database-url', db.url, '--lock-retries', '0'], { cwd, stdout: () => {}, stderr: (s) => (stderr += s), isTTY: false, env: {} });
    expect(bad).toBe(2);
    expect(stderr).toMatch(/--lock-retries.*expected a whole number from 1 to 50/);
    expect(await db.state()).toEqual(DEPLOYED);
  });

  it('an error that is not about a lock is not retried', async () => {
    const { cwd, db } = await deployed('lockRetries: { attempts: 5 }\n', { 'db/migration/U3__lead_note.sql': 'DROP TABLE lead_note_nope;\n' });
    const result = await runRollback({ cwd, env: {}, databaseUrl: db.url, target: { kind: 'version', version: '3' } });
    expect(result.status).toBe('failed');
    expect(result.attempts).toEqual([expect.objectContaining({ attempt: 1, result: 'failed' })]);
    expect(result.error?.sqlstate).toBe('42P01');
    expect(await db.state()).toEqual(DEPLOYED);
  });
});

describe('the retry schedule', () => {
  it('lock_timeout: 100 ms, 200 ms, 500 ms, 1 s, … capped at the maximum, which the last attempt gets', () => {
    expect([0, 1, 2, 3, 4].map((i) => lockTimeoutFor(i, 5, 5000))).toEqual([100, 200, 500, 1000, 5000]);
    expect([0, 1, 2].map((i) => lockTimeoutFor(i, 3, 150))).toEqual([100, 150, 150]);
    expect(lockTimeoutFor(0, 1, 1500)).toBe(1500);
  });

  it('pauses double from 250 ms to at most 10 s, half of each random', () => {
    expect([1, 2, 3, 7].map((k) => backoffMs(k, () => 0))).toEqual([125, 250, 500, 5000]);
    expect([1, 2, 3, 7, 20].map((k) => backoffMs(k, () => 1))).toEqual([250, 500, 1000, 10_000, 10_000]);
  });

  it('stops at the total bound, pauses included, and gives the last attempt only the time left', async () => {
    let clock = 0;
    const seen: number[] = [];
    const out = await withLockRetries(
      { attempts: 10, maxTotalMs: 2700 },
      5000,
      async (ms) => {
        seen.push(ms);
        clock += ms;
        return { value: null, ok: false, lockNotAvailable: true, message: 'lock timeout' };
      },
      { now: () => clock, sleep: async (ms) => void (clock += ms), random: () => 1 },
    );
    // attempts and pauses: 100 + 250 + 200 + 500 + 500 + 1000 = 2550, so the fourth gets the 150 ms left
    expect(seen).toEqual([100, 200, 500, 150]);
    expect(out.attempts.map((a) => a.waitedMs)).toEqual([0, 250, 500, 1000]);
    expect(out.gaveUp).toMatch(/lockRetries\.maxTotal \(2\.70 s\) would be passed/);
  });
});

describe('config: lockRetries', () => {
  const failure = (text: string) => {
    try {
      parseConfig(text, '/x/.pgmig.yml');
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('no error');
  };

  it('reads attempts and maxTotal, with defaults of 5 and 60 s', () => {
    expect(parseConfig('lockRetries: { attempts: 8, maxTotal: 2min }', '/x/.pgmig.yml').lockRetries).toEqual({ attempts: 8, maxTotalMs: 120_000 });
    expect(parseConfig('lockRetries: { attempts: 1 }', '/x/.pgmig.yml').lockRetries).toEqual({ attempts: 1, maxTotalMs: 60_000 });
    expect(parseConfig('', '/x/.pgmig.yml').lockRetries).toEqual({ attempts: 5, maxTotalMs: 60_000 });
  });

  it('names the key of a bad value', () => {
    expect(failure('lockRetries: 5')).toBe('/x/.pgmig.yml:1: lockRetries: expected a mapping like {attempts: 5, maxTotal: 60s}');
    expect(failure('lockRetries: { attempts: 0 }')).toBe('/x/.pgmig.yml:1: lockRetries.attempts: expected a whole number from 1 (no retry) to 50, got 0');
    expect(failure('lockRetries: { attempts: 2.5 }')).toMatch(/lockRetries\.attempts: expected a whole number/);
    expect(failure('lockRetries: { maxTotal: soon }')).toBe('/x/.pgmig.yml:1: lockRetries.maxTotal: expected a duration such as 60s or 5min, got "soon"');
    expect(failure('lockRetries: { tries: 3 }')).toBe('/x/.pgmig.yml:1: lockRetries.tries: unknown key (expected attempts or maxTotal)');
  });
});
