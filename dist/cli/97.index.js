export const id = 97;
export const ids = [97];
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
/* harmony export */   tF: () => (/* binding */ loadMigration),
/* harmony export */   uv: () => (/* binding */ preload),
/* harmony export */   v4: () => (/* binding */ quoteIdent)
/* harmony export */ });
/* unused harmony exports flywayChecksum, flywayChecksumOfBytes, flywayDescription, literal */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _migrations_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3193);
/* harmony import */ var _sql_transactional_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3713);
/* harmony import */ var _bodies_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3064);







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
        try {
            return (bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(entry.absPath));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`cannot read ${entry.path}: ${err.code ?? err}`);
        }
    };
    if (!opts.lazy)
        read();
    let parsed;
    let plain = null;
    let checksum;
    return {
        entry,
        name,
        get parsed() {
            return (parsed ??= (0,_migrations_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBytes */ .z)(read()));
        },
        get plainText() {
            if (plain === null)
                plain = plainText(read());
            return plain;
        },
        get checksum() {
            return (checksum ??= flywayChecksumOfBytes(read()));
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
const NEEDS_PARSING = /\b(?:concurrently|vacuum|cluster|reindex|system|database|tablespace|discard|subscription|begin|start|commit|end|rollback|abort|savepoint|release|prepare)\b|^[ \t]*\\|\$\{/im;
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
/** Flyway shows `add_user_email` as `add user email`. */
function flywayDescription(name) {
    return name.description.replace(/_/g, ' ');
}
/** Why a file cannot run in one transaction, or undefined when it can. */
function nonTransactionalReason(statements) {
    for (const s of statements) {
        const label = (0,_sql_transactional_js__WEBPACK_IMPORTED_MODULE_5__/* .nonTransactional */ .lG)(s);
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
    rank = 0;
    historyName;
    /** Functions the files defined, to place errors raised inside them. */
    bodies = new _bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .FunctionBodies */ .f3();
    /** The file running now and, when known, its statement (for a message on Ctrl-C). */
    live;
    constructor(client) {
        this.client = client;
    }
    /** Creates flyway_schema_history (Flyway's own DDL for PostgreSQL) in the current schema. */
    async createHistory() {
        const schema = (await this.client.query('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
        const q = `${quoteIdent(schema)}.${quoteIdent(HISTORY_TABLE)}`;
        this.historyName = q;
        await this.client.query(`
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
      ALTER TABLE ${q} ADD CONSTRAINT ${quoteIdent(`${HISTORY_TABLE}_pk`)} PRIMARY KEY ("installed_rank");
      CREATE INDEX ${quoteIdent(`${HISTORY_TABLE}_s_idx`)} ON ${q} ("success");`);
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
        return `INSERT INTO ${this.historyName} (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
      VALUES (${rank}, ${m.historyVersion === null ? 'NULL' : literal(m.historyVersion)}, ${literal(flywayDescription(m.name))}, ${literal(type)},
      ${literal((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(m.entry.path))}, ${m.checksum}, current_user, ${exec}, ${success})`;
    }
    async apply(m, opts = {}) {
        const record = opts.record ?? true;
        if (record && !this.historyName)
            await this.createHistory();
        const type = opts.type ?? 'SQL';
        const plain = opts.tracer ? undefined : m.plainText;
        const stmts = plain === undefined ? m.parsed.statements : [];
        const reason = plain === undefined ? nonTransactionalReason(stmts) : undefined;
        const run = {
            file: m.entry.path,
            script: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(m.entry.path),
            version: m.historyVersion,
            description: flywayDescription(m.name),
            transactional: !reason,
            ...(reason ? { nonTransactionalReason: reason } : {}),
            status: 'applied',
            durationMs: 0,
            checksum: m.checksum,
            ...(opts.tracer ? { statements: [] } : {}),
        };
        const placeholders = plain === undefined ? (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .unresolvedPlaceholders */ .QR)(m.parsed.source.text) : [];
        if (placeholders.length) {
            run.status = 'failed';
            run.error = placeholderError(m, placeholders);
            return run;
        }
        if (plain === undefined && m.parsed.error) {
            run.status = 'failed';
            run.error = syntaxError(m);
            return run;
        }
        // functions are noted as files run (a plain file has no PL/pgSQL body: it would say BEGIN)
        let seq = plain === undefined ? this.bodies.addFile(m.entry.path, m.parsed.source, stmts) : undefined;
        const ctx = () => ({ bodies: this.bodies, seq: (seq ??= this.bodies.addFile(m.entry.path, m.parsed.source, m.parsed.statements)) });
        const started = performance.now();
        // session settings (search_path, lock_timeout, role) end with the file, as they would in a
        // migration tool that runs each file on its own
        const reset = 'RESET ALL';
        if (!reason && !opts.tracer) {
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
                if (opts.tracer)
                    run.statements.push(await opts.tracer.run(this.client, s, m.parsed.source, !inTx && !explicit));
                else
                    await this.client.query(s.text);
                if (tx === 'end') {
                    explicit = false;
                    opts.tracer?.endTransaction();
                }
            }
            current = undefined;
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
                script: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(m.entry.path),
                version: m.historyVersion,
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
        if (m.plainText !== undefined)
            return true;
        const p = m.parsed;
        return !p.error && !nonTransactionalReason(p.statements) && (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .unresolvedPlaceholders */ .QR)(p.source.text).length === 0;
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
/**
 * Flyway would replace `${name}` with a configured value; pgmig has no placeholder values (its
 * config deliberately has no such key), and the server would get the text as it is: a syntax
 * error at best, a wrong name or value stored at worst. So the file fails before it runs.
 */
function placeholderError(m, found) {
    const first = found[0];
    const p = m.parsed.source.position(first.index);
    const names = [...new Set(found.map((f) => `\${${f.name}}`))];
    const others = found.length > 1 ? ` (and ${found.length - 1} more${names.length > 1 ? `: ${names.slice(1).join(', ')}` : ''})` : '';
    return {
        file: m.entry.path,
        line: p.line,
        column: p.column,
        message: `unresolved Flyway placeholder \${${first.name}}${others}: pgmig test does not substitute placeholders, so the server would receive it as written`,
        hint: 'write the value into the migration (Flyway replaces ${…} from its placeholders configuration, which pgmig does not read); ' +
            '${…} inside comments and dollar-quoted bodies is left alone',
    };
}
/**
 * Where inside a function body the server's error is. A DO block (or a string constant of the
 * failing statement) is placed exactly: the error's line becomes the token's. A function defined
 * earlier is looked up among the files that ran, and its place given as `inFunction`.
 */
function bodyPosition(file, src, stmt, e, ctx) {
    const frame = (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .plpgsqlFrame */ .bj)(e.where);
    const query = e.internalQuery;
    const cursor = e.internalPosition ? Number(e.internalPosition) : undefined;
    if (stmt && (frame?.inline || (!frame && query))) {
        const body = frame ? (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .ownBody */ .RN)(file, src, stmt) : (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .stringHolding */ .t1)(file, src, stmt, query);
        if (body)
            return { at: (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .positionInBody */ .R2)(body, frame?.line, query, cursor) };
        return {};
    }
    if (!frame || frame.inline || !ctx)
        return {};
    const body = ctx.bodies.find(frame.name, frame.args, stmt ? { seq: ctx.seq, index: stmt.index } : undefined);
    if (!body)
        return {};
    const p = (0,_bodies_js__WEBPACK_IMPORTED_MODULE_6__/* .positionInBody */ .R2)(body, frame.line, query, cursor);
    return { inFunction: { name: frame.label.replace(/^function /, ''), file: body.file, line: p.line, column: p.column } };
}
/** A statement's failure as the user needs it: the file, the line and the exact token. */
function errorAt(file, src, stmt, err, ctx, doing = 'running it') {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y)
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
    if (!err || typeof err !== 'object' || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y)
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${where}${HEADLINE[kind]}${during}: ${String(e.message ?? err)}${code ? ` (SQLSTATE ${code})` : ''}; ${ADVICE[kind](code)}`);
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
    const defs = stmt.kind === 'DoStmt' ? stmt.node?.args ?? [] : stmt.kind === 'CreateFunctionStmt' ? stmt.node?.options ?? [] : [];
    const as = defs.find((d) => d.DefElem?.defname === 'as')?.DefElem?.arg;
    const items = as?.List?.items;
    // two items: a C function's object file and symbol, no body
    if (items)
        return items.length === 1 ? items[0]?.String?.sval : undefined;
    return as?.String?.sval;
}
/** Name and number of input arguments: how the server's context line names a function. */
function signature(stmt) {
    if (stmt.kind !== 'CreateFunctionStmt')
        return undefined;
    const parts = stmt.node?.funcname ?? [];
    const name = parts[parts.length - 1]?.String?.sval;
    if (!name)
        return undefined;
    const params = stmt.node?.parameters ?? [];
    const args = params.filter((p) => !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes(p.FunctionParameter?.mode ?? '')).length;
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

/***/ 8008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports parseDatabaseUrl, toUrl, clientAttempt */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7194);








/**
 * libpq's environment variables and the parameter each one defaults. They apply under a URL
 * too, as with psql: `PGPASSWORD=… psql postgresql://app@db/app`.
 */
const ENV_DEFAULTS = {
    PGHOST: 'host',
    PGHOSTADDR: 'hostaddr',
    PGPORT: 'port',
    PGDATABASE: 'dbname',
    PGUSER: 'user',
    PGPASSWORD: 'password',
    PGPASSFILE: 'passfile',
    PGOPTIONS: 'options',
    PGAPPNAME: 'application_name',
    PGSSLMODE: 'sslmode',
    PGREQUIRESSL: 'requiressl',
    PGSSLNEGOTIATION: 'sslnegotiation',
    PGSSLCOMPRESSION: 'sslcompression',
    PGSSLCERT: 'sslcert',
    PGSSLKEY: 'sslkey',
    PGSSLCERTMODE: 'sslcertmode',
    PGSSLROOTCERT: 'sslrootcert',
    PGSSLCRL: 'sslcrl',
    PGSSLCRLDIR: 'sslcrldir',
    PGSSLSNI: 'sslsni',
    PGREQUIREPEER: 'requirepeer',
    PGSSLMINPROTOCOLVERSION: 'ssl_min_protocol_version',
    PGSSLMAXPROTOCOLVERSION: 'ssl_max_protocol_version',
    PGGSSENCMODE: 'gssencmode',
    PGKRBSRVNAME: 'krbsrvname',
    PGGSSLIB: 'gsslib',
    PGGSSDELEGATION: 'gssdelegation',
    PGCONNECT_TIMEOUT: 'connect_timeout',
    PGCLIENTENCODING: 'client_encoding',
    PGTARGETSESSIONATTRS: 'target_session_attrs',
    PGLOADBALANCEHOSTS: 'load_balance_hosts',
    PGREQUIREAUTH: 'require_auth',
    PGCHANNELBINDING: 'channel_binding',
    PGMINPROTOCOLVERSION: 'min_protocol_version',
    PGMAXPROTOCOLVERSION: 'max_protocol_version',
};
/** The PG* variables that name a server; with none of them set (and no URL) there is no target. */
const PG_VARS = ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'];
/**
 * libpq parameters pgmig cannot honour. Ignoring them would connect in a way the user ruled out
 * (weaker authentication, no peer check) or to something else (a replication connection), so
 * they are refused with the reason.
 */
const UNSUPPORTED = {
    require_auth: () => 'pgmig cannot restrict the authentication methods the server may ask for; leave require_auth out of the URL used for testing',
    requirepeer: () => 'pgmig cannot check the server process owner of a Unix socket; leave requirepeer out',
    replication: (v) => (['0', 'false', 'off', 'no'].includes(v.toLowerCase()) ? undefined : 'pgmig needs a normal connection, not a replication one; leave replication out'),
    channel_binding: (v) => (v === 'require' ? 'pgmig cannot guarantee SCRAM channel binding; use channel_binding=prefer' : undefined),
    gssencmode: (v) => (v === 'require' ? 'pgmig cannot use GSSAPI encryption; use sslmode=require (or verify-full) instead of gssencmode=require' : undefined),
    sslkeylogfile: () => 'pgmig cannot write TLS key logs; leave sslkeylogfile out',
    sslsni: (v) => (v === '0' ? 'pgmig always sends the host name (SNI) in the TLS handshake; leave sslsni=0 out' : undefined),
    sslcrldir: () => 'pgmig reads a certificate revocation list from one file only; use sslcrl=<file> instead of sslcrldir',
    min_protocol_version: (v) => (v === '3.0' ? undefined : `pgmig speaks protocol version 3.0 only, but min_protocol_version=${v}`),
    scram_client_key: () => 'pgmig cannot authenticate with SCRAM keys; give a password',
    scram_server_key: () => 'pgmig cannot authenticate with SCRAM keys; give a password',
    oauth_issuer: () => 'pgmig cannot authenticate with OAuth; give a password',
    oauth_client_id: () => 'pgmig cannot authenticate with OAuth; give a password',
    oauth_client_secret: () => 'pgmig cannot authenticate with OAuth; give a password',
    oauth_scope: () => 'pgmig cannot authenticate with OAuth; give a password',
};
/**
 * Parameters pgmig accepts and maps, or accepts because they change nothing for it (the last
 * group: tuning of dead-connection detection that Node's sockets do not expose, Kerberos names
 * only used by GSSAPI authentication, which the pg client does not offer anyway, compression
 * libpq itself no longer negotiates, and the fallback name, never used since pgmig names every
 * connection).
 */
const SUPPORTED = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service',
    'connect_timeout', 'client_encoding', 'options', 'application_name',
    'keepalives', 'keepalives_idle',
    'sslmode', 'requiressl', 'sslnegotiation', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode', 'sslrootcert', 'sslcrl',
    'ssl_min_protocol_version', 'ssl_max_protocol_version', 'target_session_attrs', 'load_balance_hosts', 'max_protocol_version',
    'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'krbsrvname', 'gsslib', 'gssdelegation', 'sslcompression', 'fallback_application_name',
]);
/** Allowed values, where libpq has a fixed list. */
const CHOICES = {
    sslmode: ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'],
    sslnegotiation: ['postgres', 'direct'],
    sslcertmode: ['disable', 'allow', 'require'],
    target_session_attrs: ['any', 'read-write', 'read-only', 'primary', 'standby', 'prefer-standby'],
    load_balance_hosts: ['disable', 'random'],
    gssencmode: ['disable', 'prefer', 'require'],
    channel_binding: ['disable', 'prefer', 'require'],
    ssl_min_protocol_version: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
    ssl_max_protocol_version: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
    min_protocol_version: ['3.0', '3.2', 'latest'],
    max_protocol_version: ['3.0', '3.2', 'latest'],
    keepalives: ['0', '1'],
    requiressl: ['0', '1'],
    sslsni: ['0', '1'],
};
/** Parameters kept in DbTarget's own fields rather than in `params`. */
const PARTS = new Set(['host', 'port', 'dbname', 'user', 'password']);
/**
 * `--database-url`, else `DATABASE_URL`, else the PG* variables; undefined when none is given
 * (the caller then starts a throwaway cluster). Like libpq, what the URL leaves out comes from
 * a `service` in pg_service.conf, then from the PG* variables.
 */
function resolveTarget(databaseUrl, env) {
    let source;
    let given;
    if (databaseUrl) {
        source = '--database-url';
        given = parseConnectionString(databaseUrl, source);
    }
    else if (env.DATABASE_URL) {
        source = 'DATABASE_URL';
        given = parseConnectionString(env.DATABASE_URL, source);
    }
    else if (PG_VARS.some((v) => env[v])) {
        source = 'PG* variables';
        given = new Map();
    }
    else {
        return undefined;
    }
    return toTarget(withDefaults(given, env, source), source, env);
}
/** A connection URL (or libpq `key=value` string) on its own, without service or PG* defaults. */
function parseDatabaseUrl(url, source) {
    return toTarget(parseConnectionString(url, source), source, {});
}
/** `postgresql://…` as libpq reads it, or libpq's `host=… dbname=…` form. */
function parseConnectionString(s, source) {
    if (/^postgres(ql)?:\/\//i.test(s))
        return parseUri(s, source);
    if (/^\s*[A-Za-z_]+\s*=/.test(s))
        return parseKeywordValue(s, source);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)?.[1];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(scheme
        ? `${source} must start with postgresql:// (got ${scheme}://)`
        : `${source} is not a URL: expected postgresql://user:password@host:5432/database`);
}
/**
 * libpq's URI grammar, `postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]`:
 * percent-decoding only (a `+` stays a `+`), a host in brackets for IPv6, a percent-encoded
 * path for a socket directory, and query parameters that override the parts before them.
 */
function parseUri(s, source) {
    const out = new Map();
    const dec = (part, what) => {
        try {
            return decodeURIComponent(part);
        }
        catch {
            // the password is the one part never quoted back
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid percent-encoding in the ${what}${what === 'password' ? ' (write % as %25)' : ` (${part})`}`);
        }
    };
    let rest = s.replace(/^postgres(ql)?:\/\//i, '');
    let query = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        query = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    const slash = rest.indexOf('/');
    const authority = slash >= 0 ? rest.slice(0, slash) : rest;
    if (slash >= 0 && rest.length > slash + 1)
        out.set('dbname', dec(rest.slice(slash + 1), 'database name'));
    const at = authority.lastIndexOf('@');
    const hostspec = at >= 0 ? authority.slice(at + 1) : authority;
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        const colon = userinfo.indexOf(':');
        const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
        if (user)
            out.set('user', dec(user, 'user name'));
        if (colon >= 0) {
            // known as a secret before anything can fail and quote it
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(userinfo.slice(colon + 1));
            out.set('password', dec(userinfo.slice(colon + 1), 'password'));
        }
    }
    if (hostspec.includes(','))
        throw multipleHosts(source, hostspec);
    let host = hostspec;
    let port = '';
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        if (close < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: missing "]" after the IPv6 address in ${hostspec}`);
        port = host.slice(close + 1).replace(/^:/, '');
        host = host.slice(1, close);
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon >= 0) {
            port = host.slice(colon + 1);
            host = host.slice(0, colon);
        }
    }
    if (host)
        out.set('host', dec(host, 'host'));
    if (port)
        out.set('port', port);
    for (const pair of query.split('&')) {
        if (!pair)
            continue;
        const eq = pair.indexOf('=');
        if (eq < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: missing "=" after the URI query parameter "${dec(pair, 'query')}"`);
        const key = dec(pair.slice(0, eq), 'query');
        if (!SUPPORTED.has(key) && !(key in UNSUPPORTED)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid URI query parameter "${key}" (libpq rejects it too); see https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS`);
        }
        if (SECRET_KEYS.has(key))
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(pair.slice(eq + 1));
        out.set(key, dec(pair.slice(eq + 1), SECRET_KEYS.has(key) ? 'password' : `value of ${key}`));
    }
    return out;
}
/** libpq's `keyword = value` form: values may be single-quoted, with `\'` and `\\` escapes. */
function parseKeywordValue(s, source) {
    const out = new Map();
    let i = 0;
    let last = '';
    const ws = () => {
        while (i < s.length && /\s/.test(s[i]))
            i++;
    };
    for (;;) {
        ws();
        if (i >= s.length)
            return out;
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i))?.[0];
        if (!key) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(SECRET_KEYS.has(last)
                ? `${source}: expected keyword=value after the value of ${last}: quote a value with spaces in single quotes (${last}='…')`
                : `${source}: expected keyword=value at "${hidePasswords(s.slice(i, i + 20))}"`);
        }
        i += key.length;
        ws();
        if (s[i] !== '=') {
            // a word without "=" after a password is most likely the rest of an unquoted password
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(SECRET_KEYS.has(last)
                ? `${source}: missing "=" after the value of ${last}: quote a value with spaces in single quotes (${last}='…')`
                : `${source}: missing "=" after "${key}" in the connection string`);
        }
        i++;
        ws();
        let value = '';
        if (s[i] === "'") {
            i++;
            for (;;) {
                if (i >= s.length)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: unterminated quoted value of ${key}`);
                const c = s[i++];
                if (c === "'")
                    break;
                value += c === '\\' && i < s.length ? s[i++] : c;
            }
        }
        else {
            while (i < s.length && !/\s/.test(s[i])) {
                const c = s[i++];
                value += c === '\\' && i < s.length ? s[i++] : c;
            }
        }
        if (SECRET_KEYS.has(key))
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(value);
        if (!SUPPORTED.has(key) && !(key in UNSUPPORTED)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid connection option "${key}"; see https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS`);
        }
        out.set(key, value);
        last = key;
    }
}
/** Parameters whose values are secrets: remembered for redaction, never quoted in a message. */
const SECRET_KEYS = new Set(['password', 'sslpassword']);
/** `password=…` in a piece of a connection string quoted in a message, hidden. */
function hidePasswords(s) {
    return s.replace(/\b(ssl)?password\s*=\s*('(?:\\.|[^'])*'?|\S*)/gi, `$1password=${_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .MASK */ .v5}`);
}
function multipleHosts(source, hosts) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source} lists several hosts (${hosts}); pgmig tests against one server: give only the one to use`);
}
/** Fills what the string left out: first from its service in pg_service.conf, then from PG* variables. */
function withDefaults(given, env, source) {
    const out = new Map(given);
    const service = out.get('service') ?? env.PGSERVICE;
    if (service) {
        for (const [k, v] of readService(service, env, source))
            if (!out.has(k))
                out.set(k, v);
    }
    for (const [name, key] of Object.entries(ENV_DEFAULTS)) {
        const v = env[name];
        if (v !== undefined && v !== '' && !out.has(key))
            out.set(key, v);
    }
    out.delete('service');
    return out;
}
/**
 * A service's parameters: the user's file ($PGSERVICEFILE or ~/.pg_service.conf) first, then the
 * system's ($PGSYSCONFDIR or `pg_config --sysconfdir`, /pg_service.conf), as libpq looks.
 */
function readService(name, env, source) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)();
    const files = [env.PGSERVICEFILE || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.pg_service.conf')];
    let sysconf = env.PGSYSCONFDIR;
    if (!sysconf) {
        try {
            sysconf = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('pg_config', ['--sysconfdir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        }
        catch {
            // no pg_config: only the user's file
        }
    }
    if (sysconf)
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sysconf, 'pg_service.conf'));
    for (const file of files) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        let inSection = false;
        let found = false;
        const out = new Map();
        for (const [n, raw] of text.split(/\r?\n/).entries()) {
            const line = raw.trim();
            if (!line || line.startsWith('#'))
                continue;
            const section = /^\[(.*)\]$/.exec(line);
            if (section) {
                inSection = section[1] === name;
                found ||= inSection;
                continue;
            }
            if (!inSection)
                continue;
            const eq = line.indexOf('=');
            if (eq < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file}:${n + 1}: expected key=value in service "${name}"`);
            const key = line.slice(0, eq).trim();
            if (key === 'service')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file}:${n + 1}: a service cannot name another service`);
            if (!SUPPORTED.has(key) && !(key in UNSUPPORTED))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file}:${n + 1}: unknown connection option "${key}" in service "${name}"`);
            if (SECRET_KEYS.has(key))
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(line.slice(eq + 1).trim());
            out.set(key, line.slice(eq + 1).trim());
        }
        if (found)
            return out;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: definition of service "${name}" not found (looked in ${files.join(' and ')})`);
}
function toTarget(kv, source, env) {
    for (const [key, value] of kv) {
        const refuse = UNSUPPORTED[key]?.(value);
        if (refuse)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: ${key}=${value} is not supported: ${refuse}`);
        const choices = CHOICES[key];
        if (choices && !choices.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid ${key} value "${value}"; expected one of ${choices.join(', ')}`);
    }
    const host = kv.get('host') || undefined;
    if (host?.includes(','))
        throw multipleHosts(source, host);
    if (kv.get('hostaddr')?.includes(','))
        throw multipleHosts(source, kv.get('hostaddr'));
    const portText = kv.get('port') || undefined;
    if (portText?.includes(','))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source} lists several ports (${portText}); pgmig tests against one server: give only the one to use`);
    const port = portText === undefined ? undefined : Number(portText);
    if (port !== undefined && (!/^\d+$/.test(portText) || port <= 0 || port > 65535)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid port number "${portText}"`);
    }
    for (const key of ['connect_timeout', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout']) {
        const v = kv.get(key);
        if (v !== undefined && !/^-?\d+$/.test(v.trim()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid integer value "${v}" for ${key}`);
    }
    const enc = kv.get('client_encoding');
    if (enc && !/^(utf-?8|unicode|auto)$/i.test(enc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: client_encoding=${enc} is not supported: pgmig reads and sends text as UTF-8; leave client_encoding out or set it to UTF8`);
    }
    if (kv.get('sslrootcert') === 'system' && ['disable', 'allow', 'prefer', 'require'].includes(sslMode(kv))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: weak sslmode "${sslMode(kv)}" may not be used with sslrootcert=system (use "verify-full")`);
    }
    if (kv.get('sslnegotiation') === 'direct' && ['disable', 'allow', 'prefer'].includes(sslMode(kv))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: weak sslmode "${sslMode(kv)}" may not be used with sslnegotiation=direct (use "require", "verify-ca", or "verify-full")`);
    }
    const params = {};
    for (const [k, v] of kv)
        if (!PARTS.has(k))
            params[k] = v;
    const target = {
        source,
        host,
        port,
        user: kv.get('user') || undefined,
        password: kv.get('password') || undefined,
        database: kv.get('dbname') || undefined,
        params,
    };
    if (target.password === undefined) {
        const pw = passwordFromFile(target, kv.get('passfile') || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.pgpass'));
        if (pw !== undefined)
            target.password = pw;
    }
    // every target pgmig connects to is made here: wherever its password came from (the URL,
    // PGPASSWORD, a password or service file), it is redacted from all output from now on, unless
    // it is the user name (see settleSecrets)
    const userName = target.password !== undefined && target.password === target.user;
    if (!userName)
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(target.password);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(params.sslpassword);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .settleSecrets */ .Hy)(userName ? target.password : undefined);
    return target;
}
/** sslmode as libpq settles it: requiressl=1 means require; unset means prefer. */
function sslMode(kv) {
    const get = (k) => (kv instanceof Map ? kv.get(k) : kv[k]);
    return get('sslmode') ?? (get('requiressl') === '1' ? 'require' : 'prefer');
}
/**
 * The password for the target from a password file (`host:port:database:user:password`, `*`
 * for any, `\` escapes), as libpq reads ~/.pgpass; a socket directory matches `localhost`.
 */
function passwordFromFile(t, file) {
    let text;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
            return undefined;
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const host = !t.host || t.host.startsWith('/') ? 'localhost' : t.host;
    const want = [host, String(t.port ?? 5432), t.database ?? t.user ?? '', t.user ?? ''];
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        const fields = [''];
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '\\' && i + 1 < line.length)
                fields[fields.length - 1] += line[++i];
            else if (c === ':' && fields.length < 5)
                fields.push('');
            else
                fields[fields.length - 1] += c;
        }
        if (fields.length < 5)
            continue;
        if (want.every((w, k) => fields[k] === '*' || fields[k] === w))
            return fields[4];
    }
    return undefined;
}
/** The target with another database name. */
function withDatabase(t, database) {
    return { ...t, database };
}
/**
 * A URL for people (printed with --keep, named in connection errors): a password shows as ***,
 * so the reader sees one is needed without seeing it.
 */
function displayUrl(t) {
    return toUrl(t, false);
}
function toUrl(t, withPassword = true) {
    const enc = (s) => encodeURIComponent(s);
    const hostIsSocket = !!t.host && t.host.startsWith('/');
    const auth = t.user ? `${enc(t.user)}${t.password ? `:${withPassword ? enc(t.password) : _secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .MASK */ .v5}` : ''}@` : '';
    const hostPart = t.host && !hostIsSocket ? (t.host.includes(':') ? `[${t.host}]` : enc(t.host)) : '';
    const port = t.port ? `:${t.port}` : '';
    const params = Object.entries(t.params).map(([k, v]) => [k, withPassword || k !== 'sslpassword' ? v : _secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .MASK */ .v5]);
    if (hostIsSocket)
        params.unshift(['host', t.host]);
    // a socket path reads better unencoded, and libpq takes `/` in a query value as it is
    const q = params.map(([k, v]) => `${enc(k)}=${enc(v).replace(/%2F/gi, '/')}`).join('&');
    return `postgresql://${auth}${hostPart}${port}/${enc(t.database ?? '')}${q ? `?${q}` : ''}`;
}
/**
 * Servers (host:port) that answered sslmode=prefer's SSL request with "no". libpq goes on in
 * plain text on the same socket; the pg client cannot, and opens a second connection (a new
 * server process) each time, which a run that connects three times would pay thrice.
 */
