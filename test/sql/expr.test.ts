import { beforeAll, describe, expect, it } from 'vitest';
import { booleanConstant, callArgument, functionName, parseBoolLiteral, startLocation, stringConstant } from '../../src/sql/expr.js';
import { nodeAs } from '../../src/sql/node-types.js';
import { ensureParser, parseSql, stmtAs } from '../../src/sql/parse.js';

beforeAll(() => ensureParser());

/** The expression of `SELECT <expr>`. */
const expr = (sql: string) => nodeAs(stmtAs(parseSql(`SELECT ${sql}`).statements[0], 'SelectStmt')?.targetList?.[0], 'ResTarget')?.val;

describe('booleanConstant', () => {
  it.each([
    ['true', true],
    ['false', false],
    ["'t'", true],
    ["'off'", false],
    ["'yes'::boolean", true],
    ["'f'::bool", false],
    ['true::boolean', true],
    ['CAST(1 AS boolean)', true],
    ['0::bool', false],
    ["' TRUE '", true],
  ])('%s is %s', (sql, value) => {
    expect(booleanConstant(expr(sql))).toBe(value);
  });

  it.each(['x', 'NULL', '1', "'maybe'", "'t'::text", 'NOT false', '1 = 1', "current_setting('x')::bool"])('%s is not a boolean constant', (sql) => {
    expect(booleanConstant(expr(sql))).toBeUndefined();
  });
});

describe('parseBoolLiteral', () => {
  it('reads prefixes as PostgreSQL does and refuses ambiguous ones', () => {
    expect(['tr', 'y', 'ON', '1'].map(parseBoolLiteral)).toEqual([true, true, true, true]);
    expect(['fa', 'n', 'of', '0'].map(parseBoolLiteral)).toEqual([false, false, false, false]);
    expect(['o', '', 'truth', '2'].map(parseBoolLiteral)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('calls', () => {
  const call = (sql: string) => nodeAs(expr(sql), 'FuncCall');

  it('names a call with and without its schema', () => {
    expect(functionName(call("pg_catalog.current_setting('x')"))).toEqual({ schema: 'pg_catalog', name: 'current_setting' });
    expect(functionName(call("current_setting('x')"))).toEqual({ schema: undefined, name: 'current_setting' });
  });

  it('finds arguments by position or by name', () => {
    const c = call("current_setting('a', missing_ok => true)");
    expect(stringConstant(callArgument(c, 0, 'setting_name'))).toBe('a');
    expect(booleanConstant(callArgument(c, 1, 'missing_ok'))).toBe(true);
    const named = call("current_setting(missing_ok => false, setting_name => 'b')");
    expect(stringConstant(callArgument(named, 0, 'setting_name'))).toBe('b');
    expect(booleanConstant(callArgument(named, 1, 'missing_ok'))).toBe(false);
    expect(callArgument(call("current_setting('c')"), 1, 'missing_ok')).toBeUndefined();
  });
});

describe('startLocation', () => {
  it('is the leftmost token of a cast, not its ::', () => {
    const sql = "SELECT 'yes'::boolean";
    const e = nodeAs(stmtAs(parseSql(sql).statements[0], 'SelectStmt')?.targetList?.[0], 'ResTarget')?.val;
    expect(nodeAs(e, 'TypeCast')?.location).toBe(sql.indexOf('::'));
    expect(startLocation(e)).toBe(sql.indexOf("'yes'"));
  });
});
