export const id = 527;
export const ids = [527];
export const modules = {

/***/ 2527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTest: () => (/* binding */ runTest)
});

;// CONCATENATED MODULE: ./src/db/node-navigator.ts
/**
 * pg decides when it loads whether it runs in a Cloudflare Worker. Without a `navigator` global
 * (Node before 21) it builds a fetch `Response` to tell, and touching `Response` loads Node's
 * whole fetch implementation (undici): some 25 ms of every `pgmig test` start-up, for nothing.
 * A Node.js navigator, as Node 21 and later have, answers the question at once. It exists only
 * while pg loads (see pg-loaded.ts): nothing else sees it.
 */
const defined = typeof globalThis.navigator === 'undefined';
if (defined) {
    Object.defineProperty(globalThis, 'navigator', {
        value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
        configurable: true,
        writable: true,
    });
}
/** Removes the navigator again, if this module defined it. */
function removeNavigator() {
    if (defined)
        delete globalThis.navigator;
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/db/pg-loaded.ts
// Loads pg quickly (see node-navigator.ts): import this before anything that imports pg. The
// order of these imports is the point: ES modules run their imports in order, first to last.


removeNavigator();
/** pg, loaded; used so that no bundler drops the import as unused. */
const pgLoaded = typeof esm/* default.Client */.Ay.Client === 'function';

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/db/apply.ts
var apply = __webpack_require__(2154);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/db/cluster.ts







const INSTALL_HINT = 'install PostgreSQL (Debian/Ubuntu: `apt-get install postgresql-15`; Fedora: `dnf install postgresql-server`; ' +
    'macOS: `brew install postgresql@15`), or give a server with --database-url postgresql://user:password@host:5432/db ' +
    '(or DATABASE_URL, or the PG* variables)';
/**
 * The folder holding initdb and postgres: $PGMIG_PG_BINDIR, `pg_config --bindir`, the newest
 * /usr/lib/postgresql/<major>/bin (Debian puts the server there, off PATH), then PATH.
 */
function findBinDir(env = process.env, roots = ['/usr/lib/postgresql', '/usr/pgsql']) {
    const ok = (d) => !!d && isExecutable((0,external_node_path_.join)(d, 'initdb')) && isExecutable((0,external_node_path_.join)(d, 'postgres'));
    if (env.PGMIG_PG_BINDIR) {
        if (ok(env.PGMIG_PG_BINDIR))
            return env.PGMIG_PG_BINDIR;
        throw new errors/* UserError */.y(`PGMIG_PG_BINDIR=${env.PGMIG_PG_BINDIR} holds no initdb and postgres programs`);
    }
    try {
        const d = (0,external_node_child_process_.execFileSync)('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env }).trim();
        if (ok(d))
            return d;
    }
    catch {
        // no pg_config (it comes with libpq-dev on Debian): look in the usual places
    }
    for (const root of roots) {
        const majors = listDir(root)
            .filter((n) => /^\d+(\.\d+)?$/.test(n))
            .sort((a, b) => Number(b) - Number(a));
        for (const m of majors)
            if (ok((0,external_node_path_.join)(root, m, 'bin')))
                return (0,external_node_path_.join)(root, m, 'bin');
    }
    // RHEL's PGDG packages: /usr/pgsql-16/bin
    const pgdg = (roots.length ? listDir('/usr') : [])
        .filter((n) => /^pgsql-\d+$/.test(n))
        .sort((a, b) => Number(b.slice(6)) - Number(a.slice(6)));
    for (const p of pgdg)
        if (ok((0,external_node_path_.join)('/usr', p, 'bin')))
            return (0,external_node_path_.join)('/usr', p, 'bin');
    for (const d of (env.PATH ?? '').split(':'))
        if (ok(d))
            return d;
    return undefined;
}
function listDir(d) {
    try {
        return (0,external_node_fs_.readdirSync)(d);
    }
    catch {
        return [];
    }
}
function isExecutable(p) {
    try {
        (0,external_node_fs_.accessSync)(p, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** initdb and postgres refuse to run as root; as root, pick the `postgres` user, else `nobody`. */
function unprivilegedUser() {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0)
        return undefined;
    let passwd = '';
    try {
        passwd = (0,external_node_fs_.readFileSync)('/etc/passwd', 'utf8');
    }
    catch {
        // fall through to the error below
    }
    const users = new Map();
    for (const line of passwd.split('\n')) {
        const f = line.split(':');
        if (f.length >= 4)
            users.set(f[0], { name: f[0], uid: Number(f[2]), gid: Number(f[3]) });
    }
    const u = users.get('postgres') ?? users.get('nobody');
    if (!u)
        throw new errors/* UserError */.y('running as root, and there is neither a `postgres` nor a `nobody` user to run the throwaway PostgreSQL server as; create one (useradd postgres) or run pgmig as another user');
    return u;
}
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = (0,external_node_net_.createServer)();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
/**
 * Runs a program in a process group of its own, noting the group in `entry` while it runs, so a
 * signal handler can end it together with the children it started (initdb runs postgres).
 */
function run(bin, args, runAs, cwd, env, entry) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(bin, args, { cwd, env, uid: runAs?.uid, gid: runAs?.gid, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        entry.group = child.pid ?? 0;
        child.once('close', () => (entry.group = 0));
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, output }));
    });
}
/** Every live cluster of this process, so exit and signal handlers can clean them up. */
const live = new Set();
let handlersInstalled = false;
/** Keeps the process alive while a kept cluster serves (--keep); cleared by the cleanup. */
let holding;
function killAndWaitSync(pid) {
    // 0 and negative numbers address process groups (0: our own): never signal those here
    if (!(pid > 0))
        return;
    try {
        // immediate shutdown: the postmaster stops its children and removes its shared memory
        process.kill(pid, 'SIGQUIT');
    }
    catch {
        return;
    }
    const until = Date.now() + 5000;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (Date.now() < until) {
        if (!alive(pid))
            return;
        Atomics.wait(pause, 0, 0, 20);
    }
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
/** True while the process runs; a zombie (exited, not yet reaped by us) counts as gone. */
function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch {
        return false;
    }
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return true;
    }
}
function cleanupAllSync() {
    for (const c of [...live]) {
        if (c.group > 0) {
            try {
                process.kill(-c.group, 'SIGKILL');
            }
            catch {
                // already gone
            }
        }
        killAndWaitSync(c.pid);
        sweepSync(c.dir);
        releaseSharedMemory((0,external_node_path_.join)(c.dir, 'data'));
        (0,external_node_fs_.rmSync)(c.dir, { recursive: true, force: true });
        live.delete(c);
    }
    if (holding)
        clearInterval(holding);
    holding = undefined;
}
function onSignal(signal) {
    // a finished run serving a kept cluster: the signal is how the user says "done", not an abort
    const finished = holding !== undefined;
    const doing = finished ? undefined : describe([...live][0]);
    const dirs = [...live].map((c) => c.dir);
    cleanupAllSync();
    removeHandlers();
    if (finished)
        process.exit();
    try {
        (0,external_node_fs_.writeSync)(2, `pgmig: interrupted by ${signal} while ${doing}; stopped the throwaway PostgreSQL server and deleted ${dirs.join(', ')}\n`);
    }
    catch {
        // no stderr to tell
    }
    // re-raise so the exit status says which signal ended the run (130, 143 in a shell), as without the handler
    process.kill(process.pid, signal);
}
function describe(c) {
    if (!c?.activity)
        return 'starting the throwaway PostgreSQL server';
    try {
        return c.activity() ?? 'using the throwaway PostgreSQL server';
    }
    catch {
        return 'using the throwaway PostgreSQL server';
    }
}
/**
 * Processes still working in the cluster's directory (every server process runs in its data
 * directory). A postmaster that was killed leaves its backends behind until each notices; they
 * must be gone before the directory is, and never outlive pgmig.
 */
