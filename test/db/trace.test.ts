import { describe, expect, it } from 'vitest';
import { testProject } from './helpers.js';

const base = {
  'db/migration/V1__create_users.sql':
    'CREATE TABLE users (id bigint PRIMARY KEY, email text, age int);\nINSERT INTO users SELECT g, g::text, g FROM generate_series(1, 5000) g;\n',
};

describe('pgmig test: lock and rewrite trace', () => {
  it('shows ACCESS EXCLUSIVE on an existing table, a rewrite, and the lock held while later statements ran', async () => {
    const change =
      'CREATE TABLE audit (id int);\n' +
      'ALTER TABLE users ALTER COLUMN age TYPE bigint;\n' +
      "UPDATE users SET email = 'x' WHERE id = 1;\n" +
      'ALTER TABLE users ADD COLUMN note text;\n';
    const r = await testProject({ ...base, 'db/migration/V2__widen_age.sql': change }, { files: ['db/migration/V2__widen_age.sql'] });
    expect(r.summary.errors).toBe(0);
    const [v1, v2] = r.migrations;
    expect(v1).toMatchObject({ phase: 'base', status: 'applied' });
    expect(v1!.statements).toBeUndefined();
    expect(v2).toMatchObject({ phase: 'new', transactional: true });
    const s = v2!.statements!;
    expect(s.map((x) => [x.line, x.kind])).toEqual([
      [1, 'CreateStmt'],
      [2, 'AlterTableStmt'],
      [3, 'UpdateStmt'],
      [4, 'AlterTableStmt'],
    ]);
    // a table created by the change is not "existing": its locks are not listed
    expect(s[0]!.locks).toEqual([]);
    expect(s[1]!.locks).toContainEqual({ relation: 'public.users', relationKind: 'table', mode: 'ACCESS EXCLUSIVE' });
    expect(s[1]!.rewrites).toEqual(['public.users']);
    expect(s[1]!.rebuiltIndexes).toEqual(['public.users_pkey']);
    expect(s[1]!.outsideTransaction).toBe(false);
    // already held: the UPDATE's ROW EXCLUSIVE is new, ACCESS EXCLUSIVE is not repeated
    expect(s[2]!.locks.map((l) => l.mode)).not.toContain('ACCESS EXCLUSIVE');
    // the rewrite rebuilt the primary key index under ACCESS EXCLUSIVE too
    const held = [
      { relation: 'public.users', sinceLine: 2 },
      { relation: 'public.users_pkey', sinceLine: 2 },
    ];
    expect(s[2]!.heldAccessExclusive).toEqual(held);
    expect(s[3]!.heldAccessExclusive).toEqual(held);
    expect(s[1]!.heldAccessExclusive).toEqual([]);
    // adding a nullable column without a default rewrites nothing
    expect(s[3]!.rewrites).toEqual([]);
    expect(s.every((x) => x.durationMs >= 0)).toBe(true);
  });

  it('runs a CONCURRENTLY file statement by statement outside a transaction, without ACCESS EXCLUSIVE', async () => {
    const change = "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n";
    // an empty table, as in CI: the index builds in a few milliseconds, and the trace still sees its lock
    const r = await testProject(
      { 'db/migration/V1__create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'db/migration/V2__email_idx.sql': change },
      { files: ['db/migration/V2__email_idx.sql'] },
    );
    expect(r.summary.errors).toBe(0);
    const m = r.migrations[1]!;
    expect(m).toMatchObject({ transactional: false, nonTransactionalReason: 'CREATE INDEX CONCURRENTLY', status: 'applied' });
    const idx = m.statements![1]!;
    expect(idx).toMatchObject({ outsideTransaction: true, gated: true, rewrites: [] });
    expect(idx.locks.map((l) => l.mode)).not.toContain('ACCESS EXCLUSIVE');
    expect(idx.locks).toContainEqual({ relation: 'public.users', relationKind: 'table', mode: 'SHARE UPDATE EXCLUSIVE' });
  });

  it('shows the plain CREATE INDEX SHARE lock the lint warns about', async () => {
    const r = await testProject(
      { ...base, 'db/migration/V2__email_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\n' },
      { files: ['db/migration/V2__email_idx.sql'] },
    );
    const idx = r.migrations[1]!.statements![0]!;
    expect(idx.locks).toEqual([{ relation: 'public.users', relationKind: 'table', mode: 'SHARE' }]);
    expect(idx.rewrites).toEqual([]);
  });
});
