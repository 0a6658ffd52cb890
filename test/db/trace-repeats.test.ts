import { describe, expect, it } from 'vitest';
import { formatTestText } from '../../src/report/test-text.js';
import { testProject } from './helpers.js';

const base = 'CREATE TABLE t (id int PRIMARY KEY, v text);\nCREATE TABLE other (id int);\n';

describe('lock trace of repeated statements (a data-loading migration)', () => {
  it('reads the locks of a run of same-shape statements once, after its last one', async () => {
    const inserts = Array.from({ length: 50 }, (_, i) => `INSERT INTO t VALUES (${i}, 'row ${i}');`).join('\n');
    const r = await testProject(
      { 'db/migration/V1__t.sql': base, 'db/migration/V2__seed.sql': `${inserts}\nUPDATE other SET id = 1;\n` },
      { files: ['db/migration/V2__seed.sql'] },
    );
    const st = r.migrations.find((m) => m.phase === 'new')!.statements!;
    expect(st).toHaveLength(51);
    expect(st[0]!.locks).toEqual([{ relation: 'public.t', relationKind: 'table', mode: 'ROW EXCLUSIVE' }]);
    expect(st[0]!.coalesced).toBeUndefined();
    expect(st.slice(1, 50).every((s) => s.locks.length === 0)).toBe(true);
    expect(st[49]!.coalesced).toEqual({ fromLine: 2, statements: 49 });
    expect(st.slice(1, 49).every((s) => s.coalesced === undefined)).toBe(true);
    // the next statement of another shape is looked at alone
    expect(st[50]!).toMatchObject({ line: 51, locks: [{ relation: 'public.other', mode: 'ROW EXCLUSIVE' }] });
  });

  it('loses no lock a repeat took that the first one did not: it is shown on the run\'s last statement', async () => {
    // the trigger locks another existing table for one row only
    const trigger = `CREATE FUNCTION lock_other() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id = 3 THEN LOCK TABLE other IN SHARE MODE; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER t_lock BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lock_other();
`;
    const inserts = Array.from({ length: 6 }, (_, i) => `INSERT INTO t VALUES (${i}, 'x');`).join('\n');
    const r = await testProject(
      { 'db/migration/V1__t.sql': base + trigger, 'db/migration/V2__seed.sql': `${inserts}\n` },
      { files: ['db/migration/V2__seed.sql'] },
    );
    const st = r.migrations.find((m) => m.phase === 'new')!.statements!;
    expect(st[5]).toMatchObject({ line: 6, coalesced: { fromLine: 2, statements: 5 }, locks: [{ relation: 'public.other', mode: 'SHARE' }] });
    expect(formatTestText(r, { color: false })).toMatch(/SHARE on public\.other\n\s+read once after lines 2-6: 5 statements of the same shape, any of which may have taken it/);
  });
});

describe('pgmig test with no terminal: a line every few seconds', () => {
  it('says what is running, with the file and line of the statement', async () => {
    const lines: string[] = [];
    await testProject(
      { 'db/migration/V1__t.sql': 'CREATE TABLE t (id int);\n', 'db/migration/V2__slow.sql': 'INSERT INTO t VALUES (1);\nSELECT pg_sleep(1.5);\n' },
      { files: ['db/migration/V2__slow.sql'], heartbeat: (l) => lines.push(l), heartbeatMs: 250 },
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(expect.stringMatching(/^pgmig: \d+ s, applying db\/migration\/V2__slow\.sql:2 \(SELECT pg_sleep\(1\.5\)\)$/));
    // and no more once the run is over
    const after = lines.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(lines.length).toBe(after);
  });
});
