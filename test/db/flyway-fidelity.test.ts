import { describe, expect, it } from 'vitest';
import { testProject, withKeptDatabase } from './helpers.js';

// pgmig test must run each file the way `flyway migrate` does, and fail where Flyway refuses
const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n';
const mixedFile = 'ALTER TABLE users ADD COLUMN name text;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n';

describe('pgmig test: files run as Flyway runs them', () => {
  it('refuses a file mixing transactional DDL with CONCURRENTLY, in Flyway\'s words, and runs none of it (issue 25 item 5)', async () => {
    const r = await testProject({ 'db/migration/V1__users.sql': users, 'db/migration/V2__mixed.sql': mixedFile }, { keep: true });
    const v2 = r.migrations.find((m) => m.script === 'V2__mixed.sql')!;
    expect(v2.status).toBe('failed');
    expect(v2.error!.line).toBe(2);
    expect(v2.error!.message).toBe(
      'Flyway refuses this migration: Detected both transactional and non-transactional statements within the same migration (even though mixed is false). ' +
        'Offending statement found at line 2: CREATE INDEX CONCURRENTLY users_email_idx ON users (email) [non-transactional]',
    );
    expect(v2.error!.hint).toMatch(/mixed: true/);
    expect(r.summary.errors).toBeGreaterThan(0);
    await withKeptDatabase(r.database.name, async (c) => {
      const cols = await c.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY 1`);
      expect(cols.rows.map((x) => x.column_name)).toEqual(['email', 'id']);
    });
  });

  it('runs such a file statement by statement with mixed: true, from .pgmig.yml or flyway.conf / flyway.toml', async () => {
    const configs: Array<Record<string, string>> = [{ '.pgmig.yml': 'mixed: true\n' }, { 'flyway.conf': 'flyway.mixed=true\n' }, { 'flyway.toml': '[flyway]\nmixed = true\n' }];
    for (const cfg of configs) {
      const r = await testProject({ ...cfg, 'db/migration/V1__users.sql': users, 'db/migration/V2__mixed.sql': mixedFile });
      const v2 = r.migrations.find((m) => m.script === 'V2__mixed.sql')!;
      expect([Object.keys(cfg)[0], v2.status, v2.transactional, v2.nonTransactionalReason]).toEqual([Object.keys(cfg)[0], 'applied', false, 'CREATE INDEX CONCURRENTLY']);
    }
  });

  it('honours executeInTransaction in V….sql.conf (issue 19 item 3)', async () => {
    // Flyway knows no REINDEX INDEX CONCURRENTLY: it runs it in its transaction, and the server refuses
    const reindex = 'CREATE INDEX users_email_idx ON users (email);\nREINDEX INDEX CONCURRENTLY users_email_idx;\n';
    const r1 = await testProject({ 'db/migration/V1__users.sql': users, 'db/migration/V2__reindex.sql': reindex });
    const a = r1.migrations.find((m) => m.script === 'V2__reindex.sql')!;
    expect([a.status, a.transactional, a.error?.sqlstate]).toEqual(['failed', true, '25001']);
    const r2 = await testProject({
      'db/migration/V1__users.sql': users,
      'db/migration/V2__reindex.sql': reindex,
      'db/migration/V2__reindex.sql.conf': 'executeInTransaction=false\n',
    });
    const b = r2.migrations.find((m) => m.script === 'V2__reindex.sql')!;
    expect([b.status, b.transactional, b.nonTransactionalReason]).toEqual(['applied', false, 'executeInTransaction=false in db/migration/V2__reindex.sql.conf']);
    // a base file too (base files are otherwise sent many to a round trip)
    const r3 = await testProject(
      {
        'db/migration/V1__users.sql': users,
        'db/migration/V1__users.sql.conf': 'executeInTransaction=false\n',
        'db/migration/V2__new.sql': 'SELECT 1;\n',
      },
      { files: ['db/migration/V2__new.sql'] },
    );
    expect(r3.migrations.map((m) => [m.script, m.status, m.transactional])).toEqual([
      ['V1__users.sql', 'applied', false],
      ['V2__new.sql', 'applied', true],
    ]);
  });

  it('refuses versions Flyway takes for one (V1, V01, V1.0) and runs none of them (issue 25 item 5)', async () => {
    const r = await testProject(
      {
        'db/migration/V1__users.sql': users,
        'db/migration/V01__again.sql': 'SELECT 1;\n',
        'db/migration/V1.0__once_more.sql': 'SELECT 2;\n',
        'db/migration/V2__other.sql': 'SELECT 3;\n',
      },
      { keep: true },
    );
    const dup = r.problems.filter((p) => /more than one migration/.test(p.message));
    expect(dup).toHaveLength(1);
    expect(dup[0]!.severity).toBe('error');
    expect(dup[0]!.message).toMatch(/^Found more than one migration with version 1; Offending Migrations: /);
    expect(dup[0]!.message).toContain('db/migration/V01__again.sql');
    expect(r.summary.errors).toBeGreaterThan(0);
    await withKeptDatabase(r.database.name, async (c) => {
      const h = await c.query('SELECT script FROM flyway_schema_history ORDER BY installed_rank');
      expect(h.rows.map((x) => x.script)).toEqual(['V2__other.sql']);
    });
  });

  it("runs Flyway's own name styles and suffixes: V1__Create_person_table.sql, V2__AddUsers.sql, V8__x.SQL, sqlMigrationSuffixes (issue 18 item 9, issue 25 item 7)", async () => {
    const r = await testProject(
      {
        '.pgmig.yml': 'sqlMigrationSuffixes: [.sql, .pgsql]\n',
        'db/migration/V1__Create_person_table.sql': 'CREATE TABLE person (id bigint PRIMARY KEY);\n',
        'db/migration/V2__AddUsers.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
        'db/migration/V8__x.SQL': 'ALTER TABLE users ADD COLUMN x int;\n',
        'db/migration/V9__y.pgsql': 'ALTER TABLE users ADD COLUMN y int;\n',
        'db/migration/notes.txt': 'not a migration',
      },
      { keep: true },
    );
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.migrations.map((m) => [m.script, m.description, m.status])).toEqual([
      ['V1__Create_person_table.sql', 'Create person table', 'applied'],
      ['V2__AddUsers.sql', 'AddUsers', 'applied'],
      ['V8__x.SQL', 'x', 'applied'],
      ['V9__y.pgsql', 'y', 'applied'],
    ]);
    await withKeptDatabase(r.database.name, async (c) => {
      const h = await c.query('SELECT version, description FROM flyway_schema_history ORDER BY installed_rank');
      expect(h.rows.map((x) => `${x.version}:${x.description}`)).toEqual(['1:Create person table', '2:AddUsers', '8:x', '9:y']);
    });
  });

  it('records what Flyway records: version 1.1 for V1_1, the path below the folder as script, a long description cut to 197 + "..." (issue 25 items 10, 12)', async () => {
    const long = 'x'.repeat(210);
    const r = await testProject(
      {
        'db/migration/V1_1__users.sql': users,
        'db/migration/sub/V11__more.sql': 'ALTER TABLE users ADD COLUMN a int;\n',
        [`db/migration/V12__${long}.sql`]: 'SELECT 1;\n',
      },
      { keep: true },
    );
    expect(r.migrations.map((m) => [m.script, m.version])).toEqual([
      ['V1_1__users.sql', '1.1'],
      ['sub/V11__more.sql', '11'],
      [`V12__${long}.sql`, '12'],
    ]);
    await withKeptDatabase(r.database.name, async (c) => {
      const h = await c.query('SELECT version, script, description FROM flyway_schema_history ORDER BY installed_rank');
      expect(h.rows.map((x) => [x.version, x.script, x.description])).toEqual([
        ['1.1', 'V1_1__users.sql', 'users'],
        ['11', 'sub/V11__more.sql', 'more'],
        ['12', `V12__${long}.sql`, `${'x'.repeat(197)}...`],
      ]);
    });
  });

  it('a migration that switches role (SET ROLE) is still recorded, by the user pgmig connected as (issue 25 item 10)', async () => {
    for (const files of [
      { 'db/migration/V1__users.sql': users, 'db/migration/V2__as_reader.sql': 'SET ROLE pgmig_reader;\nSELECT count(*) FROM pg_class;\n' },
      // a base file (sent in one round trip with others), and a new one traced statement by statement
      { 'db/migration/V1__users.sql': users, 'db/migration/V2__as_reader.sql': 'SET ROLE pgmig_reader;\nSELECT count(*) FROM pg_class;\n', 'db/migration/V3__new.sql': 'SET ROLE pgmig_reader;\nSELECT 1;\n' },
    ] as Array<Record<string, string>>) {
      const r = await testProject({ 'db/migration/V0__role.sql': ROLE, ...files }, { keep: true, files: [Object.keys(files).pop()!] });
      expect(r.migrations.map((m) => m.status)).toEqual(r.migrations.map(() => 'applied'));
      await withKeptDatabase(r.database.name, async (c) => {
        const h = await c.query('SELECT DISTINCT installed_by FROM flyway_schema_history');
        expect(h.rows).toEqual([{ installed_by: 'postgres' }]);
      });
    }
  });
});

describe('pgmig test: COPY … FROM stdin with inline data (issue 25 item 10)', () => {
  it('runs the COPY with its data, in a base file and in a new one', async () => {
    const copy = (t: string) => `CREATE TABLE ${t} (id bigint PRIMARY KEY, name text);\nCOPY ${t} (id, name) FROM stdin;\n1\tÉmile\n2\t\\N\n\\.\nINSERT INTO ${t} VALUES (3, 'c');\n`;
    const r = await testProject({ 'db/migration/V1__base.sql': copy('a'), 'db/migration/V2__new.sql': copy('b') }, { keep: true, files: ['db/migration/V2__new.sql'] });
    expect(r.migrations.map((m) => [m.script, m.status, m.error?.message])).toEqual([
      ['V1__base.sql', 'applied', undefined],
      ['V2__new.sql', 'applied', undefined],
    ]);
    await withKeptDatabase(r.database.name, async (c) => {
      for (const t of ['a', 'b']) {
        expect((await c.query(`SELECT id::int, name FROM ${t} ORDER BY id`)).rows).toEqual([
          { id: 1, name: 'Émile' },
          { id: 2, name: null },
          { id: 3, name: 'c' },
        ]);
      }
    });
  });
});

describe('pgmig test: the history table where Flyway keeps it (issue 25 item 11)', () => {
  it('honours table and defaultSchema / schemas, from .pgmig.yml, flyway.conf or flyway.toml; public stays clean', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ '.pgmig.yml': 'historyTable: {table: schema_history, schema: app}\n' }, 'app.schema_history'],
      [{ 'flyway.conf': 'flyway.defaultSchema=app\nflyway.table=schema_history\n' }, 'app.schema_history'],
      [{ 'flyway.toml': '[flyway]\nschemas = ["meta", "app"]\n' }, 'meta.flyway_schema_history'],
    ];
    for (const [cfg, where] of cases) {
      const r = await testProject({ ...cfg, 'db/migration/V1__users.sql': users }, { keep: true });
      expect(r.summary).toMatchObject({ applied: 1, failed: 0 });
      await withKeptDatabase(r.database.name, async (c) => {
        const t = await c.query(`SELECT n.nspname || '.' || c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`);
        expect(t.rows.map((x) => x.t).sort()).toEqual(['public.users', where].sort());
      });
    }
  });
});

// a role without rights on the history table (created once per cluster; migrations run again in fresh databases)
const ROLE = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgmig_reader') THEN CREATE ROLE pgmig_reader; END IF; END $$;\n";
