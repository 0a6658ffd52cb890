import { beforeAll, describe, expect, it } from 'vitest';
import { FunctionCatalog, functionSecurity } from '../../src/sql/functions.js';
import { nodeAs } from '../../src/sql/node-types.js';
import { ensureParser, parseSql, stmtAs } from '../../src/sql/parse.js';

beforeAll(() => ensureParser());

const catalog = (sql: string) => {
  const c = new FunctionCatalog();
  for (const s of parseSql(sql).statements) c.apply(s);
  return c;
};
const owa = (sig: string) => nodeAs(stmtAs(parseSql(`DROP FUNCTION ${sig}`).statements[0], 'DropStmt')?.objects?.[0], 'ObjectWithArgs');

describe('FunctionCatalog', () => {
  it('identifies a function by schema, name and input argument types', () => {
    const c = catalog(
      "CREATE FUNCTION app.f(a integer, OUT b text, VARIADIC c text[]) RETURNS record LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'select 1';",
    );
    expect(c.lookup(owa('app.f(int, text[])'))).toMatchObject({ securityDefiner: true, searchPath: true });
    expect(c.lookup(owa('app.f(int4, text[])'))).toBeDefined();
    expect(c.lookup(owa('app.f'))).toBeDefined();
    expect(c.lookup(owa('f(int, text[])'))).toBeUndefined();
    expect(c.lookup(owa('app.f(bigint, text[])'))).toBeUndefined();
  });

  it('does not guess which overload an argument-less name means', () => {
    const c = catalog("CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'select 1';\nCREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'select 1';");
    expect(c.lookup(owa('f'))).toBeUndefined();
    expect(c.lookup(owa('f(text)'))).toEqual({ securityDefiner: false, searchPath: false });
  });

  it('applies ALTER, follows RENAME and forgets DROP', () => {
    const c = catalog(
      [
        "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'select 1';",
        "ALTER FUNCTION f(int) SECURITY DEFINER SET search_path = '';",
        'ALTER FUNCTION f(int) RENAME TO g;',
        "CREATE FUNCTION h() RETURNS int LANGUAGE sql AS 'select 1';",
        'DROP FUNCTION h();',
      ].join('\n'),
    );
    expect(c.lookup(owa('f(int)'))).toBeUndefined();
    expect(c.lookup(owa('g(int)'))).toMatchObject({ securityDefiner: true, searchPath: true });
    expect(c.lookup(owa('h()'))).toBeUndefined();
  });
});

describe('functionSecurity', () => {
  const actions = (sql: string) => stmtAs(parseSql(`ALTER FUNCTION f() ${sql}`).statements[0], 'AlterFunctionStmt')?.actions;
  const safe = { securityDefiner: true, searchPath: true };

  it('removes the path on RESET, RESET ALL and SET … TO DEFAULT, keeps it on other settings', () => {
    expect(functionSecurity(actions('RESET search_path'), safe).searchPath).toBe(false);
    expect(functionSecurity(actions('RESET ALL'), safe).searchPath).toBe(false);
    expect(functionSecurity(actions('SET search_path TO DEFAULT'), safe).searchPath).toBe(false);
    expect(functionSecurity(actions("SET work_mem = '1MB' RESET work_mem"), safe)).toEqual(safe);
    expect(functionSecurity(actions('SECURITY INVOKER'), safe)).toEqual({ securityDefiner: false, searchPath: true });
  });
});