function processesIn(dir) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const out = [];
    for (const n of names) {
        if (!/^\d+$/.test(n) || Number(n) === process.pid)
            continue;
        let cwd;
        try {
            cwd = (0,external_node_fs_.readlinkSync)(`/proc/${n}/cwd`);
        }
        catch {
            continue;
        }
        if ((cwd === dir || cwd.startsWith(`${dir}/`)) && alive(Number(n)))
            out.push(Number(n));
    }
    return out;
}
function killAll(pids) {
    for (const p of pids) {
        try {
            process.kill(p, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
}
/** Waits up to 2 s for the processes left in `dir` to end by themselves, then kills them. */
function sweepSync(dir) {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let until = Date.now() + 2000; Date.now() < until;) {
        if (!processesIn(dir).length)
            return;
        Atomics.wait(pause, 0, 0, 20);
    }
    killAll(processesIn(dir));
}
async function sweep(dir) {
    for (let until = Date.now() + 2000; Date.now() < until;) {
        if (!processesIn(dir).length)
            return;
        await new Promise((r) => setTimeout(r, 20));
    }
    killAll(processesIn(dir));
}
/**
 * A postmaster that was killed leaves its small System V shared memory segment behind (a normal
 * or immediate shutdown removes it, and the pid file with it): remove it once nothing is
 * attached. The segment is named in postmaster.pid, and exists until removed, so its id cannot
 * have passed to another server meanwhile.
 */
function releaseSharedMemory(dataDir) {
    const [key, id] = (safeRead((0,external_node_path_.join)(dataDir, 'postmaster.pid')).split('\n')[6] ?? '').trim().split(/\s+/);
    if (!key || !id || !/^\d+$/.test(id))
        return;
    const row = safeRead('/proc/sysvipc/shm')
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .find((f) => f[0] === key && f[1] === id);
    if (!row || row[6] !== '0')
        return;
    try {
        (0,external_node_child_process_.execFileSync)('ipcrm', ['-m', id], { stdio: 'ignore' });
    }
    catch {
        // no ipcrm: a segment of 56 bytes stays until the machine restarts
    }
}
function installHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    process.on('exit', cleanupAllSync);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
function removeHandlers() {
    if (!handlersInstalled)
        return;
    handlersInstalled = false;
    process.off('exit', cleanupAllSync);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
}
/** Starts a throwaway cluster; a missing installation is a UserError that says what to install. */
async function startCluster(opts = {}) {
    const env = opts.env ?? process.env;
    const binDir = findBinDir(env, opts.searchRoots);
    if (!binDir) {
        throw new errors/* UserError */.y(`no PostgreSQL server to test against: no --database-url, DATABASE_URL or PG* variables, and no PostgreSQL server programs (initdb, postgres) found via pg_config, /usr/lib/postgresql/*/bin or PATH; ${INSTALL_HINT}`);
    }
    const runAs = unprivilegedUser();
    // the unprivileged user must be able to reach the directory; root's TMPDIR may be private
    let base = (0,external_node_os_.tmpdir)();
    if (runAs && !worldSearchable(base))
        base = '/tmp';
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'pgmig-pg-'));
    const entry = { pid: 0, group: 0, dir };
    // from here on a signal or an exit removes the directory and whatever runs in it
    installHandlers();
    live.add(entry);
    let child;
    const fail = async (message) => {
        if (child?.pid)
            killAndWaitSync(child.pid);
        if (entry.group > 0) {
            try {
                process.kill(-entry.group, 'SIGKILL');
            }
            catch {
                // already gone
            }
        }
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        live.delete(entry);
        if (live.size === 0)
            removeHandlers();
        throw new errors/* UserError */.y(message);
    };
    try {
        const dataDir = (0,external_node_path_.join)(dir, 'data');
        const sockDir = (0,external_node_path_.join)(dir, 'sock');
        (0,external_node_fs_.mkdirSync)(sockDir, { mode: 0o700 });
        if (runAs) {
            (0,external_node_fs_.chownSync)(dir, runAs.uid, runAs.gid);
            (0,external_node_fs_.chownSync)(sockDir, runAs.uid, runAs.gid);
        }
        const childEnv = { PATH: env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C', TZ: env.TZ ?? 'UTC' };
        const init = await run((0,external_node_path_.join)(binDir, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], runAs, dir, childEnv, entry);
        if (init.code !== 0) {
            return await fail(`initdb (${binDir}) failed${runAs ? ` running as ${runAs.name}` : ''}: ${lastLines(init.output)}`);
        }
        const version = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dataDir, 'PG_VERSION'), 'utf8').trim();
        // another process may take the port between the probe and the bind; try a few
        for (let attempt = 1;; attempt++) {
            const port = await freePort();
            const logFile = (0,external_node_path_.join)(dir, 'postgres.log');
            const log = (0,external_node_fs_.openSync)(logFile, 'a');
            if (runAs)
                (0,external_node_fs_.chownSync)(logFile, runAs.uid, runAs.gid);
            child = (0,external_node_child_process_.spawn)((0,external_node_path_.join)(binDir, 'postgres'), [
                '-D', dataDir,
                '-p', String(port),
                '-k', sockDir,
                '-c', 'listen_addresses=127.0.0.1',
                '-c', 'fsync=off',
                '-c', 'full_page_writes=off',
                '-c', 'synchronous_commit=off',
                '-c', 'max_connections=200',
                '-c', 'logging_collector=off',
                '-c', 'log_min_messages=warning',
            ], 
            // a group of its own: a Ctrl-C on the terminal reaches pgmig, which stops the server in order
            { cwd: dir, env: childEnv, uid: runAs?.uid, gid: runAs?.gid, stdio: ['ignore', log, log], detached: true });
            (0,external_node_fs_.closeSync)(log);
            entry.pid = child.pid ?? 0;
            const exited = new Promise((resolve) => {
                child.once('exit', (code) => resolve(code));
                child.once('error', () => resolve(null));
            });
            // the server has no certificate: say so, rather than have every client ask first (sslmode=prefer)
            const target = { source: 'throwaway cluster', host: '127.0.0.1', port, user: 'postgres', database: 'postgres', params: { sslmode: 'disable' } };
            const ready = await waitReady(target, exited, opts.startTimeoutMs ?? 30_000);
            if (ready === 'ready') {
                child.unref();
                entry.activity = opts.activity ?? (() => undefined);
                const pid = entry.pid;
                let stopped = false;
                return {
                    target,
                    dataDir,
                    dir,
                    binDir,
                    version,
                    pid,
                    async stop(o = {}) {
                        if (stopped)
                            return;
                        stopped = true;
                        if (o.keep) {
                            // the exit and signal handlers stay, and do the cleanup when the time comes
                            holding ??= setInterval(() => { }, 1 << 30);
                            return;
                        }
                        await stopServer(pid);
                        await sweep(dir);
                        releaseSharedMemory(dataDir);
                        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                        // only now: until the directory is gone, an exit or a signal must still clean up
                        live.delete(entry);
                        if (live.size === 0)
                            removeHandlers();
                    },
                };
            }
            const logText = safeRead(logFile);
            if (ready === 'exited' && /could not bind|address already in use/i.test(logText) && attempt < 4)
                continue;
            return await fail(ready === 'timeout'
                ? `the throwaway PostgreSQL server (${binDir}) did not accept connections within ${(opts.startTimeoutMs ?? 30_000) / 1000}s: ${lastLines(logText)}`
                : `the throwaway PostgreSQL server (${binDir}) stopped while starting: ${lastLines(logText)}`);
        }
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        return await fail(`could not start a throwaway PostgreSQL server: ${err.message}`);
    }
}
function worldSearchable(d) {
    try {
        // others need search permission (x) on the directory to reach a folder inside it
        return ((0,external_node_fs_.statSync)(d).mode & 0o001) !== 0;
    }
    catch {
        return false;
    }
}
function safeRead(p) {
    try {
        return (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    catch {
        return '';
    }
}
function lastLines(text, n = 5) {
    const lines = text.trim().split('\n').filter(Boolean);
    return lines.slice(-n).join(' | ') || '(no output)';
}
async function waitReady(target, exited, timeoutMs) {
    let gone = false;
    void exited.then(() => (gone = true));
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        if (gone)
            return 'exited';
        const c = new esm/* default.Client */.Ay.Client({ host: target.host, port: target.port, user: target.user, database: target.database, ssl: false });
        c.on('error', () => { });
        try {
            await c.connect();
            await c.end();
            return 'ready';
        }
        catch {
            await c.end().catch(() => { });
        }
        await new Promise((r) => setTimeout(r, 30));
    }
    return gone ? 'exited' : 'timeout';
}
async function stopServer(pid) {
    try {
        // fast shutdown: disconnects clients; with fsync off there is no checkpoint worth waiting for
        process.kill(pid, 'SIGINT');
    }
    catch {
        return;
    }
    // polled with ordinary timers: they keep the event loop (and so the caller) alive meanwhile
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
        if (!alive(pid))
            return;
        await new Promise((r) => setTimeout(r, 20));
    }
    killAndWaitSync(pid);
}

// EXTERNAL MODULE: ./src/db/connect.ts
var connect = __webpack_require__(8008);
// EXTERNAL MODULE: ./node_modules/tap-parser/dist/esm/index.js + 15 modules
var dist_esm = __webpack_require__(3415);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/sql/parse.ts
var parse = __webpack_require__(4159);
;// CONCATENATED MODULE: ./src/db/pgtap.ts








/** pgTAP test files under the tests folder: `*.sql` and `*.pg`, subfolders too, sorted by path. */
function findTestFiles(cwd, dir) {
    let names;
    try {
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            return [];
        names = (0,external_node_fs_.readdirSync)(dir, { recursive: true, encoding: 'utf8' });
    }
    catch {
        return [];
    }
    return names
        .filter((n) => /\.(sql|pg)$/.test(n))
        .map((n) => (0,external_node_path_.join)(dir, n))
        .filter((p) => (0,external_node_fs_.statSync)(p).isFile())
        // byte order, as `ls` in the C locale and pg_prove's glob: users.sql before users_again.pg
        .sort((a, b) => ((0,discover/* displayPath */.Gt)(cwd, a) < (0,discover/* displayPath */.Gt)(cwd, b) ? -1 : (0,discover/* displayPath */.Gt)(cwd, a) > (0,discover/* displayPath */.Gt)(cwd, b) ? 1 : 0));
}
/**
 * Makes pgTAP available in the test database. Returns true when pgmig created it (and so should
 * drop it again, to keep its functions out of the schema the undo rehearsal compares).
 */
