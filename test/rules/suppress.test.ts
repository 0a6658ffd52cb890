import { describe, expect, it } from 'vitest';
import { lintSql, rulesOf } from '../helpers/project.js';

const table = 'CREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint);';
const rule = 'require-concurrent-index-creation';
const only = { before: [table] };
const relevant = (f: Awaited<ReturnType<typeof lintSql>>) => f.filter((x) => x.rule === rule || x.rule === 'unused-ignore');

describe('suppression comments', () => {
  it('pgmig-ignore on the line above silences that statement only', async () => {
    const f = relevant(
      await lintSql(`-- pgmig-ignore ${rule}\nCREATE INDEX a ON lead (owner_id);\nCREATE INDEX b ON lead (id);`, only),
    );
    expect(f.map((x) => [x.rule, x.line])).toEqual([[rule, 3]]);
  });

  it('takes several rules separated by commas', async () => {
    const f = relevant(await lintSql(`-- pgmig-ignore require-rls, ${rule}\nCREATE INDEX a ON lead (owner_id);`, only));
    // require-rls silenced nothing here
    expect(f.map((x) => [x.rule, x.line])).toEqual([['unused-ignore', 1]]);
    expect(f[0]!.message).toMatch(/require-rls silenced nothing/);
  });

  it('honours squawk-ignore and squawk-ignore-file', async () => {
    expect(relevant(await lintSql(`-- squawk-ignore ${rule}\nCREATE INDEX a ON lead (owner_id);`, only))).toEqual([]);
    const f = await lintSql(`CREATE INDEX a ON lead (owner_id);\n-- squawk-ignore-file ${rule}\nCREATE INDEX b ON lead (id);`, only);
    expect(relevant(f)).toEqual([]);
  });

  it('pgmig-ignore-file silences the rule anywhere in the file', async () => {
    const f = await lintSql(`CREATE INDEX a ON lead (owner_id);\nCREATE INDEX b ON lead (id);\n-- pgmig-ignore-file ${rule}\n`, only);
    expect(relevant(f)).toEqual([]);
  });

  it('reports an ignore naming an unknown rule', async () => {
    const f = await lintSql(`-- pgmig-ignore require-concurrent-index-creaton\nCREATE INDEX a ON lead (owner_id);`, only);
    expect(rulesOf(relevant(f)).sort()).toEqual([rule, 'unused-ignore']);
    expect(f.find((x) => x.rule === 'unused-ignore')!.message).toMatch(/unknown rule "require-concurrent-index-creaton"/);
  });

  it('does not treat squawk rule names pgmig lacks as unknown', async () => {
    const f = await lintSql(`-- squawk-ignore prefer-robust-stmts\nCREATE TABLE a (id bigint);`, only);
    expect(relevant(f)).toEqual([]);
  });

  it('does not report an ignore for a rule turned off in the config', async () => {
    const f = await lintSql(`-- pgmig-ignore ${rule}\nCREATE INDEX CONCURRENTLY a ON lead (owner_id);`, {
      ...only,
      config: `rules: { ${rule}: off }\n`,
    });
    expect(relevant(f)).toEqual([]);
  });

  it('ignores look-alike text inside strings and function bodies', async () => {
    const sql = `CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $fn$ SELECT '-- pgmig-ignore ${rule}' $fn$;\nCREATE INDEX a ON lead (owner_id);`;
    const f = relevant(await lintSql(sql, only));
    expect(f.map((x) => [x.rule, x.line])).toEqual([[rule, 2]]);
  });

  it('never silences a syntax error', async () => {
    const f = await lintSql('-- pgmig-ignore syntax-error\nCREATE TABLE (;');
    expect(rulesOf(f)).toContain('syntax-error');
  });
});
