import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';
import definition from '../../src/rules/ban-disable-rls.js';

const rule = 'ban-disable-rls';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY);\nALTER TABLE lead ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;';

describe(rule, () => {
  it('fires on DISABLE ROW LEVEL SECURITY, naming the table', async () => {
    const f = await lintSql("SET lock_timeout = '1s';\n  ALTER TABLE lead DISABLE ROW LEVEL SECURITY;", { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 3, severity: 'error' });
    expect(f[0]!.message).toMatch(/DISABLE ROW LEVEL SECURITY on lead/);
  });

  it('fires on NO FORCE ROW LEVEL SECURITY', async () => {
    const f = await lintSql('ALTER TABLE app.lead NO FORCE ROW LEVEL SECURITY;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/NO FORCE ROW LEVEL SECURITY on app\.lead/);
  });

  it('reports each sub-command of one ALTER TABLE', async () => {
    const f = await lintSql('ALTER TABLE IF EXISTS ONLY lead DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;', { before: [table], rule });
    expect(f).toHaveLength(2);
  });

  it('does not fire on ENABLE or FORCE, nor on other ALTER TABLE commands', async () => {
    const sql = 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;\nALTER TABLE lead FORCE ROW LEVEL SECURITY;\nALTER TABLE lead DISABLE TRIGGER ALL;\nALTER TABLE lead ADD COLUMN note text;';
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('can be silenced for one statement', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\nALTER TABLE lead DISABLE ROW LEVEL SECURITY;`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    expect((await lintSql(definition.docs.example!.bad, { rule })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule })).toEqual([]);
  });
});