async function ensurePgTap(client, testCount) {
    const have = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pgtap'`);
    if (have.rowCount)
        return false;
    const available = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pgtap'`);
    const major = Math.floor(Number((await client.query(`SELECT current_setting('server_version_num') AS v`)).rows[0].v) / 10000);
    const why = `${testCount} pgTAP test file${testCount === 1 ? '' : 's'}`;
    if (!available.rowCount) {
        throw new errors/* UserError */.y(`pgTAP is not installed on the PostgreSQL ${major} server, and the ${why} need it: install it where the server runs ` +
            `(Debian/Ubuntu: \`apt-get install postgresql-${major}-pgtap\`; from source: https://pgtap.org), ` +
            'or in GitHub Actions use the pgmig reusable workflow, which installs it');
    }
    try {
        await client.query('CREATE EXTENSION IF NOT EXISTS pgtap');
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot create the pgtap extension (needed by the ${why}): ${err.message}; connect as a superuser or install pgtap in the template database`);
    }
    return true;
}
/** The file's own BEGIN/COMMIT/ROLLBACK would end pgmig's transaction; savepoints are fine. */
function endsOrStartsTransaction(s) {
    if (s.kind !== 'TransactionStmt')
        return false;
    const k = String(s.node?.kind ?? '');
    return !['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'].includes(k);
}
/**
 * Runs one test file on a connection of its own, inside a transaction that is always rolled back
 * (its own BEGIN and ROLLBACK are left out), and reads the TAP the pgTAP functions return.
 * psql meta-commands (`\set`, `\pset`, …) are skipped by the parser's preprocessing.
 */
async function runTestFile(target, cwd, absPath, bodies, 
/** Told each statement as it starts (undefined when the file is done), for a message on Ctrl-C. */
onStatement) {
    const file = (0,discover/* displayPath */.Gt)(cwd, absPath);
    const started = performance.now();
    const text = (0,external_node_fs_.readFileSync)(absPath, 'utf8').replace(/^\uFEFF/, '');
    const parsed = (0,parse/* parseSql */.eg)(text);
    const result = { file, status: 'passed', ran: 0, passed: 0, failed: 0, skipped: 0, todo: 0, tests: [], problems: [], durationMs: 0 };
    const tap = [];
    if (parsed.error) {
        const p = parsed.source.position(parsed.error.index);
        result.error = { file, line: p.line, column: p.column, sqlstate: '42601', message: `syntax error: ${parsed.error.message}` };
    }
    else {
        const client = await (0,connect/* connect */.Ng)(target, 'pgmig test');
        try {
            try {
                await client.query('BEGIN');
            }
            catch (err) {
                // only a broken connection fails a BEGIN: errorAt throws the environment error for it
                result.error = (0,apply/* errorAt */.Os)(file, parsed.source, undefined, err, undefined, 'starting its transaction');
            }
            for (const s of result.error ? [] : parsed.statements) {
                if (endsOrStartsTransaction(s))
                    continue;
                onStatement?.({ file, line: parsed.source.position(s.start).line, sql: s.text });
                let r;
                try {
                    r = await client.query({ text: s.text, rowMode: 'array' });
                }
                catch (err) {
                    // a function of the migrations that raised: say where in them (every migration ran before)
                    result.error = (0,apply/* errorAt */.Os)(file, parsed.source, s, err, bodies ? { bodies, seq: Number.MAX_SAFE_INTEGER } : undefined);
                    break;
                }
                for (const res of Array.isArray(r) ? r : [r]) {
                    for (const row of res.rows) {
                        for (const v of row)
                            if (typeof v === 'string')
                                tap.push(v);
                    }
                }
            }
        }
        finally {
            onStatement?.(undefined);
            await client.query('ROLLBACK').catch(() => { });
            await client.end().catch(() => { });
        }
    }
    readTap(tap.join('\n') + '\n', result);
    if (result.error)
        result.problems.push(`died at line ${result.error.line}: ${result.error.message}`);
    result.status = result.problems.length || result.failed ? 'failed' : 'passed';
    result.durationMs = performance.now() - started;
    return result;
}
function readTap(text, out) {
    const parser = new dist_esm/* Parser */.iX();
    let last;
    let final;
    parser.on('assert', (r) => {
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
    parser.on('comment', (c) => {
        const line = c.replace(/\n$/, '');
        // the parser's own summary line says what the plan check below says better
        if (/^# test count\(\d+\) != plan\(/.test(line))
            return;
        if (last)
            last.diagnostics.push(line);
    });
    parser.on('complete', (r) => (final = r));
    parser.end(text);
    out.ran = out.tests.length;
    out.skipped = out.tests.filter((t) => t.skip).length;
    out.todo = out.tests.filter((t) => t.todo).length;
    // a failing TODO test is expected to fail, as in TAP
    out.failed = out.tests.filter((t) => !t.ok && !t.todo).length;
    out.passed = out.ran - out.failed;
    const plan = final?.plan;
    if (plan && plan.end !== null && plan.start !== null && !plan.skipAll)
        out.planned = plan.end - plan.start + 1;
    if (final?.bailout)
        out.problems.push(`bailed out${typeof final.bailout === 'string' ? `: ${final.bailout}` : ''}`);
    if (out.ran === 0 && !out.error && !plan?.skipAll)
        out.problems.push('no TAP output: the file ran no pgTAP tests (call plan() and test functions such as ok() in SELECT statements)');
    else if (out.planned !== undefined && out.planned !== out.ran)
        out.problems.push(`planned ${out.planned} test${out.planned === 1 ? '' : 's'} but ran ${out.ran}`);
    else if (out.ran > 0 && out.planned === undefined && !plan?.skipAll)
        out.problems.push(`no plan: call plan(${out.ran}) first, or finish() or done_testing() at the end`);
}

;// CONCATENATED MODULE: ./src/db/snapshot.ts

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'`;
/** Objects that belong to an extension come and go with it; the extension itself is compared. */
const notExt = (catalog, oid) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
const acl = (col) => `coalesce((SELECT string_agg(a::text, ',' ORDER BY a::text) FROM unnest(${col}) a), 'default')`;
const HISTORY = `c.relname NOT IN ('${apply/* HISTORY_TABLE */.GQ}', '${apply/* HISTORY_TABLE */.GQ}_pk', '${apply/* HISTORY_TABLE */.GQ}_s_idx')`;
const qn = (ns, name) => `quote_ident(${ns}) || '.' || quote_ident(${name})`;
const KIND = `CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table'
  WHEN 'm' THEN 'materialized view' WHEN 'v' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'composite type' ELSE c.relkind::text END`;
const RELS = `FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')}`;
const SNAPSHOT_SQL = [
    `SELECT 'schema ' || quote_ident(n.nspname) AS k, 'owner ' || pg_get_userbyid(n.nspowner) || ', privileges ' || ${acl('n.nspacl')} AS v
   FROM pg_namespace n WHERE ${USER_NS} AND ${notExt('pg_namespace', 'n.oid')}`,
    `SELECT 'extension ' || quote_ident(e.extname), 'version ' || e.extversion || ' in schema ' || e.extnamespace::regnamespace::text
   FROM pg_extension e WHERE e.extname <> 'plpgsql'`,
    // relations: kind, owner, persistence and options; RLS and grants as entries of their own
    `SELECT ${KIND} || ' ' || ${qn('n.nspname', 'c.relname')},
     'owner ' || pg_get_userbyid(c.relowner) || CASE c.relpersistence WHEN 'u' THEN ', unlogged' ELSE '' END
     || coalesce(', with (' || array_to_string(c.reloptions, ', ') || ')', '')
     || CASE WHEN c.relispartition THEN ', partition of ' || (SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = c.oid)
          || ' ' || pg_get_expr(c.relpartbound, c.oid) ELSE '' END
     || CASE WHEN c.relkind = 'p' THEN ', partition by ' || pg_get_partkeydef(c.oid) ELSE '' END
   ${RELS} AND c.relkind IN ('r','p','f','m','v','S','c')`,
    `SELECT 'row level security ' || ${qn('n.nspname', 'c.relname')},
     CASE WHEN c.relrowsecurity THEN 'enabled' ELSE 'disabled' END || CASE WHEN c.relforcerowsecurity THEN ', forced' ELSE '' END
   ${RELS} AND c.relkind IN ('r','p')`,
    `SELECT 'privileges on ' || ${qn('n.nspname', 'c.relname')}, ${acl('c.relacl')} ${RELS} AND c.relkind IN ('r','p','f','m','v','S')`,
    `SELECT 'view definition ' || ${qn('n.nspname', 'c.relname')}, pg_get_viewdef(c.oid, true) ${RELS} AND c.relkind IN ('v','m')`,
    // columns, with their position among the live ones: a column dropped and added back moves to the end
    `SELECT 'column ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(a.attname),
     format_type(a.atttypid, a.atttypmod)
     || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
     || coalesce(CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                      ELSE ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) END, '')
     || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END
     || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
     || ', position ' || row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum)
     || CASE WHEN a.attacl IS NOT NULL THEN ', privileges ' || ${acl('a.attacl')} ELSE '' END
   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   JOIN pg_type t ON t.oid = a.atttypid
   LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','p','f','c') AND ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')}`,
    `SELECT 'constraint ' || ${qn('n.nspname', 'coalesce(c.relname, t.typname)')} || '.' || quote_ident(co.conname), pg_get_constraintdef(co.oid, true)
     || CASE WHEN NOT co.convalidated THEN ' (not validated)' ELSE '' END
   FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
   LEFT JOIN pg_class c ON c.oid = co.conrelid LEFT JOIN pg_type t ON t.oid = co.contypid
   WHERE ${USER_NS} AND (c.oid IS NULL OR ${HISTORY}) AND ${notExt('pg_constraint', 'co.oid')}
     AND (c.oid IS NULL OR ${notExt('pg_class', 'c.oid')}) AND (t.oid IS NULL OR ${notExt('pg_type', 't.oid')})`,
    `SELECT 'index ' || ${qn('n.nspname', 'c.relname')}, pg_get_indexdef(i.indexrelid)
     || CASE WHEN NOT i.indisvalid THEN ' (INVALID)' ELSE '' END
   FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'i.indrelid')}`,
    `SELECT 'policy ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(p.polname),
     'FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
     || CASE WHEN p.polpermissive THEN '' ELSE ' AS RESTRICTIVE' END
     || ' TO ' || (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END, ', ' ORDER BY 1) FROM unnest(p.polroles) r)
     || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
     || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
   FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS}`,
    `SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' ELSE 'function ' END
       || ${qn('n.nspname', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')',
     CASE WHEN p.prokind = 'a' THEN 'returns ' || format_type(p.prorettype, NULL) ELSE pg_get_functiondef(p.oid) END
     || ' -- owner ' || pg_get_userbyid(p.proowner) || ', privileges ' || ${acl('p.proacl')}
   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_NS} AND ${notExt('pg_proc', 'p.oid')}`,
    `SELECT 'type ' || ${qn('n.nspname', 't.typname')},
     CASE t.typtype
       WHEN 'e' THEN 'enum (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
       WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
         || coalesce(' DEFAULT ' || t.typdefault, '')
       WHEN 'r' THEN 'range'
       ELSE t.typtype::text END || ' -- owner ' || pg_get_userbyid(t.typowner) || ', privileges ' || ${acl('t.typacl')}
   FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE ${USER_NS} AND t.typtype IN ('e','d','r') AND ${notExt('pg_type', 't.oid')}`,
    `SELECT 'sequence options ' || ${qn('n.nspname', 'c.relname')},
     'AS ' || format_type(s.seqtypid, NULL) || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement || ' MINVALUE ' || s.seqmin
     || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END
     || coalesce(' OWNED BY ' || (SELECT d.refobjid::regclass::text || '.' || quote_ident(a.attname) FROM pg_depend d
          JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1), '')
   FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE ${USER_NS} AND ${notExt('pg_class', 'c.oid')}`,
    `SELECT 'trigger ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(tg.tgname), pg_get_triggerdef(tg.oid, true)
     || CASE tg.tgenabled WHEN 'D' THEN ' (disabled)' WHEN 'R' THEN ' (replica)' WHEN 'A' THEN ' (always)' ELSE '' END
   FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT tg.tgisinternal AND ${USER_NS}`,
    `SELECT 'default privileges for ' || pg_get_userbyid(d.defaclrole) || coalesce(' in ' || d.defaclnamespace::regnamespace::text, '')
     || ' on ' || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' ELSE 'schemas' END,
     ${acl('d.defaclacl')}
   FROM pg_default_acl d`,
    `SELECT 'rule ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(r.rulename), pg_get_ruledef(r.oid, true)
   FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE r.rulename <> '_RETURN' AND ${USER_NS}`,
]
    .map((q) => `(${q})`)
    .join('\nUNION ALL\n');
async function snapshotSchema(client) {
    const r = await client.query(SNAPSHOT_SQL);
    const snap = new Map();
    for (const row of r.rows)
        snap.set(row.k, row.v ?? '');
    return snap;
}
/** Every difference between what was expected and what is there, sorted by object. */
function diffSnapshots(expected, actual) {
    const out = [];
    for (const [k, v] of expected) {
        const a = actual.get(k);
        if (a === undefined)
            out.push({ object: k, change: 'missing', expected: v });
        else if (a !== v)
            out.push({ object: k, change: 'changed', expected: v, actual: a });
    }
    for (const [k, v] of actual)
        if (!expected.has(k))
            out.push({ object: k, change: 'extra', actual: v });
    return out.sort((a, b) => a.object.localeCompare(b.object));
}
/**
 * One line for people: what differs and how. `when` is the moment compared (`after the undo`),
 * `reference` the moment the expected schema was taken (`before the migration`).
 */
function describeDifference(d, when, reference) {
    const short = (s = '') => (s.length > 200 ? `${s.slice(0, 197)}…` : s).replace(/\s+/g, ' ');
    if (d.change === 'extra')
        return `${d.object} exists ${when} but not ${reference}: ${short(d.actual)}`;
    if (d.change === 'missing')
        return `${d.object} is missing ${when}; ${reference} it was: ${short(d.expected)}`;
    return `${d.object} differs ${when}: ${reference} ${short(d.expected)}, now ${short(d.actual)}`;
}

// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sql/transactional.ts
var transactional = __webpack_require__(3713);
;// CONCATENATED MODULE: ./src/db/trace.ts



const KINDS = {
    r: 'table',
    p: 'partitioned table',
    i: 'index',
    I: 'partitioned index',
    m: 'materialized view',
    S: 'sequence',
    v: 'view',
    f: 'foreign table',
};
/** `AccessExclusiveLock` -> `ACCESS EXCLUSIVE` */
function lockModeName(mode) {
    return mode
        .replace(/Lock$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toUpperCase();
}
/**
 * Measures, per statement, the locks taken on relations that existed before the change, the
 * rewrites, and the ACCESS EXCLUSIVE locks held across later statements. Inside a transaction
 * the locks are read after each statement on the migration's own connection (PostgreSQL keeps
 * relation locks until the end of the transaction, so nothing is missed); outside one, a second
 * connection samples pg_locks while the statement runs.
 */
class Tracer {
    existing;
    observer;
    pids = new WeakMap();
    /** relation oid + mode, held in the current transaction */
    held = new Set();
    accessExclusive = new Map();
    oidList = '{}';
    constructor(existing, observer) {
        this.existing = existing;
        this.observer = observer;
        this.oidList = `{${[...existing.keys()].join(',')}}`;
    }
    /**
     * Takes the list of existing relations: call it after the base migrations, before the new ones.
     * The observer (a second connection to the database) is only needed for statements that run
     * outside a transaction; given as a function, it is asked for the first time one does, so a
     * change that has none costs no second login.
     */
    static async create(client, observer) {
        const r = await client.query(`
      SELECT c.oid::bigint::text AS oid, n.nspname, c.relname, c.relkind::text AS relkind, c.relfilenode::bigint::text AS relfilenode
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r','p','i','I','m','S','v','f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        AND c.relname NOT IN ('${apply/* HISTORY_TABLE */.GQ}', '${apply/* HISTORY_TABLE */.GQ}_pk', '${apply/* HISTORY_TABLE */.GQ}_s_idx')`);
        const existing = new Map();
        for (const row of r.rows) {
            existing.set(row.oid, { name: `${row.nspname}.${row.relname}`, kind: KINDS[row.relkind] ?? row.relkind, relkind: row.relkind, relfilenode: row.relfilenode });
        }
        return new Tracer(existing, observer);
    }
    get existingRelations() {
        return [...this.existing.values()].map((r) => r.name);
    }
    /** Reads the storage of the existing relations again, after work that was not traced. */
    async refresh(client) {
        const r = await client.query(this.stateQuery(false));
        for (const row of r.rows) {
            const rel = this.existing.get(row.oid);
            if (rel)
                rel.relfilenode = row.v;
        }
    }
    /** A new file: a new transaction, nothing held yet. */
    async beginFile(client) {
        this.held.clear();
        this.accessExclusive.clear();
        if (!this.pids.has(client)) {
            const r = await client.query('SELECT pg_backend_pid() AS pid');
            this.pids.set(client, r.rows[0].pid);
        }
    }
    /** The file's own COMMIT or ROLLBACK released everything. */
    endTransaction() {
        this.held.clear();
        this.accessExclusive.clear();
    }
    /** Runs one statement and traces it; the statement's error propagates unchanged. */
    async run(client, stmt, source, outsideTransaction) {
        const heldAccessExclusive = [...this.accessExclusive.values()].sort((a, b) => a.sinceLine - b.sinceLine || a.relation.localeCompare(b.relation));
        const line = source.position(stmt.start).line;
        const trace = {
            index: stmt.index,
            line,
            endLine: source.position(stmt.end).line,
            kind: stmt.kind,
            sql: shorten(stmt.text),
            durationMs: 0,
            outsideTransaction,
            locks: [],
            rewrites: [],
            rebuiltIndexes: [],
            heldAccessExclusive,
        };
        // (a login the observer needs first is not the statement's time)
        const observer = outsideTransaction && this.observer ? (typeof this.observer === 'function' ? await this.observer() : this.observer) : undefined;
        const started = performance.now();
        let seen = [];
        if (observer) {
            trace.sampled = true;
            seen = await this.sample(client, observer, stmt);
            trace.durationMs = performance.now() - started;
            const after = await client.query(this.stateQuery(false));
            this.noteRewrites(trace, after.rows);
        }
        else {
            await client.query(stmt.text);
            trace.durationMs = performance.now() - started;
            const after = lookAt(await client.query(withOwnWorkMem(this.stateQuery(true))));
            seen = after.rows.filter((r) => r.k === 'l').map((r) => ({ oid: r.oid, mode: r.v }));
            this.noteRewrites(trace, after.rows);
        }
        const heldBefore = outsideTransaction ? new Map() : this.heldModes();
        const added = new Set();
        for (const { oid, mode } of seen) {
            const rel = this.existing.get(oid);
            const key = `${oid}/${mode}`;
            if (!rel || added.has(key) || (!outsideTransaction && this.held.has(key)))
                continue;
            added.add(key);
            if (!outsideTransaction)
                this.held.add(key);
            const name = lockModeName(mode);
            trace.locks.push({ relation: rel.name, relationKind: rel.kind, mode: name });
            if (name === 'ACCESS EXCLUSIVE' && !outsideTransaction && !this.accessExclusive.has(rel.name)) {
                this.accessExclusive.set(rel.name, { relation: rel.name, sinceLine: line });
            }
        }
        trace.locks = strongestPerRelation(trace.locks, heldBefore);
        trace.locks.sort((a, b) => a.relation.localeCompare(b.relation) || a.mode.localeCompare(b.mode));
        return trace;
    }
    /**
     * Runs a statement outside a transaction while the observer samples its locks. A CONCURRENTLY
     * operation on a small table ends in a few milliseconds, quicker than sampling can be sure to
     * catch; but it waits, by design, for every transaction holding a snapshot older than its own.
     * So the observer holds one (REPEATABLE READ) while the statement starts, and lets go as soon as
     * it has seen the statement's locks or seen it wait: the statement is delayed by one sample,
     * not changed.
     */
    async sample(client, observer, stmt) {
        const pid = this.pids.get(client);
        const hold = !!(0,transactional/* nonTransactionalInfo */.Fw)(stmt)?.concurrently;
        let holding = false;
        if (hold) {
            await observer.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
            await observer.query('SELECT 1');
            holding = true;
        }
        const release = async () => {
            if (!holding)
                return;
            holding = false;
            await observer.query('COMMIT');
        };
        let done = false;
        const running = client.query(stmt.text).finally(() => (done = true));
        const sampling = (async () => {
            const out = [];
            const until = Date.now() + 5000;
            // at least once, so a quick statement is still looked at
            do {
                // pg_locks and pg_blocking_pids read live state; pg_stat_activity would be frozen for the
                // length of the observer's transaction
                const r = await observer.query(`SELECT l.relation::bigint::text AS oid, l.mode, pg_backend_pid() = ANY (pg_blocking_pids($1)) AS blocked
           FROM (SELECT 1) one LEFT JOIN pg_locks l ON l.pid = $1 AND l.locktype = 'relation' AND l.granted`, [pid]);
                let sawOwn = false;
                for (const row of r.rows) {
                    if (row.oid && row.mode) {
                        out.push({ oid: row.oid, mode: row.mode });
                        if (this.existing.has(row.oid))
                            sawOwn = true;
                    }
                }
                // waiting (for our snapshot, or anything else), or its locks seen: no reason to hold it up
                if (holding && (sawOwn || r.rows.some((x) => x.blocked) || Date.now() > until))
                    await release();
            } while (!done);
            return out;
        })();
        let seen = [];
        try {
            await running;
        }
        finally {
            seen = await sampling.catch(() => []);
            await release().catch(() => { });
        }
        return seen;
    }
    /** The strongest mode held per relation name in the current transaction. */
    heldModes() {
        const out = new Map();
        for (const key of this.held) {
            const [oid, mode] = key.split('/');
            const rel = this.existing.get(oid);
            if (!rel)
                continue;
            const rank = (0,sql_locks/* lockRank */.wb)(lockModeName(mode));
            if (rank > (out.get(rel.name) ?? -1))
                out.set(rel.name, rank);
        }
        return out;
    }
    /** Relation locks held by this backend (in a transaction) and the storage of existing relations, in one round trip. */
    stateQuery(withLocks) {
        const files = `SELECT 'f' AS k, c.oid::bigint::text AS oid, c.relfilenode::bigint::text AS v FROM pg_class c WHERE c.oid = ANY('${this.oidList}'::oid[])`;
        if (!withLocks)
            return files;
        return `SELECT 'l' AS k, relation::bigint::text AS oid, mode AS v FROM pg_locks
      WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IS NOT NULL
      UNION ALL ${files}`;
    }
    noteRewrites(trace, rows) {
        for (const r of rows) {
            if (r.k !== 'f')
                continue;
            const rel = this.existing.get(r.oid);
            if (!rel || rel.relfilenode === r.v)
                continue;
            // views and partitioned tables have no storage (relfilenode 0 both times)
            if (rel.relkind === 'i' || rel.relkind === 'I')
                trace.rebuiltIndexes.push(rel.name);
            else
                trace.rewrites.push(rel.name);
            rel.relfilenode = r.v;
        }
    }
}
/**
 * pg_locks gathers every lock on the server before it filters, so under a migration's own small
 * work_mem (and a temp_file_limit) pgmig's look at the statement's locks could spill to disk and
 * fail where the statement did not, and be taken for the statement's failure. The look gets a
 * work_mem of its own for its one query; the migration's value is put back in the same round
 * trip (transaction-local both ways, so a COMMIT or ROLLBACK of the file's ends it as it would).
 */
function withOwnWorkMem(query) {
    return [
        `SELECT set_config('pgmig.work_mem', current_setting('work_mem'), true), set_config('work_mem', '4MB', true)`,
        query,
        `SELECT set_config('work_mem', current_setting('pgmig.work_mem'), true)`,
    ].join(';\n');
}
/** The look's own rows, from the three results of withOwnWorkMem's round trip. */
function lookAt(results) {
    return results[1];
}
/**
 * A statement that takes SHARE and ACCESS EXCLUSIVE on one table (ALTER COLUMN TYPE rebuilding
 * an index) is blocked and blocks as the stronger one; the weaker is noise in a report.
 */
function strongestPerRelation(locks, held) {
    const best = new Map();
    for (const l of locks) {
        const cur = best.get(l.relation);
        if (!cur || (0,sql_locks/* lockRank */.wb)(l.mode) > (0,sql_locks/* lockRank */.wb)(cur.mode))
            best.set(l.relation, l);
    }
    return [...best.values()].filter((l) => (0,sql_locks/* lockRank */.wb)(l.mode) > (held.get(l.relation) ?? -1));
}
function shorten(sql) {
    const first = sql.split('\n')[0].trim();
    const one = sql.includes('\n') ? `${first} …` : first;
    return one.length > 120 ? `${one.slice(0, 117)}…` : one;
}

// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/commands/test.ts
// first: pg loads without Node's fetch (see db/node-navigator.ts)
















/**
 * `pgmig test`: a fresh database; the migrations applied in Flyway's order, each recorded in
 * flyway_schema_history, the new ones statement by statement with a lock trace; the pgTAP
 * files; then every undo rehearsed against a catalog snapshot. Environment problems throw a
 * UserError (exit 2); everything the migrations or tests did wrong is in the result (exit 1).
 */
async function runTest(opts) {
    // everything the run says goes out through here: the server's messages may quote anything
    const progress = opts.progress && ((line) => opts.progress((0,secrets/* redact */.E$)(line)));
    try {
        return (0,secrets/* redactDeep */.KL)(await testRun({ ...opts, progress }));
    }
    catch (err) {
        throw (0,secrets/* redactError */.ki)(err);
    }
}
async function testRun(opts) {
    // the test has no use for the rules but the names in the config's rules section, which are
    // checked once the rules have loaded, while the server works; a misspelt one is still reported
    // before anything runs
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config);
    const rulesChecked = __webpack_require__.e(/* import() */ 439).then(__webpack_require__.bind(__webpack_require__, 6439)).then(({ RULE_IDS }) => void (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config, RULE_IDS));
    rulesChecked.catch(() => { });
    if (opts.migrations?.length) {
        config.migrations = opts.migrations;
        config.root = opts.cwd;
    }
    if (opts.tests)
        config.tests = (0,external_node_path_.resolve)(opts.cwd, opts.tests);
    // the parser's WebAssembly compiles in the background while pgmig logs in; nothing is parsed
    // before the server is busy creating the test database
    const parserReady = (0,parse/* ensureParser */._U)();
    parserReady.catch(() => { });
    // with a server to use, its backend for pgmig starts while the files are looked at; what is
    // wrong with the files or the settings is still what the run reports first
    let given;
    let givenError;
    try {
        given = (0,connect/* resolveTarget */.u1)(opts.databaseUrl, opts.env);
    }
    catch (err) {
        givenError = err;
    }
    const adminReady = given ? (0,connect/* connect */.Ng)(given, 'pgmig admin') : undefined;
    adminReady?.catch(() => { });
    // and the migrations are looked at while that server creates the test database (git, for
    // --changed-since, is asked first); a mistaken command line still fails before anything else
    let plan;
    let testFiles;
    const planned = () => {
        plan ??= planRun(opts, config);
        testFiles ??= findTestFiles(opts.cwd, (0,external_node_path_.resolve)(config.root, config.tests));
        return plan;
    };
    try {
        checkArguments(opts, config);
        if (!given)
            await rulesChecked;
        if (!given || opts.changedSince)
            planned();
    }
    catch (err) {
        void adminReady?.then((c) => c.end()).catch(() => { });
        throw err;
    }
    if (givenError)
        throw givenError;
    const progress = opts.progress ?? (() => { });
    // what the run is doing, for an error or an interruption to say where it happened
    let doing = 'starting';
    let applier;
    let testAt;
    // (a signal's message is written as it comes, past the scrubbing of the run's output)
    const activity = () => {
        if (testAt)
            return (0,secrets/* redact */.E$)(`running ${testAt.file}:${testAt.line} (${(0,apply/* statementLabel */.OQ)(testAt.sql)})`);
        const running = applier?.running();
        return (0,secrets/* redact */.E$)(running ? `applying ${running}` : doing);
    };
    let cluster;
    let server = given;
    if (!server) {
        progress('starting a throwaway PostgreSQL cluster …');
        cluster = await startCluster({ env: opts.env, activity });
        server = cluster.target;
    }
    const dbName = `pgmig_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const clients = [];
    let admin;
    let observerReady;
    let migrateReady;
    let created = false;
    const target = (0,connect/* withDatabase */.kR)(server, dbName);
    // a throwaway cluster cleans up after a signal itself (everything goes with it); on another
    // server the test database must be dropped before pgmig ends
    const interruption = cluster ? undefined : watchInterruption(activity, dbName, () => (created ? admin : undefined));
    // an environment error part-way keeps nothing: the report that would show the URL never comes
    let finished = false;
    const result = {
        database: { kept: !!opts.keep, throwaway: !!cluster, serverVersion: '', name: dbName },
        migrations: [],
        tests: [],
        rehearsals: [],
        problems: [],
        summary: { migrations: 0, applied: 0, failed: 0, statements: 0, testFiles: 0, testsPassed: 0, testsFailed: 0, rehearsed: 0, rehearsalsFailed: 0, errors: 0, warnings: 0 },
    };
    try {
        doing = 'connecting';
        try {
            admin = await (adminReady ?? (0,connect/* connect */.Ng)(server, 'pgmig admin'));
        }
        catch (err) {
            // what is wrong with the settings and the migrations comes first
            await rulesChecked;
            planned();
            throw err;
        }
        doing = 'creating the test database';
        const creating = admin.query(`CREATE DATABASE ${(0,apply/* quoteIdent */.v4)(dbName)}`);
        // a database that is thrown away need not wait for the disk at each commit: on a server with
        // fsync on, this is most of the time of 300 small migrations. Every session of the run gets
        // it (RESET ALL keeps it); a kept database has it taken off again at the end
        const unhurried = admin.query(`ALTER DATABASE ${(0,apply/* quoteIdent */.v4)(dbName)} SET synchronous_commit = off`);
        unhurried.catch(() => { });
        // (one query waiting behind the running one at a time: pg deprecates a longer queue, with a warning)
        const version = unhurried.then(() => admin.query(`SELECT current_setting('server_version') AS v`), () => admin.query(`SELECT current_setting('server_version') AS v`));
        creating.catch(() => { });
        version.catch(() => { });
        // the server copies the template meanwhile: find and read the migrations now (what goes
        // wrong is reported once the database exists, and the database dropped), a few files at a
        // time, so that the server's answers are taken as they come rather than after the last file
        let unreadable;
        const reading = (async () => {
            const { order } = planned();
            for (let i = 0; i < order.length; i++) {
                (0,apply/* preload */.uv)(order[i].file);
                if (i % 16 === 15)
                    await new Promise((r) => setImmediate(r));
            }
        })().catch((err) => void (unreadable = err));
        // and, once the parser is there, get the first base migrations ready to send, and see
        // whether a new one has statements that run outside a transaction (the lock trace then
        // needs a second connection)
        let upcoming;
        let observerNeeded = false;
        const looked = reading.then(async () => {
            if (unreadable)
                return;
            await parserReady;
            upcoming = { at: 0, files: baseBatch(plan.order, 0) };
            observerNeeded = plan.order.some(({ file, isNew }) => isNew && (0,apply/* nonTransactionalReason */.TJ)(file.parsed.statements) !== undefined);
        });
        looked.catch(() => { });
        try {
            await creating;
        }
        catch (err) {
            await rulesChecked;
            await reading;
            if (unreadable)
                throw unreadable;
            const code = err.code;
            const hint = code === '42501' ? '; the user needs the CREATEDB privilege' : code === '57014' || code === '55P03' ? `; ${SESSION_LIMIT}` : '';
            throw new errors/* UserError */.y(`cannot create the test database on ${(0,connect/* displayUrl */.Qy)(server)}: ${err.message}${hint}`);
        }
        created = true;
        // the migrations' session logs in while the last files are read; after the setting, so it
        // has it (only a speed-up: a server that refuses it runs the test all the same)
        migrateReady = unhurried.catch(() => { }).then(() => (0,connect/* connect */.Ng)(target, 'pgmig migrate'));
        migrateReady.catch(() => { });
        await rulesChecked;
        await reading;
        if (unreadable)
            throw unreadable;
        const { order, undo: undos, problems } = plan;
        const tests = testFiles;
        result.problems.push(...problems);
        result.database.serverVersion = (await version).rows[0].v;
        const client = await migrateReady;
        clients.push(client);
        const observer = () => {
            if (!observerReady) {
                observerReady = (0,connect/* connect */.Ng)(target, 'pgmig lock observer');
                observerReady.catch(() => { });
            }
            return observerReady;
        };
        applier = new apply/* Applier */.Md(client);
        doing = 'creating flyway_schema_history';
        await applier.createHistory();
        await parserReady;
        await looked.catch(() => { });
        // a new migration will need the lock observer: it logs in while the base migrations run
        if (observerNeeded)
            void observer();
        let tracer;
        let failed = false;
        // the files before this index run one by one: they were in a batch that failed
        let singleUntil = 0;
        for (let k = 0; k < order.length; k++) {
            const { file, isNew } = order[k];
            if (!isNew && k >= singleUntil) {
                // base migrations that each run in one transaction go to the server several at a time
                const batch = upcoming?.at === k ? upcoming.files : baseBatch(order, k);
                if (batch.length > 1) {
                    doing = `applying ${file.entry.path} and the ${batch.length - 1} base migrations after it`;
                    const running = applier.applyBatch(batch);
                    // the next batch is read and parsed while the server runs this one
                    upcoming = { at: k + batch.length, files: baseBatch(order, k + batch.length) };
                    const runs = await running;
                    for (const run of runs) {
                        result.migrations.push({ ...run, phase: 'base' });
                        progress(progressLine(run));
                    }
                    if (runs.length < batch.length)
                        singleUntil = k + batch.length;
                    k += runs.length - 1;
                    continue;
                }
            }
            doing = `preparing to apply ${file.entry.path}`;
            if (isNew && !tracer)
                tracer = await Tracer.create(client, observer);
            const undo = isNew ? undos.get(file.entry.path) : undefined;
            const before = undo ? await snapshotSchema(client) : undefined;
            // apply() has sent its first query when it returns: parse the next file meanwhile, if it
            // is to be parsed at all
            const running = applier.apply(file, isNew ? { tracer } : {});
            const next = order[k + 1];
            if (next && !next.isNew && k + 1 >= singleUntil)
                upcoming = { at: k + 1, files: baseBatch(order, k + 1) };
            else if (next && (next.isNew || next.file.plainText === undefined))
                void next.file.parsed;
            const run = await running;
            result.migrations.push({ ...run, phase: isNew ? 'new' : 'base' });
            progress(progressLine(run));
            if (run.status === 'failed') {
                failed = true;
                break;
            }
            if (undo && before) {
                doing = `rehearsing ${undo.entry.path}`;
                const r = await rehearse(applier, client, file, undo, before);
                result.rehearsals.push(r.rehearsal);
                // the undo and the second run may have rewritten existing tables: not the next migration's doing
                await tracer?.refresh(client);
                progress(`${r.rehearsal.status === 'passed' ? 'ok  ' : 'FAIL'} undo ${undo.entry.path}${r.rehearsal.messages.length ? `: ${r.rehearsal.messages[0]}` : ''}`);
                if (!r.consistent) {
                    // the schema is neither what the migration left nor what it started from
                    result.problems.push({ severity: 'warning', file: file.entry.path, message: 'stopped after its undo rehearsal failed: the migrations after it would run on a schema it did not leave' });
                    failed = true;
                    break;
                }
            }
        }
        if (!failed && tests.length) {
            doing = 'installing pgTAP';
            const createdTap = await ensurePgTap(client, tests.length);
            for (const f of tests) {
                doing = `running ${(0,external_node_path_.relative)(opts.cwd, f)}`;
                const t = await runTestFile(target, opts.cwd, f, applier.bodies, (at) => (testAt = at));
                result.tests.push(t);
                progress(`${t.status === 'passed' ? 'ok  ' : 'FAIL'} ${t.file} (${t.passed}/${t.ran} passed${t.problems.length ? `; ${t.problems.join('; ')}` : ''})`);
            }
            doing = 'dropping pgTAP';
            if (createdTap)
                await client.query('DROP EXTENSION pgtap');
        }
        finished = true;
    }
    catch (err) {
        throw environmentError(err, activity());
    }
    finally {
        testAt = undefined;
        applier = undefined;
        doing = 'cleaning up';
        const keep = !!opts.keep && finished;
        // sessions that may have logged in after the run stopped waiting for them
        for (const late of await Promise.all([migrateReady, observerReady].map((p) => p?.catch(() => undefined)))) {
            if (late && !clients.includes(late))
                clients.push(late);
        }
        const ending = Promise.all(clients.map((c) => c.end().catch(() => { })));
        if (admin && created && !keep) {
            await ending;
            await admin.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(dbName)} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(dbName)}`).catch(() => { }));
            await admin.end().catch(() => { });
        }
        else {
            if (admin && created)
                await admin.query(`ALTER DATABASE ${(0,apply/* quoteIdent */.v4)(dbName)} RESET synchronous_commit`).catch(() => { });
            // nothing to drop: every session ends at once
            await Promise.all([ending, admin?.end().catch(() => { })]);
        }
        await cluster?.stop({ keep });
        interruption?.done();
    }
    if (opts.keep) {
        result.database.url = (0,connect/* displayUrl */.Qy)(target);
        if (cluster) {
            result.database.note = `the throwaway cluster serves it until pgmig (pid ${process.pid}) is stopped with Ctrl-C or SIGTERM, which stops the server, deletes its files and exits with the run's status`;
        }
    }
    summarise(result);
    return result;
}
const SESSION_LIMIT = "a statement_timeout or lock_timeout for the session (PGOPTIONS, the options of the URL, or the role's settings) is too short for pgmig's own work: raise it";
/**
 * A failure of the server or the connection outside a migration's statements (a schema
 * snapshot, pgTAP's installation, …): an environment error (exit 2) saying what pgmig was doing,
 * never an internal error with a stack trace. Anything else passes through as it is.
 */
