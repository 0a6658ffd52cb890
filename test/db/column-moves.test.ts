import { describe, expect, it } from 'vitest';
import { columnMoves, type SchemaDifference } from '../../src/db/snapshot.js';

const order = (expected: string, actual: string): SchemaDifference => ({ object: 'column order public.t', change: 'changed', expected, actual });

describe('columnMoves', () => {
  it('turns columns appended out of place into one move each', () => {
    const { moves, rest } = columnMoves([order('a, b, c, d, e', 'a, c, e, b, d'), { object: 'index public.i', change: 'extra', actual: 'x' }]);
    expect(moves.map((m) => [m.column, m.from])).toEqual([
      ['b', 2],
      ['d', 4],
    ]);
    expect(moves[0]!.message).toMatch(/^column public\.t\.b moved from position 2 to last/);
    expect(rest.map((d) => d.object)).toEqual(['index public.i']);
  });

  it('leaves any other reordering, and column sets that differ, as they are', () => {
    for (const d of [order('a, b, c', 'c, b, a'), order('a, b, c', 'a, c, b, d'), order('a, b, c, d', 'a, d, c, b')]) {
      expect(columnMoves([d])).toEqual({ moves: [], rest: [d] });
    }
  });
});
