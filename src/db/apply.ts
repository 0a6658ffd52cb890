import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { basename, isAbsolute, relative, sep } from 'node:path';
import type pg from 'pg';
import { UserError } from '../errors.js';
import type { MigrationEntry } from '../migrations/discover.js';
import type { Config } from '../migrations/config.js';
import { migrationTransactionMode } from '../migrations/file-mode.js';
import type { MigrationName } from '../migrations/name.js';
import { checkFileSize, copyDataBlocks, parseBytes } from '../migrations/read.js';
import type { ParsedFile, Statement, UnparsedStatement } from '../sql/parse.js';
import type { SourceText } from '../sql/source.js';
import { nonTransactional } from '../sql/transactional.js';
import { missingPlaceholderMessage, missingPlaceholders, withPlaceholders, type Placeholder } from '../migrations/placeholders.js';
import { FunctionBodies, ownBody, plpgsqlFrame, positionInBody, stringHolding } from './bodies.js';
import type { StatementTrace, Tracer } from './trace.js';

/** A migration file read and ready to run. */
export interface MigrationFile {
  entry: MigrationEntry;
  name: MigrationName;
  /**
   * Parsed on first use: a run touches the next file's while the server works on the current
   * one, so parsing hundreds of base migrations costs no wall time.
   */
  readonly parsed: ParsedFile;
  /**
   * The file's text when it can go to the server as it is, in one transaction, unparsed; else
   * undefined, and the parsed statements decide how it runs. See `plainText()`.
   */
  readonly plainText: string | undefined;
  /** Flyway's checksum of the file (CRC32 of its lines). */
  readonly checksum: number;
  /** SHA-256 of the file's bytes, hex: what a base-schema snapshot's key holds of it. */
  readonly sha256: string;
  /**
   * The version recorded in flyway_schema_history: the file's own, or for a pending (VXXX)
   * file the number it would get now (the next free one), since Flyway needs one.
   */
  historyVersion: string | null;
}

export interface ApplyError {
  file: string;
  /** Line and column of the token the server pointed at, else of the statement. */
  line: number;
  column: number;
  /** Where the failing statement starts. */
  statementLine?: number;
  sqlstate?: string;
  message: string;
  detail?: string;
  hint?: string;
  /** The server's context (PL/pgSQL line, function call) when the error happened inside a body. */
  where?: string;
  /**
   * The error happened inside a function defined by an earlier statement or file: where in that
   * function's body (`line`/`column` above stay at the statement that called it).
   */
  inFunction?: { name: string; file: string; line: number; column: number };
}

/** The functions defined so far, and where the failing statement stands among the runs. */
export interface BodyContext {
  bodies: FunctionBodies;
  seq: number;
}

export interface MigrationRun {
  file: string;
  script: string;
  version: string | null;
  description: string;
  /** false when the file holds a statement that cannot run in a transaction block, or its own BEGIN/COMMIT. */
  transactional: boolean;
  /** Why it ran statement by statement outside a transaction (`CREATE INDEX CONCURRENTLY`, …). */
  nonTransactionalReason?: string;
  status: 'applied' | 'failed';
  durationMs: number;
  checksum: number;
  installedRank?: number;
  /** Per statement; only for traced (new) migrations. */
  statements?: StatementTrace[];
  error?: ApplyError;
}

/**
 * Flyway's checksum: CRC32 over the UTF-8 bytes of each line without its terminator (\n, \r or
 * \r\n, as Java's BufferedReader.readLine splits), a byte order mark dropped from the first
 * line, stored as a signed 32-bit integer. Line endings therefore do not change it.
 */
export function flywayChecksum(text: string): number {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return crcWithoutLineBreaks(Buffer.from(body, 'utf8'), 0);
}

/**
 * The same from the file's bytes. Lines joined without their terminators are the text without
 * its CR and LF bytes (in UTF-8 no other character contains those bytes), so valid UTF-8 is
 * summed as it is, without decoding it or splitting it into lines.
 */
export function flywayChecksumOfBytes(bytes: Buffer): number {
  if (!isUtf8(bytes)) return flywayChecksum(bytes.toString('utf8'));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return crcWithoutLineBreaks(bytes, bom);
}

function crcWithoutLineBreaks(bytes: Uint8Array, from: number): number {
  let crc = 0xffffffff;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) continue;
    crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ b) & 0xff]!;
  }
  return (crc ^ 0xffffffff) | 0;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * A migration file. Read now, so an unreadable file is reported before anything else happens;
 * with `lazy`, read on first use (or by `preload()`), so a run can read its files while the
 * server is busy with something else.
 */
