import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseSql, stmtAs } from '../../src/sql/parse.js';
import { SessionState, setAssignment, setConfigCalls } from '../../src/sql/session.js';

beforeAll(() => ensureParser());

/** The session after running every statement of `sql`, from a fresh one. */
function after(sql: string, assumeInTransaction = false): SessionState {
  const parsed = parseSql(sql);
  expect(parsed.error).toBeUndefined();
  const s = new SessionState(assumeInTransaction);
  for (const stmt of parsed.statements) s.apply(stmt);
  return s;
}

const lockTimeout = (sql: string, assume = false) => after(sql, assume).timeout('lock_timeout');

/** lock_timeout as each statement of `sql` sees it (before the statement runs). */
function trace(sql: string): Array<number | undefined> {
  const s = new SessionState(false);
  return parseSql(sql).statements.map((stmt) => {
    const t = s.timeout('lock_timeout');
    s.apply(stmt);
    return t;
  });
}

describe('SessionState timeouts', () => {
  it('starts unset', () => {
    expect(new SessionState(false).timeout('lock_timeout')).toBeUndefined();
    expect(new SessionState(false).timeout('statement_timeout')).toBeUndefined();
  });

  it.each([
    ["SET lock_timeout TO '2s'", 2000],
    ["SET lock_timeout = '2s'", 2000],
    ['SET lock_timeout = 2000', 2000],
    ["SET lock_timeout = '2000'", 2000],
    ["SET lock_timeout = '500ms'", 500],
    ["SET lock_timeout = '1min'", 60_000],
    ["SET lock_timeout = '2 s'", 2000],
    ['SET lock_timeout = 1.5', 1.5],
    ["SET SESSION lock_timeout = '3s'", 3000],
    ['SET lock_timeout = 0', 0],
    ["SET lock_timeout = '0'", 0],
  ])('%s -> %s ms', (sql, ms) => {
    expect(lockTimeout(sql)).toBe(ms);
  });

  it('keeps the two settings apart', () => {
    const s = after("SET statement_timeout = '30s'; SET lock_timeout = '2s';");
    expect(s.timeout('statement_timeout')).toBe(30_000);
    expect(s.timeout('lock_timeout')).toBe(2000);
    expect(after("SET statement_timeout = '30s'").timeout('lock_timeout')).toBeUndefined();
  });

  it('ignores other settings', () => {
    expect(lockTimeout("SET search_path = app, public; SET idle_in_transaction_session_timeout = '1s'")).toBeUndefined();
  });

  it('counts SET LOCAL inside BEGIN until COMMIT', () => {
    expect(trace("BEGIN; SET LOCAL lock_timeout = '2s'; ALTER TABLE lead ADD COLUMN x int; COMMIT; ALTER TABLE lead ADD COLUMN y int;")).toEqual([
      undefined,
      undefined,
      2000,
      2000,
      undefined,
    ]);
  });

  it('ends SET LOCAL at ROLLBACK too', () => {
    expect(lockTimeout("BEGIN; SET LOCAL lock_timeout = '2s'; ROLLBACK;")).toBeUndefined();
  });

  it('ignores SET LOCAL outside a transaction, as the server does', () => {
    expect(lockTimeout("SET LOCAL lock_timeout = '2s'")).toBeUndefined();
    expect(lockTimeout("SELECT set_config('lock_timeout', '2s', true)")).toBeUndefined();
  });

  it('counts SET LOCAL for the whole file when the runner wraps it in a transaction', () => {
    expect(lockTimeout("SET LOCAL lock_timeout = '2s'", true)).toBe(2000);
  });

  it('keeps a plain SET made inside a committed transaction', () => {
    expect(lockTimeout("BEGIN; SET lock_timeout = '2s'; COMMIT;")).toBe(2000);
  });

  it('undoes a plain SET made inside a transaction that rolls back', () => {
    expect(lockTimeout("SET lock_timeout = '1s'; BEGIN; SET lock_timeout = '2s'; ROLLBACK;")).toBe(1000);
  });

  it('undoes SETs made after a savepoint on ROLLBACK TO, and keeps earlier ones', () => {
    expect(lockTimeout("BEGIN; SET LOCAL lock_timeout = '1s'; SAVEPOINT a; SET LOCAL lock_timeout = '3s'; ROLLBACK TO SAVEPOINT a;")).toBe(1000);
    expect(lockTimeout("BEGIN; SAVEPOINT a; SET LOCAL lock_timeout = '3s'; RELEASE SAVEPOINT a;")).toBe(3000);
    expect(lockTimeout("SAVEPOINT a; SET LOCAL lock_timeout = '3s'; ROLLBACK TO SAVEPOINT a;", true)).toBeUndefined();
  });

  it('stays in a transaction after COMMIT AND CHAIN, with SET LOCAL values gone', () => {
    const s = after("BEGIN; SET LOCAL lock_timeout = '2s'; COMMIT AND CHAIN;");
    expect(s.explicitTransaction).toBe(true);
    expect(s.timeout('lock_timeout')).toBeUndefined();
  });

  it('lets SET LOCAL override the session value for the transaction only', () => {
    expect(trace("SET lock_timeout = '1s'; BEGIN; SET LOCAL lock_timeout = '3s'; SELECT 1; COMMIT; SELECT 1;")).toEqual([
      undefined,
      1000,
      1000,
      3000,
      3000,
      1000,
    ]);
  });

  it('lets a plain SET inside the transaction replace an earlier SET LOCAL', () => {
    expect(trace("BEGIN; SET LOCAL lock_timeout = '3s'; SET lock_timeout = '1s'; SELECT 1; COMMIT; SELECT 1;")).toEqual([
      undefined,
      undefined,
      3000,
      1000,
      1000,
      1000,
    ]);
  });

  it('forgets the value on RESET, SET … TO DEFAULT, RESET ALL and DISCARD ALL', () => {
    expect(lockTimeout("SET lock_timeout = '2s'; RESET lock_timeout;")).toBeUndefined();
    expect(lockTimeout("SET lock_timeout = '2s'; SET lock_timeout TO DEFAULT;")).toBeUndefined();
    expect(lockTimeout("SET lock_timeout = '2s'; SET lock_timeout = DEFAULT;")).toBeUndefined();
    expect(lockTimeout("SET lock_timeout = '2s'; RESET ALL;")).toBeUndefined();
    expect(lockTimeout("SET lock_timeout = '2s'; DISCARD ALL;")).toBeUndefined();
  });

  it('treats SET LOCAL … TO DEFAULT as the server default for the transaction, not the session value', () => {
    expect(trace("SET lock_timeout = '2s'; BEGIN; SET LOCAL lock_timeout TO DEFAULT; SELECT 1; COMMIT; SELECT 1;")).toEqual([
      undefined,
      2000,
      2000,
      undefined,
      undefined,
      2000,
    ]);
  });

  it('reads set_config(name, value, is_local) like SET', () => {
    expect(lockTimeout("SELECT set_config('lock_timeout', '2s', false)")).toBe(2000);
    expect(lockTimeout("SELECT pg_catalog.set_config('lock_timeout', '1500', false)")).toBe(1500);
    expect(lockTimeout("SELECT set_config('lock_timeout', 2000::text, false)")).toBe(2000);
    expect(lockTimeout("BEGIN; SELECT set_config('lock_timeout', '2s', true);")).toBe(2000);
    expect(lockTimeout("BEGIN; SELECT set_config('lock_timeout', '2s', true); COMMIT;")).toBeUndefined();
    expect(lockTimeout("SELECT set_config('lock_timeout', '0', false)")).toBe(0);
    expect(lockTimeout("SELECT set_config('search_path', 'app', false)")).toBeUndefined();
  });

  it('counts a value it cannot evaluate as set (NaN), not as unset', () => {
    const t = lockTimeout("SELECT set_config('lock_timeout', current_setting('app.lock_timeout'), false)");
    expect(t).toBeNaN();
  });
});

