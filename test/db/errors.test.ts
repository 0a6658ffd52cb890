import { describe, expect, it } from 'vitest';
import { plpgsqlFrame, unresolvedPlaceholders } from '../../src/db/bodies.js';
import { flywayChecksum } from '../../src/db/apply.js';
import { formatTestText } from '../../src/report/test-text.js';
import { testProject, withKeptDatabase } from './helpers.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n';

describe('pgmig test: errors inside function bodies', () => {
  const backfill = [
    'ALTER TABLE users ADD COLUMN domain text;', // 1
    'DO $$', // 2
    'BEGIN', // 3
    '  -- backfill in one go: the table is small', // 4
    '  UPDATE users', // 5
    "     SET domain = split_part(emial, '@', 2);", // 6
    'END $$;', // 7
  ].join('\n');

  it('a DO block in a new migration: the line and column of the token inside the body', async () => {
    const r = await testProject({ 'db/migration/V1__users.sql': users, 'db/migration/V2__backfill.sql': backfill }, { files: ['db/migration/V2__backfill.sql'] });
    const e = r.migrations[1]!.error!;
    expect(e).toMatchObject({ file: 'db/migration/V2__backfill.sql', statementLine: 2, line: 6, column: 30, sqlstate: '42703', message: 'column "emial" does not exist' });
    expect(e.where).toMatch(/inline_code_block line 4 at SQL statement/);
  });

  it('the same in a base migration sent in one round trip', async () => {
    const r = await testProject(
      { 'db/migration/V1__users.sql': users, 'db/migration/V2__backfill.sql': backfill, 'db/migration/V3__new.sql': 'SELECT 1;\n' },
      { files: ['db/migration/V3__new.sql'] },
    );
    expect(r.migrations[1]).toMatchObject({ phase: 'base', status: 'failed' });
    expect(r.migrations[1]!.error).toMatchObject({ statementLine: 2, line: 6, column: 30 });
  });

  it('RAISE (no query to point at): the line the server names, at its first token', async () => {
    const raise = "DO $$\nDECLARE n int;\nBEGIN\n  SELECT count(*) INTO n FROM users;\n    RAISE EXCEPTION 'expected no users, found %', n;\nEND $$;\n";
    const r = await testProject({ 'db/migration/V1__users.sql': users + "INSERT INTO users VALUES (1, 'a@b.c');\n", 'db/migration/V2__check.sql': raise }, { files: ['db/migration/V2__check.sql'] });
    expect(r.migrations[1]!.error).toMatchObject({ statementLine: 1, line: 5, column: 5, sqlstate: 'P0001', message: 'expected no users, found 1' });
  });

  it('a single-quoted body with doubled quotes and non-ASCII text before the token', async () => {
    const quoted = "DO 'BEGIN\n  UPDATE users SET email = ''é'' WHERE nosuch = 1; END';\n";
    const r = await testProject({ 'db/migration/V1__users.sql': users, 'db/migration/V2__q.sql': quoted }, { files: ['db/migration/V2__q.sql'] });
    // the file's column counts both quotes of each '' (the body has one): nosuch is at column 40, not 38
    expect(r.migrations[1]!.error).toMatchObject({ line: 2, column: 40, message: 'column "nosuch" does not exist' });
  });

  const fn = [
    'CREATE FUNCTION ratio(a int, b int) RETURNS numeric', // 1
    'LANGUAGE plpgsql AS $fn$', // 2
    'BEGIN', // 3
    '  IF a < 0 THEN', // 4
    "    RAISE EXCEPTION 'negative';", // 5
    '  END IF;', // 6
    '  RETURN a / b;', // 7
    'END', // 8
    '$fn$;', // 9
  ].join('\n');

  it('a function from an earlier file raising when a later statement calls it: both places', async () => {
    const r = await testProject(
      {
        'db/migration/V1__users.sql': users,
        'db/migration/V2__ratio.sql': fn + '\n',
        'db/migration/V3__use.sql': "CREATE TABLE stats (r numeric);\nINSERT INTO stats\n  SELECT ratio(1, 0);\n",
      },
      { files: ['db/migration/V3__use.sql'] },
    );
    const e = r.migrations[2]!.error!;
    expect(e).toMatchObject({ file: 'db/migration/V3__use.sql', statementLine: 2, line: 2, sqlstate: '22012', message: 'division by zero' });
    expect(e.inFunction).toEqual({ name: 'ratio(integer,integer)', file: 'db/migration/V2__ratio.sql', line: 7, column: 3 });
    const text = formatTestText(r, { color: false });
    expect(text).toContain('raised in ratio(integer,integer) at db/migration/V2__ratio.sql:7:3');
  });

  it('a pgTAP file that dies in a migration function says where in the migration', async () => {
    const r = await testProject({
      'db/migration/V1__ratio.sql': fn + '\n',
      'db/tests/ratio.sql': "SELECT plan(2);\nSELECT is(ratio(4, 2), 2::numeric, 'halves');\nSELECT is(ratio(-1, 2), 0::numeric, 'negative');\n",
    });
    const t = r.tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.error).toMatchObject({ file: 'db/tests/ratio.sql', line: 3, sqlstate: 'P0001', inFunction: { file: 'db/migration/V1__ratio.sql', line: 5, column: 5 } });
  });

  it('reads the innermost PL/pgSQL frame of the server context', () => {
    expect(plpgsqlFrame('SQL statement "SELECT 1/0"\nPL/pgSQL function inline_code_block line 3 at PERFORM')).toMatchObject({ inline: true, line: 3 });
    expect(plpgsqlFrame('PL/pgSQL function app."Odd, name"(integer,character varying,text[]) line 12 at RETURN\nPL/pgSQL function caller() line 2 at PERFORM')).toMatchObject({
      name: 'Odd, name',
      args: 3,
      line: 12,
      inline: false,
    });
    expect(plpgsqlFrame('SQL function "f" statement 1')).toBeUndefined();
  });
});

