import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';
import definition from '../../src/rules/rls-setting-missing-ok.js';

const rule = 'rls-setting-missing-ok';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL, owner text);\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;';
const policy = (expr: string) => `CREATE POLICY lead_territory ON lead USING (${expr});`;

describe(rule, () => {
  it('fires on current_setting(name) and points at the call', async () => {
    const sql = `-- territory\n${policy("territory_id = current_setting('app.territory')::bigint")}`;
    const f = await lintSql(sql, { before: [table], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: sql.split('\n')[1]!.indexOf('current_setting') + 1, severity: 'error' });
    expect(f[0]!.message).toContain("current_setting('app.territory')");
    expect(f[0]!.message).toContain('lead_territory on lead');
    expect(f[0]!.help).toContain("current_setting('app.territory', true)");
  });

  it('fires when missing_ok is false, positionally or by name, or a false literal', async () => {
    for (const call of [
      "current_setting('app.territory', false)",
      "current_setting('app.territory', missing_ok => false)",
      "current_setting('app.territory', 'off')",
      "pg_catalog.current_setting(setting_name => 'app.territory')",
    ]) {
      const f = await lintSql(policy(`territory_id = ${call}::bigint`), { before: [table], rule });
      expect(f, call).toHaveLength(1);
    }
  });

  it('does not fire with missing_ok true, positionally or by name', async () => {
    for (const call of [
      "current_setting('app.territory', true)",
      "current_setting('app.territory', missing_ok => true)",
      "current_setting(missing_ok => true, setting_name => 'app.territory')",
      "current_setting('app.territory', 't')",
      "pg_catalog.current_setting('app.territory', true)",
    ]) {
      expect(await lintSql(policy(`territory_id = nullif(${call}, '')::bigint`), { before: [table], rule }), call).toEqual([]);
    }
  });

  it('does not fire when missing_ok is not a constant (it may be true)', async () => {
    expect(await lintSql(policy("owner = current_setting('app.user', owner IS NULL)"), { before: [table], rule })).toEqual([]);
  });

  it('finds calls in WITH CHECK, in subqueries and in CASE, each once', async () => {
    const sql = [
      'CREATE POLICY lead_write ON lead FOR INSERT',
      "  WITH CHECK (territory_id IN (SELECT t.id FROM territory t WHERE t.region = current_setting('app.region'))",
      "    AND CASE WHEN owner IS NULL THEN true ELSE owner = current_setting('app.user') END);",
    ].join('\n');
    const f = await lintSql(sql, { before: [table], rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, sql.split('\n')[1]!.indexOf('current_setting') + 1],
      [3, sql.split('\n')[2]!.indexOf('current_setting') + 1],
    ]);
    expect(f[0]!.message).toContain('WITH CHECK');
  });

  it('checks ALTER POLICY too', async () => {
    const f = await lintSql("ALTER POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory')::bigint);", {
      before: [table, policy('true')],
      rule,
    });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('USING');
  });

  it('ignores other functions named current_setting in other schemas, and other calls', async () => {
    const sql = policy("territory_id = app.current_setting('app.territory')::bigint AND owner = current_user");
    expect(await lintSql(sql, { before: [table], rule })).toEqual([]);
  });

  it('reads a function body, even one with a custom dollar tag holding ; and current_setting, only for the policies that call it', async () => {
    const sql = [
      'CREATE FUNCTION app_territory() RETURNS bigint LANGUAGE sql STABLE AS $body$',
      "  SELECT current_setting('app.territory')::bigint; -- not a policy",
      '$body$;',
      "CREATE POLICY lead_territory ON lead USING (territory_id = app_territory());",
      "SELECT current_setting('app.territory');",
      "CREATE POLICY lead_owner ON lead USING (owner = current_setting('app.user'));",
    ].join('\n');
    const all = await lintSql(sql, { before: [table] });
    // the policy calling the function, and the one after the body on its own line: the body did not shift the split
    expect(all.filter((x) => x.rule === rule).map((x) => [x.line, x.column])).toEqual([
      [4, 60],
      [6, 49],
    ]);
    expect(all.filter((x) => x.rule === 'syntax-error')).toEqual([]);
  });

  it('can be silenced for one policy', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\n${policy("territory_id = current_setting('app.territory')::bigint")}`, { before: [table] });
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    expect((await lintSql(definition.docs.example!.bad, { rule })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule })).toEqual([]);
  });
  it('fires on a bare cast of current_setting(…, true) to a non-text type, advising nullif', async () => {
    const sql = "CREATE POLICY p ON lead USING (territory_id = current_setting('app.territory', true)::bigint);\nCREATE POLICY q ON lead USING (region = current_setting('app.region', true)::text);\nCREATE POLICY r ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 47]]);
    expect(f[0]!.message).toContain("''::int8");
    expect(f[0]!.help).toContain("nullif(current_setting('app.territory', true), '')::int8");
  });

  it('fires on a policy calling a function of the folder that reads a setting without missing_ok', async () => {
    const before = [
      "CREATE FUNCTION app_territory() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT current_setting('app.territory')::bigint $$;",
      "CREATE FUNCTION app_region() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.region', true); END $$;",
    ];
    const f = await lintSql('CREATE POLICY p ON lead USING (territory_id = app_territory() AND region = app_region());', { before, rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[1, 47]]);
    expect(f[0]!.message).toContain("app_territory() in USING, which reads current_setting('app.territory')");
    const fixed = [...before, "CREATE OR REPLACE FUNCTION app_territory() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.territory', true), '')::bigint $$;"];
    expect(await lintSql('CREATE POLICY p ON lead USING (territory_id = app_territory());', { before: fixed, rule })).toEqual([]);
  });
});