describe('setAssignment / setConfigCalls', () => {
  const set = (sql: string) => stmtAs(parseSql(sql).statements[0], 'VariableSetStmt');
  const select = (sql: string) => stmtAs(parseSql(sql).statements[0], 'SelectStmt');

  it('gives the value, whether local, and where the value is written', () => {
    const sql = "SET LOCAL lock_timeout = '10s'";
    const a = setAssignment(set(sql));
    expect(a).toMatchObject({ setting: 'lock_timeout', ms: 10_000, local: true, text: "'10s'" });
    expect(sql.slice(a!.location)).toBe("'10s'");
  });

  it('gives undefined ms for DEFAULT and RESET', () => {
    expect(setAssignment(set('RESET lock_timeout'))).toMatchObject({ setting: 'lock_timeout', ms: undefined });
    expect(setAssignment(set('SET statement_timeout TO DEFAULT'))).toMatchObject({ setting: 'statement_timeout', ms: undefined });
    expect(setAssignment(set('SET search_path = app'))).toBeUndefined();
  });

  it('finds set_config calls with their value location', () => {
    const sql = "SELECT set_config('lock_timeout', '1min', true), set_config('statement_timeout', '5s', false)";
    const calls = setConfigCalls(select(sql));
    expect(calls.map((c) => [c.setting, c.ms, c.local])).toEqual([
      ['lock_timeout', 60_000, true],
      ['statement_timeout', 5000, false],
    ]);
    expect(sql.slice(calls[0]!.location, calls[0]!.location! + 6)).toBe("'1min'");
  });

  it('reads negative or malformed values as NaN (the server rejects them)', () => {
    expect(setAssignment(set('SET lock_timeout = -1'))!.ms).toBeNaN();
    expect(setAssignment(set("SET lock_timeout = '2 seconds'"))!.ms).toBeNaN();
  });
});
