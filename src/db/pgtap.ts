import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { Parser, type FinalResults, type Result } from 'tap-parser';
import { UserError } from '../errors.js';
import { displayPath } from '../migrations/discover.js';
import { confine } from '../migrations/inside-repository.js';
import { checkFileSize } from '../migrations/read.js';
import { parseSql, type Statement } from '../sql/parse.js';
import { errorAt, type ApplyError } from './apply.js';
import type { FunctionBodies } from './bodies.js';
import { connect, type DbTarget } from './connect.js';

export interface TapTest {
  id: number;
  ok: boolean;
  description: string;
  /** The SKIP or TODO reason (true when none was given). */
  skip?: string | true;
  todo?: string | true;
  /** The `#` lines pgTAP prints after a test (have/want, the failed test's name). */
  diagnostics: string[];
}

export interface TestFileResult {
  file: string;
  status: 'passed' | 'failed';
  planned?: number;
  ran: number;
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  tests: TapTest[];
  /** Why the file failed beyond failing tests: plan mismatch, no plan, bail out, a statement error. */
  problems: string[];
  /** A statement that failed: the file died there. */
  error?: ApplyError;
  durationMs: number;
}

/** pgTAP test files under the tests folder: `*.sql` and `*.pg`, subfolders too, sorted by path. */
export function findTestFiles(cwd: string, dir: string): string[] {
  let names: string[];
  confine(cwd, dir);
  try {
    if (!statSync(dir).isDirectory()) return [];
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.(sql|pg)$/.test(n))
    .map((n) => join(dir, n))
    .filter((p) => (confine(cwd, p), statSync(p).isFile()))
    // byte order, as `ls` in the C locale and pg_prove's glob: users.sql before users_again.pg
    .sort((a, b) => (displayPath(cwd, a) < displayPath(cwd, b) ? -1 : displayPath(cwd, a) > displayPath(cwd, b) ? 1 : 0));
}

/**
 * Makes pgTAP available in the test database. Returns true when pgmig created it (and so should
 * drop it again, to keep its functions out of the schema the undo rehearsal compares).
 */
export async function ensurePgTap(client: pg.Client, testCount: number): Promise<boolean> {
  const have = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pgtap'`);
  if (have.rowCount) return false;
  const available = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pgtap'`);
  const major = Math.floor(Number((await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v) / 10000);
  const why = `${testCount} pgTAP test file${testCount === 1 ? '' : 's'}`;
  if (!available.rowCount) {
    throw new UserError(
      `pgTAP is not installed on the PostgreSQL ${major} server, and the ${why} need it: install it where the server runs ` +
        `(Debian/Ubuntu: \`apt-get install postgresql-${major}-pgtap\`; from source: https://pgtap.org), ` +
        'or in GitHub Actions use the pgmig reusable workflow, which installs it',
    );
  }
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pgtap');
  } catch (err) {
    throw new UserError(`cannot create the pgtap extension (needed by the ${why}): ${(err as Error).message}; connect as a superuser or install pgtap in the template database`);
  }
  return true;
}

/** The file's own BEGIN/COMMIT/ROLLBACK would end pgmig's transaction; savepoints are fine. */
function endsOrStartsTransaction(s: Statement): boolean {
  if (s.kind !== 'TransactionStmt') return false;
  const k = String(s.node?.kind ?? '');
  return !['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'].includes(k);
}

/**
 * Runs one test file on a connection of its own, inside a transaction that is always rolled back
 * (its own BEGIN and ROLLBACK are left out), and reads the TAP the pgTAP functions return.
 * psql meta-commands (`\set`, `\pset`, …) are skipped by the parser's preprocessing.
 */
