import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, territory_id bigint NOT NULL);';
const policy = "CREATE POLICY lead_territory ON lead USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint);";
const before = [`${table}\nALTER TABLE lead ENABLE ROW LEVEL SECURITY;\n${policy}`];

const makeIndex = 'CREATE FUNCTION make_index() RETURNS void LANGUAGE plpgsql AS $f$\nBEGIN\n  CREATE INDEX lead_t_idx ON lead (territory_id);\nEND $f$;';

describe('statements of a routine the migration calls', () => {
  it('checks a PL/pgSQL function body where SELECT calls it, at the line inside the body', async () => {
    const f = await lintSql(`${makeIndex}\nSELECT make_index();`, { before, rule: 'require-concurrent-index-creation' });
    expect(f.map((x) => [x.line, x.column])).toEqual([[3, 3]]);
  });

  it('twin: a function that is defined but never called by the migration is not checked as run', async () => {
    expect(await lintSql(makeIndex, { before, rule: 'require-concurrent-index-creation' })).toEqual([]);
  });

  it('twin: a call in a view or a policy does not run the function', async () => {
    const sql = `${makeIndex}\nCREATE VIEW v AS SELECT make_index();`;
    // CREATE VIEW is not a statement that runs what it names
    expect(await lintSql(sql, { before, rule: 'require-concurrent-index-creation' })).toEqual([]);
  });

  it('follows CALL of a procedure and PERFORM inside a DO block, once per routine', async () => {
    const proc = "CREATE PROCEDURE wipe() LANGUAGE plpgsql AS $p$\nBEGIN\n  UPDATE lead SET territory_id = 0;\nEND $p$;";
    const called = await lintSql(`${proc}\nCALL wipe();\nCALL wipe();`, { before, rule: 'update-delete-without-where' });
    expect(called.map((x) => x.line)).toEqual([3]);
    const fn = "CREATE FUNCTION wipe2() RETURNS void LANGUAGE plpgsql AS $p$\nBEGIN\n  DELETE FROM lead;\nEND $p$;";
    const viaDo = await lintSql(`${fn}\nDO $$ BEGIN PERFORM wipe2(); END $$;`, { before, rule: 'update-delete-without-where' });
    expect(viaDo.map((x) => x.line)).toEqual([3]);
  });

  it('reads a SQL-language function body and follows a routine that calls another', async () => {
    const inner = 'CREATE FUNCTION inner_wipe() RETURNS void LANGUAGE sql AS $s$\n  -- every row\n  UPDATE lead SET territory_id = 0;\n$s$;';
    const outer = 'CREATE FUNCTION outer_wipe() RETURNS void LANGUAGE plpgsql AS $o$\nBEGIN\n  PERFORM inner_wipe();\nEND $o$;';
    const f = await lintSql(`${inner}\n${outer}\nSELECT outer_wipe();`, { before, rule: 'update-delete-without-where' });
    expect(f.map((x) => [x.line, x.column])).toEqual([[3, 3]]);
    expect(await lintSql(`${inner}\n${outer}\nSELECT outer_wipe();`.replace('territory_id = 0;', 'territory_id = 0 WHERE id = 1;'), { before, rule: 'update-delete-without-where' })).toEqual([]);
  });

  it('picks the overload with the same number of arguments, and the body a later CREATE OR REPLACE gives', async () => {
    const one = 'CREATE FUNCTION fix(a int) RETURNS void LANGUAGE plpgsql AS $a$\nBEGIN\n  UPDATE lead SET territory_id = a;\nEND $a$;';
    const two = 'CREATE FUNCTION fix(a int, b int) RETURNS void LANGUAGE plpgsql AS $b$\nBEGIN\n  UPDATE lead SET territory_id = a WHERE id = b;\nEND $b$;';
    expect((await lintSql(`${one}\n${two}\nSELECT fix(1, 2);`, { before, rule: 'update-delete-without-where' })).map((x) => x.line)).toEqual([]);
    expect((await lintSql(`${one}\n${two}\nSELECT fix(1);`, { before, rule: 'update-delete-without-where' })).map((x) => x.line)).toEqual([3]);
    const replaced = one.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace('= a;', '= a WHERE id = 0;');
    expect(await lintSql(`${one}\n${replaced}\nSELECT fix(1);`, { before, rule: 'update-delete-without-where' })).toEqual([]);
  });

  it('counts ENABLE ROW LEVEL SECURITY a called procedure runs (no require-rls finding)', async () => {
    const proc = 'CREATE PROCEDURE protect() LANGUAGE plpgsql AS $p$\nBEGIN\n  ALTER TABLE lead ENABLE ROW LEVEL SECURITY;\nEND $p$;';
    const sql = `${table}\n${policy}\n${proc}\nCALL protect();`;
    expect(await lintSql(sql, { rule: 'require-rls' })).toEqual([]);
    expect(await lintSql(`${table}\n${policy}\n${proc}`, { rule: 'require-rls' })).toHaveLength(1);
  });

  it('reports COMMIT in a procedure CALLed in a transaction, and in any function', async () => {
    const proc = 'CREATE PROCEDURE batch() LANGUAGE plpgsql AS $p$\nBEGIN\n  UPDATE lead SET territory_id = 0 WHERE id = 1;\n  COMMIT;\nEND $p$;';
    const inTx = await lintSql(`BEGIN;\n${proc}\nCALL batch();\nCOMMIT;`, { before, rule: 'transaction-nesting' });
    expect(inTx.map((x) => [x.line, x.column])).toEqual([[5, 3]]);
    expect(inTx[0]!.message).toContain('a procedure the migration calls');
    // twin: outside a transaction a procedure may commit
    expect(await lintSql(`${proc}\nCALL batch();`, { before, rule: 'transaction-nesting', config: 'assumeInTransaction: false' })).toEqual([]);
    const fn = 'CREATE FUNCTION batch_fn() RETURNS void LANGUAGE plpgsql AS $p$\nBEGIN\n  COMMIT;\nEND $p$;';
    const f = await lintSql(`${fn}\nSELECT batch_fn();`, { before, rule: 'transaction-nesting', config: 'assumeInTransaction: false' });
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toContain('inside a function');
  });

  it('does not follow a routine defined in another file (its text is not in this one)', async () => {
    const f = await lintSql('SELECT make_index();', { before: [...before, makeIndex], rule: 'require-concurrent-index-creation' });
    expect(f).toEqual([]);
  });
});
