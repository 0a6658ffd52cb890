export const id = 154;
export const ids = [154];
export const modules = {

/***/ 2154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ HISTORY_TABLE),
/* harmony export */   Md: () => (/* binding */ Applier),
/* harmony export */   OQ: () => (/* binding */ statementLabel),
/* harmony export */   Os: () => (/* binding */ errorAt),
/* harmony export */   TJ: () => (/* binding */ nonTransactionalReason),
/* harmony export */   UL: () => (/* binding */ infrastructureFailure),
/* harmony export */   kv: () => (/* binding */ infrastructureError),
/* harmony export */   qp: () => (/* binding */ flywayChecksum),
/* harmony export */   tF: () => (/* binding */ loadMigration),
/* harmony export */   uv: () => (/* binding */ preload),
/* harmony export */   v4: () => (/* binding */ quoteIdent),
/* harmony export */   yj: () => (/* binding */ flywayChecksumOfBytes)
/* harmony export */ });
/* unused harmony exports flywayDescription, flywayVersion, flywayScript, literal */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var pg_copy_streams__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6901);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _migrations_file_mode_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2213);
/* harmony import */ var _migrations_read_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3193);
/* harmony import */ var _sql_transactional_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3713);
/* harmony import */ var _migrations_placeholders_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5167);
/* harmony import */ var _bodies_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3064);













/**
 * Flyway's checksum: CRC32 over the UTF-8 bytes of each line without its terminator (\n, \r or
 * \r\n, as Java's BufferedReader.readLine splits), a byte order mark dropped from the first
 * line, stored as a signed 32-bit integer. Line endings therefore do not change it.
 */
function flywayChecksum(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return crcWithoutLineBreaks(Buffer.from(body, 'utf8'), 0);
}
/**
 * The same from the file's bytes. Lines joined without their terminators are the text without
 * its CR and LF bytes (in UTF-8 no other character contains those bytes), so valid UTF-8 is
 * summed as it is, without decoding it or splitting it into lines.
 */
function flywayChecksumOfBytes(bytes) {
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return flywayChecksum(bytes.toString('utf8'));
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return crcWithoutLineBreaks(bytes, bom);
}
function crcWithoutLineBreaks(bytes, from) {
    let crc = 0xffffffff;
    for (let i = from; i < bytes.length; i++) {
        const b = bytes[i];
        if (b === 0x0a || b === 0x0d)
            continue;
        crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ b) & 0xff];
    }
    return (crc ^ 0xffffffff) | 0;
}
const CRC_TABLE = (() => {
    const t = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c;
    }
    return t;
})();
/**
 * A migration file. Read now, so an unreadable file is reported before anything else happens;
 * with `lazy`, read on first use (or by `preload()`), so a run can read its files while the
 * server is busy with something else.
 */
function loadMigration(entry, name, historyVersion, opts = {}) {
    let bytes;
    const read = () => {
        if (bytes)
            return bytes;
        (0,_migrations_read_js__WEBPACK_IMPORTED_MODULE_9__/* .checkFileSize */ .cz)(entry.absPath, entry.path);
        try {
            return (bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(entry.absPath));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`cannot read ${entry.path}: ${err.code ?? err}`);
        }
    };
    if (!opts.lazy)
        read();
    let parsed;
    let plain = null;
    let checksum;
    let sha256;
    return {
        entry,
        name,
        get parsed() {
            return (parsed ??= (0,_migrations_read_js__WEBPACK_IMPORTED_MODULE_9__/* .parseBytes */ .z_)(read()));
        },
        get plainText() {
            if (plain === null)
                plain = plainText(read());
            return plain;
        },
        get checksum() {
            return (checksum ??= flywayChecksumOfBytes(read()));
        },
        get sha256() {
            return (sha256 ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(read()).digest('hex'));
        },
        historyVersion,
    };
}
/** Reads a file and works out what running it needs but the server's answer does not. */
function preload(m) {
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
function plainText(bytes) {
    if (bytes.includes(0))
        return undefined;
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
    return NEEDS_PARSING.test(text) ? undefined : text;
}
/**
 * Flyway shows `add_user_email` as `add user email`, and cuts one longer than its column
 * (200) to 197 characters and "...".
 */
function flywayDescription(name) {
    const d = name.description.replace(/_/g, ' ');
    return d.length <= 200 ? d : `${d.slice(0, 197)}...`;
}
/** The version as Flyway records it: `1_1` is `1.1` (leading and trailing zeros as written). */
function flywayVersion(version) {
    return version.replace(/_/g, '.');
}
/** The script as Flyway records it: the path below the migrations folder (`sub/V11__x.sql`). */
function flywayScript(entry) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_6__.relative)(entry.dir, entry.absPath);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_6__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_6__.sep).join('/') : (0,node_path__WEBPACK_IMPORTED_MODULE_6__.basename)(entry.absPath);
}
/** Why a file cannot run in one transaction, or undefined when it can. */
function nonTransactionalReason(statements) {
    for (const s of statements) {
        const label = (0,_sql_transactional_js__WEBPACK_IMPORTED_MODULE_10__/* .nonTransactional */ .lG)(s);
        if (label)
            return label;
        // the file manages its own transactions; wrapping it would commit ours half way
        if (s.kind === 'TransactionStmt')
            return 'its own BEGIN/COMMIT';
    }
    return undefined;
}
const HISTORY_TABLE = 'flyway_schema_history';
/**
 * Runs migration files on one connection the way Flyway does: each file in its own transaction
 * (unless it cannot be), recorded in flyway_schema_history in that same transaction.
 */
