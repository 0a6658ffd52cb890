import { describe, expect, it } from 'vitest';
import { testProject } from './helpers.js';

const migrations = {
  'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
};

const passing = `\\set ECHO none
\\set QUIET 1
\\pset format unaligned
\\pset tuples_only true
BEGIN;
SELECT plan(3);
SELECT has_table('users');
SELECT col_not_null('users', 'email');
INSERT INTO users VALUES (1, 'a@b.c');
SELECT is((SELECT count(*)::int FROM users), 1, 'one user inserted');
SELECT * FROM finish();
ROLLBACK;
`;

describe('pgmig test: pgTAP', () => {
  it('runs each file as written, with its psql settings, on a copy of the migrated database of its own', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/users.sql': passing,
      // its own COMMIT keeps the row in its copy only, so the next file sees none
      'db/tests/users_again.pg': "BEGIN;\nSELECT plan(1);\nINSERT INTO users VALUES (2, 'x');\nCOMMIT;\nSELECT is((SELECT count(*)::int FROM users), 1, 'only this file''s row');\n",
      'db/tests/zz_after.sql': "SELECT plan(1);\nSELECT is((SELECT count(*)::int FROM users), 0, 'nothing left over');\n",
    });
    expect(r.tests.map((t) => [t.file, t.status, t.passed, t.ran, t.planned])).toEqual([
      ['db/tests/users.sql', 'passed', 3, 3, 3],
      ['db/tests/users_again.pg', 'passed', 1, 1, 1],
      ['db/tests/zz_after.sql', 'passed', 1, 1, 1],
    ]);
    expect(r.tests[0]!.tests.map((t) => t.description)).toEqual(['Table users should exist', 'Column users.email should be NOT NULL', 'one user inserted']);
    expect(r.summary).toMatchObject({ testFiles: 3, testsPassed: 5, testsFailed: 0, errors: 0 });
  });

  it('reports a failing assertion with its description and diagnostics', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/users.sql': "SELECT plan(2);\nSELECT has_table('users');\nSELECT is(2 + 2, 5, 'arithmetic');\nSELECT * FROM finish();\n",
    });
    const t = r.tests[0]!;
    expect(t).toMatchObject({ status: 'failed', passed: 1, failed: 1, ran: 2, planned: 2 });
    const failing = t.tests.find((x) => !x.ok)!;
    expect(failing).toMatchObject({ id: 2, description: 'arithmetic' });
    expect(failing.diagnostics.join('\n')).toMatch(/have: 4[\s\S]*want: 5/);
    expect(r.summary.errors).toBe(1);
  });

  it('fails a file that plans more tests than it runs', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/users.sql': "SELECT plan(3);\nSELECT has_table('users');\nSELECT * FROM finish();\n",
    });
    const t = r.tests[0]!;
    expect(t).toMatchObject({ status: 'failed', passed: 1, failed: 0, ran: 1, planned: 3 });
    expect(t.problems).toContain('planned 3 tests but ran 1');
  });

  it('fails a file that dies part-way, with the line and SQLSTATE', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/users.sql': "SELECT plan(2);\nSELECT has_table('users');\nSELECT * FROM nosuch_table;\nSELECT pass('never');\n",
    });
    const t = r.tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.error).toMatchObject({ file: 'db/tests/users.sql', line: 3, column: 15, sqlstate: '42P01' });
    expect(t.problems.join('\n')).toMatch(/died at line 3: relation "nosuch_table" does not exist/);
  });

  it('leaves no pgTAP behind in the schema it tested', async () => {
    const r = await testProject({ ...migrations, 'db/tests/users.sql': passing }, { keep: true });
    const { withKeptDatabase } = await import('./helpers.js');
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query(`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pgtap'`)).rows[0].n).toBe(0);
    });
  });
});
