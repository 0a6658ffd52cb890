import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';
import definition from '../../src/rules/require-rls-policy.js';

const rule = 'require-rls-policy';
const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);';
const enable = 'ALTER TABLE lead ENABLE ROW LEVEL SECURITY;';
const policy = "CREATE POLICY lead_territory ON lead USING (territory_id = current_setting('app.territory', true)::bigint);";

describe(rule, () => {
  it('fires at the ENABLE statement when the table has no policy', async () => {
    const f = await lintSql(`${table}\n\n    ${enable}`, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 5, severity: 'error' });
    expect(f[0]!.message).toContain('lead');
  });

  it('fires for a table from an earlier migration that gets RLS without a policy', async () => {
    const f = await lintSql(`SELECT 1;\n${enable}`, { before: [table], rule });
    expect(f.map((x) => x.line)).toEqual([2]);
  });

  it('does not fire when a policy follows or precedes the ENABLE in the change', async () => {
    expect(await lintSql(`${table}\n${enable}\n${policy}`, { rule })).toEqual([]);
    expect(await lintSql(`${table}\n${policy}\n${enable}`, { rule })).toEqual([]);
  });

  it('is satisfied by a policy defined in an earlier migration', async () => {
    expect(await lintSql(enable, { before: [table, policy], rule })).toEqual([]);
  });

  it('fires when the only policy is dropped later in the change', async () => {
    const f = await lintSql(`${enable}\nDROP POLICY lead_territory ON lead;`, { before: [table, policy], rule });
    expect(f.map((x) => x.line)).toEqual([1]);
  });

  it('follows renamed policies and tables', async () => {
    const sql = `${table}\n${policy}\nALTER POLICY lead_territory ON lead RENAME TO by_territory;\nALTER TABLE lead RENAME TO prospect;\nALTER TABLE prospect ENABLE ROW LEVEL SECURITY;`;
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire when RLS is disabled again (ban-disable-rls reports that) or the table is dropped', async () => {
    expect(await lintSql(`${table}\n${enable}\nALTER TABLE lead DISABLE ROW LEVEL SECURITY;`, { rule })).toEqual([]);
    expect(await lintSql(`${table}\n${enable}\nDROP TABLE lead;`, { rule })).toEqual([]);
  });

  it('does not fire for RLS enabled by an earlier migration', async () => {
    expect(await lintSql('ALTER TABLE lead ADD COLUMN note text;', { before: [`${table}\n${enable}`], rule })).toEqual([]);
  });

  it('is satisfied by a policy in a later file of the same change', async () => {
    const files = {
      'db/migration/V1__lead.sql': `${table}\n${enable}`,
      'db/migration/V2__lead_policy.sql': policy,
    };
    const f = await lintProject(files, { files: Object.keys(files) });
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('fires on the earlier file when the whole folder is linted', async () => {
    const f = await lintProject({
      'db/migration/V1__lead.sql': `${table}\n${enable}`,
      'db/migration/V2__lead_policy.sql': policy,
    });
    expect(f.filter((x) => x.rule === rule).map((x) => [x.file, x.line])).toEqual([['db/migration/V1__lead.sql', 2]]);
  });

  it('can be silenced at the ENABLE statement', async () => {
    const f = await lintSql(`${table}\n-- pgmig-ignore ${rule}\n${enable}`);
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    expect((await lintSql(definition.docs.example!.bad, { rule })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule })).toEqual([]);
  });
  it('fires on DROP POLICY that leaves a table with RLS on and no policy, unless the change creates another', async () => {
    const before = ['CREATE TABLE doc (id bigint, owner text);\nALTER TABLE doc ENABLE ROW LEVEL SECURITY;\nCREATE POLICY doc_owner ON doc USING (owner = current_user);'];
    const f = await lintSql('SELECT 1;\nDROP POLICY doc_owner ON doc;', { before, rule });
    expect(f.map((x) => x.line)).toEqual([2]);
    expect(f[0]!.message).toContain('DROP POLICY doc_owner leaves doc');
    expect(await lintSql("DROP POLICY doc_owner ON doc;\nCREATE POLICY doc_owner ON doc USING (owner = current_user OR owner = 'shared');", { before, rule })).toEqual([]);
    const two = [before[0] + '\nCREATE POLICY doc_admin ON doc TO admin USING (true);'];
    expect(await lintSql('DROP POLICY doc_owner ON doc;', { before: two, rule })).toEqual([]);
    // pgmig never saw RLS enabled on the table: nothing to judge
    expect(await lintSql('DROP POLICY IF EXISTS p ON other;', { rule })).toEqual([]);
  });
});

describe('require-rls-policy and tables that are deny-by-default on purpose', () => {
  const sql = 'CREATE TABLE job_queue (id bigint);\nALTER TABLE job_queue ENABLE ROW LEVEL SECURITY;';
  it('names the roles RLS does not apply to and the config that says the table is owner-only', async () => {
    const f = await lintSql(sql, { rule: 'require-rls-policy' });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('BYPASSRLS');
    expect(f[0]!.message).toContain('owner');
    expect(f[0]!.help).toContain('rls.ownerOnly');
  });

  it('twin: a table listed in rls.ownerOnly, by name or schema-qualified, is not reported', async () => {
    expect(await lintSql(sql, { rule: 'require-rls-policy', config: 'rls: { ownerOnly: [job_queue] }' })).toEqual([]);
    expect(await lintSql(sql, { rule: 'require-rls-policy', config: 'rls: { ownerOnly: [public.job_queue] }' })).toEqual([]);
    expect(await lintSql(sql, { rule: 'require-rls-policy', config: 'rls: { ownerOnly: [other] }' })).toHaveLength(1);
  });
});