describe('pgmig test: Flyway placeholders', () => {
  it("a ${name} with no value fails the file in Flyway's words, even in a comment, before anything runs (issue 25 item 5)", async () => {
    const r = await testProject(
      {
        'db/migration/V1__users.sql': users,
        'db/migration/V2__audit.sql': "CREATE TABLE audit (id int);\n-- owned by ${owner}\nGRANT SELECT ON audit TO ${reader};\nCOMMENT ON TABLE audit IS '${flyway:user} ${reader}';\n",
      },
      { files: ['db/migration/V2__audit.sql'], keep: true },
    );
    const m = r.migrations[1]!;
    expect(m.status).toBe('failed');
    expect(m.error).toMatchObject({ file: 'db/migration/V2__audit.sql', line: 2, column: 13 });
    expect(m.error!.message).toBe('No value provided for placeholder: ${owner}. Check your configuration! (also no value for ${reader})');
    expect(m.error!.hint).toMatch(/placeholders: \{owner: …\}/);
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query(`SELECT to_regclass('audit') AS t`)).rows[0].t).toBeNull();
    });
  });

  it('replaces config placeholders everywhere Flyway does, $$ bodies and comments included; positions stay in the file (issue 18 item 11, issue 25 item 6)', async () => {
    const body = "-- for ${team}\nCREATE FUNCTION ${schema}.greet(n text) RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN replace('Hello ${name}', '${name}', n) || ' from ${team}';\nEND $$;\n";
    const r = await testProject(
      {
        '.pgmig.yml': 'placeholders: {schema: app, team: crm, name: NAME}\n',
        'db/migration/V1__schema.sql': 'CREATE SCHEMA ${schema};\n',
        'db/migration/V2__greet.sql': body,
        'db/migration/V3__use.sql': "CREATE VIEW app.hello AS SELECT app.greet('Ann') AS g;\nSELECT ${schema}.nope();\n",
      },
      { keep: true },
    );
    expect(r.migrations.map((m) => m.status)).toEqual(['applied', 'applied', 'failed']);
    // the failing call is after a placeholder on its line: the column is the file's
    expect(r.migrations[2]!.error).toMatchObject({ line: 2, column: 8, sqlstate: '42883' });
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query('SELECT app.greet($1) AS g', ['Ann'])).rows).toEqual([{ g: 'Hello Ann from crm' }]);
    });
  });

  it('sends ${…} as written with placeholderReplacement: false', async () => {
    const r = await testProject(
      { '.pgmig.yml': 'placeholderReplacement: false\n', 'db/migration/V1__t.sql': "CREATE TABLE t (v text DEFAULT '${kept}');\n" },
      { keep: true },
    );
    expect(r.summary).toMatchObject({ applied: 1, failed: 0 });
    await withKeptDatabase(r.database.name, async (c) => {
      expect((await c.query("INSERT INTO t DEFAULT VALUES RETURNING v")).rows).toEqual([{ v: '${kept}' }]);
    });
  });

  it("a repeatable file's checksum is over the replaced text, as Flyway's (issue 25 item 6)", async () => {
    const files = (v: string) => ({ '.pgmig.yml': `placeholders: {who: ${v}}\n`, 'db/migration/R__v.sql': "CREATE OR REPLACE VIEW v AS SELECT '${who}' AS w;\n" });
    const a = await testProject(files('ann'));
    const b = await testProject(files('bob'));
    expect(a.migrations[0]!.checksum).toBe(flywayChecksum("CREATE OR REPLACE VIEW v AS SELECT 'ann' AS w;\n"));
    expect(b.migrations[0]!.checksum).toBe(flywayChecksum("CREATE OR REPLACE VIEW v AS SELECT 'bob' AS w;\n"));
  });

  it('a base migration with a placeholder in a table name and no value fails with the placeholder message, not a syntax error', async () => {
    const r = await testProject(
      { 'db/migration/V1__users.sql': 'CREATE TABLE ${schema}.users (id int);\n', 'db/migration/V2__new.sql': 'SELECT 1;\n' },
      { files: ['db/migration/V2__new.sql'] },
    );
    expect(r.migrations[0]).toMatchObject({ phase: 'base', status: 'failed', error: { line: 1, column: 14 } });
    expect(r.migrations[0]!.error!.message).toMatch(/^No value provided for placeholder: \$\{schema\}/);
  });

  it('finds them outside strings of every kind: quoted identifiers, E strings', () => {
    const found = (sql: string) => unresolvedPlaceholders(sql).map((p) => p.name);
    expect(found(`SELECT "\${a}", E'\\'\${b}', $q$ \${c} $q$, $$\${d}$$ /* /* \${e} */ \${f} */ -- \${g}\n, \${h}`)).toEqual(['a', 'b', 'h']);
    expect(found('SELECT 1')).toEqual([]);
  });
});
