import { describe, expect, it } from 'vitest';
import { compareKeys, versionStates, type HistoryRow } from '../../src/db/rollback.js';

const row = (rank: number, version: string | null, type = 'SQL', success = true): HistoryRow => ({ rank, version, type, script: `V${version}__x.sql`, success });

describe('which versions flyway_schema_history says are applied', () => {
  it('the newest row of a version decides; every row of it is listed for deletion', () => {
    const s = versionStates([
      row(1, '1'),
      row(2, '2', 'SQL', false), // a failed first attempt (a non-transactional file)
      row(3, '2'),
      row(4, '3'),
      row(5, '3', 'UNDO_SQL'), // Flyway Teams' undo: no longer applied
      row(6, '4', 'SQL', false),
      row(7, null, 'SQL'), // a repeatable migration
      row(8, '<< Flyway Baseline >>', 'BASELINE'),
    ]);
    expect([...s.keys()]).toEqual(['1', '2', '3', '4']);
    expect(s.get('2')).toMatchObject({ applied: true, ranks: [2, 3] });
    expect(s.get('3')).toMatchObject({ applied: false, ranks: [4, 5] });
    expect(s.get('4')).toMatchObject({ applied: false, ranks: [6] });
  });

  it('versions written differently are one version, compared part by part', () => {
    const s = versionStates([row(1, '1.10'), row(2, '1_2'), row(3, '01.2.0', 'SQL', false)]);
    expect(s.get('1.2')).toMatchObject({ ranks: [2, 3], applied: false });
    expect(compareKeys('1.10', '1.2')).toBe(1);
    expect(compareKeys('2', '10')).toBe(-1);
    expect(compareKeys('1.0', '1')).toBe(0);
  });
});