export function loadMigration(entry: MigrationEntry, name: MigrationName, historyVersion: string | null, opts: { lazy?: boolean } = {}): MigrationFile {
  let bytes: Buffer | undefined;
  const read = (): Buffer => {
    if (bytes) return bytes;
    checkFileSize(entry.absPath, entry.path);
    try {
      return (bytes = readFileSync(entry.absPath));
    } catch (err) {
      throw new UserError(`cannot read ${entry.path}: ${(err as NodeJS.ErrnoException).code ?? err}`);
    }
  };
  if (!opts.lazy) read();
  let parsed: ParsedFile | undefined;
  let plain: string | undefined | null = null;
  let checksum: number | undefined;
  let sha256: string | undefined;
  return {
    entry,
    name,
    get parsed() {
      return (parsed ??= parseBytes(read()));
    },
    get plainText() {
      if (plain === null) plain = plainText(read());
      return plain;
    },
    get checksum() {
      return (checksum ??= flywayChecksumOfBytes(read()));
    },
    get sha256() {
      return (sha256 ??= createHash('sha256').update(read()).digest('hex'));
    },
    historyVersion,
  };
}

/** Reads a file and works out what running it needs but the server's answer does not. */
export function preload(m: MigrationFile): void {
  void m.checksum;
  void m.plainText;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Words any statement needs to be one that cannot run in a transaction block (CONCURRENTLY,
 * VACUUM, CLUSTER, REINDEX, ALTER SYSTEM, … DATABASE, … TABLESPACE, DISCARD, … SUBSCRIPTION) or
 * that controls transactions (BEGIN, START, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE,
 * PREPARE); every PL/pgSQL body has BEGIN too. Also psql meta-commands and placeholders, which
 * must not reach the server as written.
 */
const NEEDS_PARSING = /\b(?:concurrently|vacuum|cluster|reindex|system|database|tablespace|discard|subscription|begin|start|commit|end|rollback|abort|savepoint|release|prepare|stdin)\b|^[ \t]*\\|\$\{/im;

/**
 * The text of a file that can be sent as it is, in one transaction, without parsing it first:
 * none of the words above anywhere in it (in a comment or a string too: a false alarm only
 * costs the parse). Most base migrations are such files, and a long history then costs no
 * parsing at all; a file that fails is parsed then, to find the statement.
 */
function plainText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  return NEEDS_PARSING.test(text) ? undefined : text;
}

/**
 * Flyway shows `add_user_email` as `add user email`, and cuts one longer than its column
 * (200) to 197 characters and "...".
 */
export function flywayDescription(name: MigrationName): string {
  const d = name.description.replace(/_/g, ' ');
  return d.length <= 200 ? d : `${d.slice(0, 197)}...`;
}

/** The version as Flyway records it: `1_1` is `1.1` (leading and trailing zeros as written). */
export function flywayVersion(version: string): string {
  return version.replace(/_/g, '.');
}

/** The script as Flyway records it: the path below the migrations folder (`sub/V11__x.sql`). */
export function flywayScript(entry: Pick<MigrationEntry, 'absPath' | 'dir'>): string {
  const rel = relative(entry.dir, entry.absPath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : basename(entry.absPath);
}

/** Why a file cannot run in one transaction, or undefined when it can. */
export function nonTransactionalReason(statements: Statement[]): string | undefined {
  for (const s of statements) {
    const label = nonTransactional(s);
    if (label) return label;
    // the file manages its own transactions; wrapping it would commit ours half way
    if (s.kind === 'TransactionStmt') return 'its own BEGIN/COMMIT';
  }
  return undefined;
}

export const HISTORY_TABLE = 'flyway_schema_history';

export interface ApplyOptions {
  /** Records the run in flyway_schema_history (off for undo scripts and rehearsals). */
  record?: boolean;
  /** Statement-level trace (the new migrations). Without it, a transactional file runs in one round trip. */
  tracer?: Tracer;
  /** Shown in flyway_schema_history.type. */
  type?: string;
}

/**
 * Runs migration files on one connection the way Flyway does: each file in its own transaction
 * (unless it cannot be), recorded in flyway_schema_history in that same transaction.
 */
export class Applier {
  private rank = 0;
  private historyName?: string;
  /** Functions the files defined, to place errors raised inside them. */
  readonly bodies = new FunctionBodies();
  /** The file running now and, when known, its statement (for a message on Ctrl-C). */
  private live?: () => { m: MigrationFile; stmt?: Statement | undefined };

  /** `config`: the Flyway settings (mixed, executeInTransaction) and server version the files run under. */
  constructor(
    readonly client: pg.Client,
    private readonly config: Pick<Config, 'flyway' | 'postgresVersion'> = { flyway: {}, postgresVersion: 16 },
  ) {}

  /**
   * How the file runs, as Flyway would run it (see migrationTransactionMode), and why not in one
   * transaction when it does not; a file with its own BEGIN/COMMIT runs as written. A refusal
   * is Flyway's own: it runs nothing of such a file.
   */
  private runMode(m: MigrationFile, stmts: Statement[]): { reason?: string; refusal?: { line: number; message: string } } {
    const mode = migrationTransactionMode(m.entry, { statements: stmts, source: m.parsed.source }, this.config);
    if (mode.refusal) return { reason: mode.reason, refusal: mode.refusal };
    if (!mode.inTransaction) return { reason: mode.reason };
    return stmts.some((s) => s.kind === 'TransactionStmt') ? { reason: 'its own BEGIN/COMMIT' } : {};
  }

  /**
   * The file as Flyway sends it: its placeholders replaced by their values (unless
   * placeholderReplacement is false), positions still in the file as written; a repeatable
   * file's checksum over the replaced text, as Flyway's. The placeholders with no value, which
   * make Flyway refuse the file.
   */
  private replaced(m: MigrationFile): { m: MigrationFile; missing: Placeholder[] } {
    if (this.config.flyway.placeholderReplacement === false || m.plainText !== undefined) return { m, missing: [] };
    const text = m.parsed.source.text;
    if (!text.includes('${')) return { m, missing: [] };
    const schema = /^"?(.*?)"?\."/.exec(this.historyName ?? '')?.[1]?.replace(/""/g, '"');
    const parsed = withPlaceholders(m.parsed, this.config, m.entry.absPath, {
      user: this.client.user ?? 'postgres',
      database: this.client.database ?? 'postgres',
      ...(schema ? { defaultSchema: schema } : {}),
    });
    const missing = missingPlaceholders(parsed);
    if (missing.length || parsed === m.parsed) return { m, missing };
    const checksum = m.name.kind === 'repeatable' ? flywayChecksum(parsed.source.text) : m.checksum;
    return { m: { entry: m.entry, name: m.name, parsed, plainText: undefined, checksum, get sha256() { return m.sha256; }, historyVersion: m.historyVersion }, missing };
  }

  /** The inline input of each `COPY … FROM STDIN` statement, from the file as written. */
  private copyInputs(m: MigrationFile, stmts: Statement[]): Map<Statement, string> {
    const out = new Map<Statement, string>();
    const copies = stmts.filter(isCopyFromStdin);
    if (!copies.length) return out;
    let text: string;
    try {
      text = readFileSync(m.entry.absPath, 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      throw new UserError(`cannot read ${m.entry.path}: ${(err as NodeJS.ErrnoException).code ?? err}`);
    }
    const blocks = copyDataBlocks(text);
    copies.forEach((s, i) => out.set(s, blocks[i]?.data ?? ''));
    return out;
  }

  /** Whether the file may be sent as it is: nothing about how it runs needs its statements. */
  private plainAllowed(m: MigrationFile): boolean {
    return this.config.flyway.executeInTransaction !== false && !existsSync(`${m.entry.absPath}.conf`);
  }

  /** Creates flyway_schema_history (Flyway's own DDL for PostgreSQL) in the current schema. */
  async createHistory(): Promise<void> {
    // Flyway's `table`, in its defaultSchema (else the first of `schemas`, else the current one),
    // which Flyway creates when it is missing
    const table = this.config.flyway.table ?? HISTORY_TABLE;
    const configured = this.config.flyway.defaultSchema ?? this.config.flyway.schemas?.[0];
    const schema = configured ?? (await this.client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
    const q = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    this.historyName = q;
    await this.client.query(`${configured ? `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};` : ''}
      CREATE TABLE ${q} (
        "installed_rank" INT NOT NULL,
        "version" VARCHAR(50),
        "description" VARCHAR(200) NOT NULL,
        "type" VARCHAR(20) NOT NULL,
        "script" VARCHAR(1000) NOT NULL,
        "checksum" INTEGER,
        "installed_by" VARCHAR(100) NOT NULL,
        "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
        "execution_time" INTEGER NOT NULL,
        "success" BOOLEAN NOT NULL
      );
      ALTER TABLE ${q} ADD CONSTRAINT ${quoteIdent(`${table}_pk`)} PRIMARY KEY ("installed_rank");
      CREATE INDEX ${quoteIdent(`${table}_s_idx`)} ON ${q} ("success");`);
  }

  /**
   * Takes over a history table a restored snapshot brought (see db/snapshot-cache.ts): its name as
   * createHistory would give it, and the next installed_rank after its rows.
   */
  async adoptHistory(): Promise<number> {
    const table = this.config.flyway.table ?? HISTORY_TABLE;
    const configured = this.config.flyway.defaultSchema ?? this.config.flyway.schemas?.[0];
    const schema = configured ?? (await this.client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
    this.historyName = `${quoteIdent(schema)}.${quoteIdent(table)}`;
    const r = await this.client.query<{ n: number | null; c: string }>(`SELECT max(installed_rank) AS n, count(*) AS c FROM ${this.historyName}`);
    this.rank = r.rows[0]?.n ?? 0;
    return Number(r.rows[0]?.c ?? 0);
  }

  get history(): string | undefined {
    return this.historyName;
  }

  /** What runs now: `db/migration/V1__x.sql:3 (UPDATE t …)` (the statement's line), the file alone, or undefined between files. */
  running(): string | undefined {
    const live = this.live?.();
    if (!live) return undefined;
    const { m, stmt } = live;
    if (!stmt) return m.entry.path;
    return `${m.entry.path}:${m.parsed.source.position(stmt.start).line} (${statementLabel(stmt.text)})`;
  }

  /**
   * The INSERT of one history row. execution_time from the server clock: 'server' since the
   * query arrived (a file sent alone), 'batched' since the file's start was noted (FILE_STARTED).
   */
  private historyInsert(m: MigrationFile, type: string, executionMs: number | 'server' | 'batched', success: boolean): string {
    const rank = ++this.rank;
    const exec =
      executionMs === 'server'
        ? `(extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000)::int`
        : executionMs === 'batched'
          ? `round((extract(epoch FROM clock_timestamp()) - coalesce(nullif(current_setting('${FILE_STARTED}', true), '')::numeric, extract(epoch FROM statement_timestamp()))) * 1000)::int`
          : String(Math.round(executionMs));
    // a file that switched roles (SET ROLE) must not have its history row written as that role:
    // Flyway records it on its own terms, as the user it connected as
    const role = ROLE_WORD.test(m.plainText ?? m.parsed.source.text) ? 'RESET ROLE;\n' : '';
    return `${role}INSERT INTO ${this.historyName} (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
      VALUES (${rank}, ${m.historyVersion === null ? 'NULL' : literal(flywayVersion(m.historyVersion))}, ${literal(flywayDescription(m.name))}, ${literal(type)},
      ${literal(flywayScript(m.entry))}, ${m.checksum}, current_user, ${exec}, ${success})`;
  }

  async apply(file: MigrationFile, opts: ApplyOptions = {}): Promise<MigrationRun> {
    const record = opts.record ?? true;
    if (record && !this.historyName) await this.createHistory();
    const type = opts.type ?? 'SQL';
    const { m, missing } = this.replaced(file);
    const plain = opts.tracer || !this.plainAllowed(m) ? undefined : m.plainText;
    const stmts = plain === undefined ? m.parsed.statements : [];
    const mode = plain === undefined && !m.parsed.error ? this.runMode(m, stmts) : {};
    const reason = mode.reason;
    const run: MigrationRun = {
      file: m.entry.path,
      script: flywayScript(m.entry),
      version: m.historyVersion === null ? null : flywayVersion(m.historyVersion),
      description: flywayDescription(m.name),
      transactional: !reason,
      ...(reason ? { nonTransactionalReason: reason } : {}),
      status: 'applied',
      durationMs: 0,
      checksum: m.checksum,
      ...(opts.tracer ? { statements: [] } : {}),
    };
    if (missing.length) {
      run.status = 'failed';
      run.error = placeholderError(m, missing);
      return run;
    }
    if (plain === undefined && m.parsed.error) {
      run.status = 'failed';
      run.error = syntaxError(m);
      return run;
    }
    if (mode.refusal) {
      // `flyway migrate` stops here before running anything of the file
      run.status = 'failed';
      run.error = {
        file: m.entry.path,
        line: mode.refusal.line,
        column: 1,
        message: `Flyway refuses this migration: ${mode.refusal.message}`,
        hint: `put the non-transactional statement in a file of its own; or set mixed: true (Flyway's flyway.mixed) to run the file statement by statement, or executeInTransaction=false in ${basename(m.entry.path)}.conf`,
      };
      return run;
    }
    // functions are noted as files run (a plain file has no PL/pgSQL body: it would say BEGIN)
    let seq = plain === undefined ? this.bodies.addFile(m.entry.path, m.parsed.source, stmts) : undefined;
    const ctx = (): BodyContext => ({ bodies: this.bodies, seq: (seq ??= this.bodies.addFile(m.entry.path, m.parsed.source, m.parsed.statements)) });
    const started = performance.now();
    // session settings (search_path, lock_timeout, role) end with the file, as they would in a
    // migration tool that runs each file on its own
    const reset = 'RESET ALL';
    const copies = plain === undefined ? this.copyInputs(m, stmts) : new Map<Statement, string>();
    if (!reason && !opts.tracer && copies.size === 0) {
      // one round trip for the whole file: the speed of a psql session; a plain file as it is
      // (its own line for the end: a last line comment must not swallow what follows)
      const parts = ['BEGIN', ...(plain === undefined ? stmts.map((s) => s.text) : [`${plain}\n`])];
      if (record) parts.push(this.historyInsert(m, type, 'server', true));
      parts.push('COMMIT', reset);
      // the server completes the statements of the batch one by one; counting them tells which
      // one was running when the connection broke, since the file cannot be run again to find it
      const completions = countCompletions(this.client);
      const inBatch = () => {
        const n = completions.count() ?? 0;
        return n >= 1 ? m.parsed.statements[n - 1] : undefined;
      };
      this.live = () => ({ m, stmt: inBatch() });
      try {
        await this.client.query(parts.join(';\n'));
      } catch (err) {
        const kind = infrastructureFailure(err);
        if (kind) {
          const stmt = m.parsed.error ? undefined : inBatch();
          const n = completions.count();
          const doing = n === undefined ? 'running it' : n === 0 ? 'starting its transaction' : 'recording it in the history and committing';
          throw infrastructureError(kind, m.entry.path, stmt ? { line: m.parsed.source.position(stmt.start).line, sql: stmt.text } : doing, err);
        }
        completions.stop();
        await this.client.query('ROLLBACK').catch(() => {});
        if (record) this.rank--;
        run.status = 'failed';
        // a plain file the parser rejects too (an unterminated string, say): its syntax error
        run.error = m.parsed.error ? syntaxError(m) : await this.locate(m, err, ctx());
        await this.client.query(reset).catch(() => {});
      } finally {
        completions.stop();
        this.live = undefined;
      }
      run.durationMs = performance.now() - started;
      if (run.status === 'applied' && record) run.installedRank = this.rank;
      return run;
    }

    const inTx = !reason;
    let current: Statement | undefined;
    let resetDone = false;
    this.live = () => ({ m, stmt: current });
    try {
      if (inTx) await this.client.query('BEGIN');
      await opts.tracer?.beginFile(this.client);
      // a file with its own BEGIN … COMMIT is inside a transaction between the two
      let explicit = false;
      for (const s of stmts) {
        current = s;
        const tx = transactionEffect(s);
        if (tx === 'begin') explicit = true;
        const input = copies.get(s);
        // (a COPY with inline data runs with its input, untraced: the tracer sends statements alone)
        if (input !== undefined) await copyIn(this.client, s.text, input);
        else if (opts.tracer) run.statements!.push(await opts.tracer.run(this.client, s, m.parsed.source, !inTx && !explicit));
        else await this.client.query(s.text);
        if (tx === 'end') {
          explicit = false;
          opts.tracer?.endTransaction();
        }
      }
      current = undefined;
      // the locks of a last run of repeated statements, read while the transaction holds them
      await opts.tracer?.settle(this.client);
      run.durationMs = performance.now() - started;
      // the history row, the commit and the reset in one round trip
      const finish = [...(record ? [this.historyInsert(m, type, run.durationMs, true)] : []), ...(inTx ? ['COMMIT'] : []), reset];
      await this.client.query(finish.join(';\n'));
      resetDone = true;
      if (record) run.installedRank = this.rank;
    } catch (err) {
      run.durationMs = performance.now() - started;
      run.status = 'failed';
      this.live = undefined;
      run.error = errorAt(m.entry.path, m.parsed.source, current, err, ctx(), 'applying it (BEGIN, COMMIT or its history row)');
      if (inTx) {
        await this.client.query('ROLLBACK').catch(() => {});
        if (record && current === undefined) this.rank--;
      } else if (record) {
        // what ran outside a transaction stays; Flyway records such a failure with success = false
        await this.client.query(this.historyInsert(m, type, run.durationMs, false)).catch(() => {});
      }
    }
    this.live = undefined;
    if (!resetDone) await this.client.query(reset).catch(() => {});
    return run;
  }

  /**
   * Base files that each run in one transaction (see `batchable`), sent in one round trip:
   * each still in a transaction of its own, recorded in flyway_schema_history in it, its session
   * settings reset after it, exactly as `apply()` runs one. A server that runs a query of several
   * statements stops at the first error, so the files before a failing one are committed and
   * the rest is not run. Returns the runs of the files that committed, in order; fewer than
   * given means one failed (or the query did not parse, and none ran): run the rest with
   * `apply()`, which reports the failure. A broken connection throws, naming file and statement.
   */
  async applyBatch(files: MigrationFile[]): Promise<MigrationRun[]> {
    if (!this.historyName) await this.createHistory();
    // Flyway runs no file in a transaction: none can share one round trip
    if (this.config.flyway.executeInTransaction === false) return [];
    const done = watchCommits(this.client);
    // without knowing which files committed, a failure could not be taken up where it happened
    if (!done.available) return [];
    const firstRank = this.rank;
    const parts: string[] = [];
    for (const [i, m] of files.entries()) {
      // each file's own start, for its execution_time (the first one's is the query's)
      if (i > 0) parts.push(`SELECT set_config('${FILE_STARTED}', extract(epoch FROM clock_timestamp())::text, false)`);
      parts.push('BEGIN');
      if (m.plainText !== undefined) parts.push(`${m.plainText}\n`);
      else for (const s of m.parsed.statements) parts.push(s.text);
      parts.push(this.historyInsert(m, 'SQL', 'batched', true), 'COMMIT', 'RESET ALL');
    }
    this.live = () => done.position(files);
    const sent = performance.now();
    try {
      await this.client.query(parts.join(';\n'));
    } catch (err) {
      const kind = infrastructureFailure(err);
      if (kind) {
        const { m, stmt, doing } = done.position(files);
        throw infrastructureError(kind, m.entry.path, stmt ? { line: m.parsed.source.position(stmt.start).line, sql: stmt.text } : doing, err);
      }
      done.stop();
      // the failed file's transaction; none when the query did not parse
      await this.client.query('ROLLBACK').catch(() => {});
      await this.client.query('RESET ALL').catch(() => {});
    } finally {
      done.stop();
      this.live = undefined;
    }
    const committed = done.commits();
    this.rank = firstRank + committed.length;
    return committed.map((at, i) => {
      const m = files[i]!;
      // functions are noted as files run (see apply())
      if (m.plainText === undefined) this.bodies.addFile(m.entry.path, m.parsed.source, m.parsed.statements);
      return {
        file: m.entry.path,
        script: flywayScript(m.entry),
        version: m.historyVersion === null ? null : flywayVersion(m.historyVersion),
        description: flywayDescription(m.name),
        transactional: true,
        status: 'applied',
        durationMs: at - (i === 0 ? sent : committed[i - 1]!),
        checksum: m.checksum,
        installedRank: firstRank + i + 1,
      };
    });
  }

  /**
   * Whether a base file can share a round trip with others in `applyBatch`: it runs in one
   * transaction, and nothing in it fails before it runs (a syntax error the parser finds, a
   * placeholder). A file that needs parsing to tell is parsed here.
   */
  static batchable(m: MigrationFile): boolean {
    // a script configuration may take the file out of a transaction
    if (existsSync(`${m.entry.absPath}.conf`)) return false;
    if (m.plainText !== undefined) return true;
    const p = m.parsed;
    // placeholders are replaced (or refused) by apply()
    return !p.error && !nonTransactionalReason(p.statements) && !p.source.text.includes('${') && !p.statements.some(isCopyFromStdin);
  }

  /**
   * A file sent in one round trip failed: the server's error does not say which statement.
   * Run it again statement by statement in a transaction that is rolled back to find it.
   */
  private async locate(m: MigrationFile, first: unknown, ctx: BodyContext): Promise<ApplyError> {
    try {
      try {
        await this.client.query('BEGIN');
      } catch (err) {
        return errorAt(m.entry.path, m.parsed.source, undefined, err, ctx, 'finding the statement that failed');
      }
      for (const s of m.parsed.statements) {
        try {
          await this.client.query(s.text);
        } catch (err) {
          return errorAt(m.entry.path, m.parsed.source, s, err, ctx);
        }
      }
      return errorAt(m.entry.path, m.parsed.source, undefined, first, ctx);
    } finally {
      await this.client.query('ROLLBACK').catch(() => {});
    }
  }
}

function isCopyFromStdin(s: Statement): boolean {
  return s.kind === 'CopyStmt' && !!s.node?.is_from && !s.node?.filename && !s.node?.is_program;
}

/** Runs a COPY … FROM STDIN with its input, as psql and Flyway send it. */
async function copyIn(client: pg.Client, sql: string, input: string): Promise<void> {
  const stream = client.query(copyFrom(sql));
  await pipeline(Readable.from([Buffer.from(input, 'utf8')]), stream);
}

/** Any mention of a role: the file may have switched to another (SET ROLE, set_config('role', …)). */
const ROLE_WORD = /\brole\b/i;

/** A custom setting noting when a batched file started (seconds since the epoch), for its execution_time. */
const FILE_STARTED = 'pgmig.file_started';

/**
 * Follows a batch (see applyBatch) as the server completes its statements: when each file
 * committed, and which file and statement run now. Per file the batch sends BEGIN, the file's
 * statements, the history row, COMMIT and RESET ALL, and before every file but the first a
 * SELECT noting its start. No file's own statement completes as COMMIT: a file with
 * transaction control is never batched.
 */
function watchCommits(client: pg.Client) {
  const con = (client as unknown as { connection?: { on?: (e: string, f: (msg: { text?: string }) => void) => unknown; off?: (e: string, f: (msg: { text?: string }) => void) => unknown } }).connection;
  const commits: number[] = [];
  let sinceCommit = 0;
  const seen = (msg: { text?: string }) => {
    if (msg.text === 'COMMIT') {
      commits.push(performance.now());
      sinceCommit = 0;
    } else sinceCommit++;
  };
  // not part of pg's typed API (see countCompletions); without it there is no batch
  const available = typeof con?.on === 'function' && typeof con.off === 'function';
  let listening = available;
  if (listening) con!.on!('commandComplete', seen);
  return {
    available,
    commits: () => commits,
    /** The file running now, and its statement when known (else what is done to it). */
    position(files: MigrationFile[]): { m: MigrationFile; stmt?: Statement; doing?: string } {
      const i = Math.min(commits.length, files.length - 1);
      const m = files[i]!;
      // completions before the file's first statement: BEGIN; and RESET ALL and the SELECT before it
      const before = i === 0 ? 1 : 3;
      const n = commits.length > i ? Infinity : sinceCommit - before;
      if (n < 0) return { m, doing: 'starting its transaction' };
      const stmt = m.parsed.error ? undefined : m.parsed.statements[n];
      return stmt ? { m, stmt } : { m, doing: m.parsed.error ? 'running it' : 'recording it in the history and committing' };
    },
    stop: () => {
      if (listening) con!.off!('commandComplete', seen);
      listening = false;
    },
  };
}

/** Counts the statements the server completes on the client's connection, from now until stop(). */
function countCompletions(client: pg.Client): { count: () => number | undefined; stop: () => void } {
  // pg's connection emits an event per protocol message; not part of its typed API, so without
  // it the count is unknown and a message names the file alone
  const con = (client as unknown as { connection?: { on?: (e: string, f: () => void) => unknown; off?: (e: string, f: () => void) => unknown } }).connection;
  let n = 0;
  const seen = () => void n++;
  const available = typeof con?.on === 'function' && typeof con.off === 'function';
  let listening = available;
  if (listening) con!.on!('commandComplete', seen);
  return {
    count: () => (available ? n : undefined),
    stop: () => {
      if (listening) con!.off!('commandComplete', seen);
      listening = false;
    },
  };
}

function transactionEffect(s: Statement): 'begin' | 'end' | undefined {
  if (s.kind !== 'TransactionStmt') return undefined;
  const k = String(s.node?.kind ?? '');
  if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START') return 'begin';
  if (k === 'TRANS_STMT_COMMIT' || k === 'TRANS_STMT_ROLLBACK' || k === 'TRANS_STMT_PREPARE' || k === 'TRANS_STMT_COMMIT_PREPARED' || k === 'TRANS_STMT_ROLLBACK_PREPARED') return 'end';
  return undefined;
}

function syntaxError(m: MigrationFile): ApplyError {
  const e = m.parsed.error!;
  const p = m.parsed.source.position(e.index);
  return { file: m.entry.path, line: p.line, column: p.column, sqlstate: '42601', message: `syntax error: ${e.message}` };
}

/** A placeholder with no value: `flyway migrate` stops at the file, in these words. */
function placeholderError(m: MigrationFile, found: Placeholder[]): ApplyError {
  const first = found[0]!;
  const p = m.parsed.source.position(first.index);
  const names = [...new Set(found.map((f) => `\${${f.name}}`))];
  const others = names.length > 1 ? ` (also no value for ${names.slice(1).join(', ')})` : '';
  return {
    file: m.entry.path,
    line: p.line,
    column: p.column,
    message: `${missingPlaceholderMessage(first)}${others}`,
    hint: `give it a value as the deploy does: placeholders: {${first.name.replace(/^flyway:/, '')}: …} in .pgmig.yml, or flyway.placeholders.${first.name} in flyway.conf; Flyway replaces \${…} in comments and dollar-quoted bodies too (placeholderReplacement: false turns that off)`,
  };
}

/**
 * Where inside a function body the server's error is. A DO block (or a string constant of the
 * failing statement) is placed exactly: the error's line becomes the token's. A function defined
 * earlier is looked up among the files that ran, and its place given as `inFunction`.
 */
function bodyPosition(file: string, src: SourceText, stmt: Statement | UnparsedStatement | undefined, e: pg.DatabaseError, ctx: BodyContext | undefined) {
  const frame = plpgsqlFrame(e.where);
  const query = e.internalQuery;
  const cursor = e.internalPosition ? Number(e.internalPosition) : undefined;
  if (stmt && (frame?.inline || (!frame && query))) {
    const body = frame ? ownBody(file, src, stmt) : stringHolding(file, src, stmt, query!);
    if (body) return { at: positionInBody(body, frame?.line, query, cursor) };
    return {};
  }
  if (!frame || frame.inline || !ctx) return {};
  const body = ctx.bodies.find(frame.name, frame.args, stmt ? { seq: ctx.seq, index: stmt.index } : undefined);
  if (!body) return {};
  const p = positionInBody(body, frame.line, query, cursor);
  return { inFunction: { name: frame.label.replace(/^function /, ''), file: body.file, line: p.line, column: p.column } };
}

/** A statement's failure as the user needs it: the file, the line and the exact token. */
export function errorAt(file: string, src: SourceText, stmt: Statement | UnparsedStatement | undefined, err: unknown, ctx?: BodyContext, doing = 'running it'): ApplyError {
  if (err instanceof UserError) throw err;
  // the environment failed, not the statement: an error (exit 2) that ends the run
  const kind = infrastructureFailure(err);
  if (kind) throw infrastructureError(kind, file, stmt ? { line: src.position(stmt.start).line, sql: stmt.text } : doing, err);
  const e = err as pg.DatabaseError & { message: string };
  // not a server error, nor a broken connection: a bug
  if (!e || typeof e !== 'object' || (!('code' in e) && !('severity' in e))) throw err;
  const stmtPos = stmt ? src.position(stmt.start) : { line: 1, column: 1 };
  let at = stmtPos;
  if (stmt && e.position) {
    // the server counts characters (code points) from 1 in the text it was sent
    const cp = Number(e.position) - 1;
    let i = 0;
    for (let n = 0; n < cp && i < stmt.text.length; n++) i += stmt.text.codePointAt(i)! > 0xffff ? 2 : 1;
    at = src.position(stmt.start + i);
  }
  const inBody = e.position ? {} : bodyPosition(file, src, stmt, e, ctx);
  if (inBody.at) at = inBody.at;
  return {
    file,
    line: at.line,
    column: at.column,
    ...(stmt ? { statementLine: stmtPos.line } : {}),
    ...(e.code ? { sqlstate: e.code } : {}),
    message: e.message,
    ...(e.detail ? { detail: e.detail } : {}),
    ...(e.hint ? { hint: e.hint } : {}),
    ...(e.where ? { where: e.where } : {}),
    ...(inBody.inFunction ? { inFunction: inBody.inFunction } : {}),
  };
}

export function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Failures that are the environment's doing rather than the SQL's: the session ended (the
 * server stopped, restarted or crashed, the backend was terminated, the network broke), the
 * server ran out of something (disk, memory, connection slots, a configured limit such as
 * temp_file_limit), an I/O or corruption error, or a cancel sent from outside pgmig. Such a
 * failure says nothing about the migration, so it is an environment error (exit 2) that stops
 * the run, not a failed migration (exit 1). A statement_timeout or lock_timeout the statement
 * ran into (SQLSTATE 57014 "due to statement timeout", 55P03) is the migration's: it was too
 * slow under the limit the user set.
 */
export type Infrastructure = 'connection' | 'resources' | 'server' | 'cancelled';

export function infrastructureFailure(err: unknown): Infrastructure | undefined {
  if (!err || typeof err !== 'object' || err instanceof UserError) return undefined;
  const e = err as { code?: unknown; severity?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (typeof e.severity !== 'string') {
    // not a message from the server: the socket broke, or the client refuses a dead connection
    const text = `${code} ${String(e.message ?? '')}`;
    return /ECONNRESET|EPIPE|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Connection terminated|not queryable|socket|write after end/i.test(text) ? 'connection' : undefined;
  }
  // FATAL and PANIC end the session whatever the code (idle_in_transaction_session_timeout, …)
  if (e.severity === 'FATAL' || e.severity === 'PANIC' || code.startsWith('08') || /^57P0\d$/.test(code)) return 'connection';
  if (code.startsWith('53')) return 'resources';
  if (code.startsWith('58') || code === 'XX001' || code === 'XX002') return 'server';
  if (code === '57000' || (code === '57014' && /user request/i.test(String(e.message)))) return 'cancelled';
  return undefined;
}

const ADVICE: Record<Infrastructure, (code: string) => string> = {
  connection: () => 'the server ended the session or went away (stopped, restarted, crashed, or the backend was terminated); check the server and run again',
  resources: (code) =>
    code === '53100'
      ? 'the server is out of disk space; free some where its data (or temp_tablespaces) live and run again'
      : code === '53200'
        ? 'the server is out of memory; give it more (or lower work_mem) and run again'
        : code === '53300'
          ? 'the server has no free connection slots; close other sessions or raise max_connections'
          : 'a server limit was exceeded (temp_file_limit, max_locks_per_transaction, …); raise it on the test server, or make the statement need less',
  server: () => 'the server reported an I/O or corruption error; check its log and storage',
  cancelled: () => 'the statement was cancelled from outside pgmig (pg_cancel_backend, or an administrator); run again',
};

const HEADLINE: Record<Infrastructure, string> = {
  connection: 'lost the connection to PostgreSQL',
  resources: 'the server ran out of resources',
  server: 'the server failed',
  cancelled: 'the statement was cancelled',
};

/** A statement's first line, shortened, for a message. */
export function statementLabel(sql: string): string {
  const first = sql.trim().split('\n')[0]!.trim();
  const one = sql.trim().includes('\n') ? `${first} …` : first;
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

/**
 * The environment error (exit 2) for an infrastructure failure while `file` ran: where (the
 * statement's line, or what pgmig was doing in the file), what, and what to do.
 */
export function infrastructureError(kind: Infrastructure, file: string | undefined, at: { line: number; sql: string } | string | undefined, err: unknown): UserError {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : '';
  const where = file ? `${file}${typeof at === 'object' ? `:${at.line}` : ''}: ` : '';
  const during = typeof at === 'object' ? ` during the statement at line ${at.line} (${statementLabel(at.sql)})` : at ? ` while ${at}` : '';
  return new UserError(`${where}${HEADLINE[kind]}${during}: ${String(e.message ?? err)}${code ? ` (SQLSTATE ${code})` : ''}; ${ADVICE[kind](code)}`);
}
