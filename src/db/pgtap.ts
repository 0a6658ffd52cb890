import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { Parser, type FinalResults, type Result } from 'tap-parser';
import { UserError } from '../errors.js';
import { displayPath } from '../migrations/discover.js';
import { confine } from '../migrations/inside-repository.js';
import { checkFileSize } from '../migrations/read.js';
import { parseSql, type Statement, type UnparsedStatement } from '../sql/parse.js';
import { errorAt, type ApplyError } from './apply.js';
import type { FunctionBodies } from './bodies.js';
import { connect, type DbTarget } from './connect.js';
import type { Carry } from './parallel-tests.js';
import { PsqlScript, ScriptError, type ScriptStep } from './psql-script.js';

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

/** Every value as the server sent it, as psql prints it (`t`, not true; dates as the server writes them). */
const AS_TEXT = { getTypeParser: () => (v: string) => v };

/**
 * Runs one test file as pg_prove does (through psql, see PsqlScript): each statement as it is
 * written, on a session of its own (or the one the last file on this database handed over in
 * `carry`, its state discarded), its own BEGIN, COMMIT and ROLLBACK honoured, stopping at
 * the first error (ON_ERROR_STOP); everything the statements return and `\echo` prints is
 * the TAP stream. The caller gives each file a database of its own (a clone of the migrated
 * one), so nothing a file commits is seen by the next.
 */
export async function runTestFile(
  target: DbTarget,
  cwd: string,
  absPath: string,
  bodies?: FunctionBodies,
  /** Told each statement as it starts (undefined when the file is done), for a message on Ctrl-C. */
  onStatement?: (at: { file: string; line: number; sql: string } | undefined) => void,
  /** `\i` reads only inside this folder (default: cwd). */
  root: string = cwd,
  /**
   * What the last file on this database handed over, and where this one hands over when it left
   * the database as it found it (see {@link leftUntouched}), so the next file may run on it and
   * on its session. Without it, the file has a session of its own and hands over nothing.
   */
  carry?: Carry,
): Promise<TestFileResult> {
  const file = displayPath(cwd, absPath);
  const started = performance.now();
  confine(cwd, absPath, file);
  checkFileSize(absPath, file);
  const result: TestFileResult = { file, status: 'passed', ran: 0, passed: 0, failed: 0, skipped: 0, todo: 0, tests: [], problems: [], durationMs: 0 };
  const tap: string[] = [];
  const script = new PsqlScript({ cwd, root });
  const handed = carry?.kept;
  if (carry) carry.kept = undefined;
  const client = handed?.session ?? (await connect(target, 'pgmig test'));
  let handOver = false;
  const ran: string[] = [];
  let sequencesBefore: string | undefined = handed?.sequences;
  let ranToEnd = false;
  try {
    if (carry && sequencesBefore === undefined) sequencesBefore = await sequenceState(client).catch(() => undefined);
    const steps = script.run(absPath);
    for (;;) {
      let next: IteratorResult<ScriptStep, unknown>;
      try {
        next = steps.next();
      } catch (err) {
        if (!(err instanceof ScriptError)) throw err;
        result.error = { file: err.file, line: err.line, column: err.column, message: err.message };
        break;
      }
      if (next.done) {
        ranToEnd = true;
        break;
      }
      const step = next.value;
      if (step.kind === 'print') {
        tap.push(step.text);
        continue;
      }
      const line = step.source.position(step.start).line;
      onStatement?.({ file: step.file, line, sql: step.text });
      if (carry) ran.push(step.text);
      let r: pg.QueryResult | pg.QueryResult[];
      try {
        r = await client.query({ text: step.text, rowMode: 'array', types: AS_TEXT });
      } catch (err) {
        // a function of the migrations that raised: say where in them (every migration ran before)
        result.error = errorAt(step.file, step.source, statementOf(step), err, bodies ? { bodies, seq: Number.MAX_SAFE_INTEGER } : undefined);
        break;
      }
      for (const res of Array.isArray(r) ? r : [r]) {
        for (const row of res.rows as Array<Array<string | null>>) {
          tap.push(row.map((v) => (v === null ? script.print.null : v)).join(script.print.fieldsep) + '\n');
        }
      }
    }
    if (carry && ranToEnd && !result.error && sequencesBefore !== undefined && leftUntouched(ran)) {
      const after = await sequenceState(client).catch(() => undefined);
      // what a session keeps past a rollback (prepared statements, WITH HOLD cursors, session
      // advisory locks, LISTEN, settings' reset values, temporary schema, sequence caches) goes,
      // so the next file starts as on a new session
      if (after === sequencesBefore && (await client.query('DISCARD ALL').then(() => true, () => false))) {
        carry.kept = { session: client, sequences: after };
        handOver = true;
      }
    }
  } finally {
    onStatement?.(undefined);
    // an open transaction ends with the session, rolled back, as when psql exits
    if (!handOver) await client.end().catch(() => {});
  }
  readTap(tap.join(''), result);
  if (result.error) {
    const where = result.error.file === file ? `line ${result.error.line}` : `${result.error.file}:${result.error.line}`;
    result.problems.push(`died at ${where}: ${result.error.message}`);
  }
  result.status = result.problems.length || result.failed ? 'failed' : 'passed';
  result.durationMs = performance.now() - started;
  return result;
}

