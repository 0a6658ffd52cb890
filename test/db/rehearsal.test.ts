import { describe, expect, it } from 'vitest';
import { formatTestText } from '../../src/report/test-text.js';
import { testProject } from './helpers.js';

const base = { 'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' };

const v2 = `CREATE TYPE user_status AS ENUM ('active', 'banned');
ALTER TABLE users ADD COLUMN status user_status NOT NULL DEFAULT 'active';
CREATE INDEX users_status_idx ON users (status);
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_self ON users USING (id = current_setting('app.user_id', true)::bigint);
CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM users';
CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';
GRANT SELECT ON active_users TO PUBLIC;
`;

const exactUndo = `DROP VIEW active_users;
DROP FUNCTION user_count();
DROP POLICY users_self ON users;
ALTER TABLE users DISABLE ROW LEVEL SECURITY;
DROP INDEX users_status_idx;
ALTER TABLE users DROP COLUMN status;
DROP TYPE user_status;
`;

describe('pgmig test: undo rehearsal', () => {
  it('passes an undo that restores the schema exactly, and re-applies the migration', async () => {
    const r = await testProject(
      { ...base, 'db/migration/V2__user_status.sql': v2, 'db/migration/U2__user_status.sql': exactUndo },
      { files: ['db/migration/V2__user_status.sql'], keep: false },
    );
    expect(r.rehearsals).toEqual([
      expect.objectContaining({ migration: 'db/migration/V2__user_status.sql', undo: 'db/migration/U2__user_status.sql', status: 'passed', undoDiff: [], reapplyDiff: [] }),
    ]);
    expect(r.summary).toMatchObject({ rehearsed: 1, rehearsalsFailed: 0, errors: 0 });
    expect(r.problems).toEqual([]);
  });

  it('names the index an undo forgets to drop', async () => {
    const undo = exactUndo.replace('DROP INDEX users_status_idx;\n', '').replace('ALTER TABLE users DROP COLUMN status;\n', '');
    const forgetful = v2.replace('CREATE INDEX users_status_idx ON users (status);', 'CREATE INDEX users_email_idx ON users (email);').replace(/status/g, 'state');
    const undo2 = undo.replace(/status/g, 'state').replace('DROP TYPE user_state;\n', 'ALTER TABLE users DROP COLUMN state;\nDROP TYPE user_state;\n');
    const r = await testProject(
      { ...base, 'db/migration/V2__user_status.sql': forgetful, 'db/migration/U2__user_status.sql': undo2 },
      { files: ['db/migration/V2__user_status.sql'] },
    );
    const reh = r.rehearsals[0]!;
    expect(reh.status).toBe('failed');
    expect(reh.undoDiff).toEqual([
      { object: 'index public.users_email_idx', change: 'extra', actual: 'CREATE INDEX users_email_idx ON public.users USING btree (email)' },
    ]);
    expect(reh.messages[0]).toBe(
      'index public.users_email_idx exists after the undo but not before the migration: CREATE INDEX users_email_idx ON public.users USING btree (email)',
    );
    expect(r.summary.errors).toBe(1);
  });

  it('reports an undo that drops too much or changes a column, and one that fails', async () => {
    const v = 'ALTER TABLE users ADD COLUMN age int;\n';
    const undo = 'ALTER TABLE users DROP COLUMN age;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n';
    const r = await testProject(
      { ...base, 'db/migration/V2__age.sql': v, 'db/migration/U2__age.sql': undo },
      { files: ['db/migration/V2__age.sql'] },
    );
    expect(r.rehearsals[0]!.undoDiff).toEqual([
      { object: 'column public.users.email', change: 'changed', expected: 'text', actual: 'text NOT NULL' },
    ]);
    const broken = await testProject(
      { ...base, 'db/migration/V2__age.sql': v, 'db/migration/U2__age.sql': 'ALTER TABLE users DROP COLUMN agee;\n' },
      { files: ['db/migration/V2__age.sql'] },
    );
    expect(broken.rehearsals[0]).toMatchObject({ status: 'failed', error: { file: 'db/migration/U2__age.sql', line: 1, sqlstate: '42703' } });
  });

  it('warns about a new migration without an undo file; requireUndo makes it an error', async () => {
    const files = { ...base, 'db/migration/V2__age.sql': 'ALTER TABLE users ADD COLUMN age int;\n' };
    const r = await testProject(files, { files: ['db/migration/V2__age.sql'] });
    expect(r.problems).toEqual([
      { severity: 'warning', file: 'db/migration/V2__age.sql', message: 'no undo file (expected U2__age.sql next to it)' },
    ]);
    expect(r.summary).toMatchObject({ errors: 0, warnings: 1 });
    const strict = await testProject({ ...files, '.pgmig.yml': 'requireUndo: true\n' }, { files: ['db/migration/V2__age.sql'] });
    expect(strict.problems[0]).toMatchObject({ severity: 'error', file: 'db/migration/V2__age.sql' });
    expect(strict.summary.errors).toBe(1);
  });

  it('a history adopted without undo files: one text line names them all, the JSON keeps one problem each', async () => {
    const files: Record<string, string> = { 'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n' };
    for (let v = 2; v <= 6; v++) files[`db/migration/V${v}__c${v}.sql`] = `ALTER TABLE users ADD COLUMN c${v} int;\n`;
    const r = await testProject(files);
    expect(r.problems.filter((p) => p.message.startsWith('no undo file'))).toHaveLength(6);
    const text = formatTestText(r, { color: false });
    expect(text).not.toMatch(/^warning db\/migration\/V2__c2\.sql: no undo file/m);
    expect(text).toMatch(/^warning 6 migrations have no undo file \(U<version>__<description>\.sql next to each; requireUndo: true makes it an error\): V1__create_users\.sql, V2__c2\.sql, .*V6__c6\.sql$/m);
    expect(text).toMatch(/^Written:\n {2}db\/migration\/V1__create_users\.sql .+ of WAL/m);
  });
});