const withoutSsl = new Set();
function readPem(file, key, source) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: cannot read ${key} file ${file}: ${err.code ?? err}`);
    }
}
/** The TLS options libpq's ssl* parameters describe. */
function tlsOptions(t, env) {
    const p = t.params;
    const mode = sslMode(p);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.postgresql');
    const opts = {};
    const rootcert = p.sslrootcert ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crt')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crt') : undefined);
    let verify = mode === 'verify-ca' || mode === 'verify-full';
    if (rootcert === undefined && verify) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${t.source}: sslmode=${mode} needs the server's root certificate: root certificate file "${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crt')}" does not exist; ` +
            'give sslrootcert=<file>, or sslrootcert=system to trust the system roots, or use sslmode=require');
    }
    if (rootcert !== undefined && rootcert !== 'system') {
        opts.ca = readPem(rootcert, 'sslrootcert', t.source);
        // libpq: with a root certificate at hand, require checks the chain as verify-ca does
        if (mode === 'require')
            verify = true;
    }
    opts.rejectUnauthorized = verify;
    // verify-ca checks the chain only; verify-full (and sslrootcert=system) the host name too
    if (verify && mode !== 'verify-full' && rootcert !== 'system')
        opts.checkServerIdentity = () => undefined;
    if (p.hostaddr && t.host && !t.host.startsWith('/') && (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(t.host) === 0)
        opts.servername = t.host;
    if (p.sslcertmode !== 'disable') {
        const cert = p.sslcert ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'postgresql.crt')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'postgresql.crt') : undefined);
        if (cert) {
            opts.cert = readPem(cert, 'sslcert', t.source);
            opts.key = readPem(p.sslkey ?? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'postgresql.key'), 'sslkey', t.source);
            if (p.sslpassword)
                opts.passphrase = p.sslpassword;
        }
        else if (p.sslcertmode === 'require') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${t.source}: sslcertmode=require, but there is no client certificate: give sslcert=<file> and sslkey=<file>`);
        }
    }
    const crl = p.sslcrl ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crl')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crl') : undefined);
    if (crl)
        opts.crl = readPem(crl, 'sslcrl', t.source);
    if (p.ssl_min_protocol_version)
        opts.minVersion = p.ssl_min_protocol_version;
    if (p.ssl_max_protocol_version)
        opts.maxVersion = p.ssl_max_protocol_version;
    return opts;
}
/**
 * Where libpq goes when no host is given: its socket directory (Debian's /var/run/postgresql,
 * else /tmp) when a server listens there; the pg client alone would try localhost over TCP.
 */
function defaultHost(port) {
    for (const dir of ['/var/run/postgresql', '/tmp']) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `.s.PGSQL.${port ?? 5432}`)))
            return dir;
    }
    return undefined;
}
function clientAttempt(t, applicationName, env = process.env) {
    const p = t.params;
    const host = p.hostaddr ?? t.host ?? defaultHost(t.port) ?? 'localhost';
    const connectTimeout = p.connect_timeout !== undefined ? Number(p.connect_timeout) : 0;
    const base = {
        host,
        port: t.port,
        user: t.user,
        password: t.password,
        database: t.database,
        application_name: p.application_name ?? applicationName,
        // libpq: zero or negative waits forever, and anything below 2 seconds means 2
        ...(connectTimeout > 0 ? { connectionTimeoutMillis: Math.max(connectTimeout, 2) * 1000 } : {}),
        keepAlive: p.keepalives !== '0',
        ...(p.keepalives_idle !== undefined && Number(p.keepalives_idle) > 0 ? { keepAliveInitialDelayMillis: Number(p.keepalives_idle) * 1000 } : {}),
        ...(p.options ? { options: p.options } : {}),
        // libpq prefers channel binding by default; the pg client's support is newer and fails on
        // some certificate signature algorithms, so it is used when asked for only
        enableChannelBinding: p.channel_binding === 'prefer',
        ssl: false,
    };
    const mode = sslMode(p);
    // libpq never uses SSL over a Unix socket, whatever sslmode says
    const socket = host.startsWith('/');
    if (socket || mode === 'disable')
        return { config: base };
    const withSsl = { ...base, ssl: tlsOptions(t, env), ...(p.sslnegotiation === 'direct' ? { sslnegotiation: 'direct' } : {}) };
    if (mode === 'prefer') {
        return { config: withSsl, fallback: { when: (e) => /does not support SSL/i.test(e.message ?? ''), config: base, remember: `${host}:${t.port}` } };
    }
    if (mode === 'allow') {
        // the server refused a plain connection (pg_hba.conf hostssl): try again with SSL
        return { config: base, fallback: { when: (e) => e.code === '28000' || e.code === '28P01', config: withSsl } };
    }
    return { config: withSsl };
}
async function open(config) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_5__/* ["default"].Client */ .Ay.Client(config);
    // an idle connection the server drops must not crash the process; the next query reports it
    client.on('error', () => { });
    try {
        await client.connect();
        return client;
    }
    catch (err) {
        await client.end().catch(() => { });
        throw err;
    }
}
/** libpq's target_session_attrs, checked on the one server there is. */
async function checkSessionAttrs(client, t) {
    const want = t.params.target_session_attrs;
    if (!want || want === 'any' || want === 'prefer-standby')
        return;
    const r = await client.query(`SELECT current_setting('transaction_read_only') AS ro, pg_is_in_recovery() AS standby`);
    const { ro, standby } = r.rows[0];
    const ok = want === 'read-write' ? ro === 'off' : want === 'read-only' ? ro === 'on' : want === 'primary' ? !standby : standby;
    if (!ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`the server at ${displayUrl(t)} (from ${t.source}) does not satisfy target_session_attrs=${want} (${standby ? 'a standby' : 'a primary'}, transaction_read_only=${ro})`);
    }
}
/**
 * Opens a connection. A server that cannot be reached or refuses the login is the user's
 * environment (exit 2), so the message says where pgmig tried and where that came from.
 */
async function connect(t, applicationName = 'pgmig', env = process.env) {
    const attempt = clientAttempt(t, applicationName, env);
    let client;
    try {
        const { fallback } = attempt;
        if (fallback?.remember && withoutSsl.has(fallback.remember)) {
            client = await open(fallback.config);
        }
        else {
            try {
                client = await open(attempt.config);
            }
            catch (err) {
                if (!fallback?.when(err))
                    throw err;
                client = await open(fallback.config);
                if (fallback.remember)
                    withoutSsl.add(fallback.remember);
            }
        }
    }
    catch (err) {
        const e = err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot connect to PostgreSQL at ${displayUrl(t)} (from ${t.source}): ${e.message ?? String(err)}` +
            (e.code === 'ECONNREFUSED' ? '; is the server running and listening there?' : ''));
    }
    try {
        await checkSessionAttrs(client, t);
    }
    catch (err) {
        await client.end().catch(() => { });
        throw err;
    }
    return client;
}


