import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { UserError } from '../../src/errors.js';
import { parseConfig } from '../../src/migrations/config.js';
import { docsUrl } from '../../src/report/docs-url.js';
import { formatSarif } from '../../src/report/sarif.js';
import { RULE_IDS, RULES } from '../../src/rules/index.js';
import { lintSql, project } from '../helpers/project.js';

// The small things a new user ran into (issue 18, item 13), each as the user met it.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const M = 'db/migration';
const BAD = 'CREATE TABLE lead (id bigint);\n';
const INDEX = 'CREATE INDEX lead_id ON lead (id);\n';

async function cli(args: string[], cwd: string, opts: { env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: opts.isTTY ?? false, env: opts.env ?? {} });
  return { code, stdout, stderr };
}

const configError = (yaml: string) => {
  try {
    parseConfig(yaml, '/p/.pgmig.yml', RULE_IDS);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a config error');
};

const saved = { repo: process.env.GITHUB_ACTION_REPOSITORY, ref: process.env.GITHUB_ACTION_REF };
afterEach(() => {
  for (const [k, v] of [['GITHUB_ACTION_REPOSITORY', saved.repo], ['GITHUB_ACTION_REF', saved.ref]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('config', () => {
  it('a duration without a unit is an error that asks for one, not 5 ms', () => {
    expect(configError('lockTimeout: { max: 5 }')).toBe('/p/.pgmig.yml:1: lockTimeout.max: 5 has no unit; write it with one, such as 5s or 5ms');
    expect(configError('lockTimeout:\n  max: "2.5"\n')).toBe('/p/.pgmig.yml:2: lockTimeout.max: "2.5" has no unit; write it with one, such as 2.5s or 2.5ms');
    expect(configError('lockRetries: { maxTotal: 60 }')).toMatch(/lockRetries\.maxTotal: 60 has no unit/);
    expect(parseConfig('lockTimeout: { max: 5s }', '/p/.pgmig.yml').lockTimeout.maxMs).toBe(5000);
    expect(parseConfig('lockTimeout: { max: 500ms }', '/p/.pgmig.yml').lockTimeout.maxMs).toBe(500);
  });

  it('a YAML error ends with what is wrong, not with a dangling colon', () => {
    for (const yaml of ['a: b: c\n', 'rules: {require-rls: error\n', 'a: 1\na: 2\n']) {
      const message = configError(yaml);
      expect(message).toMatch(/^\/p\/\.pgmig\.yml:\d+:\d+: invalid YAML: \S/);
      expect(message).not.toMatch(/:\s*$/);
      expect(message).not.toMatch(/at line \d+, column \d+/);
    }
    expect(configError('a: b: c\n')).toBe('/p/.pgmig.yml:1:4: invalid YAML: Nested mappings are not allowed in compact mappings');
  });

  it('a mistyped rule in the config gets a did-you-mean', () => {
    expect(configError('rules: { require-lock-timout: off }')).toMatch(/rules\.require-lock-timout: unknown rule \(did you mean require-lock-timeout\?\)/);
  });
});

describe('folders given as absolute paths', () => {
  // a folder at the filesystem's root that nobody has; removed again should a broken build create it
  const top = `/pgmig-no-such-${process.pid}-${Date.now()}`;
  const missing = `${top}/such/dir`;
  afterAll(() => rmSync(top, { recursive: true, force: true }));

  it('lint -m /no/such/dir names the folder as given', async () => {
    const r = await cli(['lint', '-m', missing], project({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`pgmig: migrations folder ${missing} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files\n`);
  });

  it('pgmig new -m /no/such/dir refuses instead of creating it at the filesystem root', async () => {
    const cwd = project({});
    const r = await cli(['new', 'add lead notes', '-m', missing], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^pgmig: folder ${missing} does not exist, and it is outside the project .*pgmig new does not create it; .*Nothing was written\\n$`));
    expect(existsSync(top)).toBe(false);
    // inside the project a missing folder is made as before
    const ok = await cli(['new', 'add lead notes', '-m', 'sql/new'], cwd);
    expect(ok.code).toBe(0);
    expect(existsSync(join(cwd, 'sql/new/VXXX__add_lead_notes.sql'))).toBe(true);
  });
});

describe('colours', () => {
  const colored = (s: string) => s.includes('\u001b[');
  it('FORCE_COLOR colours a pipe, FORCE_COLOR=0 and NO_COLOR turn a terminal plain, --no-color wins', async () => {
    const cwd = project({ [`${M}/V1__lead.sql`]: BAD });
    expect(colored((await cli(['lint'], cwd)).stdout)).toBe(false);
    expect(colored((await cli(['lint'], cwd, { isTTY: true })).stdout)).toBe(true);
    expect(colored((await cli(['lint'], cwd, { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(colored((await cli(['lint'], cwd, { env: { FORCE_COLOR: '' } })).stdout)).toBe(true);
    expect(colored((await cli(['lint'], cwd, { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout)).toBe(false);
    expect(colored((await cli(['lint'], cwd, { isTTY: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
    expect(colored((await cli(['lint', '--no-color'], cwd, { env: { FORCE_COLOR: '3' } })).stdout)).toBe(false);
  });
});

describe('rule names', () => {
  it('explain takes a rule id in any case, and suggests the nearest for a typo', async () => {
    const r = await cli(['explain', 'Require-Lock-Timeout'], project({}));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^require-lock-timeout \(default: error\)/);
    const md = await cli(['explain', 'REQUIRE-RLS', '--markdown'], project({}));
    expect(md.stdout).toMatch(/^# require-rls\n/);
    const typo = await cli(['explain', 'require-lock-timout'], project({}));
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('pgmig: unknown rule "require-lock-timout" (did you mean require-lock-timeout?); `pgmig rules` lists them\n');
  });

  it('an ignore comment naming an unknown rule gets a did-you-mean', async () => {
    const f = await lintSql(`CREATE TABLE lead (id bigint);\n-- pgmig-ignore require-concurrent-index-creaton\nCREATE INDEX CONCURRENTLY i ON lead (id);\n`, { rule: 'unused-ignore' });
    expect(f.map((x) => x.message)).toContain(
      'ignore names unknown rule "require-concurrent-index-creaton" (did you mean require-concurrent-index-creation?) (run `pgmig rules` for the list)',
    );
  });

  it('pgmig rules and explain say prefer-repack needs postgresVersion 19', async () => {
    const r = await cli(['rules'], project({}));
    expect(r.stdout).toMatch(/^prefer-repack\s+warning\s+.*\(needs postgresVersion: 19 or later in \.pgmig\.yml\)$/m);
    expect(r.stdout).not.toMatch(/^require-rls\s.*needs postgresVersion/m);
    expect(JSON.parse((await cli(['rules', '--json'], project({}))).stdout).find((x: { id: string }) => x.id === 'prefer-repack')).toMatchObject({ sincePostgres: 19 });
    expect((await cli(['explain', 'prefer-repack'], project({}))).stdout).toMatch(/^prefer-repack \(default: warning\) \(needs postgresVersion: 19/);
  });
});

describe('where the docs of a finding are', () => {
  it('a URL, not a path in pgmig\'s repository: the action\'s own repository and ref in Actions, else the installed page', async () => {
    delete process.env.GITHUB_ACTION_REPOSITORY;
    delete process.env.GITHUB_ACTION_REF;
    const cwd = project({ [`${M}/V1__lead.sql`]: BAD, [`${M}/V2__lead_index.sql`]: INDEX });
    const local = await cli(['lint'], cwd);
    const page = `file://${join(ROOT, 'docs/rules/require-concurrent-index-creation.md')}`;
    expect(local.stdout).toContain(`docs: pgmig explain require-concurrent-index-creation  (${page})`);
    expect(existsSync(fileURLToPath(page))).toBe(true);
    expect(local.stdout).not.toMatch(/\(docs\/rules\//);

    process.env.GITHUB_ACTION_REPOSITORY = 'acme-tools/pgmig';
    process.env.GITHUB_ACTION_REF = 'v0.1.0';
    expect(docsUrl('require-rls')).toBe('https://github.com/acme-tools/pgmig/blob/v0.1.0/docs/rules/require-rls.md');
    const inAction = await cli(['lint'], cwd);
    expect(inAction.stdout).toContain('(https://github.com/acme-tools/pgmig/blob/v0.1.0/docs/rules/require-concurrent-index-creation.md)');
    // SARIF: every rule carries its page as helpUri
    const sarif = JSON.parse(formatSarif({ findings: [], summary: { files: 0, errors: 0, warnings: 0 }, sources: new Map() }, { rules: RULES }));
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string }>;
    expect(rules.find((r) => r.id === 'require-rls')!.helpUri).toBe('https://github.com/acme-tools/pgmig/blob/v0.1.0/docs/rules/require-rls.md');
    expect(rules.every((r) => r.helpUri === `https://github.com/acme-tools/pgmig/blob/v0.1.0/docs/rules/${r.id}.md`)).toBe(true);
    // a repository name that is not one is not turned into a link
    process.env.GITHUB_ACTION_REPOSITORY = 'not a repo';
    expect(docsUrl('require-rls')).toBe(`file://${join(ROOT, 'docs/rules/require-rls.md')}`);
  });

  it('the pages ship with the package, so the file: URL exists where pgmig is installed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
    for (const r of RULES) expect(existsSync(join(ROOT, 'docs/rules', `${r.id}.md`)), r.id).toBe(true);
  });

  it("each command's --help ends with the docs page that says more, and the page exists", async () => {
    for (const [command, page] of [['lint', 'lint.md'], ['test', 'test.md'], ['gate', 'gate.md'], ['rollback', 'chatops.md'], ['stats', 'production.md']] as const) {
      const out: string[] = [];
      const code = await runCli([command, '--help'], { cwd: ROOT, env: {}, isTTY: false, stdout: (s) => out.push(s), stderr: (s) => out.push(s) } as Parameters<typeof runCli>[1]);
      expect(code, command).toBe(0);
      expect(out.join('').trimEnd().split('\n').at(-1), command).toBe(`More: file://${join(ROOT, 'docs', page)}`);
      expect(existsSync(join(ROOT, 'docs', page)), page).toBe(true);
    }
  });
});

describe('--format compact', () => {
  it('prints one line per finding, file:line:col: severity rule: message, and nothing else', async () => {
    const cwd = project({ [`${M}/V1__lead.sql`]: BAD, [`${M}/V2__lead_index.sql`]: INDEX });
    const r = await cli(['lint', '--format', 'compact'], cwd);
    expect(r.code).toBe(1);
    const json = JSON.parse((await cli(['lint', '--format', 'json'], cwd)).stdout) as { findings: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }> };
    expect(json.findings.length).toBeGreaterThan(1);
    expect(r.stdout).toBe(json.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}\n`).join(''));
    expect(r.stdout).toContain(`${M}/V2__lead_index.sql:1:1: error require-concurrent-index-creation: `);
    const clean = await cli(['lint', '--format', 'compact'], project({ [`${M}/V1__ok.sql`]: 'SELECT 1;\n' }));
    expect(clean).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('engines', () => {
  it('every package in the tree that declares more than Node 20 is named, with the decision, in the README', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string }; version?: string }> };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // ranges that leave Node 20 out altogether (">=22"), not the "^20.19 || >=22" kind
    const above20 = Object.entries(lock.packages).filter(([, v]) => /^\s*>=?\s*2[1-9]/.test(v.engines?.node ?? ''));
    expect(above20.map(([p]) => p)).toContain('node_modules/content-type');
    for (const [path, v] of above20) expect(readme, path).toContain(`\`${path.split('node_modules/').pop()}\` ${v.version}`);
  });
});

describe('did-you-mean is bounded', () => {
  it('a rule name of a megabyte in an ignore comment is answered at once, with no suggestion', async () => {
    const started = performance.now();
    const f = await lintSql(`-- pgmig-ignore require-lock-timeout${'x'.repeat(1_000_000)}\nSELECT 1;\n`, { rule: 'unused-ignore' });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/did you mean/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