/**
 * The step as the Statement errorAt places errors in: its text parsed alone (for the body of a
 * DO block or function it defines), at its place in the file; interpolated text places errors
 * at the statement's start only.
 */
function statementOf(step: Extract<ScriptStep, { kind: 'sql' }>): Statement | UnparsedStatement {
  const own = step.verbatim ? parseSql(step.text).statements[0] : undefined;
  const at = {
    index: Number.MAX_SAFE_INTEGER,
    start: step.start,
    end: step.verbatim ? step.start + step.text.length : step.start,
    gapStart: step.start,
    byteBase: 0,
    text: step.verbatim ? step.text : '',
  };
  // a statement parseSql gives for the text alone has nothing else (no `within`): its kind and node are kept
  return own ? { ...own, ...at } : { ...at, kind: '', node: undefined };
}

/** A test line as TAP::Parser reads it: `ok 3 - name # TODO why`. */
const TEST_LINE = /^(not )?ok\b\s*(\d+)?\s*(?:-\s*)?(.*)$/;
const PLAN_LINE = /^1\.\.(\d+)(?=\s|$)/;

/**
 * Judges one file's TAP as TAP::Harness (pg_prove) does, from tap-parser's events and final
 * result: failing tests, the plan (missing, wrong count, more than one, in the middle), a bail
 * out, test ids past the plan. tap-parser stops reading tests after a trailing plan and hands
 * what follows over as `extra`, and it takes an empty stream for a skip-all plan; pgmig reads
 * both itself, so only a real `1..0` skips a file and a test printed after the plan counts.
 */