/***/ }),

/***/ 3193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readMigration),
/* harmony export */   z: () => (/* binding */ parseBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4159);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5375);




const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads and parses one migration. A file that cannot be read is the user's environment
 * (UserError, exit 2); a file that is not UTF-8 text is a syntax error in that file, so the
 * other files are still linted.
 */
function readMigration(absPath, shownAs) {
    let bytes;
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
    return (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSql */ .eg)(text);
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Hy: () => (/* binding */ settleSecrets),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Q7: () => (/* binding */ holdSecret),
/* harmony export */   ki: () => (/* binding */ redactError),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony exports onSecret, resetSecrets */
/**
 * The secrets of a run (database passwords, the GitHub token) and the one function that scrubs
 * them from text pgmig writes. pgmig learns a password where it reads it (a URL, PGPASSWORD,
 * ~/.pgpass, a service file); every report is scrubbed before it is formatted, and the files and
 * comments the action writes once more as they go out, so a password that reached a message by
 * a way nobody foresaw (a server error quoting the SQL that set it) still never shows.
 */
const MASK = '***';
/**
 * Shorter "secrets" are not hidden: a two-letter password would turn every such pair of letters
 * in every message into ***, and guessing it takes no help from the log anyway.
 */
const MIN_LENGTH = 4;
const secrets = new Set();
/** Hidden in pgmig's output already, not yet handed to the sinks: see holdSecret. */
const held = new Set();
/** Every form a secret may take in output, longest first, so that no shorter one splits a longer. */
let forms = [];
const sinks = [];
function rebuildForms() {
    const all = new Set();
    for (const v of [...secrets, ...held])
        for (const f of encodings(v))
            if (f.length >= MIN_LENGTH)
                all.add(f);
    forms = [...all].sort((a, b) => b.length - a.length);
}
// a password in a connection URL pgmig never learnt (another server's, in a pg message)
const URL_PASSWORD = /(postgres(?:ql)?:\/\/[^:/?#@\s]*):[^@/?#\s]+@/gi;
/** Remembers a secret; the sinks (the runner's log masking in the action) hear of each new one. */
function addSecret(value) {
    if (!value || value.length < MIN_LENGTH || secrets.has(value))
        return;
    held.delete(value);
    secrets.add(value);
    rebuildForms();
    for (const sink of sinks)
        sink(value);
}
/**
 * A password read before the user name it goes with is known (a URL, a connection string, a
 * service, PGPASSWORD): hidden in pgmig's own output at once, so that an error a moment later
 * cannot quote it, and handed to the sinks by settleSecrets when the connection target is
 * complete.
 */
function holdSecret(value) {
    if (!value || value.length < MIN_LENGTH || secrets.has(value) || held.has(value))
        return;
    held.add(value);
    rebuildForms();
}
/**
 * The connection target is complete: every held password becomes a secret, except `notSecret`
 * (in any of the spellings it was read in): a password that is the user name itself hides
 * nothing the output does not show already (postgres:postgres, the default of the PostgreSQL
 * service containers), and masking it would turn every "postgres" in a log into ***.
 */
function settleSecrets(notSecret) {
    const spelled = (v) => {
        try {
            return decodeURIComponent(v);
        }
        catch {
            return v;
        }
    };
    const release = [...held].filter((v) => notSecret !== undefined && !secrets.has(notSecret) && (v === notSecret || spelled(v) === notSecret));
    for (const v of release)
        held.delete(v);
    if (release.length)
        rebuildForms();
    for (const v of [...held])
        addSecret(v);
}
/** Also hands every secret, those known now and those learnt later, to `sink` (core.setSecret in the action). */
function onSecret(sink) {
    sinks.push(sink);
    for (const s of secrets)
        sink(s);
}
/**
 * The ways a secret gets written: as is, percent-encoded (in a URL), escaped in JSON, and
 * escaped as pgmig's markdown escapes text (the report files and comments are checked after
 * formatting).
 */
function encodings(s) {
    const json = JSON.stringify(s).slice(1, -1);
    const markdown = s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, '\\$&')
        .replace(/@(?=\w)/g, '@&#8203;');
    let uri = s;
    try {
        uri = encodeURIComponent(s);
    }
    catch {
        // a lone surrogate: no URL holds it
    }
    return [s, uri, json, markdown, JSON.stringify(markdown).slice(1, -1)];
}
/** `text` with every known secret, and any password in a postgresql:// URL, replaced by ***. */
function redact(text) {
    let out = text.includes('://') ? text.replace(URL_PASSWORD, `$1:${MASK}@`) : text;
    for (const f of forms)
        if (out.includes(f))
            out = out.split(f).join(MASK);
    return out;
}
/**
 * A copy of a report with every string in it redacted: plain objects and arrays are copied,
 * anything else (a Map, a class instance) is kept as it is.
 */
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value !== null && typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = redactDeep(v);
        return out;
    }
    return value;
}
/**
 * The error with its message, stack and the text fields pg's errors carry redacted, changed in
 * place so that its class (UserError: exit 2, no stack) stays what it was.
 */
