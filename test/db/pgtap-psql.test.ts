import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { serverUrl, testProject } from './helpers.js';

const migrations = {
  'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
};

/** Databases on the shared server whose name starts with the run's test database. */
async function databasesLike(prefix: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    return (await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY 1', [prefix])).rows.map((r) => r.datname);
  } finally {
    await c.end();
  }
}

describe('pgmig test: psql meta-commands in test files, with psql semantics', () => {
  it('interpolates \\set variables as :name, :\'name\' and :"name"; \\unset removes one', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/vars.sql': [
        '\\set ECHO none',
        '\\set n 3',
        "\\set who 'O''Brien \\\\ co'",
        '\\set tbl users',
        'SELECT plan(:n);',
        "SELECT is(:'who'::text, E'O''Brien \\\\ co'::text, 'a literal');",
        'SELECT has_table(:\'tbl\');',
        'SELECT is((SELECT count(*)::int FROM :"tbl"), 0, \'an identifier\');',
        // a cast is not a variable
        "SELECT 1::int;",
        '\\unset n',
        "SELECT '1:n' AS not_a_var;",
        '',
      ].join('\n'),
    });
    const t = r.tests[0]!;
    expect(t.problems).toEqual([]);
    expect(t.tests.map((x) => [x.ok, x.description])).toEqual([
      [true, 'a literal'],
      [true, 'Table users should exist'],
      [true, 'an identifier'],
    ]);
    expect(t.status).toBe('passed');
  });

  it('an unset variable is left as written, as psql leaves it (the server then rejects it)', async () => {
    const r = await testProject({ ...migrations, 'db/tests/unset.sql': '\\set n 1\n\\unset n\nSELECT plan(:n);\n' });
    const t = r.tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.error).toMatchObject({ file: 'db/tests/unset.sql', line: 3, sqlstate: '42601' });
  });

  it('prints \\echo lines into the TAP stream', async () => {
    const r = await testProject({ ...migrations, 'db/tests/echo.sql': "\\echo 1..2\nSELECT * FROM no_plan();\nSELECT pass('from SQL');\n\\set name 'from echo'\n\\echo ok 2 - :name\n" });
    const t = r.tests[0]!;
    expect(t.tests.map((x) => [x.id, x.ok, x.description])).toEqual([
      [1, true, 'from SQL'],
      [2, true, 'from echo'],
    ]);
    expect(t).toMatchObject({ status: 'passed', planned: 2 });
  });

  it('runs \\i (from the working directory) and \\ir (from the file) includes, judged by what they ran', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/setup/helpers.psql': "\\set QUIET 1\n\\pset format unaligned\n\\pset tuples_only true\nCREATE FUNCTION pg_temp.two() RETURNS int LANGUAGE sql AS 'SELECT 2';\n",
      'db/tests/setup/plan.psql': 'SELECT plan(2);\n',
      'db/tests/only_includes.sql': '\\i db/tests/setup/helpers.psql\n\\ir setup/plan.psql\n\\ir cases/two.inc\n',
      'db/tests/cases/two.inc': "SELECT is(pg_temp.two(), 2, 'helper from the include');\nSELECT has_table('users');\n",
    });
    const t = r.tests.find((x) => x.file === 'db/tests/only_includes.sql')!;
    expect(t.problems).toEqual([]);
    expect(t).toMatchObject({ status: 'passed', ran: 2, planned: 2 });
  });

  it('places an error in an included file at that file and line', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/inc/broken.psql': "SELECT pass('one');\nSELECT * FROM nosuch;\n",
      'db/tests/a.sql': 'SELECT plan(2);\n\\ir inc/broken.psql\n',
    });
    const t = r.tests[0]!;
    expect(t.error).toMatchObject({ file: 'db/tests/inc/broken.psql', line: 2, column: 15, sqlstate: '42P01' });
    expect(t.problems.join('\n')).toMatch(/died at db\/tests\/inc\/broken\.psql:2: relation "nosuch" does not exist/);
  });

  it('refuses an include outside the repository, naming the file and line', async () => {
    const r = await testProject({ ...migrations, 'db/tests/escape.sql': "SELECT plan(1);\n\\i /etc/passwd\nSELECT pass('x');\n" });
    const t = r.tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.error).toMatchObject({ file: 'db/tests/escape.sql', line: 2 });
    expect(t.error!.message).toMatch(/^\\i at db\/tests\/escape\.sql:2: \/etc\/passwd is outside the repository/);
  });

  it.each([
    ['\\gset', "SELECT 1 AS x \\gset\n"],
    ['\\copy', '\\copy users FROM data.csv\n'],
    ['\\!', '\\! echo hi\n'],
    ['\\connect', '\\connect postgres\n'],
  ])('names an unsupported meta-command (%s) with its line, never skipping it', async (cmd, line) => {
    const r = await testProject({ ...migrations, 'db/tests/meta.sql': `SELECT plan(1);\nSELECT pass('x');\n${line}` });
    const t = r.tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.error).toMatchObject({ file: 'db/tests/meta.sql', line: 3 });
    expect(t.error!.message).toContain(`pgmig does not run the psql meta-command ${cmd}`);
  });

  it('refuses a backquoted shell command in a meta-command', async () => {
    const r = await testProject({ ...migrations, 'db/tests/sh.sql': "\\set x `id`\nSELECT plan(1);\nSELECT pass('x');\n" });
    expect(r.tests[0]!.error?.message).toMatch(/runs no shell commands/);
  });

  it('sends a BEGIN ATOMIC … END function body as one statement, as psql does', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/atomic.sql':
        "SELECT plan(1);\nCREATE FUNCTION pg_temp.three() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 3 END;\nEND;\nSELECT is(pg_temp.three(), 3, 'atomic body');\n",
    });
    expect(r.tests[0]!.problems).toEqual([]);
    expect(r.tests[0]!.status).toBe('passed');
  });

  it('honours \\pset fieldsep and null in what the rows print', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/pset.sql': "\\pset fieldsep ' - '\n\\pset null 'ignored'\nSELECT '1..2';\nSELECT 'ok 1', 'joined';\nSELECT 'ok 2', NULL;\n",
    });
    expect(r.tests[0]!.tests.map((x) => x.description)).toEqual(['joined', 'ignored']);
  });
});