describe('pgmig test: undo rehearsal around other migrations', () => {
  it('rehearses an undo followed by a migration without one, and does not blame the next migration for its rewrites', async () => {
    const r = await testProject(
      {
        'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, age int);\n',
        'db/migration/V2__widen_age.sql': 'ALTER TABLE users ALTER COLUMN age TYPE bigint;\n',
        'db/migration/U2__widen_age.sql': 'ALTER TABLE users ALTER COLUMN age TYPE int;\n',
        'db/migration/V3__comment.sql': "COMMENT ON TABLE users IS 'people';\n",
      },
      { files: ['db/migration/V2__widen_age.sql', 'db/migration/V3__comment.sql'] },
    );
    expect(r.rehearsals.map((x) => [x.undo, x.status])).toEqual([['db/migration/U2__widen_age.sql', 'passed']]);
    expect(r.migrations[1]!.statements![0]!.rewrites).toEqual(['public.users']);
    expect(r.migrations[2]!.statements![0]!.rewrites).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(['no undo file (expected U3__comment.sql next to it)']);
  });

  it('names the function, trigger and grant an undo leaves behind', async () => {
    const v2 = `CREATE TYPE mood AS ENUM ('ok');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
GRANT SELECT ON users TO PUBLIC;
ALTER TYPE mood ADD VALUE 'meh';
`;
    const undo = 'DROP TYPE mood;\n';
    const r = await testProject(
      { ...base, 'db/migration/V2__touch.sql': v2, 'db/migration/U2__touch.sql': undo },
      { files: ['db/migration/V2__touch.sql'] },
    );
    const d = r.rehearsals[0]!.undoDiff;
    expect(d.map((x) => [x.object, x.change])).toEqual([
      ['function public.touch()', 'extra'],
      ['privileges on public.users', 'changed'],
      ['trigger public.users.users_touch', 'extra'],
    ]);
    expect(d[1]!.expected).toBe('default');
    expect(d[1]!.actual).toMatch(/(^|,)=r\/postgres/);
    expect(d[2]!.actual).toBe('CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()');
  });

  it('catches an undo that leaves a comment, statistics target, storage or replica identity changed', async () => {
    const start = {
      'db/migration/V1__create_users.sql':
        "CREATE TABLE users (id bigint PRIMARY KEY, email text, bio text);\nCOMMENT ON TABLE users IS 'people';\nCOMMENT ON COLUMN users.email IS 'login';\nCREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM users';\n",
    };
    const v = [
      "COMMENT ON TABLE users IS 'accounts';",
      "COMMENT ON COLUMN users.email IS 'primary address';",
      "COMMENT ON FUNCTION user_count() IS 'how many';",
      'ALTER TABLE users ALTER COLUMN email SET STATISTICS 500;',
      'ALTER TABLE users ALTER COLUMN bio SET STORAGE EXTERNAL;',
      'ALTER TABLE users REPLICA IDENTITY FULL;',
      'ALTER TABLE users ADD COLUMN age int;',
    ].join('\n');
    const r = await testProject(
      { ...start, 'db/migration/V2__tune.sql': v, 'db/migration/U2__tune.sql': 'ALTER TABLE users DROP COLUMN age;\n' },
      { files: ['db/migration/V2__tune.sql'] },
    );
    const reh = r.rehearsals[0]!;
    expect(reh.status).toBe('failed');
    const table = reh.undoDiff.find((d) => d.object === 'table public.users')!;
    expect(table.actual).toBe(`${table.expected}, replica identity full`);
    expect(reh.undoDiff.filter((d) => d !== table).map((d) => [d.object, d.change, d.expected, d.actual])).toEqual([
      ['column public.users.bio', 'changed', 'text', 'text, storage external'],
      ['column public.users.email', 'changed', 'text', 'text, statistics 500'],
      ['comment on column public.users.email', 'changed', 'login', 'primary address'],
      ['comment on function public.user_count()', 'extra', undefined, 'how many'],
      ['comment on table public.users', 'changed', 'people', 'accounts'],
    ]);
  });

  it('reports a dropped column an undo re-adds last once, as a warning; undoColumnOrder: error fails the rehearsal', async () => {
    const start = { 'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, flag boolean, name text, note text);\n' };
    const files = {
      ...start,
      'db/migration/V2__drop_flag.sql': 'ALTER TABLE users DROP COLUMN flag;\n',
      'db/migration/U2__drop_flag.sql': 'ALTER TABLE users ADD COLUMN flag boolean;\n',
    };
    const r = await testProject(files, { files: ['db/migration/V2__drop_flag.sql'] });
    expect(r.rehearsals[0]).toMatchObject({ status: 'passed', undoDiff: [], reapplyDiff: [], messages: [] });
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        file: 'db/migration/U2__drop_flag.sql',
        message:
          'column public.users.flag moved from position 3 to last (an undo cannot put a re-added column back in its place); set undoColumnOrder: error to fail the rehearsal on it',
      },
    ]);
    expect(r.summary).toMatchObject({ errors: 0, warnings: 1 });

    const strict = await testProject({ ...files, '.pgmig.yml': 'undoColumnOrder: error\n' }, { files: ['db/migration/V2__drop_flag.sql'] });
    expect(strict.rehearsals[0]!.status).toBe('failed');
    expect(strict.rehearsals[0]!.messages).toEqual([
      'column public.users.flag moved from position 3 to last (an undo cannot put a re-added column back in its place) (config undoColumnOrder: error)',
    ]);
    expect(strict.summary.errors).toBe(1);
  });
});
