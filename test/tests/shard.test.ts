import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignShards, parseShard, readTimings, selectShard, timingsOf } from '../../src/tests/shard.js';

const paths = fc.uniqueArray(fc.stringMatching(/^[a-z0-9_/]{1,12}\.sql$/), { maxLength: 60 });

describe('--shard', () => {
  it('shards partition the files exactly, by count or by timings, whatever order the list comes in', () => {
    fc.assert(
      fc.property(paths, fc.integer({ min: 1, max: 9 }), fc.option(fc.dictionary(fc.stringMatching(/^[a-z0-9_/]{1,12}\.sql$/), fc.nat(100_000))), fc.boolean(), (files, n, known, reverse) => {
        const timings = known ? { version: 1 as const, files: known } : undefined;
        const list = reverse ? [...files].reverse() : files;
        const shards = Array.from({ length: n }, (_, i) => selectShard(list, { index: i + 1, count: n }, timings));
        const all = shards.flat();
        expect(all.length).toBe(files.length);
        expect(new Set(all)).toEqual(new Set(files));
        // stable: the same split from the same paths in any order
        expect(shards.map((s) => [...s].sort())).toEqual(Array.from({ length: n }, (_, i) => selectShard(files, { index: i + 1, count: n }, timings).sort()));
        // each shard keeps the order the files came in
        for (const s of shards) expect(s).toEqual(list.filter((f) => s.includes(f)));
        if (!timings) {
          const sizes = shards.map((s) => s.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('timings balance the load: one long file gets a shard of its own', () => {
    const files = ['a.sql', 'b.sql', 'c.sql', 'd.sql', 'e.sql'];
    const shards = assignShards(files, 2, { version: 1, files: { 'c.sql': 9000, 'a.sql': 1000, 'b.sql': 1000, 'd.sql': 1000, 'e.sql': 1000 } });
    expect(shards).toEqual([['c.sql'], ['a.sql', 'b.sql', 'd.sql', 'e.sql']]);
    // by count the long file shares a shard
    expect(assignShards(files, 2)).toEqual([['a.sql', 'c.sql', 'e.sql'], ['b.sql', 'd.sql']]);
  });

  it('bad --shard and timing files are told clearly', () => {
    for (const bad of ['0/2', '3/2', '1/0', 'x', '1-2']) expect(() => parseShard(bad)).toThrow(`--shard ${bad}: expected <i>/<n> with 1 ≤ i ≤ n`);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    const dir = mkdtempSync(join(tmpdir(), 'pgmig-timings-'));
    writeFileSync(join(dir, 't.json'), '{"version": 1, "files": {"a.sql": "slow"}}');
    expect(() => readTimings(join(dir, 't.json'), 't.json')).toThrow('--timings t.json: the duration of a.sql is not a number of milliseconds ≥ 0');
    writeFileSync(join(dir, 't.json'), '{');
    expect(() => readTimings(join(dir, 't.json'), 't.json')).toThrow(/--timings t.json: not JSON/);
    expect(() => readTimings(join(dir, 'none.json'), 'none.json')).toThrow(/--timings none.json: cannot read it/);
    const written = timingsOf([{ file: 'b.sql', durationMs: 12.6 }, { file: 'a.sql', durationMs: 3 }]);
    writeFileSync(join(dir, 't.json'), JSON.stringify(written));
    expect(readTimings(join(dir, 't.json'))).toEqual({ version: 1, files: { 'a.sql': 3, 'b.sql': 13 } });
  });
});
