import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { MAX_FILE_BYTES } from '../../src/migrations/read.js';
import { formatGithub } from '../../src/report/github.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatText } from '../../src/report/text.js';
import { runnerSafe } from '../../src/report/workflow-commands.js';
import type { Finding, LintResult } from '../../src/rules/finding.js';
import { RULES } from '../../src/rules/index.js';
import { ensureParser, parseSql } from '../../src/sql/parse.js';
import { statementEnds } from '../../src/sql/split.js';
import { expectNoForgedCommand } from '../helpers/hostile.js';
import { project } from '../helpers/project.js';
import { lintBytes, problemsOf } from './pipeline.js';

/*
 * Hostile names and inputs past every size a hand-written case reaches. A pull request controls
 * folder and file names, identifiers and the SQL; each of them, whatever it holds, may not make
 * pgmig crash (exit 3) or print a line the Actions runner takes for a command.
 */

const SEED = Number(process.env.PGMIG_FUZZ_SEED ?? 20240611);

beforeAll(ensureParser);

/** Text meant to break out of a log line: every line break the runner splits on, then a command. */
const breakout = fc
  .tuple(
    fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\n \t'),
    fc.constantFrom('::error::', '::stop-commands::tok', '::warning file=a::', '::add-mask::', '::set-output name=x::', '::group::'),
    fc.string({ maxLength: 12 }),
  )
  .map(([br, cmd, rest]) => `${br}${cmd}${rest}`);

const hostileName = fc.tuple(fc.string({ maxLength: 8 }), breakout).map(([a, b]) => `${a}${b}`.replace(/\//g, '_'));

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe('hostile names', () => {
  it('in file names and identifiers, through every lint report: no forged command line', () => {
    fc.assert(
      fc.property(hostileName, hostileName, (name, ident) => {
        const sql = `CREATE INDEX ${JSON.stringify(ident)} ON lead (a);\nALTER TABLE lead ADD COLUMN ${JSON.stringify(ident)} varchar(9);\nSELECT FROM ${JSON.stringify(ident)} WHERE;\n`;
        const input = { bytes: Buffer.from(sql), name: `V100__x${name}.sql`, config: 'all-rules' as const, withContext: true };
        const linted = lintBytes(input, false);
        expect(problemsOf(input, linted, { schema: false, spans: false })).toEqual([]);
        expectNoForgedCommand(formatGithub(linted.result), 'github');
        expectNoForgedCommand(runnerSafe(formatText(linted.result, { color: false })), 'text');
        expectNoForgedCommand(runnerSafe(formatMarkdown(linted.result, { rules: RULES })), 'markdown');
      }),
      { seed: SEED + 10, numRuns: 200 },
    );
  });

  it('in folder and file names on disk, through pgmig lint', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, hostileName, async (folder, file) => {
        const cwd = project({
          'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint PRIMARY KEY, a int);\n',
          [`db/migration/${folder}/V2__${file}.sql`]: 'CREATE INDEX i ON lead (a);\n',
        });
        for (const format of ['text', 'github', 'markdown', 'json']) {
          const r = await cli(['lint', '--format', format], cwd);
          expect(r.code).toBe(1);
          expectNoForgedCommand(r.stdout, format);
          expectNoForgedCommand(r.stderr, format);
        }
      }),
      { seed: SEED + 11, numRuns: 15 },
    );
  });
});