function environmentError(err, doing) {
    if (err instanceof errors/* UserError */.y)
        return err;
    const kind = (0,apply/* infrastructureFailure */.UL)(err);
    if (kind)
        return (0,apply/* infrastructureError */.kv)(kind, undefined, doing, err);
    // pgmig's own queries under a limit set for the session (PGOPTIONS, the URL's options, the role)
    const e = err;
    if (e && (e.code === '57014' || e.code === '55P03')) {
        return new errors/* UserError */.y(`the server cancelled pgmig's own query while ${doing}: ${String(e.message)} (SQLSTATE ${e.code}); ${SESSION_LIMIT}`);
    }
    return err;
}
/**
 * Ctrl-C (SIGINT) or SIGTERM while the run uses a server pgmig did not start: says what was
 * running, ends the sessions on the test database so the run stops where it is and its cleanup
 * drops the database, then (in done()) ends the process by the same signal, as without a
 * handler. A second signal, or cleanup taking longer than 10 s, ends it at once.
 */
function watchInterruption(activity, dbName, admin) {
    let got;
    let timer;
    const stop = () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (timer)
            clearTimeout(timer);
    };
    const die = (signal) => {
        stop();
        process.kill(process.pid, signal);
    };
    function onSignal(signal) {
        if (got)
            return die(signal);
        got = signal;
        const a = admin();
        process.stderr.write(`pgmig: interrupted by ${signal} while ${activity()}${a ? `; dropping the test database ${dbName}` : ''}\n`);
        if (!a)
            return die(signal);
        timer = setTimeout(() => die(signal), 10_000);
        // the run's own queries then fail, and its cleanup drops the database
        void a
            .query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName])
            .catch(() => die(signal));
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: () => got,
        /** The run is over and cleaned up: re-raise a signal that came meanwhile. */
        done: () => (got ? die(got) : stop()),
    };
}
function progressLine(run) {
    if (run.status === 'failed')
        return `FAIL ${run.file}: ${run.error?.message ?? ''}`;
    return `ok   ${run.file} (${Math.round(run.durationMs)} ms${run.transactional ? '' : ', outside a transaction'})`;
}
/**
 * Undo rehearsal, right after the migration ran: apply its undo and compare the schema with the
 * one before the migration; then apply the migration again and compare with what it produced the
 * first time. Done at that point, each undo starts from exactly the schema its migration left,
 * whatever comes later (a later migration without an undo file, repeatable files); and since
 * each one is checked to restore the schema before its migration, running them newest first
 * (as `/migrate rollback` does) walks back through the same schemas.
 */