export function readTap(text: string, out: TestFileResult): void {
  const parser = new Parser();
  let last: TapTest | undefined;
  let final: FinalResults | undefined;
  let plans = 0;
  let planText = '';
  /** The plan came after a test: anything after it is out of place. */
  let trailingPlan = false;
  let afterTrailingPlan = 0;
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
  // plans as printed: the parser makes one up for an empty stream (and emits its line), and
  // hands a second one over as extra
  let sawTest = false;
  for (const line of text.split('\n')) {
    if (TEST_LINE.test(line)) sawTest = true;
    const m = PLAN_LINE.exec(line);
    if (!m) continue;
    if (++plans === 1) {
      planText = `1..${m[1]}`;
      trailingPlan = sawTest;
    }
  }
  parser.on('extra', (raw: string) => {
    const line = raw.replace(/\r?\n$/, '');
    const t = TEST_LINE.exec(line);
    if (!t || !plans) return;
    // a test after a trailing (or a skip-all) plan: TAP::Harness counts it, and fails the file for where it is
    afterTrailingPlan++;
    const directive = /\s#\s*(TODO|SKIP)\b\s*(.*)$/i.exec(t[3] ?? '');
    const description = (directive ? t[3]!.slice(0, directive.index) : t[3] ?? '').trim();
    const kind = directive?.[1]?.toUpperCase();
    last = {
      id: t[2] ? Number(t[2]) : out.tests.length + 1,
      ok: !t[1],
      description,
      ...(kind === 'SKIP' ? { skip: directive![2] || true } : {}),
      ...(kind === 'TODO' ? { todo: directive![2] || true } : {}),
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
  // tap-parser says skip-all for an empty stream too: only a plan printed as 1..0 is one
  const skipAll = plans > 0 && !!plan?.skipAll && out.ran === 0;
  if (plans > 0 && plan && plan.end !== null && plan.start !== null && !skipAll) out.planned = plan.end - plan.start + 1;
  if (final?.bailout) out.problems.push(`bailed out${typeof final.bailout === 'string' ? `: ${final.bailout}` : ''}`);
  if (out.ran === 0 && plans === 0) {
    if (!out.error && !final?.bailout) out.problems.push('printed no TAP: the file ran no pgTAP tests and printed no plan (call plan() and test functions such as ok() in SELECT statements)');
    return;
  }
  if (plans > 1) out.problems.push('more than one plan found in its TAP output');
  if (afterTrailingPlan && trailingPlan) out.problems.push(`plan (${planText}) must be at the beginning or end of its TAP output: ${afterTrailingPlan} test${afterTrailingPlan === 1 ? '' : 's'} printed after it`);
  if (out.planned !== undefined && out.planned !== out.ran) out.problems.push(`planned ${out.planned} test${out.planned === 1 ? '' : 's'} but ran ${out.ran}`);
  else if (plans === 0) out.problems.push(`no plan: call plan(${out.ran}) first, or finish() or done_testing() at the end`);
  else if (planText === '1..0' && out.ran > 0) out.problems.push(`planned to skip every test (1..0) but ran ${out.ran}`);
  const astray = out.tests.findIndex((t, i) => t.id !== i + 1);
  if (astray >= 0) out.problems.push(`tests out of sequence: found test ${out.tests[astray]!.id} where ${astray + 1} was expected`);
  // what else the parser found wrong (ids out of sequence or past the plan): its verdict stands
  const told = out.problems.length > 0 || out.failed > 0;
  if (final && !final.ok && !told) {
    const why = [...new Set(final.failures.map((f) => (f as { tapError?: string }).tapError).filter((x): x is string => !!x))];
    out.problems.push(`its TAP is not valid: ${why.join('; ') || 'the parser failed it'}`);
  }
}

/** The statement's first word(s), upper-cased, past comments and whitespace. */
function leadingWords(sql: string): string {
  const bare = sql.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '');
  return (/^[A-Za-z]+(?:\s+[A-Za-z]+)?/.exec(bare)?.[0] ?? '').toUpperCase().replace(/\s+/g, ' ');
}

const TX_CONTROL = /^(BEGIN|START|COMMIT|END|ROLLBACK|ABORT|PREPARE TRANSACTION|SAVEPOINT|RELEASE)\b/;

/**
 * Whether a file's statements (as run, to the end, without an error) undid all they did: the
 * first opens a transaction, the last rolls it back, and none in between ends it (savepoints
 * and ROLLBACK TO stay inside it). Sequences are the one write a rollback keeps: the caller
 * compares them too. A session's own state (settings, temporary tables, locks) ends with it.
 */
export function leftUntouched(statements: string[]): boolean {
  if (statements.length < 2) return false;
  const first = leadingWords(statements[0]!);
  const last = leadingWords(statements[statements.length - 1]!);
  if (!(first === 'BEGIN' || first.startsWith('BEGIN ') || first === 'START TRANSACTION')) return false;
  if (!['ROLLBACK', 'ROLLBACK WORK', 'ROLLBACK TRANSACTION', 'ABORT', 'ABORT WORK', 'ABORT TRANSACTION'].includes(last)) return false;
  for (const st of statements.slice(1, -1)) {
    const w = leadingWords(st);
    if (!TX_CONTROL.test(w)) continue;
    if (w.startsWith('SAVEPOINT') || w.startsWith('RELEASE') || w === 'ROLLBACK TO') continue;
    return false;
  }
  return true;
}

/** Every sequence's position in the session's database, as one string to compare. */
async function sequenceState(client: pg.Client): Promise<string> {
  const r = await client.query<{ s: string }>(
    `SELECT coalesce(string_agg(format('%s.%s:%s', c.relnamespace::regnamespace, c.relname, pg_sequence_last_value(c.oid)), ',' ORDER BY c.oid), '') AS s
       FROM pg_class c
      WHERE c.relkind = 'S'`,
  );
  return r.rows[0]!.s;
}