function redactError(err) {
    if (err === null || typeof err !== 'object')
        return err;
    const e = err;
    for (const key of ['message', 'stack', 'detail', 'hint', 'where', 'internalQuery', 'query']) {
        const v = e[key];
        if (typeof v === 'string') {
            try {
                e[key] = redact(v);
            }
            catch {
                // a frozen or getter-only field: nothing pgmig prints
            }
        }
    }
    return err;
}
/** Forgets every secret and sink; for tests, which run many "runs" in one process. */
function resetSecrets() {
    secrets.clear();
    held.clear();
    forms = [];
    sinks.length = 0;
}


/***/ }),

/***/ 4159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ ensureParser),
/* harmony export */   eg: () => (/* binding */ parseSql)
/* harmony export */ });
/* unused harmony export skipTrivia */
/* harmony import */ var _wasm_dirname_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8771);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);
/* harmony import */ var libpg_query__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(libpg_query__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _preprocess_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7192);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5375);





let loaded;
/** The WASM module loads once per process; every parse after that is synchronous. */
function ensureParser() {
    if (!loaded) {
        // V8 would otherwise optimise the whole 1.7 MB parser module before the first parse; the
        // baseline compiler alone halves a one-file lint and is no slower over a thousand files
        // (measured with bench/lint.mjs). The flag only affects WebAssembly compiled after it.
        (0,node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString)('--liftoff-only');
        loaded = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.loadModule)();
    }
    return loaded;
}
function parseSql(text) {
    const source = new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceText */ .D(text);
    const prepared = (0,_preprocess_js__WEBPACK_IMPORTED_MODULE_4__/* .preprocess */ .v)(text).text;
    // the parser refuses an empty input; an empty migration is valid (Flyway runs it as a no-op)
    if (!prepared.trim())
        return { source, statements: [], trailingGapStart: 0 };
    try {
        const result = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.parseSync)(prepared);
        const statements = toStatements(source, prepared, result.stmts ?? [], 0, 0);
        return { source, statements, trailingGapStart: trailingGap(prepared, statements) };
    }
    catch (err) {
        const error = syntaxProblem(source, err);
        const statements = recover(source, prepared, error.index);
        return { source, statements, error, trailingGapStart: trailingGap(prepared, statements) };
    }
}
function trailingGap(text, statements) {
    const last = statements[statements.length - 1];
    return last ? afterSemicolon(text, last.end) : 0;
}
function afterSemicolon(text, end) {
    let i = end;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return text[i] === ';' ? i + 1 : end;
}
function syntaxProblem(source, err) {
    const e = err;
    const message = e.sqlDetails?.message ?? e.message ?? String(err);
    const cursor = e.sqlDetails?.cursorPosition;
    const index = cursor === undefined || cursor < 0 ? 0 : source.indexOfCodePoint(cursor);
    return { index, message };
}
function toStatements(source, text, raws, byteBase, firstIndex) {
    const out = [];
    // comments before a statement belong to its gap, which begins just past the previous `;`
    let gapStart = source.indexOfByte(byteBase);
    for (const raw of raws) {
        if (!raw.stmt)
            continue;
        const kind = Object.keys(raw.stmt)[0];
        const byteStart = byteBase + (raw.stmt_location ?? 0);
        const start = skipTrivia(text, Math.max(gapStart, source.indexOfByte(byteStart)));
        // stmt_len 0 means "to the end of the input"
        const end = raw.stmt_len ? source.indexOfByte(byteStart + raw.stmt_len) : trimEnd(text, text.length);
        const stmtGap = Math.min(gapStart, start);
        gapStart = afterSemicolon(text, end);
        out.push({
            index: firstIndex + out.length,
            kind,
            node: raw.stmt[kind],
            start,
            end: Math.max(start, trimEnd(text, end)),
            gapStart: stmtGap,
            byteBase,
            text: source.text.slice(start, end),
        });
    }
    return out;
}
/** Skips whitespace and comments (PostgreSQL block comments nest). */
function skipTrivia(text, from) {
    let i = from;
    for (;;) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            let depth = 0;
            while (i < text.length) {
                if (text.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                    if (depth === 0)
                        break;
                }
                else
                    i++;
            }
        }
        else
            return i;
    }
}
function trimEnd(text, end) {
    let i = end;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    return i;
}
/**
 * After a syntax error the rest of the file still deserves linting: split at top-level
 * semicolons with the server's own scanner and parse each piece alone, dropping the piece
 * that holds the error (and any that only failed because the split cut through a body).
 */
