import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules/index.js';
import { lintProject } from '../helpers/project.js';

const rule = 'missing-placeholder-value';
const v1 = 'CREATE TABLE ${schema}.acct (id bigint PRIMARY KEY, owner bigint);\n';
const v2 = '-- index on ${schema}.acct\nCREATE INDEX acct_owner_idx ON ${schema}.acct (owner);\n';

describe(rule, () => {
  it('lints the text Flyway sends: placeholders replaced by config values, positions as written (issue 18 item 11)', async () => {
    const f = await lintProject(
      { '.pgmig.yml': 'placeholders: {schema: app}\n', 'db/migration/V1__acct.sql': v1, 'db/migration/V2__idx.sql': v2 },
      { files: ['db/migration/V2__idx.sql'] },
    );
    const idx = f.filter((x) => x.rule === 'require-concurrent-index-creation');
    // app.acct exists (made by V1 through the same placeholder), so the index build blocks writes
    expect(idx.map((x) => [x.line, x.column, x.endLine, x.endColumn])).toEqual([[2, 1, 2, 54]]);
    expect(idx[0]!.message).toContain('app.acct');
    expect(f.filter((x) => x.rule === rule || x.rule === 'syntax-error')).toEqual([]);
  });

  it('takes the values from flyway.conf and flyway.toml too', async () => {
    for (const cfg of [{ 'flyway.conf': 'flyway.placeholders.schema=app\n' }, { 'flyway.toml': '[flyway.placeholders]\nschema = "app"\n' }] as Array<Record<string, string>>) {
      const f = await lintProject({ ...cfg, 'db/migration/V1__acct.sql': v1, 'db/migration/V2__idx.sql': v2 }, { files: ['db/migration/V2__idx.sql'] });
      expect(f.filter((x) => x.rule === rule)).toEqual([]);
      expect(f.filter((x) => x.rule === 'require-concurrent-index-creation').map((x) => x.message)).toEqual([expect.stringContaining('app.acct')]);
    }
  });

  it("reports a placeholder with no value in Flyway's words, even in a comment, and names it as written (issue 25 item 5)", async () => {
    const f = await lintProject({ 'db/migration/V1__acct.sql': v1, 'db/migration/V2__idx.sql': '-- owner: ${team}\n' + v2 });
    const missing = f.filter((x) => x.rule === rule);
    expect(missing.map((x) => [x.file, x.line, x.severity, x.message])).toEqual([
      ['db/migration/V1__acct.sql', 1, 'error', 'No value provided for placeholder: ${schema}. Check your configuration!'],
      ['db/migration/V2__idx.sql', 1, 'error', 'No value provided for placeholder: ${team}. Check your configuration!'],
      ['db/migration/V2__idx.sql', 2, 'error', 'No value provided for placeholder: ${schema}. Check your configuration!'],
    ]);
    const idx = f.filter((x) => x.rule === 'require-concurrent-index-creation');
    expect(idx[0]!.message).toContain('${schema}.acct');
    expect(idx[0]!.message).not.toContain('_schema__');
  });

  it('is quiet with placeholderReplacement: false (Flyway sends ${…} as written)', async () => {
    const f = await lintProject({ '.pgmig.yml': 'placeholderReplacement: false\n', 'db/migration/V1__fn.sql': "SELECT '${not_mine}';\n" });
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('knows the built-in ${flyway:…} placeholders', async () => {
    const f = await lintProject({ 'db/migration/V1__fn.sql': "COMMENT ON SCHEMA ${flyway:defaultSchema} IS 'by ${flyway:user} from ${flyway:filename}';\n" });
    expect(f.filter((x) => x.rule === rule).map((x) => x.message)).toEqual([]);
  });

  it('has docs whose bad example fires and whose good example is clean', async () => {
    const { docs } = findRule(rule)!;
    expect((await lintProject({ 'db/migration/V1__x.sql': docs.example!.bad })).filter((x) => x.rule === rule)).toHaveLength(1);
    expect((await lintProject({ 'db/migration/V1__x.sql': docs.example!.good })).filter((x) => x.rule === rule)).toEqual([]);
  });
});
