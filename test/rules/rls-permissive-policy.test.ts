import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';
import definition from '../../src/rules/rls-permissive-policy.js';

const rule = 'rls-permissive-policy';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;';
const scoped = "territory_id = current_setting('app.territory', true)::bigint";

describe(rule, () => {
  it('fires on USING (true) and points at the constant', async () => {
    const sql = 'CREATE POLICY lead_all ON lead\n  USING (true);';
    const f = await lintSql(sql, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 10, severity: 'error' });
    expect(f[0]!.message).toContain('lead_all on lead has USING (true)');
    expect(f[0]!.message).toContain('PUBLIC');
  });

  it('fires on WITH CHECK (true) next to a scoped USING, naming the roles', async () => {
    const f = await lintSql(`CREATE POLICY lead_rw ON lead TO app_user, CURRENT_USER USING (${scoped}) WITH CHECK (true);`, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('WITH CHECK (true)');
    expect(f[0]!.message).toContain('app_user, CURRENT_USER');
  });

  it('fires on casts of true, pointing at the literal, not the ::', async () => {
    for (const expr of ["'t'::boolean", 'true::bool', "'yes'", 'CAST(1 AS boolean)']) {
      const sql = `CREATE POLICY p ON lead FOR SELECT USING (${expr});`;
      const f = await lintSql(sql, { before: [table], rule });
      expect(f, expr).toHaveLength(1);
      expect(f[0]!.column, expr).toBe(sql.indexOf(expr) + 1);
    }
  });

  it('reports USING and WITH CHECK separately when both are true', async () => {
    const f = await lintSql('CREATE POLICY p ON lead AS PERMISSIVE USING (true) WITH CHECK (true);', { before: [table], rule });
    expect(f.map((x) => x.message.includes('USING') ? 'using' : 'check')).toEqual(['using', 'check']);
  });

  it('fires on conditions that are always true: 1 = 1, tenant_id = tenant_id, NOT false, an OR with true', async () => {
    const sql = [
      'CREATE POLICY a ON lead USING (1 = 1);',
      'CREATE POLICY b ON lead USING (territory_id = territory_id);',
      'CREATE POLICY c ON lead USING (NOT false) WITH CHECK (owner_id = 3 OR true);',
    ].join('\n');
    const f = await lintSql(sql, { before: [table], rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 32],
      [2, 32],
      [3, 32],
      [3, 55],
    ]);
    expect(f[0]!.message).toContain('a USING that is always true');
    expect(await lintSql('CREATE POLICY d ON lead USING (1 = 2 OR territory_id = owner_id);', { before: [table], rule })).toEqual([]);
  });

  it('fires on a policy that fails open when its setting is unset, at the IS NULL arm', async () => {
    const sql = "CREATE POLICY t ON lead USING (current_setting('app.territory', true) IS NULL OR territory_id = current_setting('app.territory', true)::bigint);";
    const f = await lintSql(sql, { before: [table], rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 32]]);
    expect(f[0]!.message).toContain('fails open');
    expect(f[0]!.message).toContain('app.territory');
    const closed = "CREATE POLICY t ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint OR owner_id IS NULL);";
    expect(await lintSql(closed, { before: [table], rule })).toEqual([]);
  });

  it('does not fire on restrictive policies (AND-ed: true narrows nothing and opens nothing)', async () => {
    expect(await lintSql('CREATE POLICY p ON lead AS RESTRICTIVE USING (true) WITH CHECK (true);', { before: [table], rule })).toEqual([]);
  });

  it('does not fire on a real condition, on false, or on expressions that are not constant', async () => {
    const sql = [
      `CREATE POLICY a ON lead USING (${scoped});`,
      'CREATE POLICY b ON lead USING (false);',
      'CREATE POLICY c ON lead USING (1 = 1 AND territory_id > 0);',
      "CREATE POLICY d ON lead USING ('t'::text = 't');",
    ].join('\n');
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('checks ALTER POLICY on a permissive policy, in this change or an earlier one', async () => {
    const f = await lintSql('ALTER POLICY a ON lead USING (true);', { before: [table, `CREATE POLICY a ON lead USING (${scoped});`], rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("the policy's roles");
    const g = await lintSql(`CREATE POLICY a ON lead USING (${scoped});\nALTER POLICY a ON lead TO admin WITH CHECK (true);`, { before: [table], rule });
    expect(g.map((x) => x.line)).toEqual([2]);
    expect(g[0]!.message).toContain('admin');
  });

  it('does not fire on ALTER POLICY of a restrictive policy, even renamed', async () => {
    const before = [table, `CREATE POLICY r ON lead AS RESTRICTIVE USING (${scoped});`, 'ALTER POLICY r ON lead RENAME TO r2;'];
    expect(await lintSql('ALTER POLICY r2 ON lead USING (true);', { before, rule })).toEqual([]);
  });

  it('fires on ALTER POLICY of a restrictive policy that was dropped and recreated permissive', async () => {
    const before = [table, `CREATE POLICY r ON lead AS RESTRICTIVE USING (${scoped});`, `DROP POLICY r ON lead;\nCREATE POLICY r ON lead USING (${scoped});`];
    expect(await lintSql('ALTER POLICY r ON lead USING (true);', { before, rule })).toHaveLength(1);
  });

  it('can be silenced for a table that is meant to be readable by all', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\nCREATE POLICY read_all ON lead FOR SELECT USING (true);`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    expect((await lintSql(definition.docs.example!.bad, { rule })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule })).toEqual([]);
  });
});
