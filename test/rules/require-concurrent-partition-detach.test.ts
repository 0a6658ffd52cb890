import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'require-concurrent-partition-detach';
const event = 'CREATE TABLE event (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE event_2023 PARTITION OF event FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\');';

describe(rule, () => {
  it('fires on DETACH PARTITION without CONCURRENTLY, at the action', async () => {
    const f = await lintSql('ALTER TABLE event\n  DETACH PARTITION event_2023;', { before: [event], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 3, severity: 'warning' });
    expect(f[0]!.message).toBe(
      'DETACH PARTITION event_2023 without CONCURRENTLY locks event against reads and writes (ACCESS EXCLUSIVE); use DETACH PARTITION … CONCURRENTLY',
    );
  });

  it('does not fire with CONCURRENTLY or FINALIZE', async () => {
    const sql = 'ALTER TABLE event DETACH PARTITION event_2023 CONCURRENTLY;\nALTER TABLE event DETACH PARTITION event_2023 FINALIZE;';
    expect(await lintSql(sql, { before: [event], rule })).toEqual([]);
  });

  it('does not fire before PostgreSQL 14, which has no concurrent detach', async () => {
    expect(await lintSql('ALTER TABLE event DETACH PARTITION event_2023;', { before: [event], rule, config: 'postgresVersion: 13\n' })).toEqual([]);
    expect(await lintSql('ALTER TABLE event DETACH PARTITION event_2023;', { before: [event], rule, config: 'postgresVersion: 14\n' })).toHaveLength(1);
  });

  it('does not fire when the partitioned table and the partition are both new in the change', async () => {
    expect(await lintSql(`${event}\nALTER TABLE event DETACH PARTITION event_2023;`, { rule })).toEqual([]);
  });

  it('fires when only the partitioned table is new: the existing partition is locked', async () => {
    const sql = "CREATE TABLE event2 (id bigint, at date) PARTITION BY RANGE (at);\nALTER TABLE event2 DETACH PARTITION event_2023;";
    expect((await lintSql(sql, { before: [event], rule })).map((x) => x.line)).toEqual([2]);
  });
});