function recover(source, text, errorIndex) {
    let tokens;
    try {
        tokens = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.scanSync)(text).tokens;
    }
    catch {
        return [];
    }
    const out = [];
    let pieceStartByte = 0;
    const pieces = [];
    for (const t of tokens) {
        if (t.text === ';') {
            pieces.push([pieceStartByte, t.end]);
            pieceStartByte = t.end;
        }
    }
    const totalBytes = Buffer.byteLength(text, 'utf8');
    if (pieceStartByte < totalBytes)
        pieces.push([pieceStartByte, totalBytes]);
    const bytes = Buffer.from(text, 'utf8');
    for (const [from, to] of pieces) {
        const startIdx = source.indexOfByte(from);
        const endIdx = source.indexOfByte(to);
        if (errorIndex >= startIdx && errorIndex < endIdx)
            continue;
        const piece = bytes.subarray(from, to).toString('utf8');
        if (!piece.trim())
            continue;
        try {
            const result = (0,libpg_query__WEBPACK_IMPORTED_MODULE_2__.parseSync)(piece);
            out.push(...toStatements(source, text, result.stmts ?? [], from, out.length));
        }
        catch {
            // the split cut through something the scanner alone cannot see; that piece is skipped
        }
    }
    return out;
}


/***/ }),

/***/ 7192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ preprocess)
/* harmony export */ });
const META_LINE = /^[ \t]*\\[A-Za-z!?;][^\n]*/gm;
const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;
function preprocess(text) {
    const metaCommandLines = [];
    let out = text;
    if (out.includes('\\')) {
        // lines are counted on from the previous match: a file of many meta-commands stays linear
        let line = 1;
        let counted = 0;
        out = out.replace(META_LINE, (match, offset) => {
            line += newlines(text, counted, offset);
            counted = offset;
            metaCommandLines.push(line);
            // blanks alone would shorten the line in bytes when it holds `é`; inside a comment it can stay
            const slash = match.indexOf('\\');
            // eslint-disable-next-line no-control-regex
            return `${' '.repeat(slash)}--${match.slice(slash + 2).replace(/[\x00-\x7f]/g, ' ')}`;
        });
    }
    if (out.includes('${')) {
        // `_name__` keeps the length of `${name}` (one character more than `_name_`, which moved
        // every statement after a placeholder one character left); ASCII characters that cannot be
        // in an identifier become `_` (others can, and keep their byte width)
        out = out.replace(PLACEHOLDER, (_m, name) => `_${name.replace(/[^A-Za-z0-9_\u0080-\uffff]/g, '_')}__`);
    }
    return { text: out, metaCommandLines };
}
function newlines(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
class SourceText {
    text;
    lineStarts;
    /** byte offset -> UTF-16 index; absent when the text is pure ASCII (the common case). */
    byteToIndex;
    ascii;
    /** No surrogate pairs: a column is then the UTF-16 distance from the line start, plus one. */
    bmp;
    /**
     * With surrogate pairs: [index, characters before it] about every MARK_EVERY UTF-16 units,
     * so a column is counted from the nearest mark, not from the line start (a file can be one
     * long line, and counting from its start for every finding would be quadratic).
     */
    marks;
    constructor(text) {
        this.text = text;
        this.lineStarts = [0];
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
        // eslint-disable-next-line no-control-regex
        this.ascii = !/[^\x00-\x7f]/.test(text);
        this.bmp = this.ascii || !/[\ud800-\udbff]/.test(text);
        if (!this.bmp)
            this.marks = markCharacters(text);
        if (!this.ascii) {
            const bytes = Buffer.byteLength(text, 'utf8');
            const map = new Int32Array(bytes + 1);
            let b = 0;
            for (let i = 0; i < text.length; i++) {
                const cp = text.codePointAt(i);
                const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                for (let k = 0; k < width; k++)
                    map[b + k] = i;
                b += width;
                if (cp > 0xffff)
                    i++;
            }
            map[bytes] = text.length;
            this.byteToIndex = map;
        }
    }
    get length() {
        return this.text.length;
    }
    /** UTF-16 index of a UTF-8 byte offset (clamped to the text). */
    indexOfByte(byte) {
        if (byte <= 0)
            return 0;
        if (this.ascii)
            return Math.min(byte, this.text.length);
        const map = this.byteToIndex;
        return byte >= map.length ? this.text.length : map[byte];
    }
    /** UTF-8 byte offset of a UTF-16 index: the inverse of indexOfByte, without re-encoding the text before it. */
    byteOfIndex(index) {
        if (index <= 0)
            return 0;
        if (this.ascii)
            return Math.min(index, this.text.length);
        const map = this.byteToIndex;
        // the map is sorted: the first byte of the character at `index`
        let lo = 0;
        let hi = map.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (map[mid] < index)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** UTF-16 index of a code-point offset, as PostgreSQL reports error cursors. */
    indexOfCodePoint(cp) {
        if (this.ascii)
            return Math.min(Math.max(cp, 0), this.text.length);
        let i = 0;
        for (let n = 0; n < cp && i < this.text.length; n++) {
            i += this.text.codePointAt(i) > 0xffff ? 2 : 1;
        }
        return i;
    }
    /** 1-based line and column of a UTF-16 index. */
    position(index) {
        const idx = Math.max(0, Math.min(index, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= idx)
                lo = mid;
            else
                hi = mid - 1;
        }
        const start = this.lineStarts[lo];
        if (this.bmp)
            return { line: lo + 1, column: idx - start + 1 };
        return { line: lo + 1, column: this.charactersBefore(idx) - this.charactersBefore(start) + 1 };
    }
    /** Characters (a surrogate pair is one) before a UTF-16 index, as an editor counts them. */
    charactersBefore(idx) {
        const marks = this.marks;
        // the last mark at or before idx
        let lo = 0;
        let hi = marks.length / 2 - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (marks[2 * mid] <= idx)
                lo = mid;
            else
                hi = mid - 1;
        }
        let count = marks[2 * lo + 1];
        for (let i = marks[2 * lo]; i < idx; i++) {
            const c = this.text.charCodeAt(i);
            // a surrogate pair is one character on screen
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx)
                i++;
            count++;
        }
        return count;
    }
    /** The text of a 1-based line, without its newline. */
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        let end = next === undefined ? this.text.length : next - 1;
        // (not a /\r$/ replace: that scans the whole line, and a line can be the whole file)
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}
const MARK_EVERY = 256;
/** [index, characters before it] pairs, at character boundaries, from index 0 on. */
function markCharacters(text) {
    const marks = [0, 0];
    let count = 0;
    let next = MARK_EVERY;
    for (let i = 0; i < text.length; i++) {
        if (i >= next) {
            marks.push(i, count);
            next = i + MARK_EVERY;
        }
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)
            i++;
        count++;
    }
    return Int32Array.from(marks);
}


/***/ })

};