async function rehearse(applier, client, file, undo, before) {
    const rehearsal = { migration: file.entry.path, undo: undo.entry.path, status: 'passed', undoDiff: [], reapplyDiff: [], messages: [] };
    const after = await snapshotSchema(client);
    const u = await applier.apply(undo, { record: false });
    if (u.status === 'failed') {
        rehearsal.status = 'failed';
        rehearsal.error = u.error;
        rehearsal.messages.push(`the undo failed at ${u.error.file}:${u.error.line}: ${u.error.message}`);
        // a transactional undo rolled back: the schema is still the migration's
        return { rehearsal, consistent: u.transactional };
    }
    rehearsal.undoDiff = diffSnapshots(before, await snapshotSchema(client));
    rehearsal.messages.push(...rehearsal.undoDiff.map((d) => describeDifference(d, 'after the undo', 'before the migration')));
    const again = await applier.apply(file, { record: false });
    if (again.status === 'failed') {
        rehearsal.status = 'failed';
        rehearsal.error = again.error;
        rehearsal.messages.push(`applying ${file.entry.path} again after its undo failed at line ${again.error.line}: ${again.error.message}`);
        return { rehearsal, consistent: false };
    }
    rehearsal.reapplyDiff = diffSnapshots(after, await snapshotSchema(client));
    rehearsal.messages.push(...rehearsal.reapplyDiff.map((d) => describeDifference(d, 'after applying the migration again', 'the first time')));
    if (rehearsal.undoDiff.length || rehearsal.reapplyDiff.length)
        rehearsal.status = 'failed';
    return { rehearsal, consistent: rehearsal.reapplyDiff.length === 0 };
}
function summarise(r) {
    const s = r.summary;
    s.migrations = r.migrations.length;
    s.applied = r.migrations.filter((m) => m.status === 'applied').length;
    s.failed = r.migrations.filter((m) => m.status === 'failed').length;
    s.statements = r.migrations.reduce((n, m) => n + (m.statements?.length ?? 0), 0);
    s.testFiles = r.tests.length;
    s.testsPassed = r.tests.reduce((n, t) => n + t.passed, 0);
    s.testsFailed = r.tests.reduce((n, t) => n + t.failed, 0);
    s.rehearsed = r.rehearsals.length;
    s.rehearsalsFailed = r.rehearsals.filter((x) => x.status === 'failed').length;
    s.errors = s.failed + r.tests.filter((t) => t.status === 'failed').length + s.rehearsalsFailed + r.problems.filter((p) => p.severity === 'error').length;
    s.warnings = r.problems.filter((p) => p.severity === 'warning').length;
}
/** Base migrations sent to the server together: at most this many files, or this much text. */
const BATCH_FILES = 128;
const BATCH_BYTES = 1 << 20;
/** The base migrations from `k` on that can go to the server in one round trip (see Applier.applyBatch). */
function baseBatch(order, k) {
    const out = [];
    let bytes = 0;
    for (let i = k; i < order.length && out.length < BATCH_FILES && bytes < BATCH_BYTES; i++) {
        const { file, isNew } = order[i];
        if (isNew || !apply/* Applier */.Md.batchable(file))
            break;
        out.push(file);
        bytes += file.plainText?.length ?? file.parsed.source.text.length;
    }
    return out;
}
const valid = (e) => ((0,migrations_name/* isNameProblem */.$d)(e.name) ? undefined : e.name);
/** The mistakes in what the run was asked to do that need no more than a look at the files. */
function checkArguments(opts, config) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const dirs = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
    const explicit = (opts.files ?? []).map((f) => (0,external_node_path_.resolve)(cwd, f));
    if (explicit.length && opts.changedSince)
        throw new errors/* UserError */.y('give either files or --changed-since, not both');
    for (const f of explicit) {
        if (!(0,external_node_fs_.existsSync)(f) || !(0,external_node_fs_.statSync)(f).isFile())
            throw new errors/* UserError */.y(`cannot read ${(0,external_node_path_.relative)(cwd, f) || f}: no such file`);
    }
    if (!explicit.length) {
        const missing = dirs.find((d) => !(0,external_node_fs_.existsSync)(d));
        if (missing)
            throw new errors/* UserError */.y(`migrations folder ${(0,external_node_path_.relative)(cwd, missing) || missing} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`);
    }
}
/** Which files run, in which order, which of them are the change, and their undo files. */
function planRun(opts, config) {
    checkArguments(opts, config);
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const dirs = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
    const explicit = (opts.files ?? []).map((f) => (0,external_node_path_.resolve)(cwd, f));
    const scanDirs = [...new Set([...dirs.filter((d) => (0,external_node_fs_.existsSync)(d)), ...explicit.map((f) => (0,external_node_path_.dirname)(f))])];
    const directory = (0,discover/* discoverMigrations */.lF)(cwd, scanDirs.map((d) => (0,external_node_path_.relative)(cwd, d) || '.'), config.placeholder);
    const byAbs = new Map(directory.map((e) => [e.absPath, e]));
    const entryOf = (abs) => byAbs.get(abs) ?? (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), config.placeholder);
    let changeSet;
    if (opts.changedSince)
        changeSet = new Set(changedFiles(cwd, opts.changedSince, scanDirs));
    else if (explicit.length)
        changeSet = new Set(explicit);
    else
        changeSet = new Set(directory.map((e) => e.absPath));
    const problems = [];
    const all = [...directory, ...[...changeSet].filter((p) => !byAbs.has(p)).map(entryOf)];
    const forward = [];
    const undos = [];
    for (const e of all) {
        const n = valid(e);
        if (!n) {
            if (changeSet.has(e.absPath))
                problems.push({ severity: 'error', file: e.path, message: `not run: ${e.name.message}` });
            continue;
        }
        if (n.kind === 'undo' || n.kind === 'pending-undo')
            undos.push(e);
        else
            forward.push(e);
    }
    forward.sort((a, b) => (0,migrations_name/* compareMigrations */.hI)(valid(a), valid(b)));
    let order = forward;
    if (explicit.length) {
        // with files given, only what runs before the newest of them is context, as for lint
        const lastNew = forward.reduce((i, e, k) => (changeSet.has(e.absPath) ? k : i), -1);
        // repeatable files always run on a fresh database, after the versioned ones
        order = forward.filter((e, k) => k <= lastNew || changeSet.has(e.absPath) || valid(e).kind === 'repeatable');
    }
    // Flyway needs a version for every versioned row: a pending file gets the next free number
    let next = forward.reduce((mx, e) => {
        const n = valid(e);
        return n.kind === 'versioned' && n.parts.length ? (n.parts[0] > mx ? n.parts[0] : mx) : mx;
    }, 0n);
    const files = order.map((e) => {
        const n = valid(e);
        const v = n.kind === 'versioned' ? n.version : n.kind === 'pending' ? String(++next) : null;
        // read once the server is busy creating the database (see testRun)
        return { file: (0,apply/* loadMigration */.tF)(e, n, v, { lazy: true }), isNew: changeSet.has(e.absPath) };
    });
    const undo = new Map();
    const undoKey = (n) => (n.kind === 'undo' || n.kind === 'versioned' ? `v:${(0,migrations_name/* versionKey */._5)(n.parts)}` : `p:${n.description}`);
    const undoByKey = new Map(undos.map((e) => [undoKey(valid(e)), e]));
    for (const { file, isNew } of files) {
        const n = file.name;
        if (!isNew || (n.kind !== 'versioned' && n.kind !== 'pending'))
            continue;
        const u = undoByKey.get(undoKey(n));
        if (u)
            undo.set(file.entry.path, (0,apply/* loadMigration */.tF)(u, valid(u), null));
        else {
            problems.push({
                severity: config.requireUndo ? 'error' : 'warning',
                file: file.entry.path,
                message: `no undo file (expected ${n.kind === 'pending' ? `U${config.placeholder.slice(1)}` : `U${n.version}`}__${n.description}.sql next to it)${config.requireUndo ? '; requireUndo is on' : ''}`,
            });
        }
    }
    return { order: files, undo, problems };
}
/** The migration files added or changed since the merge base with `ref` (and still there). */
function changedFiles(cwd, ref, dirs) {
    const root = (0,git/* repoRoot */.jv)(cwd);
    const commit = (0,git/* mergeBase */.wu)(root, ref);
    const realCwd = (0,external_node_fs_.realpathSync)(cwd);
    const rel = dirs.map((d) => (0,external_node_path_.relative)(root, (0,external_node_fs_.realpathSync)(d)).split(external_node_path_.sep).join('/') || '.');
    return (0,git/* changesSince */.sR)(root, commit, rel)
        .filter((c) => c.status !== 'D' && c.path.endsWith('.sql'))
        .map((c) => (0,external_node_path_.resolve)(cwd, (0,external_node_path_.relative)(realCwd, (0,external_node_path_.resolve)(root, c.path))))
        .filter((p) => (0,external_node_fs_.existsSync)(p));
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   I3: () => (/* binding */ DEFAULT_NETWORK_TIMEOUT_MS),
/* harmony export */   NZ: () => (/* binding */ remoteExists),
/* harmony export */   QG: () => (/* binding */ unshallow),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   UZ: () => (/* binding */ integrate),
/* harmony export */   YR: () => (/* binding */ commitAs),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   aZ: () => (/* binding */ parseIdentity),
/* harmony export */   dw: () => (/* binding */ stage),
/* harmony export */   eB: () => (/* binding */ isValidBranchName),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   lN: () => (/* binding */ repoRootAsync),
/* harmony export */   mV: () => (/* binding */ moveFile),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   ns: () => (/* binding */ arrivals),
/* harmony export */   pm: () => (/* binding */ resetHard),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   sR: () => (/* binding */ changesSince),
/* harmony export */   vI: () => (/* binding */ pushHead),
/* harmony export */   vp: () => (/* binding */ isShallowAsync),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   z1: () => (/* binding */ workTreeState)
/* harmony export */ });
/* unused harmony export isAncestor */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function runGit(cwd, args) {
    try {
        const stdout = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
        return { ok: true, stdout, stderr: '', status: 0 };
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('git is not installed or not on PATH');
        return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? '', status: e.status ?? null };
    }
}
/** Runs git and returns stdout; a failure becomes a UserError that says what git said. */
function git(cwd, args, what) {
    const r = runGit(cwd, args);
    if (r.ok)
        return r.stdout;
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what ?? `git ${args[0]}`} failed: ${detail || 'unknown error'}`);
}
/** A path taken as written, so a folder named `db[1]` or `*` is not read as a pattern. */
function literal(path) {
    return `:(literal)${path}`;
}
function repoRoot(cwd) {
    const r = runGit(cwd, ['rev-parse', '--show-toplevel']);
    if (!r.ok) {
        const detail = r.stderr.trim().split('\n').pop() ?? '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${cwd} is not inside a git repository, which --changed-since needs (${detail || 'git rev-parse failed'})`);
    }
    return r.stdout.trim();
}
function commitOf(cwd, ref) {
    const r = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
}
function isShallow(cwd) {
    return runGit(cwd, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
}
const FETCH_HINT = 'in GitHub Actions check out with actions/checkout "fetch-depth: 0" (or fetch the base branch), or run `git fetch origin <branch>` locally';
/**
 * The commit a ref names. In CI a pull request is usually checked out without a local branch
 * for its base, so `main` falls back to `origin/main` when that is the only match.
 */
function resolveRef(cwd, ref) {
    if (!ref || ref.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since: "${ref}" is not a git ref (expected a branch, tag or commit such as origin/main)`);
    const direct = commitOf(cwd, ref);
    if (direct)
        return { name: ref, commit: direct };
    const remote = `origin/${ref}`;
    const viaOrigin = ref.startsWith('origin/') ? undefined : commitOf(cwd, `refs/remotes/${remote}`);
    if (viaOrigin)
        return { name: remote, commit: viaOrigin };
    const shallow = isShallow(cwd) ? ' This clone is shallow.' : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: git cannot find "${ref}" (nor "${remote}") in this repository; check the name, or fetch it first.${shallow} ` +
        `To compare with a branch, ${FETCH_HINT.replace('<branch>', ref.replace(/^origin\//, ''))}.`);
}
/** The commit where HEAD's history joins `ref` (the point a pull request branched from). */
function mergeBase(cwd, ref) {
    const { name } = resolveRef(cwd, ref);
    const r = runGit(cwd, ['merge-base', name, 'HEAD']);
    if (r.ok && r.stdout.trim())
        return r.stdout.trim();
    if (r.status === 1 && !r.stderr.trim()) {
        const why = isShallow(cwd)
            ? 'this clone is shallow, so the commit they share is missing'
            : 'their histories are unrelated';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: ${name} and HEAD have no common commit (${why}); ${FETCH_HINT.replace('<branch>', name.replace(/^origin\//, ''))}.`);
    }
    const detail = r.stderr.trim().split('\n').pop() ?? '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--changed-since ${ref}: finding the merge base of ${name} and HEAD failed: ${detail || 'unknown error'}`);
}
/**
 * Files added, changed or deleted between `commit` and the work tree: committed, staged and
 * unstaged changes alike, and untracked files (not ignored) count as added. Run it at the
 * repository root; `paths` are relative to it.
 */
function changesSince(cwd, commit, paths) {
    const specs = paths.map(literal);
    const byPath = new Map();
    const diff = git(cwd, ['diff', '--name-status', '--no-renames', '--no-ext-diff', '-z', commit, '--', ...specs], 'listing changed files');
    const parts = diff.split('\0').filter(Boolean);
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const s = parts[i][0];
        byPath.set(parts[i + 1], s === 'A' ? 'A' : s === 'D' ? 'D' : 'M');
    }
    const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...specs], 'listing untracked files');
    for (const p of untracked.split('\0').filter(Boolean)) {
        // removed from the index but still on disk: git diff calls it deleted, yet the file is there
        byPath.set(p, byPath.get(p) === 'D' ? 'M' : 'A');
    }
    return [...byPath].map(([path, status]) => ({ status, path }));
}
/** Paths (relative to the repository root) of the files under `paths` in a commit. */
function filesAt(cwd, commit, paths) {
    const out = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the base tree');
    return out.split('\0').filter(Boolean);
}
/** Whether `oldPath` at `commit` and `newPath` in the work tree hold the same bytes: a move, not an edit. */
function sameContent(cwd, commit, oldPath, newPath) {
    const before = runGit(cwd, ['rev-parse', '--verify', '--quiet', `${commit}:${oldPath}`]);
    // hash-object applies the same clean filters (line endings) as `git add` would
    const after = runGit(cwd, ['hash-object', '--', newPath]);
    return before.ok && after.ok && before.stdout.trim() === after.stdout.trim();
}
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** `Name <email>` -> identity; undefined when it is not of that shape. */
function parseIdentity(text) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    return m && m[1] ? { name: m[1], email: m[2] } : undefined;
}
// a credential prompt on the terminal would hang a CI job forever; failing is better (askpass
// programs are left alone: editors such as VS Code hand credentials over through them)
const NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: '0' };
function runGitAsync(cwd, args, env, timeoutMs) {
    return new Promise((resolvePromise, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...NON_INTERACTIVE, ...env }, ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGTERM' } : {}) }, (err, stdout, stderr) => {
            if (!err)
                return resolvePromise({ ok: true, stdout, stderr, status: 0 });
            const e = err;
            if (e.code === 'ENOENT')
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('git is not installed or not on PATH'));
            const timedOut = !!timeoutMs && !!e.killed && e.signal === 'SIGTERM';
            resolvePromise({ ok: false, stdout: stdout ?? '', stderr: stderr ?? '', status: typeof e.code === 'number' ? e.code : null, ...(timedOut ? { timedOut } : {}) });
        });
    });
}
function lastLine(text) {
    return text.trim().split('\n').pop()?.trim() ?? '';
}
async function gitAsync(cwd, args, what, env) {
    const r = await runGitAsync(cwd, args, env);
    if (r.ok)
        return r.stdout;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} failed: ${lastLine(r.stderr) || lastLine(r.stdout) || 'unknown error'}`);
}
async function repoRootAsync(cwd) {
    const r = await runGitAsync(cwd, ['rev-parse', '--show-toplevel']);
    if (!r.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${cwd} is not inside a git repository (${lastLine(r.stderr) || 'git rev-parse failed'}); run pgmig assign in a checkout of the branch`);
    return r.stdout.trim();
}
async function headCommit(cwd) {
    const r = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!r.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the repository has no commit yet (HEAD does not point to a commit)');
    return r.stdout.trim();
}
/** The branch HEAD is on; undefined when HEAD is detached. */
async function currentBranch(cwd) {
    const r = await runGitAsync(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return r.ok ? r.stdout.trim() || undefined : undefined;
}
async function isShallowAsync(cwd) {
    return (await runGitAsync(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}
async function remoteExists(cwd, remote) {
    return (await runGitAsync(cwd, ['remote', 'get-url', remote])).ok;
}
/** Whether `name` is a valid branch name (so it cannot smuggle in an option or a refspec). */
async function isValidBranchName(cwd, name) {
    if (!name || name.startsWith('-'))
        return false;
    return (await runGitAsync(cwd, ['check-ref-format', '--branch', name])).ok;
}
/** What `git status` reports; untracked files are only looked for under `untrackedUnder`. */
async function workTreeState(cwd, untrackedUnder) {
    const tracked = await gitAsync(cwd, ['status', '--porcelain', '-z', '--untracked-files=no'], 'git status');
    const changed = tracked.split('\0').filter((l) => /^[ MADRCUT?!]{2} /.test(l));
    let untracked = [];
    if (untrackedUnder.length > 0) {
        const out = await gitAsync(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', ...untrackedUnder.map(literal)], 'listing untracked files');
        untracked = out.split('\0').filter(Boolean);
    }
    return { changed, untracked };
}
/** Paths (relative to the repository root) of the files under `paths` in a commit, async. */
async function listTree(cwd, commit, paths) {
    if (paths.length === 0)
        return [];
    const out = await gitAsync(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths.map(literal)], 'listing the files of HEAD');
    return out.split('\0').filter(Boolean);
}
/**
 * When each path under `paths` reached the branch: the commit on HEAD's first-parent line
 * (the branch's own history, where a merged pull request is its merge commit) that last added
 * it. Renames count as an addition of the new path: a number given by an earlier assign is
 * dated from that assign's commit.
 */
async function arrivals(cwd, paths) {
    const out = await gitAsync(cwd, ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--diff-filter=A', '--format=%x01%H', '--name-only', '-z', 'HEAD', '--', ...paths.map(literal)], 'reading the history of the migrations');
    const chunks = out.split('\x01').filter((c) => c.trim());
    const found = new Map();
    // git log lists the newest commit first; the newest addition of a path is the one that counts
    chunks.forEach((chunk, i) => {
        const [head, ...rest] = chunk.split('\0');
        const commit = head.trim();
        const order = chunks.length - 1 - i;
        for (const raw of rest) {
            const path = raw.replace(/^\n/, '');
            if (path && !found.has(path))
                found.set(path, { order, commit });
        }
    });
    return found;
}
/** `git mv` of one file; the target folder must exist. */
async function moveFile(cwd, from, to) {
    await gitAsync(cwd, ['mv', '--', from, to], `git mv ${from} ${to}`);
}
async function stage(cwd, paths) {
    if (paths.length > 0)
        await gitAsync(cwd, ['add', '--', ...paths.map(literal)], 'git add');
}
function identityEnv(who) {
    return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}
/**
 * Commits what is staged as `who` (author and committer) and returns the new commit. Hooks and
 * signing are skipped: the commit is a mechanical rename made by a bot that holds no key.
 */
async function commitAs(cwd, message, who) {
    await gitAsync(cwd, ['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, '-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message], 'git commit', identityEnv(who));
    return headCommit(cwd);
}
/** How long one push or fetch of `pgmig assign` may take before it is given up (a hung server would otherwise hold the job). */
const DEFAULT_NETWORK_TIMEOUT_MS = 300_000;
/** The tip of `branch` on `remote` after fetching it; undefined when the remote has no such branch. */
async function fetchBranch(cwd, remote, branch, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    const r = await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], undefined, timeoutMs);
    if (!r.ok) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        const why = r.timedOut ? `no answer within ${seconds(timeoutMs)}` : lastLine(r.stderr) || 'unknown error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`git fetch ${remote} ${branch} failed: ${why}; check that ${remote} is reachable and this checkout may read it (git remote -v shows its URL)`);
    }
    const tip = await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', `refs/remotes/${remote}/${branch}^{commit}`]);
    return tip.ok ? tip.stdout.trim() : undefined;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
/** Fetches the whole history of a shallow clone; false when the remote could not give it. */
async function unshallow(cwd, remote) {
    return (await runGitAsync(cwd, ['fetch', '--quiet', '--no-tags', '--unshallow', remote])).ok;
}
async function isAncestor(cwd, ancestor, of) {
    return (await runGitAsync(cwd, ['merge-base', '--is-ancestor', ancestor, of])).ok;
}
/** Moves the current branch, index and work tree to `commit` (only ever to drop pgmig's own commit or to fast-forward). */
async function resetHard(cwd, commit) {
    await gitAsync(cwd, ['reset', '--quiet', '--hard', commit], `git reset --hard ${commit.slice(0, 12)}`);
}
/**
 * Puts HEAD on top of `tip`: a fast-forward when HEAD has nothing of its own, else a rebase of
 * the local commits (aborted on a conflict, leaving HEAD where it was).
 */
async function integrate(cwd, tip) {
    const head = await headCommit(cwd);
    if (head === tip || (await isAncestor(cwd, tip, head)))
        return 'up-to-date';
    if (await isAncestor(cwd, head, tip)) {
        await resetHard(cwd, tip);
        return 'fast-forward';
    }
    const r = await runGitAsync(cwd, ['rebase', '--quiet', '--no-autostash', tip]);
    if (r.ok)
        return 'rebased';
    await runGitAsync(cwd, ['rebase', '--abort']);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the local commits of this branch could not be rebased onto the remote tip ${tip.slice(0, 12)} (${lastLine(r.stderr) || lastLine(r.stdout) || 'rebase failed'}); ` +
        'bring the branch up to date by hand, then run pgmig assign again');
}
// Reasons on the `!` line that mean "the branch moved under you": the classic non-fast-forward,
// and the ref-lock races a server reports when two pushes land at the same instant. Only the
// reason git reports is read: a hook's own text (`remote: …`) may use the same words for a refusal.
const STALE = /non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to lock|failed to update ref|incorrect old value|is at [0-9a-f]+ but expected|reference already exists/i;
const DENIED = /returned error: 40[13]|Authentication failed|Permission to \S+ denied|Write access to repository not granted/i;
/** Pushes HEAD to `branch` on `remote`, never forcing. */
async function pushHead(cwd, remote, branch, timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    const r = await runGitAsync(cwd, ['push', '--porcelain', '--no-verify', remote, `HEAD:refs/heads/${branch}`], undefined, timeoutMs);
    if (r.ok)
        return { ok: true };
    const text = `${r.stdout}\n${r.stderr}`;
    // what the server's hooks printed, for the user (GitHub explains branch protection there)
    const said = text
        .split('\n')
        .filter((l) => l.startsWith('remote:'))
        .map((l) => l.slice('remote:'.length).trim())
        .filter((l) => l && !/^error: (cannot lock ref|hook declined to update)/.test(l))
        .slice(0, 5);
    if (r.timedOut)
        return { ok: false, kind: 'lost', message: `no answer within ${seconds(timeoutMs)}`, remote: said };
    // porcelain: `!<TAB>HEAD:refs/heads/main<TAB>[remote rejected] (pre-receive hook declined)`
    const rejected = text.split('\n').find((l) => l.startsWith('!'));
    if (!rejected) {
        const fatal = text.split('\n').map((l) => l.trim()).find((l) => /^fatal: /.test(l) && !/Could not read from remote/i.test(l));
        const message = (fatal ?? lastLine(r.stderr)).replace(/^fatal: /, '') || 'unknown error';
        // an HTTP server that refuses the credentials answers before taking anything
        if (DENIED.test(message) || said.some((l) => DENIED.test(l)))
            return { ok: false, kind: 'refused', message, remote: said };
        return { ok: false, kind: 'lost', message, remote: said };
    }
    const message = (rejected.split('\t').pop() ?? '').trim() || 'rejected';
    if (STALE.test(message))
        return { ok: false, kind: 'stale', message };
    return { ok: false, kind: 'refused', message, remote: said };
}


/***/ })

};