class Applier {
    client;
    config;
    rank = 0;
    historyName;
    /** Functions the files defined, to place errors raised inside them. */
    bodies = new _bodies_js__WEBPACK_IMPORTED_MODULE_12__/* .FunctionBodies */ .f3();
    /** The file running now and, when known, its statement (for a message on Ctrl-C). */
    live;
    /** `config`: the Flyway settings (mixed, executeInTransaction) and server version the files run under. */
    constructor(client, config = { flyway: {}, postgresVersion: 16 }) {
        this.client = client;
        this.config = config;
    }
    /**
     * How the file runs, as Flyway would run it (see migrationTransactionMode), and why not in one
     * transaction when it does not; a file with its own BEGIN/COMMIT runs as written. A refusal
     * is Flyway's own: it runs nothing of such a file.
     */
    runMode(m, stmts) {
        const mode = (0,_migrations_file_mode_js__WEBPACK_IMPORTED_MODULE_8__/* .migrationTransactionMode */ .C)(m.entry, { statements: stmts, source: m.parsed.source }, this.config);
        if (mode.refusal)
            return { reason: mode.reason, refusal: mode.refusal };
        if (!mode.inTransaction)
            return { reason: mode.reason };
        return stmts.some((s) => s.kind === 'TransactionStmt') ? { reason: 'its own BEGIN/COMMIT' } : {};
    }
    /**
     * The file as Flyway sends it: its placeholders replaced by their values (unless
     * placeholderReplacement is false), positions still in the file as written; a repeatable
     * file's checksum over the replaced text, as Flyway's. The placeholders with no value, which
     * make Flyway refuse the file.
     */
    replaced(m) {
        if (this.config.flyway.placeholderReplacement === false || m.plainText !== undefined)
            return { m, missing: [] };
        const text = m.parsed.source.text;
        if (!text.includes('${'))
            return { m, missing: [] };
        const schema = /^"?(.*?)"?\."/.exec(this.historyName ?? '')?.[1]?.replace(/""/g, '"');
        const parsed = (0,_migrations_placeholders_js__WEBPACK_IMPORTED_MODULE_11__/* .withPlaceholders */ .rk)(m.parsed, this.config, m.entry.absPath, {
            user: this.client.user ?? 'postgres',
            database: this.client.database ?? 'postgres',
            ...(schema ? { defaultSchema: schema } : {}),
        });
        const missing = (0,_migrations_placeholders_js__WEBPACK_IMPORTED_MODULE_11__/* .missingPlaceholders */ .Pf)(parsed);
        if (missing.length || parsed === m.parsed)
            return { m, missing };
        const checksum = m.name.kind === 'repeatable' ? flywayChecksum(parsed.source.text) : m.checksum;
        return { m: { entry: m.entry, name: m.name, parsed, plainText: undefined, checksum, get sha256() { return m.sha256; }, historyVersion: m.historyVersion }, missing };
    }
    /** The inline input of each `COPY … FROM STDIN` statement, from the file as written. */
    copyInputs(m, stmts) {
        const out = new Map();
        const copies = stmts.filter(isCopyFromStdin);
        if (!copies.length)
            return out;
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(m.entry.absPath, 'utf8').replace(/^\uFEFF/, '');
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`cannot read ${m.entry.path}: ${err.code ?? err}`);
        }
        const blocks = (0,_migrations_read_js__WEBPACK_IMPORTED_MODULE_9__/* .copyDataBlocks */ .oS)(text);
        copies.forEach((s, i) => out.set(s, blocks[i]?.data ?? ''));
        return out;
    }
    /** Whether the file may be sent as it is: nothing about how it runs needs its statements. */
    plainAllowed(m) {
        return this.config.flyway.executeInTransaction !== false && !(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(`${m.entry.absPath}.conf`);
    }
    /** Creates flyway_schema_history (Flyway's own DDL for PostgreSQL) in the current schema. */
    async createHistory() {
        // Flyway's `table`, in its defaultSchema (else the first of `schemas`, else the current one),
        // which Flyway creates when it is missing
        const table = this.config.flyway.table ?? HISTORY_TABLE;
        const configured = this.config.flyway.defaultSchema ?? this.config.flyway.schemas?.[0];
        const schema = configured ?? (await this.client.query('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
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
    async adoptHistory() {
        const table = this.config.flyway.table ?? HISTORY_TABLE;
        const configured = this.config.flyway.defaultSchema ?? this.config.flyway.schemas?.[0];
        const schema = configured ?? (await this.client.query('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
        this.historyName = `${quoteIdent(schema)}.${quoteIdent(table)}`;
        const r = await this.client.query(`SELECT max(installed_rank) AS n, count(*) AS c FROM ${this.historyName}`);
        this.rank = r.rows[0]?.n ?? 0;
        return Number(r.rows[0]?.c ?? 0);
    }
    get history() {
        return this.historyName;
    }
    /** What runs now: `db/migration/V1__x.sql:3 (UPDATE t …)` (the statement's line), the file alone, or undefined between files. */
    running() {
        const live = this.live?.();
        if (!live)
            return undefined;
        const { m, stmt } = live;
        if (!stmt)
            return m.entry.path;
        return `${m.entry.path}:${m.parsed.source.position(stmt.start).line} (${statementLabel(stmt.text)})`;
    }
    /**
     * The INSERT of one history row. execution_time from the server clock: 'server' since the
     * query arrived (a file sent alone), 'batched' since the file's start was noted (FILE_STARTED).
     */
    historyInsert(m, type, executionMs, success) {
        const rank = ++this.rank;
        const exec = executionMs === 'server'
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
    async apply(file, opts = {}) {
        const record = opts.record ?? true;
        if (record && !this.historyName)
            await this.createHistory();
        const type = opts.type ?? 'SQL';
        const { m, missing } = this.replaced(file);
        const plain = opts.tracer || !this.plainAllowed(m) ? undefined : m.plainText;
        const stmts = plain === undefined ? m.parsed.statements : [];
        const mode = plain === undefined && !m.parsed.error ? this.runMode(m, stmts) : {};
        const reason = mode.reason;
        const run = {
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
                hint: `put the non-transactional statement in a file of its own; or set mixed: true (Flyway's flyway.mixed) to run the file statement by statement, or executeInTransaction=false in ${(0,node_path__WEBPACK_IMPORTED_MODULE_6__.basename)(m.entry.path)}.conf`,
            };
            return run;
        }
        // functions are noted as files run (a plain file has no PL/pgSQL body: it would say BEGIN)
        let seq = plain === undefined ? this.bodies.addFile(m.entry.path, m.parsed.source, stmts) : undefined;
        const ctx = () => ({ bodies: this.bodies, seq: (seq ??= this.bodies.addFile(m.entry.path, m.parsed.source, m.parsed.statements)) });
        const started = performance.now();
        // session settings (search_path, lock_timeout, role) end with the file, as they would in a
        // migration tool that runs each file on its own
        const reset = 'RESET ALL';
        const copies = plain === undefined ? this.copyInputs(m, stmts) : new Map();
        if (!reason && !opts.tracer && copies.size === 0) {
            // one round trip for the whole file: the speed of a psql session; a plain file as it is
            // (its own line for the end: a last line comment must not swallow what follows)
            const parts = ['BEGIN', ...(plain === undefined ? stmts.map((s) => s.text) : [`${plain}\n`])];
            if (record)
                parts.push(this.historyInsert(m, type, 'server', true));
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
            }
            catch (err) {
                const kind = infrastructureFailure(err);
                if (kind) {
                    const stmt = m.parsed.error ? undefined : inBatch();
                    const n = completions.count();
                    const doing = n === undefined ? 'running it' : n === 0 ? 'starting its transaction' : 'recording it in the history and committing';
                    throw infrastructureError(kind, m.entry.path, stmt ? { line: m.parsed.source.position(stmt.start).line, sql: stmt.text } : doing, err);
                }
                completions.stop();
                await this.client.query('ROLLBACK').catch(() => { });
                if (record)
                    this.rank--;
                run.status = 'failed';
                // a plain file the parser rejects too (an unterminated string, say): its syntax error
                run.error = m.parsed.error ? syntaxError(m) : await this.locate(m, err, ctx());
                await this.client.query(reset).catch(() => { });
            }
            finally {
                completions.stop();
                this.live = undefined;
            }
            run.durationMs = performance.now() - started;
            if (run.status === 'applied' && record)
                run.installedRank = this.rank;
            return run;
        }
        const inTx = !reason;
        let current;
        let resetDone = false;
        this.live = () => ({ m, stmt: current });
        try {
            if (inTx)
                await this.client.query('BEGIN');
            await opts.tracer?.beginFile(this.client);
            // a file with its own BEGIN … COMMIT is inside a transaction between the two
            let explicit = false;
            for (const s of stmts) {
                current = s;
                const tx = transactionEffect(s);
                if (tx === 'begin')
                    explicit = true;
                const input = copies.get(s);
                // (a COPY with inline data runs with its input, untraced: the tracer sends statements alone)
                if (input !== undefined)
                    await copyIn(this.client, s.text, input);
                else if (opts.tracer)
                    run.statements.push(await opts.tracer.run(this.client, s, m.parsed.source, !inTx && !explicit));
                else
                    await this.client.query(s.text);
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
            if (record)
                run.installedRank = this.rank;
        }
        catch (err) {
            run.durationMs = performance.now() - started;
            run.status = 'failed';
            this.live = undefined;
            run.error = errorAt(m.entry.path, m.parsed.source, current, err, ctx(), 'applying it (BEGIN, COMMIT or its history row)');
            if (inTx) {
                await this.client.query('ROLLBACK').catch(() => { });
                if (record && current === undefined)
                    this.rank--;
            }
            else if (record) {
                // what ran outside a transaction stays; Flyway records such a failure with success = false
                await this.client.query(this.historyInsert(m, type, run.durationMs, false)).catch(() => { });
            }
        }
        this.live = undefined;
        if (!resetDone)
            await this.client.query(reset).catch(() => { });
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
    async applyBatch(files) {
        if (!this.historyName)
            await this.createHistory();
        // Flyway runs no file in a transaction: none can share one round trip
        if (this.config.flyway.executeInTransaction === false)
            return [];
        const done = watchCommits(this.client);
        // without knowing which files committed, a failure could not be taken up where it happened
        if (!done.available)
            return [];
        const firstRank = this.rank;
        const parts = [];
        for (const [i, m] of files.entries()) {
            // each file's own start, for its execution_time (the first one's is the query's)
            if (i > 0)
                parts.push(`SELECT set_config('${FILE_STARTED}', extract(epoch FROM clock_timestamp())::text, false)`);
            parts.push('BEGIN');
            if (m.plainText !== undefined)
                parts.push(`${m.plainText}\n`);
            else
                for (const s of m.parsed.statements)
                    parts.push(s.text);
            parts.push(this.historyInsert(m, 'SQL', 'batched', true), 'COMMIT', 'RESET ALL');
        }
        this.live = () => done.position(files);
        const sent = performance.now();
        try {
            await this.client.query(parts.join(';\n'));
        }
        catch (err) {
            const kind = infrastructureFailure(err);
            if (kind) {
                const { m, stmt, doing } = done.position(files);
                throw infrastructureError(kind, m.entry.path, stmt ? { line: m.parsed.source.position(stmt.start).line, sql: stmt.text } : doing, err);
            }
            done.stop();
            // the failed file's transaction; none when the query did not parse
            await this.client.query('ROLLBACK').catch(() => { });
            await this.client.query('RESET ALL').catch(() => { });
        }
        finally {
            done.stop();
            this.live = undefined;
        }
        const committed = done.commits();
        this.rank = firstRank + committed.length;
        return committed.map((at, i) => {
            const m = files[i];
            // functions are noted as files run (see apply())
            if (m.plainText === undefined)
                this.bodies.addFile(m.entry.path, m.parsed.source, m.parsed.statements);
            return {
                file: m.entry.path,
                script: flywayScript(m.entry),
                version: m.historyVersion === null ? null : flywayVersion(m.historyVersion),
                description: flywayDescription(m.name),
                transactional: true,
                status: 'applied',
                durationMs: at - (i === 0 ? sent : committed[i - 1]),
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
    static batchable(m) {
        // a script configuration may take the file out of a transaction
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(`${m.entry.absPath}.conf`))
            return false;
        if (m.plainText !== undefined)
            return true;
        const p = m.parsed;
        // placeholders are replaced (or refused) by apply()
        return !p.error && !nonTransactionalReason(p.statements) && !p.source.text.includes('${') && !p.statements.some(isCopyFromStdin);
    }
    /**
     * A file sent in one round trip failed: the server's error does not say which statement.
     * Run it again statement by statement in a transaction that is rolled back to find it.
     */
    async locate(m, first, ctx) {
        try {
            try {
                await this.client.query('BEGIN');
            }
            catch (err) {
                return errorAt(m.entry.path, m.parsed.source, undefined, err, ctx, 'finding the statement that failed');
            }
            for (const s of m.parsed.statements) {
                try {
                    await this.client.query(s.text);
                }
                catch (err) {
                    return errorAt(m.entry.path, m.parsed.source, s, err, ctx);
                }
            }
            return errorAt(m.entry.path, m.parsed.source, undefined, first, ctx);
        }
        finally {
            await this.client.query('ROLLBACK').catch(() => { });
        }
    }
}
function isCopyFromStdin(s) {
    return s.kind === 'CopyStmt' && !!s.node?.is_from && !s.node?.filename && !s.node?.is_program;
}
/** Runs a COPY … FROM STDIN with its input, as psql and Flyway send it. */
async function copyIn(client, sql, input) {
    const stream = client.query((0,pg_copy_streams__WEBPACK_IMPORTED_MODULE_5__/* .from */ .H)(sql));
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([Buffer.from(input, 'utf8')]), stream);
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
function watchCommits(client) {
    const con = client.connection;
    const commits = [];
    let sinceCommit = 0;
    const seen = (msg) => {
        if (msg.text === 'COMMIT') {
            commits.push(performance.now());
            sinceCommit = 0;
        }
        else
            sinceCommit++;
    };
    // not part of pg's typed API (see countCompletions); without it there is no batch
    const available = typeof con?.on === 'function' && typeof con.off === 'function';
    let listening = available;
    if (listening)
        con.on('commandComplete', seen);
    return {
        available,
        commits: () => commits,
        /** The file running now, and its statement when known (else what is done to it). */
        position(files) {
            const i = Math.min(commits.length, files.length - 1);
            const m = files[i];
            // completions before the file's first statement: BEGIN; and RESET ALL and the SELECT before it
            const before = i === 0 ? 1 : 3;
            const n = commits.length > i ? Infinity : sinceCommit - before;
            if (n < 0)
                return { m, doing: 'starting its transaction' };
            const stmt = m.parsed.error ? undefined : m.parsed.statements[n];
            return stmt ? { m, stmt } : { m, doing: m.parsed.error ? 'running it' : 'recording it in the history and committing' };
        },
        stop: () => {
            if (listening)
                con.off('commandComplete', seen);
            listening = false;
        },
    };
}
/** Counts the statements the server completes on the client's connection, from now until stop(). */
function countCompletions(client) {
    // pg's connection emits an event per protocol message; not part of its typed API, so without
    // it the count is unknown and a message names the file alone
    const con = client.connection;
    let n = 0;
    const seen = () => void n++;
    const available = typeof con?.on === 'function' && typeof con.off === 'function';
    let listening = available;
    if (listening)
        con.on('commandComplete', seen);
    return {
        count: () => (available ? n : undefined),
        stop: () => {
            if (listening)
                con.off('commandComplete', seen);
            listening = false;
        },
    };
}
function transactionEffect(s) {
    if (s.kind !== 'TransactionStmt')
        return undefined;
    const k = String(s.node?.kind ?? '');
    if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START')
        return 'begin';
    if (k === 'TRANS_STMT_COMMIT' || k === 'TRANS_STMT_ROLLBACK' || k === 'TRANS_STMT_PREPARE' || k === 'TRANS_STMT_COMMIT_PREPARED' || k === 'TRANS_STMT_ROLLBACK_PREPARED')
        return 'end';
    return undefined;
}
function syntaxError(m) {
    const e = m.parsed.error;
    const p = m.parsed.source.position(e.index);
    return { file: m.entry.path, line: p.line, column: p.column, sqlstate: '42601', message: `syntax error: ${e.message}` };
}
/** A placeholder with no value: `flyway migrate` stops at the file, in these words. */
function placeholderError(m, found) {
    const first = found[0];
    const p = m.parsed.source.position(first.index);
    const names = [...new Set(found.map((f) => `\${${f.name}}`))];
    const others = names.length > 1 ? ` (also no value for ${names.slice(1).join(', ')})` : '';
    return {
        file: m.entry.path,
        line: p.line,
        column: p.column,
        message: `${(0,_migrations_placeholders_js__WEBPACK_IMPORTED_MODULE_11__/* .missingPlaceholderMessage */ .pd)(first)}${others}`,
        hint: `give it a value as the deploy does: placeholders: {${first.name.replace(/^flyway:/, '')}: …} in .pgmig.yml, or flyway.placeholders.${first.name} in flyway.conf; Flyway replaces \${…} in comments and dollar-quoted bodies too (placeholderReplacement: false turns that off)`,
    };
}
/**
 * Where inside a function body the server's error is. A DO block (or a string constant of the
 * failing statement) is placed exactly: the error's line becomes the token's. A function defined
 * earlier is looked up among the files that ran, and its place given as `inFunction`.
 */
function bodyPosition(file, src, stmt, e, ctx) {
    const frame = (0,_bodies_js__WEBPACK_IMPORTED_MODULE_12__/* .plpgsqlFrame */ .bj)(e.where);
    const query = e.internalQuery;
    const cursor = e.internalPosition ? Number(e.internalPosition) : undefined;
    if (stmt && (frame?.inline || (!frame && query))) {
        const body = frame ? (0,_bodies_js__WEBPACK_IMPORTED_MODULE_12__/* .ownBody */ .RN)(file, src, stmt) : (0,_bodies_js__WEBPACK_IMPORTED_MODULE_12__/* .stringHolding */ .t1)(file, src, stmt, query);
        if (body)
            return { at: (0,_bodies_js__WEBPACK_IMPORTED_MODULE_12__/* .positionInBody */ .R2)(body, frame?.line, query, cursor) };
        return {};
    }
    if (!frame || frame.inline || !ctx)
        return {};
    const body = ctx.bodies.find(frame.name, frame.args, stmt ? { seq: ctx.seq, index: stmt.index } : undefined);
    if (!body)
        return {};
    const p = (0,_bodies_js__WEBPACK_IMPORTED_MODULE_12__/* .positionInBody */ .R2)(body, frame.line, query, cursor);
    return { inFunction: { name: frame.label.replace(/^function /, ''), file: body.file, line: p.line, column: p.column } };
}
/** A statement's failure as the user needs it: the file, the line and the exact token. */
function errorAt(file, src, stmt, err, ctx, doing = 'running it') {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y)
        throw err;
    // the environment failed, not the statement: an error (exit 2) that ends the run
    const kind = infrastructureFailure(err);
    if (kind)
        throw infrastructureError(kind, file, stmt ? { line: src.position(stmt.start).line, sql: stmt.text } : doing, err);
    const e = err;
    // not a server error, nor a broken connection: a bug
    if (!e || typeof e !== 'object' || (!('code' in e) && !('severity' in e)))
        throw err;
    const stmtPos = stmt ? src.position(stmt.start) : { line: 1, column: 1 };
    let at = stmtPos;
    if (stmt && e.position) {
        // the server counts characters (code points) from 1 in the text it was sent
        const cp = Number(e.position) - 1;
        let i = 0;
        for (let n = 0; n < cp && i < stmt.text.length; n++)
            i += stmt.text.codePointAt(i) > 0xffff ? 2 : 1;
        at = src.position(stmt.start + i);
    }
    const inBody = e.position ? {} : bodyPosition(file, src, stmt, e, ctx);
    if (inBody.at)
        at = inBody.at;
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
function quoteIdent(s) {
    return `"${s.replace(/"/g, '""')}"`;
}
function literal(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
function infrastructureFailure(err) {
    if (!err || typeof err !== 'object' || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y)
        return undefined;
    const e = err;
    const code = typeof e.code === 'string' ? e.code : '';
    if (typeof e.severity !== 'string') {
        // not a message from the server: the socket broke, or the client refuses a dead connection
        const text = `${code} ${String(e.message ?? '')}`;
        return /ECONNRESET|EPIPE|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Connection terminated|not queryable|socket|write after end/i.test(text) ? 'connection' : undefined;
    }
    // FATAL and PANIC end the session whatever the code (idle_in_transaction_session_timeout, …)
    if (e.severity === 'FATAL' || e.severity === 'PANIC' || code.startsWith('08') || /^57P0\d$/.test(code))
        return 'connection';
    if (code.startsWith('53'))
        return 'resources';
    if (code.startsWith('58') || code === 'XX001' || code === 'XX002')
        return 'server';
    if (code === '57000' || (code === '57014' && /user request/i.test(String(e.message))))
        return 'cancelled';
    return undefined;
}
const ADVICE = {
    connection: () => 'the server ended the session or went away (stopped, restarted, crashed, or the backend was terminated); check the server and run again',
    resources: (code) => code === '53100'
        ? 'the server is out of disk space; free some where its data (or temp_tablespaces) live and run again'
        : code === '53200'
            ? 'the server is out of memory; give it more (or lower work_mem) and run again'
            : code === '53300'
                ? 'the server has no free connection slots; close other sessions or raise max_connections'
                : 'a server limit was exceeded (temp_file_limit, max_locks_per_transaction, …); raise it on the test server, or make the statement need less',
    server: () => 'the server reported an I/O or corruption error; check its log and storage',
    cancelled: () => 'the statement was cancelled from outside pgmig (pg_cancel_backend, or an administrator); run again',
};
const HEADLINE = {
    connection: 'lost the connection to PostgreSQL',
    resources: 'the server ran out of resources',
    server: 'the server failed',
    cancelled: 'the statement was cancelled',
};
/** A statement's first line, shortened, for a message. */
function statementLabel(sql) {
    const first = sql.trim().split('\n')[0].trim();
    const one = sql.trim().includes('\n') ? `${first} …` : first;
    return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
/**
 * The environment error (exit 2) for an infrastructure failure while `file` ran: where (the
 * statement's line, or what pgmig was doing in the file), what, and what to do.
 */
function infrastructureError(kind, file, at, err) {
    const e = err;
    const code = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : '';
    const where = file ? `${file}${typeof at === 'object' ? `:${at.line}` : ''}: ` : '';
    const during = typeof at === 'object' ? ` during the statement at line ${at.line} (${statementLabel(at.sql)})` : at ? ` while ${at}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${where}${HEADLINE[kind]}${during}: ${String(e.message ?? err)}${code ? ` (SQLSTATE ${code})` : ''}; ${ADVICE[kind](code)}`);
}


/***/ }),

/***/ 3064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ unresolvedPlaceholders),
/* harmony export */   R2: () => (/* binding */ positionInBody),
/* harmony export */   RN: () => (/* binding */ ownBody),
/* harmony export */   bj: () => (/* binding */ plpgsqlFrame),
/* harmony export */   f3: () => (/* binding */ FunctionBodies),
/* harmony export */   t1: () => (/* binding */ stringHolding)
/* harmony export */ });
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_preprocess_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7192);
/* harmony import */ var _sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1154);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5375);




/** Tokens of `text` with UTF-16 indexes; none when the scanner gives up (the parser reports that). */
function tokens(text) {
    const src = new _sql_source_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceText */ .D(text);
    let raw;
    try {
        // psql meta-commands blanked and placeholders made identifiers, lengths unchanged
        raw = (0,libpg_query__WEBPACK_IMPORTED_MODULE_0__.scanSync)((0,_sql_preprocess_js__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .v)(text).text).tokens;
    }
    catch {
        return [];
    }
    return raw.map((t) => ({ ...t, from: src.indexOfByte(t.start), to: src.indexOfByte(t.end) }));
}
const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;
/**
 * The `${name}` Flyway placeholders in a file that would reach the server as they are: outside
 * comments and dollar-quoted strings. Those two are left alone since there `${…}` is most often
 * not meant for Flyway (a comment, JavaScript in PL/v8, a format string in a function body).
 */
function unresolvedPlaceholders(text) {
    if (!text.includes('${'))
        return [];
    const toks = tokens(text);
    const out = [];
    let k = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
        const at = m.index;
        while (k < toks.length && toks[k].to <= at)
            k++;
        const t = toks[k];
        const inside = t && t.from <= at;
        if (inside && (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT' || (t.tokenName === 'SCONST' && t.text.startsWith('$'))))
            continue;
        out.push({ name: m[1], index: at });
    }
    return out;
}
/** The string constant holding `value` (a function body) in a statement, located in the file. */
function locateString(file, source, stmt, value) {
    for (const t of tokens(stmt.text)) {
        if (t.tokenName !== 'SCONST')
            continue;
        const raw = stmt.text.slice(t.from, t.to);
        const dollar = /^\$[^$]*\$/.exec(raw)?.[0];
        if (dollar) {
            const inner = raw.slice(dollar.length, raw.length - dollar.length);
            if (inner !== value)
                continue;
            const start = stmt.start + t.from + dollar.length;
            return { file, source, start, text: inner, fileIndex: (i) => start + i };
        }
        if (raw.startsWith("'")) {
            const inner = raw.slice(1, -1);
            if (inner.replace(/''/g, "'") !== value)
                continue;
            const start = stmt.start + t.from + 1;
            // each '' in the file is one ' in the body
            const shifts = [];
            for (let i = inner.indexOf("''"); i >= 0; i = inner.indexOf("''", i + 2))
                shifts.push(i - shifts.length);
            return { file, source, start, text: value, fileIndex: (i) => start + i + shifts.filter((s) => s < i).length };
        }
    }
    return undefined;
}
/** The body string of a DO statement or a CREATE FUNCTION / PROCEDURE (not BEGIN ATOMIC). */
function bodyValue(stmt) {
    const defs = stmt.kind === 'DoStmt' ? (stmt.node.args ?? []) : stmt.kind === 'CreateFunctionStmt' ? (stmt.node.options ?? []) : [];
    const as = defs.map((d) => (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(d, 'DefElem')).find((d) => d?.defname === 'as')?.arg;
    const items = (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(as, 'List')?.items;
    // two items: a C function's object file and symbol, no body
    if (items)
        return items.length === 1 ? (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(items[0], 'String')?.sval : undefined;
    return (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(as, 'String')?.sval;
}
/** Name and number of input arguments: how the server's context line names a function. */
function signature(stmt) {
    if (stmt.kind !== 'CreateFunctionStmt')
        return undefined;
    const parts = stmt.node.funcname ?? [];
    const name = (0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(parts[parts.length - 1], 'String')?.sval;
    if (!name)
        return undefined;
    const params = stmt.node.parameters ?? [];
    const args = params.filter((p) => !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes((0,_sql_node_types_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAs */ .h)(p, 'FunctionParameter')?.mode ?? '')).length;
    return { name, args };
}
/**
 * The functions the migrations define, by name and argument count, so an error raised inside
 * one (called by a later statement, a later file or a pgTAP test) can say where in which file.
 * Only the statements are noted as files run; bodies are located when an error needs one.
 */
class FunctionBodies {
    defs = new Map();
    seq = 0;
    /** Notes the functions a file defines; call it before running the file. Returns the run's number. */
    addFile(file, source, statements) {
        const seq = ++this.seq;
        for (const stmt of statements) {
            const sig = signature(stmt);
            if (!sig)
                continue;
            const key = `${sig.name}/${sig.args}`;
            const list = this.defs.get(key) ?? [];
            list.push({ file, source, stmt, seq });
            this.defs.set(key, list);
        }
        return seq;
    }
    /** The latest definition that ran before the statement at (seq, index). */
    find(name, args, at) {
        const list = this.defs.get(`${name}/${args}`) ?? [];
        for (let i = list.length - 1; i >= 0; i--) {
            const d = list[i];
            if (at && (d.seq > at.seq || (d.seq === at.seq && d.stmt.index > at.index)))
                continue;
            const value = bodyValue(d.stmt);
            return value === undefined ? undefined : locateString(d.file, d.source, d.stmt, value);
        }
        return undefined;
    }
}
/** The innermost PL/pgSQL frame of the server's context (`where`), as it names the function. */
function plpgsqlFrame(where) {
    for (const l of (where ?? '').split('\n')) {
        const m = /^PL\/pgSQL function (.+) line (\d+) at /.exec(l);
        if (!m)
            continue;
        const label = m[1];
        if (label === 'inline_code_block')
            return { name: label, args: 0, line: Number(m[2]), inline: true, label: 'the DO block' };
        const open = topLevelParen(label);
        if (open < 0)
            return undefined;
        const qualified = label.slice(0, open);
        const argText = label.slice(open + 1, -1).trim();
        return { name: unquote(lastPart(qualified)), args: argText ? splitTopLevel(argText).length : 0, line: Number(m[2]), inline: false, label: `function ${label}` };
    }
    return undefined;
}
function topLevelParen(s) {
    let quoted = false;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '"')
            quoted = !quoted;
        else if (s[i] === '(' && !quoted)
            return i;
    }
    return -1;
}
function lastPart(qualified) {
    let quoted = false;
    let cut = 0;
    for (let i = 0; i < qualified.length; i++) {
        if (qualified[i] === '"')
            quoted = !quoted;
        else if (qualified[i] === '.' && !quoted)
            cut = i + 1;
    }
    return qualified.slice(cut);
}
function unquote(id) {
    return id.startsWith('"') && id.endsWith('"') ? id.slice(1, -1).replace(/""/g, '"') : id;
}
function splitTopLevel(s) {
    const out = [''];
    let depth = 0;
    let quoted = false;
    for (const c of s) {
        if (c === '"')
            quoted = !quoted;
        if (!quoted && c === '(')
            depth++;
        if (!quoted && c === ')')
            depth--;
        if (c === ',' && depth === 0 && !quoted)
            out.push('');
        else
            out[out.length - 1] += c;
    }
    return out;
}
/** UTF-16 length of the first `n` code points of `s`. */
function codePointsToIndex(s, n) {
    let i = 0;
    for (let k = 0; k < n && i < s.length; k++)
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
}
/**
 * Where in `body` the server's error is: the query it names (internalQuery, with the cursor
 * internalPosition) when found at or after the PL/pgSQL line, else the start of that line.
 */
function positionInBody(body, line, internalQuery, internalPosition) {
    let lineStart = 0;
    if (line !== undefined) {
        for (let n = 1; n < line; n++) {
            const nl = body.text.indexOf('\n', lineStart);
            if (nl < 0)
                break;
            lineStart = nl + 1;
        }
    }
    let at = -1;
    if (internalQuery) {
        at = body.text.indexOf(internalQuery, lineStart);
        if (at < 0)
            at = body.text.indexOf(internalQuery);
        if (at >= 0 && internalPosition)
            at += codePointsToIndex(internalQuery, internalPosition - 1);
    }
    if (at < 0) {
        if (line === undefined)
            return { ...body.source.position(body.start), index: body.start };
        at = lineStart;
        while (at < body.text.length && (body.text[at] === ' ' || body.text[at] === '\t'))
            at++;
    }
    const index = body.fileIndex(at);
    return { ...body.source.position(index), index };
}
/** The body of the statement itself (a DO block, the function it creates), located in the file. */
function ownBody(file, source, stmt) {
    const value = bodyValue(stmt);
    return value === undefined ? undefined : locateString(file, source, stmt, value);
}
/** A string constant of the statement holding `query`, for errors with no PL/pgSQL frame (SQL functions). */
function stringHolding(file, source, stmt, query) {
    for (const t of tokens(stmt.text)) {
        if (t.tokenName !== 'SCONST')
            continue;
        const raw = stmt.text.slice(t.from, t.to);
        const dollar = /^\$[^$]*\$/.exec(raw)?.[0];
        if (!dollar)
            continue;
        const inner = raw.slice(dollar.length, raw.length - dollar.length);
        if (!inner.includes(query))
            continue;
        const start = stmt.start + t.from + dollar.length;
        return { file, source, start, text: inner, fileIndex: (i) => start + i };
    }
    return undefined;
}


/***/ }),

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ migrationTransactionMode)
});

// EXTERNAL MODULE: ./src/migrations/flyway.ts + 1 modules
var flyway = __webpack_require__(2207);
// EXTERNAL MODULE: ./src/sql/node-types.ts
var node_types = __webpack_require__(1154);
;// CONCATENATED MODULE: ./src/migrations/transaction.ts

/**
 * The statements Flyway's PostgreSQL parser recognises as unable to run in a transaction
 * (its fixed list: CREATE/DROP [UNIQUE] INDEX CONCURRENTLY, REINDEX SCHEMA|DATABASE|SYSTEM,
 * VACUUM, DISCARD ALL, ALTER SYSTEM, CREATE/DROP DATABASE, TABLESPACE or SUBSCRIPTION, and
 * ALTER TYPE … ADD VALUE before PostgreSQL 12). Others PostgreSQL refuses in a transaction block
 * (REINDEX INDEX|TABLE CONCURRENTLY, DETACH PARTITION CONCURRENTLY, CLUSTER without a table)
 * are not on it: Flyway runs them in its transaction, and the server rejects them.
 */
function flywayNonTransactional(stmt, postgresVersion = 16) {
    const { kind, node: n } = stmt;
    switch (kind) {
        case 'IndexStmt':
            return n.concurrent ? (n.unique ? 'CREATE UNIQUE INDEX CONCURRENTLY' : 'CREATE INDEX CONCURRENTLY') : undefined;
        case 'DropStmt':
            if (n.removeType === 'OBJECT_INDEX' && n.concurrent)
                return 'DROP INDEX CONCURRENTLY';
            if (n.removeType === 'OBJECT_SUBSCRIPTION')
                return 'DROP SUBSCRIPTION';
            return undefined;
        case 'ReindexStmt': {
            const what = n.kind && FLYWAY_REINDEX[n.kind];
            return what ? `REINDEX ${what}` : undefined;
        }
        case 'VacuumStmt':
            return n.is_vacuumcmd ? 'VACUUM' : undefined;
        case 'DiscardStmt':
            return n.target === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
        case 'AlterSystemStmt':
            return 'ALTER SYSTEM';
        case 'CreatedbStmt':
            return 'CREATE DATABASE';
        case 'DropdbStmt':
            return 'DROP DATABASE';
        case 'CreateTableSpaceStmt':
            return 'CREATE TABLESPACE';
        case 'DropTableSpaceStmt':
            return 'DROP TABLESPACE';
        case 'CreateSubscriptionStmt':
            return 'CREATE SUBSCRIPTION';
        case 'DropSubscriptionStmt':
            return 'DROP SUBSCRIPTION';
        case 'AlterEnumStmt':
            return n.newVal !== undefined && n.oldVal === undefined && postgresVersion < 12 ? 'ALTER TYPE … ADD VALUE' : undefined;
        default:
            return undefined;
    }
}
/** The REINDEX targets on Flyway's list. */
const FLYWAY_REINDEX = { REINDEX_OBJECT_SCHEMA: 'SCHEMA', REINDEX_OBJECT_DATABASE: 'DATABASE', REINDEX_OBJECT_SYSTEM: 'SYSTEM' };
/**
 * Statements that only touch the session. Flyway's parser counts them as transactional, so a
 * `SET lock_timeout` before a CREATE INDEX CONCURRENTLY makes Flyway refuse the file unless
 * `mixed` is on (or the script's .conf says executeInTransaction=false). pgmig's rules recommend
 * exactly that SET, and it leaves nothing half applied, so pgmig does not report it as mixing.
 */
function isSessionOnly(stmt) {
    switch (stmt.kind) {
        case 'VariableSetStmt':
        case 'VariableShowStmt':
            return true;
        case 'SelectStmt': {
            const targets = stmt.node?.targetList ?? [];
            if (targets.length === 0 || stmt.node?.fromClause || stmt.node?.whereClause)
                return false;
            return targets.every((t) => {
                const name = (0,node_types/* nodeAs */.h)((0,node_types/* nodeAs */.h)(t, 'ResTarget')?.val, 'FuncCall')?.funcname?.map((x) => (0,node_types/* nodeAs */.h)(x, 'String')?.sval).join('.');
                return name === 'set_config' || name === 'pg_catalog.set_config';
            });
        }
        default:
            return false;
    }
}
/** How Flyway runs a file of these statements (see TransactionMode). */
function transactionMode(statements, source, opts = {}) {
    const script = opts.script;
    if (script?.executeInTransaction === false)
        return { inTransaction: false, fromScript: true, reason: `executeInTransaction=false in ${script.file}` };
    if (script?.executeInTransaction === true)
        return { inTransaction: true, fromScript: true };
    let nonTx;
    let tx;
    for (const s of statements) {
        const label = flywayNonTransactional(s, opts.postgresVersion);
        if (label)
            nonTx ??= { stmt: s, label };
        else if (!isSessionOnly(s) && s.kind !== 'TransactionStmt')
            tx ??= s;
        if (nonTx && tx && !opts.mixed) {
            // Flyway names the statement at which it has seen both kinds
            const offending = s;
            const line = source ? source.position(offending.start).line : 1;
            return {
                inTransaction: false,
                reason: nonTx.label,
                refusal: {
                    line,
                    message: 'Detected both transactional and non-transactional statements within the same migration (even though mixed is false). ' +
                        `Offending statement found at line ${line}: ${oneLine(offending.text)}${offending === nonTx.stmt ? ' [non-transactional]' : ''}`,
                },
            };
        }
    }
    if (nonTx)
        return { inTransaction: false, reason: nonTx.label };
    // a file with its own BEGIN/COMMIT is still wrapped by Flyway (its COMMIT ends Flyway's transaction)
    if (opts.executeInTransaction === false)
        return { inTransaction: false, reason: 'executeInTransaction=false in the Flyway configuration' };
    return { inTransaction: true };
}
function oneLine(sql) {
    const s = sql.replace(/\s+/g, ' ').trim();
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

;// CONCATENATED MODULE: ./src/migrations/file-mode.ts


/**
 * How Flyway runs the migration at `absPath` (its statements parsed): its `<file>.conf`
 * beside it, then Flyway's `mixed` and `executeInTransaction` from the config. The one reader
 * lint, test and rollback share; a caller that has the .conf text from elsewhere (a commit)
 * calls transactionMode with parseScriptConfig's result instead.
 */
function migrationTransactionMode(file, parsed, config) {
    return transactionMode(parsed.statements, parsed.source, {
        script: (0,flyway/* readScriptConfig */.sV)(file.absPath, file.path),
        mixed: config.flyway?.mixed,
        executeInTransaction: config.flyway?.executeInTransaction,
        postgresVersion: config.postgresVersion,
    });
}


/***/ }),

