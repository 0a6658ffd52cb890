import { describe, expect, it } from 'vitest';
import { flywayChecksum } from '../../src/db/apply.js';
import { testProject, withKeptDatabase } from './helpers.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n';

describe('flywayChecksum', () => {
  it('matches java.util.zip.CRC32 over the lines without terminators, as a signed int', () => {
    // reference values from zlib.crc32; above 2^31 Java's (int) cast makes them negative
    expect(flywayChecksum('SELECT 1;')).toBe(78787420);
    expect(flywayChecksum('CREATE TABLE é (id int);')).toBe(-1590035312);
    expect(flywayChecksum('a')).toBe(-390611389);
    expect(flywayChecksum('SELECT 1;\n')).toBe(flywayChecksum('SELECT 1;'));
    // line endings and a BOM do not change it; the line contents do
    expect(flywayChecksum('a\r\nb\rc\n')).toBe(flywayChecksum('abc'));
    expect(flywayChecksum('\uFEFFa\nb')).toBe(flywayChecksum('a\nb'));
    expect(flywayChecksum('a\nb')).not.toBe(flywayChecksum('a\nc'));
    expect(flywayChecksum('')).toBe(0);
  });
});

describe('pgmig test: apply', () => {
  it('applies every migration in version order and records them as Flyway does', async () => {
    const v1 = users;
    const v2 = '-- second\r\nALTER TABLE users ADD COLUMN name text;\r\n';
    const v10 = "INSERT INTO users VALUES (1, 'a@b.c', 'Ann');\n";
    const r = await testProject(
      {
        'db/migration/V10__seed_users.sql': v10,
        'db/migration/V2__add_name.sql': v2,
        'db/migration/V1__create_users.sql': v1,
        'db/migration/R__report_view.sql': 'CREATE OR REPLACE VIEW user_names AS SELECT name FROM users;\n',
      },
      { keep: true },
    );
    expect(r.summary).toMatchObject({ migrations: 4, applied: 4, failed: 0, errors: 0 });
    expect(r.migrations.map((m) => m.script)).toEqual(['V1__create_users.sql', 'V2__add_name.sql', 'V10__seed_users.sql', 'R__report_view.sql']);
    await withKeptDatabase(r.database.name, async (c) => {
      const cols = await c.query(`SELECT column_name, data_type, character_maximum_length AS len, is_nullable
        FROM information_schema.columns WHERE table_name = 'flyway_schema_history' ORDER BY ordinal_position`);
      expect(cols.rows.map((x) => `${x.column_name}:${x.data_type}${x.len ? `(${x.len})` : ''}:${x.is_nullable}`)).toEqual([
        'installed_rank:integer:NO',
        'version:character varying(50):YES',
        'description:character varying(200):NO',
        'type:character varying(20):NO',
        'script:character varying(1000):NO',
        'checksum:integer:YES',
        'installed_by:character varying(100):NO',
        'installed_on:timestamp without time zone:NO',
        'execution_time:integer:NO',
        'success:boolean:NO',
      ]);
      const h = await c.query('SELECT installed_rank, version, description, type, script, checksum, installed_by, execution_time, success FROM flyway_schema_history ORDER BY installed_rank');
      expect(h.rows.map((x) => [x.installed_rank, x.version, x.description, x.type, x.script, x.checksum, x.installed_by, x.success])).toEqual([
        [1, '1', 'create users', 'SQL', 'V1__create_users.sql', flywayChecksum(v1), 'postgres', true],
        [2, '2', 'add name', 'SQL', 'V2__add_name.sql', flywayChecksum(v2), 'postgres', true],
        [3, '10', 'seed users', 'SQL', 'V10__seed_users.sql', flywayChecksum(v10), 'postgres', true],
        [4, null, 'report view', 'SQL', 'R__report_view.sql', expect.any(Number), 'postgres', true],
      ]);
      expect(h.rows.every((x) => Number.isInteger(x.execution_time) && x.execution_time >= 0)).toBe(true);
      const pk = await c.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'flyway_schema_history'::regclass AND contype = 'p'`);
      expect(pk.rows[0].conname).toBe('flyway_schema_history_pk');
      expect((await c.query('SELECT name FROM user_names')).rows).toEqual([{ name: 'Ann' }]);
    });
  });

  it('drops the test database afterwards unless --keep', async () => {
    const r = await testProject({ 'db/migration/V1__create_users.sql': users });
    expect(r.summary.errors).toBe(0);
    await expect(withKeptDatabase(r.database.name, async () => 1)).rejects.toThrow(/does not exist/);
  });

  it('reports a failing statement with file, statement line, token position and SQLSTATE, and rolls the file back', async () => {
    const bad = 'CREATE TABLE orders (id bigint PRIMARY KEY);\n-- é comment\nUPDATE orders /* é */\n   SET id = 1 WHERE nosuch_col = 2;\n';
    const r = await testProject(
      {
        'db/migration/V1__create_users.sql': users,
        'db/migration/V2__orders.sql': bad,
        'db/migration/V3__never.sql': 'CREATE TABLE never_run (id int);\n',
      },
      { keep: true, files: ['db/migration/V2__orders.sql', 'db/migration/V3__never.sql'] },
    );
    expect(r.summary).toMatchObject({ failed: 1, applied: 1 });
    expect(r.summary.errors).toBeGreaterThan(0);
    const failed = r.migrations.find((m) => m.status === 'failed')!;
    expect(failed.error).toMatchObject({
      file: 'db/migration/V2__orders.sql',
      statementLine: 3,
      line: 4,
      column: 21,
      sqlstate: '42703',
      message: 'column "nosuch_col" does not exist',
    });
    expect(r.migrations.map((m) => m.script)).toEqual(['V1__create_users.sql', 'V2__orders.sql']);
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query(`SELECT to_regclass('orders') AS t`)).rows[0].t).toBeNull();
      expect((await c.query('SELECT script FROM flyway_schema_history')).rows.map((x) => x.script)).toEqual(['V1__create_users.sql']);
    });
  });

  it('finds the failing statement of a base migration run in one round trip, with detail and hint', async () => {
    const r = await testProject(
      {
        'db/migration/V1__create_users.sql': users + "INSERT INTO users VALUES (1, 'a');\nINSERT INTO users VALUES (1, 'b');\n",
        'db/migration/V2__new.sql': 'SELECT 1;\n',
      },
      { files: ['db/migration/V2__new.sql'] },
    );
    const m = r.migrations[0]!;
    expect(m).toMatchObject({ phase: 'base', status: 'failed' });
    expect(m.error).toMatchObject({ statementLine: 3, line: 3, sqlstate: '23505', detail: 'Key (id)=(1) already exists.' });
    expect(r.migrations).toHaveLength(1);
  });
});

describe('pgmig test --changed-since', () => {
  it('applies the base branch migrations first and traces only what the branch adds', async () => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { project } = await import('../helpers/project.js');
    const { runTest } = await import('../../src/commands/test.js');
    const { serverUrl } = await import('./helpers.js');
    const cwd = project({ 'db/migration/V1__create_users.sql': users });
    const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'root');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'v1');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(cwd, 'db/migration/VXXX__add_age.sql'), 'ALTER TABLE users ADD COLUMN age int;\n');
    const r = await runTest({ cwd, env: {}, databaseUrl: serverUrl(), changedSince: 'main' });
    expect(r.migrations.map((m) => [m.script, m.phase, m.version])).toEqual([
      ['V1__create_users.sql', 'base', '1'],
      // a pending file gets the next free number in the history, as it will at merge
      ['VXXX__add_age.sql', 'new', '2'],
    ]);
    expect(r.migrations[1]!.statements![0]!.locks).toEqual([{ relation: 'public.users', relationKind: 'table', mode: 'ACCESS EXCLUSIVE' }]);
  });
});

describe('pgmig test: base migrations sent unparsed', () => {
  it('sends a plain file as it is, and parses those that need it: CONCURRENTLY, their own BEGIN/COMMIT, PL/pgSQL', async () => {
    const { loadMigration } = await import('../../src/db/apply.js');
    const { entryFor } = await import('../../src/migrations/discover.js');
    const { parseMigrationName } = await import('../../src/migrations/name.js');
    const { project } = await import('../helpers/project.js');
    const { join } = await import('node:path');
    const files = {
      'V1__plain.sql': users + "-- who they are\nCOMMENT ON TABLE users IS 'people';",
      'V2__concurrent.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
      'V3__own_tx.sql': 'begin;\nALTER TABLE users ADD COLUMN age int;\ncommit;\n',
      'V4__fn.sql': 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n',
      'V5__meta.sql': '\\set ON_ERROR_STOP 1\nSELECT 1;\n',
      'V6__placeholder.sql': '-- ${owner}\nSELECT 1;\n',
    };
    const dir = project(files);
    const plain = Object.keys(files).map((f) => {
      const e = entryFor(dir, join(dir, f), dir, 'VXXX');
      return [f, loadMigration(e, parseMigrationName(f, 'VXXX') as never, '1').plainText !== undefined];
    });
    expect(plain).toEqual([
      ['V1__plain.sql', true],
      ['V2__concurrent.sql', false],
      ['V3__own_tx.sql', false],
      ['V4__fn.sql', false],
      ['V5__meta.sql', false],
      ['V6__placeholder.sql', false],
    ]);
  });

  it('applies base files of every kind, a last-line comment included, and records each', async () => {
    const r = await testProject(
      {
        // no semicolon and no newline after the last statement, and a comment there
        'db/migration/V1__create_users.sql': users + "COMMENT ON TABLE users IS 'people' -- who they are",
        'db/migration/V2__email_idx.sql': "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n",
        'db/migration/V3__own_tx.sql': 'BEGIN;\nALTER TABLE users ADD COLUMN age int;\nCOMMIT;\n',
        'db/migration/V4__new.sql': 'SELECT 1;\n',
      },
      { files: ['db/migration/V4__new.sql'], keep: true },
    );
    expect(r.migrations.map((m) => [m.script, m.phase, m.status, m.transactional, m.nonTransactionalReason])).toEqual([
      ['V1__create_users.sql', 'base', 'applied', true, undefined],
      ['V2__email_idx.sql', 'base', 'applied', false, 'CREATE INDEX CONCURRENTLY'],
      ['V3__own_tx.sql', 'base', 'applied', false, 'its own BEGIN/COMMIT'],
      ['V4__new.sql', 'new', 'applied', true, undefined],
    ]);
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query('SELECT script, success FROM flyway_schema_history ORDER BY installed_rank')).rows.map((x) => x.script)).toEqual([
        'V1__create_users.sql',
        'V2__email_idx.sql',
        'V3__own_tx.sql',
        'V4__new.sql',
      ]);
      expect((await c.query(`SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass`)).rows).toEqual([{ indisvalid: true }]);
    });
  });

  it('a plain base file the server rejects as a whole: the parser names the syntax error', async () => {
    const r = await testProject(
      { 'db/migration/V1__create_users.sql': users + "INSERT INTO users VALUES (1, 'unterminated);\n", 'db/migration/V2__new.sql': 'SELECT 1;\n' },
      { files: ['db/migration/V2__new.sql'] },
    );
    expect(r.migrations[0]).toMatchObject({ phase: 'base', status: 'failed', error: { line: 2, sqlstate: '42601' } });
    expect(r.migrations[0]!.error!.message).toMatch(/^syntax error: unterminated quoted string/);
  });
});
