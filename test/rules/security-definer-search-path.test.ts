import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';
import definition from '../../src/rules/security-definer-search-path.js';

const rule = 'security-definer-search-path';
const body = 'AS $body$ SELECT territory_id FROM app_user WHERE id = uid; $body$';
const fn = (opts: string, name = 'territory_of') => `CREATE OR REPLACE FUNCTION ${name}(uid bigint) RETURNS bigint LANGUAGE sql ${opts} ${body};`;

describe(rule, () => {
  it('fires on SECURITY DEFINER without SET search_path, pointing at SECURITY DEFINER', async () => {
    const sql = `SELECT 1;\n${fn('STABLE SECURITY DEFINER')}`;
    const f = await lintSql(sql, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: sql.split('\n')[1]!.indexOf('SECURITY DEFINER') + 1, severity: 'error' });
    expect(f[0]!.message).toContain('function territory_of');
  });

  it('fires on procedures and EXTERNAL SECURITY DEFINER, and when search_path is reset to default', async () => {
    const sql = [
      "CREATE PROCEDURE app.purge() LANGUAGE sql EXTERNAL SECURITY DEFINER AS $$ DELETE FROM lead; $$;",
      fn("SECURITY DEFINER SET search_path TO DEFAULT SET work_mem = '64MB'"),
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([1, 2]);
    expect(f[0]!.message).toContain('procedure app.purge');
  });

  it('does not fire with SET search_path in the options, empty, pinned or FROM CURRENT', async () => {
    const sql = [
      fn("SECURITY DEFINER SET search_path = ''", 'a'),
      fn('SET search_path = pg_catalog, pg_temp SECURITY DEFINER', 'b'),
      fn('SECURITY DEFINER SET search_path FROM CURRENT', 'c'),
      "CREATE FUNCTION d() RETURNS int SECURITY DEFINER SET search_path = '' BEGIN ATOMIC SELECT 1; END;",
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('does not fire on SECURITY INVOKER or when a later option turns DEFINER off', async () => {
    expect(await lintSql(`${fn('SECURITY INVOKER', 'a')}\n${fn('', 'b')}\n${fn('SECURITY DEFINER SECURITY INVOKER', 'c')}`, { rule })).toEqual([]);
  });

  it('is not satisfied by a SET search_path statement before the function', async () => {
    const f = await lintSql(`SET search_path = '';\n${fn('SECURITY DEFINER')}`, { rule });
    expect(f.map((x) => x.line)).toEqual([2]);
  });

  it('does not confuse a dollar-quoted body with ; and SECURITY DEFINER text inside', async () => {
    const sql = [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql SET search_path = '' SECURITY DEFINER AS $fn$",
      'BEGIN',
      "  PERFORM 'SECURITY DEFINER;';",
      "  RETURN current_setting('x');",
      'END;',
      '$fn$;',
    ].join('\n');
    const all = await lintSql(sql);
    expect(all.filter((x) => x.rule === rule || x.rule === 'syntax-error')).toEqual([]);
  });

  it('fires on ALTER FUNCTION … SECURITY DEFINER without SET search_path', async () => {
    const f = await lintSql('ALTER FUNCTION territory_of(bigint) SECURITY DEFINER;', { before: [fn('')], rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 1, column: 'ALTER FUNCTION territory_of(bigint) '.length + 1 });
    expect(f[0]!.message).toContain('ALTER FUNCTION makes territory_of SECURITY DEFINER');
  });

  it('fires on ALTER of a function pgmig never saw, and on ALTER PROCEDURE', async () => {
    expect(await lintSql('ALTER FUNCTION elsewhere SECURITY DEFINER;', { rule })).toHaveLength(1);
    expect(await lintSql('ALTER PROCEDURE purge() SECURITY DEFINER;', { rule })).toHaveLength(1);
  });

  it('does not fire on ALTER … SECURITY DEFINER of a function that already has a search_path', async () => {
    const before = [fn("SET search_path = ''")];
    expect(await lintSql('ALTER FUNCTION territory_of(int8) SECURITY DEFINER;', { before, rule })).toEqual([]);
    expect(await lintSql('ALTER FUNCTION territory_of SECURITY DEFINER;', { before, rule })).toEqual([]);
    expect(await lintSql("ALTER ROUTINE other() SECURITY DEFINER SET search_path = pg_catalog, pg_temp;", { rule })).toEqual([]);
  });

  it('fires when ALTER removes the search_path of a SECURITY DEFINER function', async () => {
    const before = [fn("SECURITY DEFINER SET search_path = ''")];
    const f = await lintSql('ALTER FUNCTION territory_of(bigint) RESET search_path;', { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('removes the search_path');
    expect(await lintSql('ALTER FUNCTION territory_of(bigint) RESET ALL;', { before, rule })).toHaveLength(1);
    // the function was safe; removing the path of an INVOKER function is harmless
    expect(await lintSql('ALTER FUNCTION territory_of(bigint) RESET ALL;', { before: [fn("SET search_path = ''")], rule })).toEqual([]);
  });

  it('judges a CREATE OR REPLACE anew, without the settings of the function it replaces', async () => {
    const before = [fn("SET search_path = ''")];
    expect(await lintSql(`${fn('')}\nALTER FUNCTION territory_of(bigint) SECURITY DEFINER;`, { before, rule })).toHaveLength(1);
  });

  it('does not report other ALTERs of a function that was unsafe already', async () => {
    expect(await lintSql('ALTER FUNCTION territory_of(bigint) COST 10;', { before: [fn('SECURITY DEFINER')], rule })).toEqual([]);
  });

  it('can be silenced for one statement', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\n${fn('SECURITY DEFINER')}`);
    expect(f.filter((x) => x.rule === rule || x.rule === 'unused-ignore')).toEqual([]);
  });

  it('fires on its bad example and not on its good one', async () => {
    expect((await lintSql(definition.docs.example!.bad, { rule })).length).toBeGreaterThan(0);
    expect(await lintSql(definition.docs.example!.good, { rule })).toEqual([]);
  });
  it('does not fire when a later ALTER FUNCTION … SET search_path of the same change fixes the function, in this file or the next', async () => {
    const sql = `${fn('SECURITY DEFINER')}\nALTER FUNCTION territory_of(bigint) SET search_path = pg_catalog, pg_temp;`;
    expect(await lintSql(sql, { rule })).toEqual([]);
    const f = await lintProject(
      {
        'db/migration/V1__fn.sql': fn('SECURITY DEFINER'),
        'db/migration/V2__pin.sql': "ALTER FUNCTION territory_of(bigint) SET search_path = '';",
      },
      { files: ['db/migration/V1__fn.sql', 'db/migration/V2__pin.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
    // a fix in a later change does not excuse the change that shipped the function without one
    const before = await lintProject(
      { 'db/migration/V1__fn.sql': fn('SECURITY DEFINER'), 'db/migration/V2__pin.sql': "ALTER FUNCTION territory_of(bigint) SET search_path = '';" },
      { files: ['db/migration/V1__fn.sql'] },
    );
    expect(before.filter((x) => x.rule === rule)).toHaveLength(1);
  });

  it('fires on a search_path with public or $user on it, or with pg_temp left out or not last', async () => {
    const sql = [
      fn('SECURITY DEFINER SET search_path = public', 'a'),
      fn('SECURITY DEFINER SET search_path = "$user", app, pg_temp', 'b'),
      fn('SECURITY DEFINER SET search_path = app', 'c'),
      fn('SECURITY DEFINER SET search_path = pg_temp, app', 'd'),
      fn('SECURITY DEFINER SET search_path = app, pg_catalog, pg_temp', 'e'),
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(f[0]!.message).toContain('public is on it');
    expect(f[2]!.message).toContain('pg_temp is not on it');
    expect(f[3]!.message).toContain('pg_temp is not last');
    expect(await lintSql(`${fn('SECURITY DEFINER SET search_path = public', 'a')}\nALTER FUNCTION a(bigint) SET search_path = app, pg_temp;`, { rule })).toEqual([]);
    expect(await lintSql("ALTER FUNCTION elsewhere(int) SET search_path = public;", { rule })).toEqual([]);
  });
});
