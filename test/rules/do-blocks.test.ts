import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import { lintSql, project } from '../helpers/project.js';

const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);';
const policy = "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);";

describe('statements inside DO blocks', () => {
  it('counts ENABLE ROW LEVEL SECURITY run by a DO block (no require-rls finding) and checks it for a policy', async () => {
    const sql = `${table}\nDO $$\nBEGIN\n  ALTER TABLE lead ENABLE ROW LEVEL SECURITY;\nEND\n$$;`;
    expect(await lintSql(sql, { rule: 'require-rls' })).toEqual([]);
    const f = await lintSql(sql, { rule: 'require-rls-policy' });
    expect(f).toHaveLength(1);
    // the line of the ALTER inside the body, not the DO's first line
    expect(f[0]).toMatchObject({ line: 4, column: 3 });
  });

  it('twin: a DO block that enables RLS next to a policy leaves nothing to report', async () => {
    const sql = `${table}\n${policy}\nDO $$\nBEGIN\n  ALTER TABLE lead ENABLE ROW LEVEL SECURITY;\nEND\n$$;`;
    expect(await lintSql(sql, { rule: 'require-rls' })).toEqual([]);
    expect(await lintSql(sql, { rule: 'require-rls-policy' })).toEqual([]);
  });

  it('reads a constant EXECUTE string (and a constant concatenation) as the SQL it runs', async () => {
    const before = [`${table}\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;\n${policy}`];
    const sql = "DO $$\nBEGIN\n  EXECUTE 'CREATE INDEX lead_t_idx ON lead (territory_id)';\n  EXECUTE 'CREATE INDEX ' || 'lead_t2_idx ON lead (territory_id)';\nEND $$;";
    const f = await lintSql(sql, { before, rule: 'require-concurrent-index-creation' });
    expect(f.map((x) => [x.line, x.column])).toEqual([[3, 11], [4, 11]]);
  });

  it('twin: EXECUTE of CREATE INDEX on a table the same DO block creates is not reported', async () => {
    const sql = "DO $$\nBEGIN\n  CREATE TABLE lead2 (id bigint);\n  EXECUTE 'CREATE INDEX lead2_idx ON lead2 (id)';\nEND $$;";
    expect(await lintSql(sql, { rule: 'require-concurrent-index-creation' })).toEqual([]);
  });

  it('finds statements in nested blocks, IF branches and loops', async () => {
    const before = [`${table}\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;\n${policy}`];
    const sql = 'DO $$\nDECLARE n int;\nBEGIN\n  IF true THEN\n    FOR n IN 1..2 LOOP\n      UPDATE lead SET territory_id = 0;\n    END LOOP;\n  END IF;\nEND $$;';
    const f = await lintSql(sql, { before, rule: 'update-delete-without-where' });
    expect(f.map((x) => x.line)).toEqual([6]);
    expect(await lintSql(sql.replace('territory_id = 0', 'territory_id = 0 WHERE id = n'), { before, rule: 'update-delete-without-where' })).toEqual([]);
  });

  it('reports COMMIT inside a DO block in a file that runs in a transaction', async () => {
    const sql = "DO $$\nBEGIN\n  UPDATE lead SET territory_id = 0 WHERE id = 1;\n  COMMIT;\nEND $$;";
    const before = [`${table}\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;\n${policy}`];
    const f = await lintSql(`BEGIN;\n${sql}\nCOMMIT;`, { before, rule: 'transaction-nesting' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 5, column: 3 });
    expect(f[0]!.message).toContain('invalid transaction termination');
    const wrapped = await lintSql(sql, { before, rule: 'transaction-nesting', config: 'assumeInTransaction: true' });
    expect(wrapped.map((x) => x.line)).toEqual([4]);
  });

  it('twin: COMMIT inside a DO block in a file that runs outside a transaction is fine', async () => {
    const sql = "DO $$\nBEGIN\n  UPDATE lead SET territory_id = 0 WHERE id = 1;\n  COMMIT;\nEND $$;";
    const before = [`${table}\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;\n${policy}`];
    expect(await lintSql(sql, { before, rule: 'transaction-nesting', config: 'assumeInTransaction: false' })).toEqual([]);
  });

  it('says once, as a notice, where an EXECUTE builds its SQL at run time', async () => {
    const cwd = project({
      'db/migration/V1__a.sql': "DO $$\nBEGIN\n  EXECUTE format('CREATE INDEX %I ON lead (id)', 'x');\n  EXECUTE 'SELECT ' || 1;\nEND $$;",
    });
    const { result } = await runLint({ cwd });
    const notices = (result.notices ?? []).filter((n) => n.includes('EXECUTE'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('db/migration/V1__a.sql:3');
    expect(notices[0]).toContain('db/migration/V1__a.sql:4');
  });

  it('an ignore comment before the DO covers the statements it runs', async () => {
    const before = [`${table}\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;\n${policy}`];
    const sql = '-- pgmig-ignore update-delete-without-where\nDO $$\nBEGIN\n  UPDATE lead SET territory_id = 0;\nEND $$;';
    expect(await lintSql(sql, { before, rule: 'update-delete-without-where' })).toEqual([]);
    expect(await lintSql(sql, { before, rule: 'unused-ignore' })).toEqual([]);
  });

  it('leaves a DO block in another language alone', async () => {
    const sql = "DO LANGUAGE plperl $$ UPDATE lead SET x = 1 $$;";
    expect(await lintSql(sql, { rule: 'update-delete-without-where' })).toEqual([]);
  });
});