/***/ 3193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ readMigration),
/* harmony export */   cz: () => (/* binding */ checkFileSize),
/* harmony export */   oS: () => (/* binding */ copyDataBlocks),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, withoutCopyData */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8979);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5375);




const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * The largest migration or test file pgmig reads: 32 MiB. Parsing costs about a hundred times
 * the file's size in memory, so a larger file (a data dump) would exhaust a runner; load data
 * with COPY from a file the migration names, or split the file.
 */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Throws (exit 2) when the file is past {@link MAX_FILE_BYTES}; a file that cannot be stat'ed is the reader's to report. */
function checkFileSize(absPath, shownAs) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absPath).size;
    }
    catch {
        return;
    }
    if (size > MAX_FILE_BYTES) {
        const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${shownAs} is ${mib(size)}, more than the ${mib(MAX_FILE_BYTES)} pgmig reads in one file; split it, or load bulk data with COPY from a file`);
    }
}
/**
 * Reads and parses one migration. A file that cannot be read is the user's environment
 * (UserError, exit 2); a file that is not UTF-8 text is a syntax error in that file, so the
 * other files are still linted.
 */
function readMigration(absPath, shownAs) {
    let bytes;
    checkFileSize(absPath, shownAs);
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absPath);
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code ?? err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read ${shownAs}: ${why}`);
    }
    return parseBytes(bytes);
}
function parseBytes(bytes) {
    const nul = bytes.indexOf(0);
    let text;
    if (nul < 0) {
        try {
            text = decoder.decode(bytes);
        }
        catch {
            text = undefined;
        }
    }
    if (text === undefined) {
        const at = nul >= 0 ? `a NUL byte at offset ${nul}` : 'bytes that are not UTF-8';
        return {
            source: new _sql_source_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceText */ .D(''),
            statements: [],
            trailingGapStart: 0,
            error: { index: 0, message: `not a SQL text file: it contains ${at}; save migrations as UTF-8 text` },
        };
    }
    // the decoder already dropped a UTF-8 byte order mark, so line 1 columns match the editor
    return (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSql */ .eg)(withoutCopyData(text));
}
/** `COPY … FROM STDIN …;` at the start of a line, to the end of that line. */
const COPY_FROM_STDIN = /^[ \t]*COPY\b[^;]*?\bFROM\s+STDIN\b[^;]*;[^\n]*\n/gim;
/**
 * The inline data after `COPY … FROM STDIN;` (up to the `\.` line), which psql and Flyway send as
 * the COPY's input, blanked: the parser would read it as SQL. Each UTF-16 unit becomes a space and
 * the newlines stay, so every line and column after it is where it was.
 */
function withoutCopyData(text) {
    const blocks = copyDataBlocks(text);
    if (!blocks.length)
        return text;
    let out = '';
    let last = 0;
    for (const b of blocks) {
        out += text.slice(last, b.start) + text.slice(b.start, b.end).replace(/[^\r\n]/g, ' ');
        last = b.end;
    }
    return out + text.slice(last);
}
/**
 * The inline data blocks of a file's `COPY … FROM STDIN` statements, in order: `start`..`end`
 * spans the data and its `\.` line; `data` is what the COPY reads (the lines before `\.`).
 */
function copyDataBlocks(text) {
    if (!/\bstdin\b/i.test(text))
        return [];
    const out = [];
    let last = 0;
    for (const m of text.matchAll(COPY_FROM_STDIN)) {
        const start = m.index + m[0].length;
        if (start < last)
            continue;
        const end = /^\\\.[ \t]*(?:\r?\n|$)/m.exec(text.slice(start));
        const dataEnd = end ? start + end.index : text.length;
        const blockEnd = end ? start + end.index + end[0].replace(/\r?\n$/, '').length : text.length;
        out.push({ start, end: blockEnd, data: text.slice(start, dataEnd) });
        last = blockEnd;
    }
    return out;
}


/***/ })

};