export async function runTestFile(
  target: DbTarget,
  cwd: string,
  absPath: string,
  bodies?: FunctionBodies,
  /** Told each statement as it starts (undefined when the file is done), for a message on Ctrl-C. */
  onStatement?: (at: { file: string; line: number; sql: string } | undefined) => void,
): Promise<TestFileResult> {
  const file = displayPath(cwd, absPath);
  const started = performance.now();
  confine(cwd, absPath, file);
  checkFileSize(absPath, file);
  const text = readFileSync(absPath, 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseSql(text);
  const result: TestFileResult = { file, status: 'passed', ran: 0, passed: 0, failed: 0, skipped: 0, todo: 0, tests: [], problems: [], durationMs: 0 };
  const tap: string[] = [];
  if (parsed.error) {
    const p = parsed.source.position(parsed.error.index);
    result.error = { file, line: p.line, column: p.column, sqlstate: '42601', message: `syntax error: ${parsed.error.message}` };
  } else {
    const client = await connect(target, 'pgmig test');
    try {
      try {
        await client.query('BEGIN');
      } catch (err) {
        // only a broken connection fails a BEGIN: errorAt throws the environment error for it
        result.error = errorAt(file, parsed.source, undefined, err, undefined, 'starting its transaction');
      }
      for (const s of result.error ? [] : parsed.statements) {
        if (endsOrStartsTransaction(s)) continue;
        onStatement?.({ file, line: parsed.source.position(s.start).line, sql: s.text });
        let r: pg.QueryResult | pg.QueryResult[];
        try {
          r = await client.query({ text: s.text, rowMode: 'array' });
        } catch (err) {
          // a function of the migrations that raised: say where in them (every migration ran before)
          result.error = errorAt(file, parsed.source, s, err, bodies ? { bodies, seq: Number.MAX_SAFE_INTEGER } : undefined);
          break;
        }
        for (const res of Array.isArray(r) ? r : [r]) {
          for (const row of res.rows as unknown[][]) {
            for (const v of row) if (typeof v === 'string') tap.push(v);
          }
        }
      }
    } finally {
      onStatement?.(undefined);
      await client.query('ROLLBACK').catch(() => {});
      await client.end().catch(() => {});
    }
  }
  readTap(tap.join('\n') + '\n', result);
  if (result.error) result.problems.push(`died at line ${result.error.line}: ${result.error.message}`);
  result.status = result.problems.length || result.failed ? 'failed' : 'passed';
  result.durationMs = performance.now() - started;
  return result;
}

function readTap(text: string, out: TestFileResult) {
  const parser = new Parser();
  let last: TapTest | undefined;
  let final: FinalResults | undefined;
  parser.on('assert', (r: Result) => {
    last = {
      id: r.id,
      ok: r.ok,
      description: r.name,
      ...(r.skip ? { skip: r.skip } : {}),
      ...(r.todo ? { todo: r.todo } : {}),
      diagnostics: [],
    };
    out.tests.push(last);
  });
  parser.on('comment', (c: string) => {
    const line = c.replace(/\n$/, '');
    // the parser's own summary line says what the plan check below says better
    if (/^# test count\(\d+\) != plan\(/.test(line)) return;
    if (last) last.diagnostics.push(line);
  });
  parser.on('complete', (r: FinalResults) => (final = r));
  parser.end(text);
  out.ran = out.tests.length;
  out.skipped = out.tests.filter((t) => t.skip).length;
  out.todo = out.tests.filter((t) => t.todo).length;
  // a failing TODO test is expected to fail, as in TAP
  out.failed = out.tests.filter((t) => !t.ok && !t.todo).length;
  out.passed = out.ran - out.failed;
  const plan = final?.plan;
  if (plan && plan.end !== null && plan.start !== null && !plan.skipAll) out.planned = plan.end - plan.start + 1;
  if (final?.bailout) out.problems.push(`bailed out${typeof final.bailout === 'string' ? `: ${final.bailout}` : ''}`);
  if (out.ran === 0 && !out.error && !plan?.skipAll) out.problems.push('no TAP output: the file ran no pgTAP tests (call plan() and test functions such as ok() in SELECT statements)');
  else if (out.planned !== undefined && out.planned !== out.ran) out.problems.push(`planned ${out.planned} test${out.planned === 1 ? '' : 's'} but ran ${out.ran}`);
  else if (out.ran > 0 && out.planned === undefined && !plan?.skipAll) out.problems.push(`no plan: call plan(${out.ran}) first, or finish() or done_testing() at the end`);
}
