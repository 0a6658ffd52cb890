import { describe, expect, it } from 'vitest';
import lockTimeoutTooLong, { formatDuration } from '../../src/rules/lock-timeout-too-long.js';
import { lintSql } from '../helpers/project.js';

const rule = 'lock-timeout-too-long';

describe(rule, () => {
  it('fires on a lock_timeout above the default 5s, pointing at the value', async () => {
    const f = await lintSql("-- long wait\nSET lock_timeout = '10s';", { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 20, severity: 'error' });
    expect(f[0]!.message).toBe(
      "lock_timeout '10s' is above the 5s limit (lockTimeout.max): while the migration waits that long for a lock, every query on the table queues behind it",
    );
  });

  it.each([
    ["SET lock_timeout TO '1min'", 21],
    ["SET LOCAL lock_timeout = '6s'", 26],
    ['SET lock_timeout = 10000', 20],
    ["SET lock_timeout = '5001'", 20],
    ["SET lock_timeout = '1h'", 20],
  ])('fires on %s', async (sql, column) => {
    const f = await lintSql(`BEGIN;\n${sql};\nCOMMIT;`, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column });
  });

  it('reads bare numbers as milliseconds and shows the duration', async () => {
    const f = await lintSql('SET lock_timeout = 60000;', { rule });
    expect(f[0]!.message).toMatch(/^lock_timeout 60000 \(1min\) is above the 5s limit/);
  });

  it.each([
    "SET lock_timeout = '5s'",
    "SET lock_timeout = '2s'",
    'SET lock_timeout = 5000',
    "SET lock_timeout = '500ms'",
    'RESET lock_timeout',
    'SET lock_timeout TO DEFAULT',
    "SET statement_timeout = '10min'",
    "SELECT set_config('statement_timeout', '1h', false)",
    "SELECT set_config('lock_timeout', current_setting('app.lock_timeout'), false)",
  ])('does not fire on %s', async (sql) => {
    expect(await lintSql(`${sql};`, { rule })).toEqual([]);
  });

  it('fires on set_config, pointing at the value', async () => {
    const f = await lintSql("SELECT set_config('lock_timeout', '30s', false);", { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 1, column: 35 });
    const cast = await lintSql("SELECT pg_catalog.set_config('lock_timeout', 30000::text, true);", { rule });
    expect(cast).toHaveLength(1);
    expect(cast[0]!.column).toBe(46);
  });

  it('fires on lock_timeout = 0, which waits forever, and suggests RESET', async () => {
    for (const sql of ['SET lock_timeout = 0;', "SET lock_timeout = '0';", "SELECT set_config('lock_timeout', '0', false);"]) {
      const f = await lintSql(sql, { rule });
      expect(f, sql).toHaveLength(1);
      expect(f[0]!.message).toMatch(/turns the lock timeout off/);
      expect(f[0]!.help).toContain('RESET lock_timeout');
    }
  });

  it('follows lockTimeout.max from the config', async () => {
    const config = 'lockTimeout: { max: 30s }\n';
    expect(await lintSql("SET lock_timeout = '10s';", { rule, config })).toEqual([]);
    const f = await lintSql("SET lock_timeout = '1min';", { rule, config });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('above the 30s limit');
    const strict = await lintSql("SET lock_timeout = '1s';", { rule, config: 'lockTimeout: { max: 500ms }\n' });
    expect(strict[0]!.message).toContain('above the 500ms limit');
  });

  it('reports every offending SET, not only the first', async () => {
    const f = await lintSql("SET lock_timeout = '10s';\nALTER TABLE lead ADD COLUMN a int;\nSET lock_timeout = '20s';", { rule });
    expect(f.map((x) => x.line)).toEqual([1, 3]);
  });

  it('can be silenced for one statement', async () => {
    expect(await lintSql(`-- pgmig-ignore ${rule}\nSET lock_timeout = '10s';`, { rule })).toEqual([]);
  });

  it('formats durations the way PostgreSQL writes them', () => {
    expect([500, 2000, 5000, 60_000, 90_000, 3_600_000, 1500].map(formatDuration)).toEqual(['500ms', '2s', '5s', '1min', '90s', '1h', '1500ms']);
  });

  it('has docs whose bad example fires and good example is clean', async () => {
    const { bad, good } = lockTimeoutTooLong.docs.example!;
    expect(await lintSql(bad, { rule })).toHaveLength(1);
    expect(await lintSql(good, { rule })).toEqual([]);
  });
});
