import { describe, expect, it } from 'vitest';
import { runLint } from '../../src/commands/lint.js';
import { findRule } from '../../src/rules/index.js';
import { gitRepo } from '../helpers/git.js';
import { lintProject } from '../helpers/project.js';

const rule = 'migration-description-style';
const sql = 'CREATE TABLE person (id bigint PRIMARY KEY);\n';

describe(rule, () => {
  it('warns on a new file only, never on one the base has (issue 18 item 9)', async () => {
    const repo = gitRepo({ 'db/migration/V1__Create_person_table.sql': sql });
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write({ 'db/migration/V2__AddUsers.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n' }).commit('add V2');
    // the applied V1 is edited too: still not told to rename
    repo.write({ 'db/migration/V1__Create_person_table.sql': `${sql}-- note\n` }).commit('touch V1');
    const f = (await runLint({ cwd: repo.dir, changedSince: 'main' })).result.findings.filter((x) => x.rule === rule);
    expect(f.map((x) => [x.file, x.severity, x.message])).toEqual([
      [
        'db/migration/V2__AddUsers.sql',
        'warning',
        'V2__AddUsers.sql: the description "AddUsers" is not lower snake_case (lower-case letters, digits and single underscores); as a new file, it could be V2__add_users.sql',
      ],
    ]);
  });

  it('is quiet without a base branch: any file may have been applied', async () => {
    expect((await lintProject({ 'db/migration/V1__Create_person_table.sql': sql })).filter((x) => x.rule === rule)).toEqual([]);
  });

  it('has docs', () => {
    expect(findRule(rule)!.docs.why).toMatch(/flyway validate/);
  });
});
