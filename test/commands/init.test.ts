import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli.js';
import { renderCallerWorkflow, runInit } from '../../src/commands/init.js';
import { parseConfig } from '../../src/migrations/config.js';
import { builtinTemplatesDir } from '../../src/migrations/templates.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { git } from '../helpers/git.js';
import { project } from '../helpers/project.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const read = (cwd: string, p: string) => readFileSync(join(cwd, p), 'utf8');
const config = (cwd: string) => parseConfig(read(cwd, '.pgmig.yml'), join(cwd, '.pgmig.yml'), RULE_IDS);
const files = (names: string[], body = 'SELECT 1;\n') => Object.fromEntries(names.map((n) => [n, body]));

describe('pgmig init', () => {
  it('in an empty folder: db/migration and db/tests, a config that loads, the caller workflow', async () => {
    const cwd = project({});
    const r = await cli(['init'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No Flyway migrations found: new ones go to db/migration.');
    expect(r.stdout).toContain('created .pgmig.yml');
    expect(r.stdout).toContain('created .github/workflows/migrations.yml');
    const c = config(cwd);
    expect(c).toMatchObject({ migrations: ['db/migration'], tests: 'db/tests', placeholder: 'VXXX', postgresVersion: 16, requireUndo: false });
    // Flyway wraps each file in a transaction (issue 18 item 8)
    expect(c.assumeInTransaction).toBe('flyway');
    expect(existsSync(join(cwd, 'db/migration'))).toBe(true);
    expect(existsSync(join(cwd, 'db/tests'))).toBe(true);
    expect(read(cwd, '.github/workflows/migrations.yml')).toBe(renderCallerWorkflow({ branch: 'main', postgres: ['16'], config: '', templates: builtinTemplatesDir()! }));
  });

  it('finds the Flyway folder with the most migrations and its highest version, and names the others', () => {
    const cwd = project({
      ...files(['src/main/resources/db/migration/V1__init.sql', 'src/main/resources/db/migration/V2_1__lead.sql', 'src/main/resources/db/migration/V12__account.sql', 'src/main/resources/db/migration/U12__account.sql', 'src/main/resources/db/migration/R__views.sql', 'src/main/resources/db/migration/VXXX__pending.sql']),
      ...files(['src/test/resources/db/testdata/V10000__seed.sql']),
      // copies made by a build, and dependencies, are not the source
      ...files(['target/classes/db/migration/V1__init.sql', 'target/classes/db/migration/V2__a.sql', 'target/classes/db/migration/V3__b.sql', 'target/classes/db/migration/V4__c.sql']),
      ...files(['node_modules/some-lib/sql/V1__a.sql', 'node_modules/some-lib/sql/V2__b.sql', 'node_modules/some-lib/sql/V3__c.sql', 'node_modules/some-lib/sql/V4__d.sql']),
    });
    const r = runInit({ cwd, env: {}, workflow: false });
    expect(r.migrations).toMatchObject({
      dir: 'src/main/resources/db/migration',
      source: 'scan',
      versioned: 3,
      pending: 1,
      highest: { version: '12', file: 'src/main/resources/db/migration/V12__account.sql' },
      others: ['src/test/resources/db/testdata'],
    });
    expect(r.tests).toEqual({ dir: 'src/main/resources/db/tests', found: false });
    const text = read(cwd, '.pgmig.yml');
    expect(text).toContain('# src/main/resources/db/migration (found) holds 3 versioned Flyway migrations; the highest is V12 (src/main/resources/db/migration/V12__account.sql).');
    expect(text).toContain('get the next free version (V13 and up)');
    expect(text).toContain('# also holds Flyway migrations, not checked: src/test/resources/db/testdata');
    expect(config(cwd).migrations).toEqual(['src/main/resources/db/migration']);
    expect(existsSync(join(cwd, '.github'))).toBe(false);
  });

  it('takes the folder above migrations split by year, and versions compared as numbers', () => {
    const cwd = project(files(['db/migrations/2023/V1__a.sql', 'db/migrations/2023/V9__b.sql', 'db/migrations/2024/V10__c.sql', 'db/migrations/2024/V10.1__d.sql', 'db/migrations/2024/V11__e.sql']));
    const r = runInit({ cwd, env: {}, workflow: false });
    expect(r.migrations).toMatchObject({ dir: 'db/migrations', versioned: 5, highest: { version: '11' }, others: [] });
  });

  it('prefers the locations of flyway.conf and flyway.toml', () => {
    const many = files(['db/migration/V1__a.sql', 'db/migration/V2__b.sql', 'db/migration/V3__c.sql']);
    const conf = project({ ...many, ...files(['sql/flyway/V7__x.sql']), 'flyway.conf': 'flyway.url=jdbc:postgresql://localhost/app\nflyway.locations=filesystem:sql/flyway,classpath:db/other\n' });
    expect(runInit({ cwd: conf, env: {}, workflow: false }).migrations).toMatchObject({ dir: 'sql/flyway', source: 'flyway.conf', sourceFile: 'flyway.conf', versioned: 1, highest: { version: '7' } });
    expect(read(conf, '.pgmig.yml')).toContain('# sql/flyway (named in flyway.conf) holds 1 versioned Flyway migration; the highest is V7');
    const toml = project({ ...many, ...files(['migrations/V1__x.sql']), 'flyway.toml': '[flyway]\nlocations = ["filesystem:migrations"]\n' });
    expect(runInit({ cwd: toml, env: {}, workflow: false }).migrations).toMatchObject({ dir: 'migrations', source: 'flyway.toml' });
    // a location that does not exist is no location: the scan decides
    const gone = project({ ...many, 'flyway.conf': 'flyway.locations=filesystem:nowhere\n' });
    expect(runInit({ cwd: gone, env: {}, workflow: false }).migrations).toMatchObject({ dir: 'db/migration', source: 'scan' });
  });

  it('finds a folder of pgTAP tests, and does not take pgmig new\'s tests for migrations', () => {
    const cwd = project({
      ...files(['db/migration/V1__a.sql', 'db/migration/V2__b.sql']),
      't/lead.pg': 'SELECT plan(2);\n',
      't/account.sql': 'SELECT no_plan();\n',
      't/VXXX__add_lead_notes_test.sql': 'SELECT plan(1);\n',
      't/V3__add_x_test.sql': 'SELECT plan(1);\n',
      'docs/notes.sql': 'SELECT 1;\n',
    });
    const r = runInit({ cwd, env: {}, workflow: false });
    expect(r.tests).toEqual({ dir: 't', found: true });
    expect(r.migrations).toMatchObject({ dir: 'db/migration', versioned: 2, pending: 0, others: [] });
    expect(config(cwd).tests).toBe('t');
  });

  it('refuses to overwrite, and --no-config / --no-workflow write the other file alone', async () => {
    const cwd = project({ '.pgmig.yml': 'migrations: mine\n' });
    const r = await cli(['init'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.pgmig.yml already exists; pgmig init never overwrites a file; pass --no-config to write only the workflow');
    expect(read(cwd, '.pgmig.yml')).toBe('migrations: mine\n');
    expect(existsSync(join(cwd, '.github'))).toBe(false);
    const w = await cli(['init', '--no-config'], cwd);
    expect(w.code).toBe(0);
    expect(read(cwd, '.pgmig.yml')).toBe('migrations: mine\n');
    expect(existsSync(join(cwd, '.github/workflows/migrations.yml'))).toBe(true);
    const again = await cli(['init', '--no-config'], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('.github/workflows/migrations.yml already exists');
    const other = project({ '.github/workflows/migrations.yml': 'name: mine\n' });
    expect((await cli(['init'], other)).stderr).toContain('pass --no-workflow to write only .pgmig.yml');
    expect((await cli(['init', '--no-workflow'], other)).code).toBe(0);
    expect(read(other, '.github/workflows/migrations.yml')).toBe('name: mine\n');
    expect((await cli(['init', '--no-config', '--no-workflow'], project({}))).stderr).toMatch(/leave nothing to write/);
  });

  it('--postgres sets the test matrix and the lowest becomes postgresVersion; bad values exit 2', async () => {
    const cwd = project({});
    expect((await cli(['init', '--postgres', '16, 15', '--branch', 'trunk'], cwd)).code).toBe(0);
    expect(config(cwd).postgresVersion).toBe(15);
    const wf = parse(read(cwd, '.github/workflows/migrations.yml'));
    expect(wf.jobs.pgmig.with['postgres-versions']).toBe('["16","15"]');
    expect(wf.on.push.branches).toEqual(['trunk']);
    for (const bad of [['--postgres', 'latest'], ['--branch', 'a b']]) {
      const r = await cli(['init', ...bad], project({}));
      expect(r.code, bad.join(' ')).toBe(2);
    }
  });

  it('in a subfolder of a git repository: the workflow at the root, naming the config; the branch from git', () => {
    const root = realpathSync(project({ 'services/crm/db/migration/V1__a.sql': 'SELECT 1;\n' }));
    git(root, 'init', '-q', '-b', 'trunk');
    const cwd = join(root, 'services/crm');
    const r = runInit({ cwd, env: {} });
    expect(r.branch).toBe('trunk');
    expect(r.files.map((f) => f.path)).toEqual(['.pgmig.yml', '../../.github/workflows/migrations.yml']);
    const wf = parse(read(root, '.github/workflows/migrations.yml'));
    expect(wf.jobs.pgmig.with).toEqual({ 'pgmig-repository': '<owner>/<name>', 'pgmig-ref': 'v0.1.0', config: 'services/crm/.pgmig.yml', 'postgres-versions': '["16"]' });
    expect(wf.on.push.branches).toEqual(['trunk']);
    expect(config(cwd).migrations).toEqual(['db/migration']);
  });

  it('--action-repo names where the workflow takes pgmig from; without it, the placeholder and a loud note', async () => {
    const cwd = project({ 'db/migration/V1__a.sql': 'SELECT 1;\n' });
    const r = await cli(['init', '--action-repo', 'acme-tools/pgmig@v0.1.0'], cwd);
    expect(r.code).toBe(0);
    const wf = parse(read(cwd, '.github/workflows/migrations.yml'));
    expect(wf.jobs.pgmig.uses).toBe('acme-tools/pgmig/.github/workflows/pgmig.yml@v0.1.0');
    expect(wf.jobs.pgmig.with).toMatchObject({ 'pgmig-repository': 'acme-tools/pgmig', 'pgmig-ref': 'v0.1.0' });
    expect(r.stdout).toContain('the workflow takes pgmig from acme-tools/pgmig@v0.1.0');
    expect(r.stdout).not.toContain('!!');
    // the ref defaults to this release
    const other = project({ 'db/migration/V1__a.sql': 'SELECT 1;\n' });
    expect((await cli(['init', '--no-config', '--action-repo', 'acme-tools/pgmig'], other)).code).toBe(0);
    expect(parse(read(other, '.github/workflows/migrations.yml')).jobs.pgmig.uses).toBe('acme-tools/pgmig/.github/workflows/pgmig.yml@v0.1.0');

    const bare = project({ 'db/migration/V1__a.sql': 'SELECT 1;\n' });
    const b = await cli(['init'], bare);
    expect(b.code).toBe(0);
    expect(parse(read(bare, '.github/workflows/migrations.yml')).jobs.pgmig.uses).toBe('<owner>/<name>/.github/workflows/pgmig.yml@v0.1.0');
    expect(b.stdout).toMatch(/!! \.github\/workflows\/migrations\.yml names no real repository yet: its `uses: <owner>\/<name>\/\.github\/workflows\/pgmig\.yml@v0\.1\.0`/);
    expect(b.stdout).toContain('pgmig init --no-config --action-repo owner/name[@ref]');

    for (const bad of ['pgmig', 'a/b/c', '-x/pgmig', 'acme/pg mig', 'acme/pgmig@', 'acme/pgmig@a..b']) {
      const where = project({});
      const e = await cli(['init', '--action-repo', bad], where);
      expect(e.code, bad).toBe(2);
      expect(e.stderr, bad).toMatch(/--action-repo .*(expected owner\/name\[@ref\]|is not a tag, branch or commit name)/);
      expect(existsSync(join(where, '.pgmig.yml')), bad).toBe(false);
    }
  });

  it('--help documents detection, the refusal to overwrite and the options', async () => {
    const r = await cli(['init', '--help'], project({}));
    expect(r.code).toBe(0);
    for (const s of ['flyway.conf', 'flyway.toml', 'highest version', 'never overwrites' , '--postgres', '--branch', '--no-config', '--no-workflow', 'MIGRATIONS_DATABASE_URL', 'Exit codes', 'Examples']) {
      expect(r.stdout.replace(/\s+/g, ' ')).toContain(s);
    }
  });

  it('writes the transaction setting Flyway runs with: transactional files quiet, a CONCURRENTLY file valid (issue 18 item 8)', async () => {
    const cwd = project({
      'db/migration/V1__create_person_table.sql': 'CREATE TABLE person (id bigint PRIMARY KEY, name text);\nALTER TABLE person ADD COLUMN email text;\n',
      'db/migration/V2__person_email_idx.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS person_email_idx ON person (email);\n',
    });
    runInit({ cwd, env: {}, workflow: false });
    const r = await cli(['lint', '--format', 'json'], cwd);
    const rules = (JSON.parse(r.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
    expect(rules).not.toContain('prefer-robust-stmts');
    expect(rules).not.toContain('ban-concurrent-index-creation-in-transaction');
  });
});