describe('huge inputs', () => {
  it('one 8 MB hex literal and one 8 MB quoted name: linted, no stack overflow', () => {
    const hex = Buffer.from(`SELECT '\\x${'ab'.repeat(4 * 1024 * 1024)}'::bytea;\n`);
    const a = lintBytes({ bytes: hex, name: 'V100__hex.sql', config: 'default', withContext: false }, false);
    expect(a.result.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
    const name = Buffer.from(`CREATE TABLE "${'n'.repeat(8 * 1024 * 1024)}" (id bigint);\n`);
    const b = lintBytes({ bytes: name, name: 'V100__name.sql', config: 'default', withContext: false }, false);
    const long = b.result.findings.find((f) => f.rule === 'identifier-too-long')!;
    // the report names it without repeating eight megabytes of it
    expect(long.message.length).toBeLessThan(500);
  });

  it('a megabyte of each shape that makes a scanner or a regular expression work hardest: linted, in bounds', () => {
    const M = 1024 * 1024;
    const shapes: Record<string, string> = {
      placeholder: `SELECT \${${'a'.repeat(M)}};\n`,
      metaCommand: `\\set x ${'a'.repeat(M)}\nSELECT 1;\n`,
      lineComment: `-- ${'a'.repeat(M)}\nSELECT 1;\n`,
      dollarBody: `DO $$ ${'a'.repeat(M)} $$;\n`,
      unclosedComment: `/* ${'a '.repeat(M / 2)}\n`,
      unclosedQuote: `SELECT "${'a'.repeat(M)}\n`,
      semicolons: ';'.repeat(M),
      nesting: `SELECT ${'('.repeat(20_000)}1${')'.repeat(20_000)};\n`,
      escapes: `SELECT E'${'\\\\'.repeat(M / 2)}';\n`,
      oneStatementManyLines: `${'SELECT 1\n'.repeat(M / 9)};\n`,
    };
    for (const [shape, sql] of Object.entries(shapes)) {
      const input = { bytes: Buffer.from(sql), name: 'V100__big.sql', config: 'default' as const, withContext: false };
      const linted = lintBytes(input, false);
      expect(problemsOf(input, linted, { schema: false, spans: false }), shape).toEqual([]);
    }
  });

  it('200,000 findings in the github format: annotated within the limits, the rest as plain lines', () => {
    const findings: Finding[] = Array.from({ length: 200_000 }, (_, i) => ({
      rule: 'prefer-robust-stmts',
      severity: i % 2 ? 'warning' : 'error',
      file: 'db/migration/V1__x.sql',
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 2,
      message: 'm',
      help: 'h',
    }));
    const result = { findings, summary: { files: 1, errors: 100_000, warnings: 100_000 }, sources: new Map() } as unknown as LintResult;
    const out = formatGithub(result).split('\n');
    expect(out.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(out.filter((l) => l.startsWith('- ')).length).toBe(200_000 - 20);
  });

  it('a 2 MB file with a syntax error in the middle: the statements around it are still read', () => {
    const lines: string[] = [];
    for (let i = 0; lines.length * 40 < 2_000_000; i++) lines.push(`INSERT INTO lead (id) VALUES (${i});`);
    lines.splice(lines.length >> 1, 0, 'SELEC oops;');
    const parsed = parseSql(lines.join('\n'));
    expect(parsed.error).toBeDefined();
    expect(parsed.statements.length).toBe(lines.length - 1);
  });

  it('the splitter the recovery uses keeps semicolons in strings, names, bodies and comments', () => {
    const sql = `SELECT ';'; SELECT "a;b"; SELECT E'\\';'; DO $x$ BEGIN; END $x$; /* ; /* ; */ ; */ SELECT 1 -- ;\n; SELECT a$b; SELECT $1;`;
    const ends = statementEnds(sql);
    const pieces = ends.map((e, i) => sql.slice(i ? ends[i - 1] : 0, e).trim());
    expect(pieces).toEqual([`SELECT ';';`, 'SELECT "a;b";', `SELECT E'\\';';`, 'DO $x$ BEGIN; END $x$;', '/* ; /* ; */ ; */ SELECT 1 -- ;\n;', 'SELECT a$b;', 'SELECT $1;']);
  });

  it(`a file past ${MAX_FILE_BYTES / 1024 / 1024} MiB: exit 2 with the limit, nothing read`, async () => {
    const cwd = project({ 'db/migration/V1__lead.sql': 'CREATE TABLE lead (id bigint);\n' });
    const big = join(cwd, 'db/migration/V2__dump.sql');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    for (const args of [['lint'], ['lint', 'db/migration/V2__dump.sql']]) {
      const r = await cli(args, cwd);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/db\/migration\/V2__dump\.sql is 32\.0 MiB, more than the 32\.0 MiB pgmig reads in one file/);
    }
  });

  it('a YAML alias in .pgmig.yml is exit 2 with its line, never a crash', async () => {
    const cases: Array<[string, RegExp]> = [
      ['migrations: &m db/migration\ntests: *m\n', /\.pgmig\.yml:2:8: YAML aliases \(\*m\)/],
      ['rules:\n  ban-drop-table: *nowhere\n', /\.pgmig\.yml:2:19: YAML aliases \(\*nowhere\)/],
      [`a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n`, /\.pgmig\.yml:2:8: YAML aliases \(\*a\)/],
    ];
    for (const [yml, message] of cases) {
      const cwd = project({ '.pgmig.yml': yml, 'db/migration/V1__lead.sql': 'SELECT 1;\n' });
      const r = await cli(['lint'], cwd);
      expect(r.code, yml).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
