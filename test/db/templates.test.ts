import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runInit } from '../../src/commands/init.js';
import { runLint } from '../../src/commands/lint.js';
import { runNew } from '../../src/commands/new.js';
import { runTest, type TestResult } from '../../src/commands/test.js';
import { builtinTemplatesDir, listTemplates, type MigrationTemplate } from '../../src/migrations/templates.js';
import { git } from '../helpers/git.js';
import { project } from '../helpers/project.js';
import { serverUrl } from './helpers.js';

// Every migration template shipped in templates/ must be something a team can merge as it is:
// rendered with its own example, it lints with no finding at all (with the default config, and
// with the one `pgmig init` writes), and `pgmig test` applies it on the schema its example
// assumes, runs its pgTAP test and rehearses its undo without a failure or a warning.

const root = builtinTemplatesDir()!;
const templates = listTemplates(root);

const setFlags = (t: MigrationTemplate) => Object.entries(t.example.variables).map(([k, v]) => `${k}=${v}`);

function exampleProject(t: MigrationTemplate, extra: Record<string, string> = {}): string {
  return project({
    ...(t.example.before ? { 'db/migration/V1__before.sql': t.example.before } : {}),
    ...extra,
  });
}

/** Everything `pgmig test` reported that is not a clean pass, as readable lines. */
function complaints(r: TestResult): string[] {
  return [
    ...r.migrations.filter((m) => m.status !== 'applied').map((m) => `${m.file}: ${m.error?.message}`),
    ...r.tests.filter((t) => t.status !== 'passed').map((t) => `${t.file}: ${[...t.problems, ...t.tests.filter((x) => !x.ok && !x.todo).map((x) => `not ok ${x.description} ${x.diagnostics.join(' ')}`)].join('; ')}`),
    ...r.rehearsals.filter((x) => x.status !== 'passed').map((x) => `${x.undo}: ${x.messages.join('; ')}`),
    ...r.problems.map((p) => `${p.severity} ${p.file ?? ''}: ${p.message}`),
  ];
}