describe('pgmig test: each file runs as written, on a clone of the migrated database', () => {
  it('honours the file\'s own BEGIN … ROLLBACK blocks', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/blocks.sql': [
        'SELECT plan(2);',
        'BEGIN;',
        "INSERT INTO users VALUES (1, 'a');",
        "SELECT is((SELECT count(*)::int FROM users), 1, 'inside the first block');",
        'ROLLBACK;',
        'BEGIN;',
        "SELECT is((SELECT count(*)::int FROM users), 0, 'the first block was rolled back');",
        'ROLLBACK;',
        '',
      ].join('\n'),
    });
    expect(r.tests[0]!.tests.map((x) => [x.ok, x.description])).toEqual([
      [true, 'inside the first block'],
      [true, 'the first block was rolled back'],
    ]);
    expect(r.tests[0]!.status).toBe('passed');
  });

  it('runs what cannot run in a transaction block (VACUUM, CREATE INDEX CONCURRENTLY)', async () => {
    const r = await testProject({
      ...migrations,
      'db/tests/outside.sql': "SELECT plan(1);\nVACUUM users;\nCREATE INDEX CONCURRENTLY users_email ON users (email);\nSELECT has_index('users', 'users_email');\n",
    });
    expect(r.tests[0]!.problems).toEqual([]);
    expect(r.tests[0]!.status).toBe('passed');
  });

  it('gives every file a clean copy: what one commits, the next does not see; the clones are dropped', async () => {
    const r = await testProject(
      {
        ...migrations,
        'db/migration/V2__seq.sql': 'CREATE SEQUENCE ticket;\n',
        // a sequence moves on whatever rolls back: only a copy of its own undoes what a file did
        'db/tests/a_commits.sql': "SELECT plan(1);\nINSERT INTO users VALUES (1, 'kept?');\nSELECT nextval('ticket') FROM generate_series(1, 3);\nSELECT pass('committed a row');\n",
        'db/tests/b_sees.sql': "SELECT plan(2);\nSELECT is((SELECT count(*)::int FROM users), 0, 'a clean copy');\nSELECT is(nextval('ticket'), 1::bigint, 'the sequence as the migrations left it');\n",
      },
      { keep: true },
    );
    expect(r.tests.map((t) => [t.file, t.status])).toEqual([
      ['db/tests/a_commits.sql', 'passed'],
      ['db/tests/b_sees.sql', 'passed'],
    ]);
    // the kept database is the migrated one, untouched by the tests, and no clone is left
    expect(await databasesLike(r.database.name)).toEqual([r.database.name]);
    const c = new pg.Client({ connectionString: serverUrl().replace(/\/[^/?]*(\?|$)/, `/${r.database.name}$1`) });
    await c.connect();
    try {
      expect((await c.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(0);
      expect((await c.query(`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pgtap'`)).rows[0].n).toBe(0);
    } finally {
      await c.end();
      const admin = new pg.Client({ connectionString: serverUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${r.database.name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('drops the clone when the run stops part-way (its connection terminated from outside)', async () => {
    const run = testProject({ ...migrations, 'db/tests/dies.sql': 'SELECT plan(1);\nSELECT pg_sleep(30.25);\n' });
    run.catch(() => {});
    const c = new pg.Client({ connectionString: serverUrl() });
    await c.connect();
    try {
      let backend: { pid: number; datname: string } | undefined;
      for (let i = 0; i < 300 && !backend; i++) {
        backend = (await c.query(`SELECT pid, datname FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30.25)%' AND pid <> pg_backend_pid()`)).rows[0];
        if (!backend) await new Promise((r) => setTimeout(r, 100));
      }
      expect(backend?.datname).toMatch(/^pgmig_test_.*_c1$/);
      await c.query('SELECT pg_terminate_backend($1)', [backend!.pid]);
      await expect(run).rejects.toThrow(/connection|terminat/i);
      const template = backend!.datname.replace(/_c1$/, '');
      expect(await databasesLike(template)).toEqual([]);
    } finally {
      await c.end();
    }
  });
});
