import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/commands/test.js';
import { lockBars, lockTimeline } from '../../src/report/lock-timeline.js';

type Migration = TestResult['migrations'][number];

function migration(statements: Array<{ line: number; ms: number; locks: Array<[string, string]>; outside?: boolean }>, transactional = true): Migration {
  return {
    file: 'db/migration/V7__lead: owner; # notes.sql',
    script: 'V7__lead.sql',
    version: '7',
    description: 'lead',
    transactional,
    status: 'applied',
    durationMs: statements.reduce((n, s) => n + s.ms, 0),
    checksum: 0,
    phase: 'new',
    statements: statements.map((s, i) => ({
      index: i,
      line: s.line,
      endLine: s.line,
      kind: 'AlterTableStmt',
      sql: 'ALTER TABLE lead',
      durationMs: s.ms,
      outsideTransaction: !!s.outside,
      locks: s.locks.map(([relation, mode]) => ({ relation, relationKind: 'table', mode })),
      rewrites: [],
      rebuiltIndexes: [],
      heldAccessExclusive: [],
    })),
  } as unknown as Migration;
}

// mermaid parses in Node once it has a DOM to sanitise with
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const mermaid = (await import('mermaid')).default;
  parse = (text) => mermaid.parse(text);
}, 60_000);

describe('the Mermaid lock timeline', () => {
  it('holds a lock taken in a transaction until the commit, one section per relation', () => {
    const m = migration([
      { line: 2, ms: 10.4, locks: [['public.lead', 'ACCESS EXCLUSIVE']] },
      { line: 3, ms: 0.2, locks: [['public.lead', 'ACCESS EXCLUSIVE'], ['public.account', 'SHARE ROW EXCLUSIVE'], ['public.account', 'ROW EXCLUSIVE']] },
      { line: 4, ms: 5, locks: [] },
    ]);
    // 10.4 ms, then 0.2 ms drawn as 1 ms, then 5 ms: the commit is at 16 ms
    expect(lockBars(m).map((b) => [b.relation, b.mode, b.line, b.start, b.end])).toEqual([
      ['public.account', 'SHARE ROW EXCLUSIVE', 3, 10, 16],
      ['public.lead', 'ACCESS EXCLUSIVE', 2, 0, 16],
    ]);
  });

  it('outside a transaction a lock lasts its statement', () => {
    const m = migration([{ line: 1, ms: 20, locks: [['public.lead', 'SHARE']], outside: true }, { line: 2, ms: 30, locks: [['public.lead', 'SHARE']], outside: true }], false);
    expect(lockBars(m).map((b) => [b.start, b.end])).toEqual([[0, 20], [20, 50]]);
  });

  it('writes Mermaid that parses, with hostile names made harmless, and critical bars for reads blocked', async () => {
    const m = migration([
      { line: 2, ms: 12, locks: [['public.le:ad;#x', 'ACCESS EXCLUSIVE']] },
      { line: 5, ms: 3, locks: [['public.account', 'SHARE']] },
    ]);
    const queue = [{ file: m.file, line: 2, statement: 'ALTER TABLE lead', relation: 'public.lead', lock: 'ACCESS EXCLUSIVE' as const, blocker: 'read' as const, outcome: 'queued' as const, readWaitMs: 1980, writeWaitMs: 1975 }];
    const chart = lockTimeline(m, queue)!;
    await expect(parse(chart)).resolves.toMatchObject({ diagramType: 'gantt' });
    expect(chart).toMatch(/section public\.le ad x\n {2}ACCESS EXCLUSIVE from line 2, blocks reads and writes :crit, b\d, 0, 15/);
    expect(chart).toMatch(/SHARE from line 5, blocks writes :active, b\d, 12, 15/);
    expect(chart).toMatch(/section lock-queue rehearsal\n {2}line 2 traffic queued 1980 ms behind it :crit, q0, 0, 1980/);
    expect(chart.split('\n').filter((l) => /:(crit|active)?/.test(l) && l.includes(':')).every((l) => (l.match(/:/g) ?? []).length === 1)).toBe(true);
  });

  it('is a syntax error mermaid would catch, which the test can see', async () => {
    await expect(parse('gantt\n  dateFormat x\n  section a\n  a task without its data\n')).rejects.toThrow(/Parse error/);
  });

  it('has no chart when nothing blocked writes', () => {
    expect(lockTimeline(migration([{ line: 1, ms: 1, locks: [['public.lead', 'ROW EXCLUSIVE']] }]), [])).toBeUndefined();
  });

  it('marks the traffic the real run blocked, and leaves a dead index out; the chart parses', async () => {
    const m = migration([
      { line: 2, ms: 40, locks: [['public.lead', 'ACCESS EXCLUSIVE']] },
      { line: 3, ms: 5, locks: [['public.lead', 'SHARE UPDATE EXCLUSIVE']] },
    ]);
    m.statements![0]!.blocking = [{ relation: 'public.lead', readBlockedMs: 38, writeBlockedMs: 39 }];
    m.statements![1]!.blocking = [{ relation: 'public.lead', readBlockedMs: 0, writeBlockedMs: 0 }];
    m.statements![1]!.locks.push({ relation: 'public.lead_idx', relationKind: 'index', mode: 'ACCESS EXCLUSIVE', harmless: true });
    const chart = lockTimeline(m, [])!;
    expect(chart).toMatch(/section blocked traffic, measured\n\s+line 2 public\.lead writes blocked 39 ms, reads 38 ms :crit, m0, 0, 39/);
    // nothing waited behind the second statement: no mark for it
    expect(chart).not.toMatch(/line 3 public\.lead writes blocked/);
    expect(chart).not.toContain('lead_idx');
    await expect(parse(chart)).resolves.toMatchObject({ diagramType: 'gantt' });
  });
});