describe('migration templates', () => {
  it('are all there', () => {
    expect(templates.map((t) => t.name).sort()).toEqual(
      ['add-column', 'backfill', 'blank', 'enum-value', 'index-concurrently', 'not-valid-constraint', 'rls-table'].sort(),
    );
  });

  for (const t of templates) {
    describe(t.name, () => {
      it('lints clean: as the change of a pull request, and with the whole folder', async () => {
        for (const config of [undefined, 'init']) {
          const cwd = exampleProject(t);
          if (config) runInit({ cwd, env: {}, workflow: false });
          const made = runNew({ cwd, description: t.example.description, template: t.name, set: setFlags(t) });
          const sql = made.files.filter((f) => f.role !== 'test').map((f) => f.path);
          expect(sql.length).toBe(t.parts.length * 2);
          const change = await runLint({ cwd, files: sql });
          expect(change.result.findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`), `${config ?? 'default'} config`).toEqual([]);
          const folder = await runLint({ cwd });
          const ours = folder.result.findings.filter((f) => sql.includes(f.file));
          expect(ours.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`), `${config ?? 'default'} config, whole folder`).toEqual([]);
        }
      });

      it('applies, passes its pgTAP test and rehearses its undo with pgmig test', async () => {
        const cwd = exampleProject(t);
        const made = runNew({ cwd, description: t.example.description, template: t.name, set: setFlags(t) });
        const migrations = made.files.filter((f) => f.role === 'migration').map((f) => f.path);
        const r = await runTest({ cwd, env: {}, databaseUrl: serverUrl(), files: migrations });
        expect(complaints(r)).toEqual([]);
        expect(r.migrations.filter((m) => m.phase === 'new').map((m) => m.file)).toEqual(migrations);
        expect(r.rehearsals.map((x) => [x.migration, x.status])).toEqual(migrations.map((m) => [m, 'passed']));
        const test = made.files.find((f) => f.role === 'test')!.path;
        expect(r.tests.map((x) => [x.file, x.status])).toEqual([[test, 'passed']]);
        expect(r.tests[0]!.ran).toBeGreaterThan(0);
        expect(r.tests[0]!.planned).toBe(r.tests[0]!.ran);
        expect(r.summary.errors + r.summary.warnings).toBe(0);
      });
    });
  }

  it('each template names its files and variables in template.yml, and every file it has is used', () => {
    for (const t of templates) {
      const used = new Set([...t.parts.flatMap((p) => [p.migration, p.undo]), t.test, 'template.yml']);
      const yml = readFileSync(join(t.dir, 'template.yml'), 'utf8');
      expect(yml, t.name).toMatch(/^summary: /m);
      expect(used.size, t.name).toBe(t.parts.length * 2 + 2);
    }
  });
});

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('adopting pgmig in an empty repository', () => {
  it('pgmig init, then pgmig new add_lead_notes --template rls-table: lint and test pass, as a pull request too, and assign numbers all three files', async () => {
    const cwd = project({});
    const g = (...args: string[]) => git(cwd, ...args);
    g('init', '-q', '-b', 'main');
    g('config', 'user.email', 'dev@example.com');
    g('config', 'user.name', 'Dev');
    expect((await cli(['init'], cwd)).code).toBe(0);
    g('add', '-A');
    g('commit', '-q', '-m', 'pgmig');

    g('checkout', '-q', '-b', 'lead-notes');
    const made = await cli(['new', 'add_lead_notes', '--template', 'rls-table'], cwd);
    expect(made.code).toBe(0);
    const lint = await cli(['lint'], cwd);
    expect(lint.stdout).toContain('0 errors, 0 warnings');
    expect(lint.code).toBe(0);
    const test = await cli(['test', '--database-url', serverUrl()], cwd);
    expect(test.stdout).toMatch(/1 migration applied, \d+ statements traced, 9 tests in 1 file, 1 undo rehearsed: 0 errors, 0 warnings/);
    expect(test.code).toBe(0);

    // what the workflow runs on the pull request
    g('add', '-A');
    g('commit', '-q', '-m', 'lead notes');
    const prLint = await cli(['lint', '--changed-since', 'main', '--format', 'json'], cwd);
    expect(JSON.parse(prLint.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 0 });
    const prTest = await cli(['test', '--changed-since', 'main', '--database-url', serverUrl(), '--format', 'json'], cwd);
    expect(prTest.code).toBe(0);
    expect(JSON.parse(prTest.stdout).summary).toMatchObject({ applied: 1, testsPassed: 9, testsFailed: 0, rehearsed: 1, errors: 0, warnings: 0 });

    // and at merge
    g('checkout', '-q', 'main');
    g('merge', '-q', '--ff-only', 'lead-notes');
    const assign = await cli(['assign', '--no-push'], cwd);
    expect(assign.code, assign.stderr).toBe(0);
    for (const f of ['db/migration/V1__add_lead_notes.sql', 'db/migration/U1__add_lead_notes.sql', 'db/tests/V1__add_lead_notes_test.sql']) {
      expect(existsSync(join(cwd, f)), f).toBe(true);
    }
    expect(readFileSync(join(cwd, 'db/tests/V1__add_lead_notes_test.sql'), 'utf8')).toMatch(/^-- pgTAP tests of V1__add_lead_notes\.sql/);
    expect((await cli(['lint'], cwd)).code).toBe(0);
  });

  it("docs/test.md's pgTAP example passes against the rls-table template", async () => {
    const readme = readFileSync(resolve(__dirname, '../../docs/test.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Writing pgTAP tests'));
    const example = /```sql\n([\s\S]*?)```/.exec(section)![1]!;
    const cwd = project({});
    runNew({ cwd, description: 'add_lead_notes', template: 'rls-table' });
    writeFileSync(join(cwd, 'db/tests/VXXX__add_lead_notes_test.sql'), example);
    const r = await runTest({ cwd, env: {}, databaseUrl: serverUrl() });
    expect(complaints(r)).toEqual([]);
    expect(r.tests.map((t) => [t.status, t.passed, t.planned])).toEqual([['passed', 4, 4]]);
  });
});
