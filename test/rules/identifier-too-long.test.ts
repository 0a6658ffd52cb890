import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'identifier-too-long';
const n63 = 'a'.repeat(63);
const n64 = 'b'.repeat(64);

describe(rule, () => {
  it('fires on each name over 63 bytes, where it is written, with the name the server keeps', async () => {
    const sql = `CREATE TABLE lead (id bigint);\nCREATE INDEX ${n64} ON lead (id);\nALTER TABLE lead\n  ADD COLUMN ${n64}x text;`;
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [2, 14],
      [4, 14],
    ]);
    expect(f[0]!.message).toBe(`identifier "${n64}" is 64 bytes; PostgreSQL truncates names to 63 bytes, so it becomes "${'b'.repeat(63)}"`);
    expect(f[1]!.message).toContain('is 65 bytes');
    expect(f[0]!.severity).toBe('warning');
  });

  it('counts bytes, not characters, and reads quoted names as written', async () => {
    // 25 characters: 11 of 2 bytes and 14 of 3 bytes, 64 bytes
    const wide = 'ü'.repeat(11) + '名'.repeat(14);
    const f = await lintSql(`CREATE TABLE "${wide}" (id bigint);\nCREATE TABLE "Q${'"'.repeat(2)}${'c'.repeat(62)}" (id bigint);`, { rule });
    expect(f.map((x) => x.line)).toEqual([1, 2]);
    expect(f[0]!.message).toBe(`identifier "${wide}" is 64 bytes; PostgreSQL truncates names to 63 bytes, so it becomes "${'ü'.repeat(11)}${'名'.repeat(13)}"`);
    expect(f[1]!.message).toContain(`"Q"${'c'.repeat(62)}" is 64 bytes`);
  });

  it('unquoted non-ASCII names at the limit: the fewest characters that pass 63 bytes still fire', async () => {
    const sql = [
      `CREATE TABLE ${'名'.repeat(21)} (id bigint);`, // 63 bytes
      `CREATE TABLE ${'名'.repeat(22)} (id bigint);`, // 66 bytes in 22 UTF-16 units
      `CREATE TABLE ${'𝒜'.repeat(16)} (id bigint);`, // 64 bytes in 16 characters (32 units)
      `CREATE TABLE ${'a'.repeat(40)}${'ü'.repeat(12)} (id bigint);`, // 64 bytes in 52 units
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.message.match(/is (\d+) bytes/)?.[1]])).toEqual([
      [2, '66'],
      [3, '64'],
      [4, '64'],
    ]);
  });

  it('decodes U&"…" identifiers before counting', async () => {
    const sql = [
      `CREATE TABLE U&"${'x'.repeat(64)}" (id bigint);`,
      `CREATE TABLE U&"\\0061${'x'.repeat(63)}" (id bigint);`,
      `CREATE TABLE U&"\\0061${'x'.repeat(60)}" (id bigint);`,
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([1, 2]);
    expect(f[1]!.message).toContain(`"a${'x'.repeat(63)}" is 64 bytes`);
  });

  it('folds unquoted names to lower case, as the server does', async () => {
    const f = await lintSql(`CREATE TABLE ${'X'.repeat(64)} (id bigint);`, { rule });
    expect(f[0]!.message).toContain(`"${'x'.repeat(64)}"`);
  });

  it('checks references too: a long name anywhere is cut the same way', async () => {
    const f = await lintSql(`SELECT ${n64} FROM lead;\nSET search_path = ${n64};`, { rule });
    expect(f.map((x) => x.line)).toEqual([1, 2]);
  });

  it('does not fire at 63 bytes, nor on long strings, comments or function bodies', async () => {
    const sql = [
      `CREATE TABLE ${n63} (id bigint);`,
      `-- ${n64}`,
      `COMMENT ON TABLE ${n63} IS '${n64}';`,
      `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 AS ${n64} $$;`,
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });
});
