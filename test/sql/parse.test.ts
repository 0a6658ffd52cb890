import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseSql, stmtAs } from '../../src/sql/parse.js';
import { SourceText } from '../../src/sql/source.js';

beforeAll(() => ensureParser());

const pos = (text: string, idx: number) => new SourceText(text).position(idx);

describe('SourceText', () => {
  it('counts columns in characters after multi-byte text and emoji', () => {
    const t = 'ab\n-- é 日本 😀 x';
    expect(pos(t, t.indexOf('x'))).toEqual({ line: 2, column: 11 });
  });

  it('maps UTF-8 byte offsets to string indexes', () => {
    const t = 'é😀x';
    const s = new SourceText(t);
    expect(s.indexOfByte(2)).toBe(1); // after é (2 bytes)
    expect(s.indexOfByte(6)).toBe(3); // after 😀 (4 bytes, 2 UTF-16 units)
    expect(s.indexOfCodePoint(2)).toBe(3);
  });

  it('gives line text without CR', () => {
    expect(new SourceText('a\r\nb').lineText(1)).toBe('a');
  });
});

describe('parseSql', () => {
  it('locates each statement at its first token, after comments and multi-byte characters', () => {
    const sql = "SET lock_timeout = '1s';\n-- héllo wörld 😀\n  CREATE INDEX CONCURRENTLY i ON t (x);\n/* é */ ALTER TABLE t ADD COLUMN y int;";
    const p = parseSql(sql);
    expect(p.error).toBeUndefined();
    expect(p.statements.map((s) => [s.kind, p.source.position(s.start)])).toEqual([
      ['VariableSetStmt', { line: 1, column: 1 }],
      ['IndexStmt', { line: 3, column: 3 }],
      ['AlterTableStmt', { line: 4, column: 9 }],
    ]);
    expect(p.statements[2]!.text).toBe('ALTER TABLE t ADD COLUMN y int');
  });

  it('keeps dollar-quoted bodies with custom tags and semicolons in one statement', () => {
    const sql = 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  PERFORM 1; RETURN 2;\nEND;\n$body$;\nSELECT 1;';
    const p = parseSql(sql);
    expect(p.statements.map((s) => s.kind)).toEqual(['CreateFunctionStmt', 'SelectStmt']);
    expect(p.source.position(p.statements[1]!.start)).toEqual({ line: 6, column: 1 });
  });

  it('blanks psql meta-commands and keeps line numbers', () => {
    const sql = "\\set ON_ERROR_STOP on\nCREATE TABLE a (id int);\n\\i other.sql\nCREATE TABLE b (id int);";
    const p = parseSql(sql);
    expect(p.error).toBeUndefined();
    expect(p.statements.map((s) => p.source.position(s.start).line)).toEqual([2, 4]);
  });

  it('substitutes Flyway placeholders without moving columns', () => {
    const sql = 'CREATE TABLE ${schema}.lead (id int);\nGRANT SELECT ON ${schema}.lead TO ${flyway:user};';
    const p = parseSql(sql);
    expect(p.error).toBeUndefined();
    expect(p.statements).toHaveLength(2);
    expect(p.statements[1]!.text).toBe('GRANT SELECT ON ${schema}.lead TO ${flyway:user}');
    expect(stmtAs(p.statements[0], 'CreateStmt')?.relation?.schemaname).toBe('_schema__');
  });

  it('reports a syntax error at the offending token and still parses the other statements', () => {
    const sql = 'CREATE TABLE a (id int);\n-- é\nCREATE TABLE b (id int,, x int);\nCREATE INDEX i ON a (id);';
    const p = parseSql(sql);
    expect(p.error?.message).toMatch(/syntax error at or near ","/);
    expect(p.source.position(p.error!.index)).toEqual({ line: 3, column: 24 });
    expect(p.statements.map((s) => s.kind)).toEqual(['CreateStmt', 'IndexStmt']);
    expect(p.source.position(p.statements[1]!.start)).toEqual({ line: 4, column: 1 });
  });

  it('accepts an empty file and a file of comments', () => {
    expect(parseSql('').statements).toEqual([]);
    const p = parseSql('-- nothing here\n/* nor /* nested */ here */\n');
    expect(p.error).toBeUndefined();
    expect(p.statements).toEqual([]);
  });

  it('parses statements PostgreSQL-only parsers miss', () => {
    const sql = [
      'ALTER TABLE lead ENABLE ROW LEVEL SECURITY',
      "CREATE POLICY p ON lead USING (territory_id = current_setting('app.territory', true)::bigint)",
      'ALTER TABLE lead ADD CONSTRAINT c CHECK (x > 0) NOT VALID',
      'REINDEX INDEX CONCURRENTLY i',
      "DO $$ BEGIN RAISE NOTICE 'x'; END $$",
    ].join(';\n');
    const p = parseSql(sql);
    expect(p.error).toBeUndefined();
    expect(p.statements).toHaveLength(5);
  });
});
