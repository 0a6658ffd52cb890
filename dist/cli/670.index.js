export const id = 670;
export const ids = [670];
export const modules = {

/***/ 5670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTest: () => (/* binding */ runTest),
  snapshotKeyOf: () => (/* binding */ snapshotKeyOf),
  summarise: () => (/* binding */ summarise)
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
        const group = child.pid ?? 0;
        if (group > 0)
            entry.groups.add(group);
        child.once('close', () => entry.groups.delete(group));
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
function killGroups(c) {
    for (const g of c.groups) {
        try {
            process.kill(-g, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
    c.groups.clear();
}
function cleanupAllSync() {
    for (const c of [...live]) {
        killGroups(c);
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
    let base = (opts.seed && memoryFolder(opts.seed.bytes)) || (0,external_node_os_.tmpdir)();
    if (runAs && !worldSearchable(base))
        base = '/tmp';
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'pgmig-pg-'));
    const entry = { pid: 0, groups: new Set(), dir };
    // from here on a signal or an exit removes the directory and whatever runs in it
    installHandlers();
    live.add(entry);
    let child;
    const fail = async (message) => {
        if (child?.pid)
            killAndWaitSync(child.pid);
        killGroups(entry);
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
        if (opts.seed) {
            const problem = await copySeed(opts.seed.path, dataDir, binDir, runAs, dir, childEnv, entry);
            if (problem)
                return await fail(problem);
        }
        else {
            const init = await run((0,external_node_path_.join)(binDir, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], runAs, dir, childEnv, entry);
            if (init.code !== 0) {
                return await fail(`initdb (${binDir}) failed${runAs ? ` running as ${runAs.name}` : ''}: ${lastLines(init.output)}`);
            }
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
                ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
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
                        // rm(1) unlinks a data folder's thousands of files in half the time Node's rmSync takes
                        const removed = await run('rm', ['-rf', '--', dir], undefined, '/', process.env, entry).catch(() => undefined);
                        if (removed?.code !== 0)
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
/**
 * Copies a base backup into `dataDir` for the server to start on, and checks it against the
 * manifest pg_basebackup wrote: every file there with its size and CRC. The CRCs are read from the
 * snapshot while the copy runs, on the other core, rather than from the copy after it (which
 * doubled a warm run's restore at 2,000 migrations); the copy is then checked for sizes. That is
 * the same proof: a snapshot folder is never written after its rename, only removed whole, so a
 * copy of a folder whose CRCs hold, with every file at its size, holds the same bytes, and a
 * folder removed during the copy fails one check or the other. What is wrong comes back as a
 * sentence; undefined when usable.
 */
async function copySeed(seed, dataDir, binDir, runAs, dir, env, entry) {
    const verifyBin = (0,external_node_path_.join)(binDir, 'pg_verifybackup');
    // --reflink=auto: on btrfs or XFS the copy shares blocks until written, so it costs nothing
    const [copy, crcs] = await Promise.all([
        run('cp', ['-a', '--reflink=auto', `${seed}/.`, dataDir], undefined, dir, env, entry),
        // as pgmig's own user: the one that wrote the cache, where the server's user may not read
        run(verifyBin, ['-n', '-q', seed], undefined, dir, env, entry),
    ]);
    if (copy.code !== 0)
        return `could not copy the snapshot ${seed}: ${lastLines(copy.output)}`;
    if (crcs.code !== 0)
        return `the snapshot ${seed} does not match its backup_manifest: ${lastLines(crcs.output)}`;
    // the server refuses a data folder others can read
    (0,external_node_fs_.chmodSync)(dataDir, 0o700);
    // the sizes are read as pgmig's own user, at the same time as the copy is handed to the
    // server's: both walk every file (13,000 at 2,000 migrations), one on each core
    const [own, sizes] = await Promise.all([
        runAs ? run('chown', ['-R', `${runAs.uid}:${runAs.gid}`, dataDir], undefined, dir, env, entry) : undefined,
        run(verifyBin, ['-n', '-q', '--skip-checksums', dataDir], undefined, dir, env, entry),
    ]);
    if (own && own.code !== 0)
        return `could not hand the copy of ${seed} to ${runAs.name}: ${lastLines(own.output)}`;
    if (sizes.code !== 0)
        return `the copy of the snapshot ${seed} does not match its backup_manifest: ${lastLines(sizes.output)}`;
    return undefined;
}
/**
 * /dev/shm when it has room for a copy of `bytes` and what the run adds: the copy is most of a
 * warm run's time, and memory takes it several times faster than a CI runner's disk (the figures
 * are in docs/snapshot-cache.md). A container's /dev/shm is often 64 MB: then the disk it is.
 */
function memoryFolder(bytes) {
    const shm = '/dev/shm';
    try {
        const fs = (0,external_node_fs_.statfsSync)(shm);
        if (fs.bavail * fs.bsize < 2 * bytes + 256 * 2 ** 20)
            return undefined;
        // others must be able to make folders there too: the sticky, world-writable kind
        return ((0,external_node_fs_.statSync)(shm).mode & 0o1777) === 0o1777 ? shm : undefined;
    }
    catch {
        return undefined;
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

// EXTERNAL MODULE: ./src/db/interruption.ts
var interruption = __webpack_require__(6679);
// EXTERNAL MODULE: ./src/db/connect.ts
var connect = __webpack_require__(8008);
;// CONCATENATED MODULE: ./src/db/clones.ts


/**
 * Copies of one database (`CREATE DATABASE … TEMPLATE`), each a clean start for work that must
 * not see another's writes: a pgTAP file runs as written, commits included, on a clone of its
 * own. The template must have no other session while a clone is made (the server refuses), so
 * the caller ends its own sessions on it first. Every clone made is remembered until dropped,
 * so dropAll() on every exit path leaves none behind.
 *
 * A clone takes about as long to make as a small pgTAP file takes to run, so with more admin
 * sessions (addSession) clones are made and dropped side by side, on the least busy session.
 */
class Clones {
    server;
    template;
    live = new Set();
    made = 0;
    lanes;
    // creations under way: dropAll waits for them, since a clone being made may be on another lane
    pending = new Set();
    constructor(
    /** A session on another database of the server (pgmig's admin connection). */
    admin, server, template) {
        this.server = server;
        this.template = template;
        this.lanes = [{ client: admin, queue: Promise.resolve(), waiting: 0, own: false }];
    }
    /** Another admin session to make and drop clones on; close() ends it. */
    addSession(client) {
        this.lanes.push({ client, queue: Promise.resolve(), waiting: 0, own: true });
    }
    get sessions() {
        return this.lanes.length;
    }
    /** The clones not dropped yet (for a signal handler to end their sessions). */
    names() {
        return [...this.live];
    }
    onLane(f) {
        // the least busy session; on a tie the first, so one session behaves as before
        const lane = this.lanes.reduce((a, b) => (b.waiting < a.waiting ? b : a));
        lane.waiting++;
        const g = () => f(lane.client).finally(() => lane.waiting--);
        const run = lane.queue.then(g, g);
        lane.queue = run.catch(() => { });
        return run;
    }
    create() {
        // under PostgreSQL's 63-byte limit: the template's name is pgmig's own, ASCII and short
        const name = `${this.template.slice(0, 50)}_c${++this.made}`;
        this.live.add(name);
        const made = this.onLane(async (client) => {
            try {
                await client.query(`CREATE DATABASE ${(0,apply/* quoteIdent */.v4)(name)} TEMPLATE ${(0,apply/* quoteIdent */.v4)(this.template)}`);
            }
            catch (err) {
                this.live.delete(name);
                throw err;
            }
            return { name, target: (0,connect/* withDatabase */.kR)(this.server, name) };
        });
        const tracked = made.catch(() => { });
        this.pending.add(tracked);
        void tracked.then(() => this.pending.delete(tracked));
        return made;
    }
    /** Drops a clone, ending any session still on it (FORCE, PostgreSQL 13+; else plainly). */
    drop(name) {
        return this.onLane(async (client) => {
            if (!this.live.has(name))
                return;
            try {
                await client.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(name)} WITH (FORCE)`);
            }
            catch {
                await client.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(name)}`);
            }
            this.live.delete(name);
        });
    }
    /** Drops every clone still there, once the ones being made are made; failures are left for the caller's own cleanup to report. */
    async dropAll() {
        while (this.pending.size)
            await Promise.all([...this.pending]);
        await Promise.all(this.names().map((name) => this.drop(name).catch(() => { })));
        // a clone session that broke left its drops undone: the caller's own session tries again
        for (const name of this.names()) {
            await this.lanes[0].client.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(name)} WITH (FORCE)`).then(() => this.live.delete(name), () => { });
        }
    }
    /** Ends the sessions added for the clones (the caller's admin session stays open). */
    async close() {
        await Promise.all(this.lanes.filter((l) => l.own).map((l) => l.client.end().catch(() => { })));
    }
}

;// CONCATENATED MODULE: ./src/db/parallel-tests.ts

/**
 * Runs one unit of work per file, each on a template clone of its own, at most `jobs` at a
 * time. Results come back in the files' order whatever order they finish in, and progress is
 * told in that order too (a finished file waits for the ones before it), so a parallel run reads
 * like a serial one.
 *
 * A file that undid all it did (BEGIN … ROLLBACK, sequences unmoved: runTestFile checks) leaves
 * its clone, and its open session, to the worker's next file (see {@link Carry}); any other clone
 * is dropped as soon as its file is done (in the background, off the worker's path). Making a
 * clone costs about what a small file costs to run, so once a file has not handed its clone
 * over, up to `ahead` clones are made ahead of time while files run: a worker that finishes such
 * a file finds the next clone ready. A failure stops handing out files, waits for the running ones and the drops, and the caller's
 * Clones.dropAll() removes what is left, ready clones included.
 */
async function runOnClones(files, jobs, clones, 
/** `carry`: what the last file on this clone handed over, and where this one hands over (see {@link Carry}). */
run, told = () => { }, ahead = 0) {
    const results = new Array(files.length);
    const done = new Array(files.length).fill(false);
    let next = 0;
    let toldUpTo = 0;
    let failure;
    // clones asked for and not yet taken, oldest first; never more than the files left need
    const ready = [];
    const drops = [];
    // clones are made ahead only once a file has not handed its clone over: a suite whose files
    // all end in ROLLBACK needs one clone a worker, and clones made for nothing take a share of the
    // server's CPUs from the files running beside them
    let handedAll = true;
    const topUp = () => {
        while (!failure && !handedAll && ready.length < ahead && next + ready.length < files.length) {
            const c = clones.create();
            // a failure surfaces when a worker takes this clone; an untaken one is dropAll's
            c.catch(() => { });
            ready.push(c);
        }
    };
    const take = () => {
        const c = ready.shift() ?? clones.create();
        topUp();
        return c;
    };
    const dropSoon = (clone, carry) => {
        // a session still open on the clone ends first, so the drop does not have to cut it off
        const session = carry?.kept?.session;
        if (carry)
            carry.kept = undefined;
        const d = (session ? session.end().catch(() => { }) : Promise.resolve()).then(() => clones.drop(clone.name));
        d.catch(() => { });
        drops.push(d);
    };
    const worker = async () => {
        // a clone the last file left as it found it (it handed over in `carry`): the next file's
        let kept;
        while (!failure && next < files.length) {
            const i = next++;
            try {
                const clone = kept?.clone ?? (await take());
                const carry = kept?.carry ?? {};
                kept = undefined;
                try {
                    results[i] = await run(files[i], clone.target, carry);
                }
                finally {
                    if (carry.kept && !failure)
                        kept = { clone, carry };
                    else {
                        dropSoon(clone, carry);
                        handedAll = false;
                    }
                }
            }
            catch (err) {
                failure ??= { err };
                if (kept)
                    dropSoon(kept.clone, kept.carry);
                return;
            }
            done[i] = true;
            while (toldUpTo < files.length && done[toldUpTo]) {
                told(results[toldUpTo], toldUpTo);
                toldUpTo++;
            }
        }
        if (kept)
            dropSoon(kept.clone, kept.carry);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, worker));
    // a drop that failed leaves its clone in the set: dropAll tries again
    await Promise.allSettled(drops);
    if (failure)
        throw failure.err;
    return results;
}
/**
 * Sessions pgmig keeps on the server beside the test workers: its admin session, and the ones
 * it holds through the migrations (migrate, observer, lock-queue rehearsal, estimator).
 */
const OWN_SESSIONS = 5;
/**
 * The default of --jobs: the machine's CPUs, but never more than the server's spare
 * connections (max_connections less the sessions there now, the superuser reserve and pgmig's
 * own), so a busy shared server is not run out of connections. At least 1.
 */
async function defaultJobs(admin) {
    return Math.max(1, Math.min((0,external_node_os_.cpus)().length || 1, await spareConnections(admin)));
}
async function spareConnections(admin) {
    const r = await admin.query(`SELECT current_setting('max_connections') AS max,
            (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
            current_setting('superuser_reserved_connections') AS reserved`);
    const row = r.rows[0];
    return Number(row.max) - Number(row.used) - Number(row.reserved) - OWN_SESSIONS;
}

// EXTERNAL MODULE: ./src/tests/shard.ts
var shard = __webpack_require__(3341);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
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
     || CASE c.relreplident WHEN 'n' THEN ', replica identity nothing' WHEN 'f' THEN ', replica identity full'
          WHEN 'i' THEN ', replica identity using index ' || coalesce((SELECT i.indexrelid::regclass::text FROM pg_index i
            WHERE i.indrelid = c.oid AND i.indisreplident), '?') ELSE '' END
   ${RELS} AND c.relkind IN ('r','p','f','m','v','S','c')`,
    // comments: on relations and their columns, and on functions and procedures
    `SELECT 'comment on ' || CASE WHEN d.objsubid = 0 THEN ${KIND} || ' ' || ${qn('n.nspname', 'c.relname')}
       ELSE 'column ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(a.attname) END, d.description
   FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND c.oid = d.objoid
   JOIN pg_namespace n ON n.oid = c.relnamespace
   LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
   WHERE ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')} AND (d.objsubid = 0 OR a.attname IS NOT NULL)`,
    `SELECT 'comment on ' || CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END
       || ${qn('n.nspname', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')', d.description
   FROM pg_description d JOIN pg_proc p ON d.classoid = 'pg_proc'::regclass AND p.oid = d.objoid
   JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_NS} AND ${notExt('pg_proc', 'p.oid')}`,
    `SELECT 'row level security ' || ${qn('n.nspname', 'c.relname')},
     CASE WHEN c.relrowsecurity THEN 'enabled' ELSE 'disabled' END || CASE WHEN c.relforcerowsecurity THEN ', forced' ELSE '' END
   ${RELS} AND c.relkind IN ('r','p')`,
    `SELECT 'privileges on ' || ${qn('n.nspname', 'c.relname')}, ${acl('c.relacl')} ${RELS} AND c.relkind IN ('r','p','f','m','v','S')`,
    `SELECT 'view definition ' || ${qn('n.nspname', 'c.relname')}, pg_get_viewdef(c.oid, true) ${RELS} AND c.relkind IN ('v','m')`,
    // the order of the live columns, one entry per table: a column dropped and added back moves to
    // the end, which is one fact (see columnMoves), not a change of every later column
    `SELECT 'column order ' || ${qn('n.nspname', 'c.relname')}, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','p','f','c') AND ${USER_NS} AND ${HISTORY} AND ${notExt('pg_class', 'c.oid')}
   GROUP BY n.nspname, c.relname`,
    `SELECT 'column ' || ${qn('n.nspname', 'c.relname')} || '.' || quote_ident(a.attname),
     format_type(a.atttypid, a.atttypmod)
     || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
     || coalesce(CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                      ELSE ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) END, '')
     || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END
     || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
     || CASE WHEN a.attstattarget >= 0 THEN ', statistics ' || a.attstattarget ELSE '' END
     || CASE WHEN a.attstorage <> t.typstorage THEN ', storage ' || CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
          WHEN 'm' THEN 'main' WHEN 'x' THEN 'extended' ELSE a.attstorage::text END ELSE '' END
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
 * Splits the column moves out of a diff: a `column order` change that is exactly some columns
 * taken out of their places and appended, in their old order, becomes one move per column (what
 * an undo that re-adds a dropped column does, and no ALTER can undo); anything else stays.
 */
function columnMoves(diff) {
    const moves = [];
    const rest = [];
    for (const d of diff) {
        const found = d.change === 'changed' && d.object.startsWith('column order ') ? movedToEnd(d.expected ?? '', d.actual ?? '') : undefined;
        if (!found?.length) {
            rest.push(d);
            continue;
        }
        const table = d.object.slice('column order '.length);
        for (const m of found) {
            moves.push({ table, column: m.column, from: m.from, message: `column ${table}.${m.column} moved from position ${m.from} to last (an undo cannot put a re-added column back in its place)` });
        }
    }
    return { moves, rest };
}
function movedToEnd(expected, actual) {
    const e = expected.split(', ');
    const a = actual.split(', ');
    if (e.length !== a.length || [...e].sort().join() !== [...a].sort().join())
        return undefined;
    // the longest prefix of `actual` that keeps the expected relative order; the rest was appended
    let kept = a.length;
    for (;;) {
        const tail = a.slice(kept);
        const stay = e.filter((c) => !tail.includes(c));
        if (stay.join() === a.slice(0, kept).join()) {
            const moved = e.filter((c) => tail.includes(c));
            if (moved.join() !== tail.join())
                return undefined;
            return tail.map((column) => ({ column, from: e.indexOf(column) + 1 }));
        }
        if (--kept < 0)
            return undefined;
    }
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

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/migrations/snapshot-key.ts


/**
 * The cache key of a base-schema snapshot. Anything that changes what the base migrations leave
 * behind is in it: each file's bytes (not Flyway's CRC32, which ignores line endings and is
 * easy to collide), their order and versions, the server major, pgmig's version (how it applies
 * and records history may change between releases), and the settings that change what runs:
 * placeholders and their replacement, the history table, the suffixes, transaction handling.
 * Settings that only decide findings (rules, thresholds) stay out, so tuning a rule keeps the cache.
 */
function snapshotKey(inputs) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const line = (s) => h.update(`${s}\n`);
    line(`pgmig ${version/* VERSION */.x}`);
    line(`server ${inputs.serverMajor}`);
    const c = inputs.config;
    line(`settings ${stableJson({ flyway: c.flyway, placeholder: c.placeholder, assumeInTransaction: c.assumeInTransaction })}`);
    for (const f of inputs.files) {
        line(`file ${f.version ?? 'R'} ${f.path} ${f.sha256}`);
    }
    return `pgmig-snapshot-pg${inputs.serverMajor}-${h.digest('hex').slice(0, 40)}`;
}
/** JSON with object keys sorted, so the same settings written in another order give one key. */
function stableJson(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(',')}]`;
    if (v instanceof Map)
        return stableJson(Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), x])));
    if (v && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .filter((k) => o[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v ?? null);
}
/** `16.4 (Debian …)` or `PostgreSQL 16.4` or `160004` → 16. */
function majorOf(version) {
    const num = /^\s*(\d{5,6})\s*$/.exec(version);
    if (num)
        return Math.floor(Number(num[1]) / 10000);
    const m = /(\d+)(?:\.\d+)?/.exec(version);
    const major = m ? Number(m[1]) : NaN;
    return Number.isInteger(major) && major >= 9 ? major : undefined;
}

;// CONCATENATED MODULE: ./src/db/cluster-snapshot.ts







const cluster_snapshot_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
function fingerprintOf(binDir) {
    const server = (0,external_node_child_process_.execFileSync)((0,external_node_path_.join)(binDir, 'postgres'), ['-V'], { encoding: 'utf8' }).trim();
    return { server, platform: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)() };
}
const clusterManifestName = (key) => `${keyFileName(key)}.cluster.json`;
/** A key is ours (hex and dashes), but the directory is the user's: keep names to what any filesystem takes. */
function keyFileName(key) {
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(key))
        throw new Error(`snapshot key ${JSON.stringify(key)} is not a file name`);
    return key;
}
/**
 * The snapshot for `key`, when its manifest is whole and the folder it names is there. The
 * files themselves are checked on the copy a restore makes (src/db/cluster.ts), not here.
 */
function lookupClusterSnapshot(dir, key, here) {
    let manifest;
    try {
        manifest = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, clusterManifestName(key)), 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { status: 'miss' };
        return { status: 'corrupt', reason: `its manifest ${clusterManifestName(key)} cannot be read (${err.message})` };
    }
    if (manifest?.kind !== 'cluster' || manifest.key !== key || typeof manifest.folder !== 'string' || !/^[A-Za-z0-9._-]+$/.test(manifest.folder) || typeof manifest.database !== 'string' || typeof manifest.bytes !== 'number' || !manifest.serverBefore) {
        return { status: 'corrupt', reason: `its manifest ${clusterManifestName(key)} is not one pgmig wrote for this key` };
    }
    // the files are PostgreSQL's own on-disk format: the same major reads them (minor releases
    // keep it), on the same kind of machine
    if (majorOf(manifest.server.replace(/^\D+/, '')) !== majorOf(here.server.replace(/^\D+/, '')) || manifest.platform !== here.platform || manifest.arch !== here.arch) {
        return { status: 'corrupt', reason: `it was written by ${manifest.server} on ${manifest.platform}/${manifest.arch}, and this is ${here.server} on ${here.platform}/${here.arch}` };
    }
    const path = (0,external_node_path_.join)(dir, manifest.folder);
    try {
        if (!(0,external_node_fs_.statSync)((0,external_node_path_.join)(path, 'backup_manifest')).isFile())
            throw new Error('not a file');
    }
    catch {
        return { status: 'corrupt', reason: `its folder ${manifest.folder} has no backup_manifest (deleted or cut short)` };
    }
    return { status: 'hit', manifest, path };
}
/** Copies the running cluster's data folder into the cache under `key`. */
async function saveClusterSnapshot(dir, key, from) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const tmp = (0,external_node_path_.join)(dir, `.${keyFileName(key)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        // -c fast: the checkpoint the backup starts with runs at once rather than spread out;
        // --no-sync: a cache entry lost in a crash is rebuilt, and the manifest catches a torn one
        await cluster_snapshot_run((0,external_node_path_.join)(from.binDir, 'pg_basebackup'), ['-h', from.target.host ?? '127.0.0.1', '-p', String(from.target.port ?? 5432), '-U', from.target.user ?? 'postgres', '-D', tmp, '-c', 'fast', '--no-sync', '-X', 'stream', '--manifest-checksums=CRC32C'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PGSSLMODE: 'disable', PGCONNECT_TIMEOUT: '10' } });
        const folder = `${key}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.cluster`;
        (0,external_node_fs_.renameSync)(tmp, (0,external_node_path_.join)(dir, folder));
        const here = fingerprintOf(from.binDir);
        const manifest = {
            kind: 'cluster',
            key,
            folder,
            bytes: sizeOf((0,external_node_path_.join)(dir, folder)),
            createdAt: new Date().toISOString(),
            files: from.files,
            database: from.database,
            ...here,
            serverBefore: saveState(from.serverBefore),
        };
        const mtmp = `${tmp}.json`;
        (0,external_node_fs_.writeFileSync)(mtmp, `${JSON.stringify(manifest, null, 2)}\n`);
        (0,external_node_fs_.renameSync)(mtmp, (0,external_node_path_.join)(dir, clusterManifestName(key)));
        pruneFolders(dir, key, folder);
        return manifest;
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        (0,external_node_fs_.rmSync)(`${tmp}.json`, { force: true });
    }
}
function saveState(s) {
    const out = {};
    for (const [k, v] of Object.entries(s))
        out[k] = v instanceof Map ? [...v.entries()] : v;
    return out;
}
function loadState(s) {
    const out = {};
    for (const [k, v] of Object.entries(s))
        out[k] = k === 'unreadable' ? v : new Map(v);
    return out;
}
/** Folders of the same key the manifest no longer names (a rebuilt or raced snapshot). */
function pruneFolders(dir, key, keep) {
    for (const f of (0,external_node_fs_.readdirSync)(dir)) {
        if (f === keep || !f.startsWith(`${key}.`) || !f.endsWith('.cluster'))
            continue;
        try {
            const m = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, clusterManifestName(key)), 'utf8'));
            if (m.folder === f)
                continue;
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, f), { recursive: true, force: true });
        }
        catch {
            return;
        }
    }
}
function sizeOf(path) {
    let total = 0;
    for (const e of (0,external_node_fs_.readdirSync)(path, { withFileTypes: true })) {
        const p = (0,external_node_path_.join)(path, e.name);
        total += e.isDirectory() ? sizeOf(p) : (0,external_node_fs_.statSync)(p).size;
    }
    return total;
}

;// CONCATENATED MODULE: ./src/db/snapshot-cache.ts











const snapshot_cache_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const manifestPath = (dir, key) => (0,external_node_path_.join)(dir, `${keyFileName(key)}.json`);
async function lookupSnapshot(dir, key) {
    let manifest;
    try {
        manifest = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath(dir, key), 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { status: 'miss' };
        return { status: 'corrupt', reason: `its manifest ${key}.json cannot be read (${err.message})` };
    }
    if (manifest.key !== key || typeof manifest.archive !== 'string' || !/^[A-Za-z0-9._-]+$/.test(manifest.archive) || typeof manifest.sha256 !== 'string') {
        return { status: 'corrupt', reason: `its manifest ${key}.json is not one pgmig wrote for this key` };
    }
    const path = (0,external_node_path_.join)(dir, manifest.archive);
    let sha;
    try {
        sha = await sha256File(path);
    }
    catch (err) {
        return { status: 'corrupt', reason: `its archive ${manifest.archive} cannot be read (${err.code ?? err.message})` };
    }
    if (sha !== manifest.sha256)
        return { status: 'corrupt', reason: `its archive ${manifest.archive} does not match the checksum in ${key}.json (changed or cut short)` };
    return { status: 'hit', manifest, path };
}
/** Dumps the database `target` names (the base migrations applied) into the cache under `key`. */
async function saveSnapshot(dir, key, target, files) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const tmp = (0,external_node_path_.join)(dir, `.${keyFileName(key)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        // -Z1: the archive goes into the CI cache, where size costs upload time, but -Z6 costs more CPU than it saves
        await snapshot_cache_run('pg_dump', ['-Fc', '-Z1', '--no-sync', '-f', tmp, '-d', (0,connect/* toUrl */.bb)(target)], { env: pgEnv() });
        const sha256 = await sha256File(tmp);
        const archive = `${key}.${sha256.slice(0, 16)}.dump`;
        (0,external_node_fs_.renameSync)(tmp, (0,external_node_path_.join)(dir, archive));
        const manifest = { key, archive, sha256, bytes: (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, archive)).size, createdAt: new Date().toISOString(), files };
        const mtmp = `${tmp}.json`;
        (0,external_node_fs_.writeFileSync)(mtmp, `${JSON.stringify(manifest, null, 2)}\n`);
        (0,external_node_fs_.renameSync)(mtmp, manifestPath(dir, key));
        pruneArchives(dir, key, archive);
        return manifest;
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        (0,external_node_fs_.rmSync)(`${tmp}.json`, { force: true });
    }
}
/** Restores a snapshot into the empty database `target` names. */
async function restoreSnapshot(path, target) {
    // one transaction: a restore that fails half way leaves nothing for the run to mistake for the base
    await snapshot_cache_run('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '-d', (0,connect/* toUrl */.bb)(target), path], { env: pgEnv() });
}
/** Older archives of the same key (a rebuilt or raced snapshot): the manifest no longer names them. */
function pruneArchives(dir, key, keep) {
    for (const f of (0,external_node_fs_.readdirSync)(dir)) {
        if (f !== keep && f.startsWith(`${key}.`) && f.endsWith('.dump')) {
            try {
                const m = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath(dir, key), 'utf8'));
                if (m.archive === f)
                    continue;
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, f), { force: true });
            }
            catch {
                return;
            }
        }
    }
}
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const h = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('error', reject)
            .on('data', (c) => h.update(c))
            .on('end', () => resolve(h.digest('hex')));
    });
}
/** The URL carries the connection; a PGDATABASE or PGSERVICE from the caller's shell must not override it. */
function pgEnv() {
    const env = { ...process.env };
    for (const k of ['PGSERVICE', 'PGSERVICEFILE', 'PGOPTIONS'])
        delete env[k];
    return env;
}
/**
 * How many leading files of the run's order are base migrations, and the key they give;
 * undefined when none. The files' bytes are read for it once: the run reuses them.
 */
function baseOf(order, config, serverMajor) {
    let prefix = 0;
    while (prefix < order.length && !order[prefix].isNew && !order[prefix].later)
        prefix++;
    if (!prefix || serverMajor === undefined)
        return undefined;
    const key = snapshotKey({ files: order.slice(0, prefix).map((o) => ({ path: o.file.entry.path, sha256: o.file.sha256, version: o.file.historyVersion })), serverMajor, config });
    return { prefix, key };
}
/**
 * One `pgmig test` run's use of the cache: the leading base migrations (those before the first
 * new file) are what a snapshot holds. On a hit the run restores it and starts after them; on a
 * miss (or an unusable snapshot) it applies them and saves the result; with verify it applies
 * them all the same and compares the catalog and the history rows with the restored snapshot.
 */
class BaseSnapshot {
    dir;
    key;
    prefix;
    lookup;
    verify;
    constructor(dir, key, 
    /** How many leading files of the run's order the snapshot covers. */
    prefix, lookup, verify) {
        this.dir = dir;
        this.key = key;
        this.prefix = prefix;
        this.lookup = lookup;
        this.verify = verify;
    }
    static async open(dir, verify, order, config, serverVersion) {
        const base = baseOf(order, config, majorOf(serverVersion));
        return base && new BaseSnapshot(dir, base.key, base.prefix, await lookupSnapshot(dir, base.key), verify);
    }
    /** Restores into the run's database; 0 when there is nothing to restore (the run applies the base itself). */
    async restore(applier, target, notices) {
        if (this.lookup.status === 'corrupt')
            notices.push(`base-schema snapshot ${this.key} in ${this.dir} is not used: ${this.lookup.reason}; the base migrations run and the snapshot is rebuilt`);
        if (this.lookup.status !== 'hit' || this.verify)
            return 0;
        try {
            await restoreSnapshot(this.lookup.path, target);
        }
        catch (err) {
            notices.push(`base-schema snapshot ${this.key} could not be restored (${firstLine(err)}); the base migrations run and the snapshot is rebuilt`);
            this.lookup = { status: 'corrupt', reason: 'restore failed' };
            return 0;
        }
        const rows = await applier.adoptHistory();
        if (rows !== this.prefix) {
            // a snapshot whose history does not match its key was not written by this run's base: never trust it
            throw new Error(`base-schema snapshot ${this.key} holds ${rows} history rows for ${this.prefix} base migrations; delete ${this.dir} and run again`);
        }
        notices.push(`restored the base schema (${this.prefix} migrations) from snapshot ${this.key}; only the files after them ran`);
        return this.prefix;
    }
    /** Once the base migrations are applied: save a snapshot on a miss, or compare with it (verify). */
    async afterBase(history, admin, target, client, notices, problems) {
        if (this.lookup.status === 'hit' && this.verify) {
            const name = `${target.database}_snapshot`;
            await admin.query(`CREATE DATABASE ${(0,apply/* quoteIdent */.v4)(name)}`);
            try {
                const other = (0,connect/* withDatabase */.kR)(target, name);
                await restoreSnapshot(this.lookup.path, other);
                const c = await (0,connect/* connect */.Ng)(other, 'pgmig verify-snapshot');
                try {
                    await compareBases(this.key, history, client, c, notices, problems);
                }
                finally {
                    await c.end();
                }
            }
            finally {
                await admin.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(name)} WITH (FORCE)`);
            }
            return;
        }
        if (this.lookup.status === 'hit')
            return;
        try {
            const m = await saveSnapshot(this.dir, this.key, target, this.prefix);
            notices.push(`saved the base schema (${this.prefix} migrations, ${m.bytes} bytes) as snapshot ${this.key} in ${this.dir}`);
        }
        catch (err) {
            // the run itself is sound: a cache that cannot be written costs the next run time, not correctness
            notices.push(`could not save the base-schema snapshot in ${this.dir}: ${firstLine(err)}`);
        }
    }
}
function firstLine(err) {
    const e = err;
    return (e.stderr?.trim() || e.message || String(err)).split('\n')[0];
}
/**
 * The cache as a copy of the throwaway cluster's data folder (src/db/cluster-snapshot.ts): looked
 * up before the cluster starts, since on a hit the cluster starts from the copy instead of
 * initdb. The run then renames the snapshot's database to its own and goes on after the base.
 */
class ClusterBase {
    dir;
    key;
    prefix;
    lookup;
    verify;
    binDir;
    env;
    /** Set once the run's cluster started from the snapshot. */
    seeded = false;
    source;
    constructor(dir, key, prefix, lookup, verify, binDir, env) {
        this.dir = dir;
        this.key = key;
        this.prefix = prefix;
        this.lookup = lookup;
        this.verify = verify;
        this.binDir = binDir;
        this.env = env;
    }
    static open(dir, verify, order, config, binDir, env) {
        const here = fingerprintOf(binDir);
        const base = baseOf(order, config, majorOf(here.server.replace(/^\D+/, '')));
        return base && new ClusterBase(dir, base.key, base.prefix, lookupClusterSnapshot(dir, base.key, here), verify, binDir, env);
    }
    /** The data folder the run's cluster should start from; undefined to initdb as usual. */
    get seed() {
        return this.lookup.status === 'hit' && !this.verify ? { path: this.lookup.path, bytes: this.lookup.manifest.bytes } : undefined;
    }
    /** The cluster would not start from the snapshot: the run applies the base and saves a new one. */
    refuse(err, notices) {
        notices.push(`base-schema snapshot ${this.key} in ${this.dir} is not used: ${firstLine(err)}; the base migrations run and the snapshot is rebuilt`);
        this.lookup = { status: 'corrupt', reason: 'its cluster did not start' };
    }
    /** On a seeded cluster: the database that holds the base, and the server state from before it. */
    get restored() {
        if (!this.seeded || this.lookup.status !== 'hit')
            return undefined;
        return { database: this.lookup.manifest.database, serverBefore: loadState(this.lookup.manifest.serverBefore) };
    }
    /** What a save needs from the run: its cluster, and the state read before the base ran. */
    attach(cluster, serverBefore, database) {
        this.source = { cluster, serverBefore, database };
    }
    async restore(applier, _target, notices) {
        if (this.lookup.status === 'corrupt' && this.lookup.reason !== 'its cluster did not start') {
            notices.push(`base-schema snapshot ${this.key} in ${this.dir} is not used: ${this.lookup.reason}; the base migrations run and the snapshot is rebuilt`);
        }
        if (!this.seeded)
            return 0;
        const rows = await applier.adoptHistory();
        if (rows !== this.prefix) {
            throw new Error(`base-schema snapshot ${this.key} holds ${rows} history rows for ${this.prefix} base migrations; delete ${this.dir} and run again`);
        }
        notices.push(`restored the base schema (${this.prefix} migrations) from snapshot ${this.key} (a copy of the cluster's data folder); only the files after them ran`);
        return this.prefix;
    }
    async afterBase(history, _admin, _target, client, notices, problems) {
        if (this.lookup.status === 'hit' && this.verify) {
            // the snapshot gets a server of its own, started the way a warm run would start it
            const other = await startCluster({ env: this.env, seed: { path: this.lookup.path, bytes: this.lookup.manifest.bytes } });
            try {
                const c = await (0,connect/* connect */.Ng)((0,connect/* withDatabase */.kR)(other.target, this.lookup.manifest.database), 'pgmig verify-snapshot');
                try {
                    await compareBases(this.key, history, client, c, notices, problems);
                }
                finally {
                    await c.end();
                }
            }
            finally {
                await other.stop();
            }
            return;
        }
        if (this.seeded || !this.source)
            return;
        try {
            const m = await saveClusterSnapshot(this.dir, this.key, { binDir: this.binDir, target: this.source.cluster.target, database: this.source.database, files: this.prefix, serverBefore: this.source.serverBefore });
            notices.push(`saved the base schema (${this.prefix} migrations, ${m.bytes} bytes, a copy of the cluster's data folder) as snapshot ${this.key} in ${this.dir}`);
        }
        catch (err) {
            notices.push(`could not save the base-schema snapshot in ${this.dir}: ${firstLine(err)}`);
        }
    }
}
/** Errors for each way the restored base (`b`) differs from the one applied from scratch (`a`). */
async function compareBases(key, history, a, b, notices, problems) {
    const diff = diffSnapshots(await snapshotSchema(a), await snapshotSchema(b));
    for (const d of diff)
        problems.push({ severity: 'error', message: `base-schema snapshot ${key}: ${describeDifference(d, 'in the snapshot', 'applied from scratch')}` });
    const rowsSql = `SELECT installed_rank, version, description, type, script, checksum, success FROM ${history} ORDER BY installed_rank`;
    const [x, y] = await Promise.all([a.query(rowsSql), b.query(rowsSql)]);
    if (JSON.stringify(x.rows) !== JSON.stringify(y.rows))
        problems.push({ severity: 'error', message: `base-schema snapshot ${key}: its ${history} rows differ from those applied from scratch` });
    if (!diff.length)
        notices.push(`base-schema snapshot ${key} matches the base migrations applied from scratch`);
}

;// CONCATENATED MODULE: ./src/db/leftovers.ts
/**
 * Objects a migration leaves half made: an index that is not valid (a concurrent build that
 * failed and was skipped by IF NOT EXISTS on the retry, an index ON ONLY a partitioned table whose
 * partitions' indexes were never attached) and a constraint still NOT VALID. Each is charged to
 * the new migration after which it first appeared, and reported if it is still there after the
 * last one: no later migration validated or replaced it.
 */
const SQL = `
SELECT 'index' AS kind, format('%I.%I', n.nspname, c.relname) AS name, format('%I.%I', tn.nspname, t.relname) AS tbl
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
 WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
UNION ALL
SELECT 'constraint', quote_ident(c.conname), format('%I.%I', n.nspname, t.relname)
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE NOT c.convalidated AND n.nspname NOT IN ('pg_catalog', 'information_schema')`;
async function current(client) {
    const { rows } = await client.query(SQL);
    return rows.map((r) => ({
        key: `${r.kind}:${r.tbl}:${r.name}`,
        what: r.kind === 'index' ? `index ${r.name} on ${r.tbl} is INVALID` : `constraint ${r.name} on ${r.tbl} is NOT VALID`,
    }));
}
class LeftoverWatch {
    baseline;
    madeBy = new Map();
    /** What the base migrations left, before the first new one: not the change's doing. */
    async start(client) {
        this.baseline ??= new Set((await current(client)).map((l) => l.key));
    }
    /** After a new migration (and its undo rehearsal) ran. */
    async after(client, file) {
        if (!this.baseline)
            return;
        for (const l of await current(client)) {
            if (!this.baseline.has(l.key) && !this.madeBy.has(l.key))
                this.madeBy.set(l.key, { file, what: l.what });
        }
    }
    /** Once all migrations ran: what the change left half made. */
    async problems(client) {
        if (!this.baseline || this.madeBy.size === 0)
            return [];
        const still = new Set((await current(client)).map((l) => l.key));
        return [...this.madeBy]
            .filter(([key]) => still.has(key))
            .map(([key, m]) => ({
            severity: 'error',
            file: m.file,
            message: key.startsWith('index:')
                ? `${m.what} after the migrations: queries do not use it, every write still maintains it, and IF NOT EXISTS will never rebuild it; drop it and build it again (DROP INDEX CONCURRENTLY IF EXISTS, then CREATE INDEX CONCURRENTLY), or attach the partitions' indexes`
                : `${m.what} after the migrations and no later migration validates it: only new rows are checked; add ALTER TABLE … VALIDATE CONSTRAINT in a following migration`,
        }));
    }
}

// EXTERNAL MODULE: ./node_modules/tap-parser/dist/esm/index.js + 15 modules
var dist_esm = __webpack_require__(3415);
// EXTERNAL MODULE: ./src/migrations/discover.ts
var discover = __webpack_require__(2986);
// EXTERNAL MODULE: ./src/migrations/inside-repository.ts
var inside_repository = __webpack_require__(3602);
// EXTERNAL MODULE: ./src/migrations/read.ts
var read = __webpack_require__(3193);
// EXTERNAL MODULE: ./src/sql/parse.ts + 1 modules
var parse = __webpack_require__(8979);
// EXTERNAL MODULE: ./src/sql/source.ts
var sql_source = __webpack_require__(5375);
;// CONCATENATED MODULE: ./src/db/psql-script.ts




class ScriptError extends Error {
    file;
    line;
    column;
    constructor(file, line, column, message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
const SUPPORTED = '\\set, \\unset, \\echo, \\qecho, \\warn, \\i, \\ir, \\pset, \\a, \\t, \\timing, \\q';
/** psql's \pset options (psql 16). */
const PSET_OPTIONS = new Set([
    'border', 'columns', 'csv_fieldsep', 'expanded', 'x', 'fieldsep', 'fieldsep_zero', 'footer', 'format', 'linestyle', 'null',
    'numericlocale', 'pager', 'pager_min_lines', 'recordsep', 'recordsep_zero', 'tableattr', 'T', 'title', 'C', 'tuples_only', 't',
    'unicode_border_linestyle', 'unicode_column_linestyle', 'unicode_header_linestyle', 'xheader_width',
]);
/** psql gives up past this depth of \i, and so does pgmig (a file including itself). */
const MAX_DEPTH = 64;
/** A psql session's variables and print settings, as a script runs. */
class PsqlScript {
    opts;
    vars = new Map();
    print = { fieldsep: '|', null: '' };
    realRoot;
    constructor(opts) {
        this.opts = opts;
        // what pg_prove sets on psql's command line
        this.vars.set('ON_ERROR_STOP', '1');
        this.vars.set('QUIET', 'on');
        let real = (0,external_node_path_.resolve)(opts.root);
        try {
            real = (0,external_node_fs_.realpathSync)(real);
        }
        catch {
            // a root that is not there holds nothing to include
        }
        this.realRoot = real;
    }
    /** The steps of a file, produced as they are reached (a meta-command acts when psql would reach it). */
    *run(absPath, depth = 0) {
        const file = (0,discover/* displayPath */.Gt)(this.opts.cwd, absPath);
        const text = (0,external_node_fs_.readFileSync)(absPath, 'utf8').replace(/^\uFEFF/, '');
        const source = new sql_source/* SourceText */.D(text);
        const n = text.length;
        let i = 0;
        /** The statement being gathered: pieces of text, where it began, whether it is the file's own. */
        let pieces = [];
        let stmtStart = -1;
        let verbatim = true;
        let segStart = 0;
        let paren = 0;
        /** The first words of the statement, and the depth of BEGIN (ATOMIC) … END in a routine's body. */
        let words = [];
        let atomic = 0;
        const flushSegment = (to) => {
            if (to > segStart)
                pieces.push(text.slice(segStart, to));
            segStart = to;
        };
        const hasContent = () => stmtStart >= 0;
        const markContent = (at) => {
            if (stmtStart < 0) {
                stmtStart = at;
                segStart = at;
                pieces = [];
            }
        };
        const take = (end) => {
            if (!hasContent())
                return undefined;
            flushSegment(end);
            const sql = pieces.join('');
            const step = { kind: 'sql', file, source, start: stmtStart, end, text: sql.replace(/\s+$/, ''), verbatim };
            stmtStart = -1;
            pieces = [];
            verbatim = true;
            paren = 0;
            words = [];
            atomic = 0;
            return step.text.trim() ? step : undefined;
        };
        const fail = (at, message) => {
            const p = source.position(at);
            throw new ScriptError(file, p.line, p.column, message);
        };
        while (i < n) {
            const c = text[i];
            if (c === '-' && text[i + 1] === '-') {
                const nl = text.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                continue;
            }
            if (c === '/' && text[i + 1] === '*') {
                let depth = 0;
                while (i < n) {
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
                continue;
            }
            if (/\s/.test(c)) {
                i++;
                continue;
            }
            if (c === '\\') {
                // a meta-command: to the end of the line (or a `\\` separator)
                const lineEnd = (() => {
                    const nl = text.indexOf('\n', i);
                    return nl < 0 ? n : nl;
                })();
                if (hasContent()) {
                    flushSegment(i);
                    verbatim = false;
                }
                const at = i;
                const m = /^\\([A-Za-z]+|[!?;.\\]|)/.exec(text.slice(i, lineEnd));
                const name = m[1];
                const parsedArgs = this.metaArgs(text.slice(i + 1 + name.length, lineEnd), (msg) => fail(at, msg));
                const args = parsedArgs.args;
                // an unquoted `\\` ends the meta-command; what follows on the line is read again
                i = i + 1 + name.length + parsedArgs.end;
                if (i < lineEnd)
                    i += 2;
                segStart = i;
                const where = `\\${name} at ${file}:${source.position(at).line}`;
                switch (name) {
                    case 'set':
                        if (!args.length) {
                            for (const [k, v] of [...this.vars].sort(([a], [b]) => (a < b ? -1 : 1)))
                                yield { kind: 'print', text: `${k} = '${v}'` };
                        }
                        else {
                            if (!/^[A-Za-z0-9_]+$/.test(args[0]))
                                fail(at, `${where}: invalid variable name: "${args[0]}"`);
                            this.vars.set(args[0], args.slice(1).join(''));
                        }
                        break;
                    case 'unset':
                        if (args.length !== 1)
                            fail(at, `${where}: expected one variable name`);
                        this.vars.delete(args[0]);
                        break;
                    case 'echo':
                    case 'qecho': {
                        const noNewline = args[0] === '-n';
                        const words = noNewline ? args.slice(1) : args;
                        // TAP is read by lines: -n joins with what comes next, as on psql's stdout
                        yield { kind: 'print', text: words.join(' ') + (noNewline ? '' : '\n') };
                        break;
                    }
                    case 'warn':
                        // psql writes it to stderr: not part of the TAP
                        break;
                    case 'i':
                    case 'include':
                    case 'ir':
                    case 'include_relative': {
                        if (args.length !== 1)
                            fail(at, `${where}: expected one file name`);
                        const relativeToFile = name === 'ir' || name === 'include_relative';
                        const target = (0,external_node_path_.resolve)(relativeToFile ? (0,external_node_path_.dirname)(absPath) : this.opts.cwd, args[0]);
                        const real = this.insideRoot(target);
                        if (!real.ok)
                            fail(at, `${where}: ${args[0]} ${real.why}`);
                        if (depth + 1 >= MAX_DEPTH)
                            fail(at, `${where}: files include each other more than ${MAX_DEPTH} deep`);
                        const quit = yield* this.run(target, depth + 1);
                        if (quit)
                            return quit;
                        break;
                    }
                    case 'pset': {
                        if (!args.length)
                            break;
                        if (!PSET_OPTIONS.has(args[0]))
                            fail(at, `${where}: unknown option: ${args[0]}`);
                        if (args[0] === 'fieldsep' && args.length > 1)
                            this.print.fieldsep = args[1];
                        if (args[0] === 'null' && args.length > 1)
                            this.print.null = args[1];
                        break;
                    }
                    case 'a':
                    case 't':
                    case 'timing':
                        // output format toggles: pgmig reads the values themselves
                        break;
                    case 'q':
                    case 'quit': {
                        const last = take(at);
                        if (last)
                            yield last;
                        return 'quit';
                    }
                    default:
                        fail(at, `${where}: pgmig does not run the psql meta-command \\${name} (it runs ${SUPPORTED}); ` + 'write it in SQL, or leave it out');
                }
                continue;
            }
            markContent(i);
            if (c === ';' && paren === 0 && atomic === 0) {
                const step = take(i);
                i++;
                segStart = i;
                if (step)
                    yield step;
                continue;
            }
            if (c === '(')
                paren++;
            else if (c === ')')
                paren = Math.max(0, paren - 1);
            if (c === "'" || ((c === 'E' || c === 'e') && text[i + 1] === "'" && !/[A-Za-z0-9_$]/.test(text[i - 1] ?? ''))) {
                const escapes = c !== "'";
                i = skipString(text, escapes ? i + 2 : i + 1, escapes);
                continue;
            }
            if (c === '"') {
                const close = text.indexOf('"', i + 1);
                i = close < 0 ? n : close + 1;
                while (text[i] === '"') {
                    const again = text.indexOf('"', i + 1);
                    i = again < 0 ? n : again + 1;
                }
                continue;
            }
            if (c === '$' && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '')) {
                const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 256))?.[0];
                if (tag) {
                    const close = text.indexOf(tag, i + tag.length);
                    i = close < 0 ? n : close + tag.length;
                    continue;
                }
            }
            if (/[A-Za-z_]/.test(c) && !/[A-Za-z0-9_$]/.test(text[i - 1] ?? '')) {
                // a word: psql keeps the `;` inside a BEGIN ATOMIC … END body of CREATE FUNCTION/PROCEDURE
                const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(i, i + 64))[0].toLowerCase();
                if (words.length < 4)
                    words.push(word);
                const routine = words[0] === 'create' && (words[1] === 'function' || words[1] === 'procedure' || (words[1] === 'or' && (words[3] === 'function' || words[3] === 'procedure')));
                if (routine) {
                    if (word === 'begin' || (word === 'case' && atomic > 0))
                        atomic++;
                    else if (word === 'end' && atomic > 0)
                        atomic--;
                }
                i += word.length;
                continue;
            }
            if (c === ':') {
                if (text[i + 1] === ':') {
                    i += 2;
                    continue;
                }
                const v = this.variableAt(text, i);
                if (v) {
                    flushSegment(i);
                    pieces.push(v.value);
                    verbatim = false;
                    i = v.end;
                    segStart = i;
                    continue;
                }
            }
            i++;
        }
        const last = take(n);
        if (last)
            yield last;
        return undefined;
    }
    /** `:name`, `:'name'` or `:"name"` at `i`, when the variable is set (else psql leaves it as written). */
    variableAt(text, i) {
        const m = /^:(?:'([A-Za-z0-9_]+)'|"([A-Za-z0-9_]+)"|([A-Za-z0-9_]+))/.exec(text.slice(i, i + 200));
        if (!m)
            return undefined;
        const name = m[1] ?? m[2] ?? m[3];
        const value = this.vars.get(name);
        if (value === undefined)
            return undefined;
        const out = m[1] !== undefined ? quoteLiteral(value) : m[2] !== undefined ? `"${value.replace(/"/g, '""')}"` : value;
        return { value: out, end: i + m[0].length };
    }
    /** A meta-command's arguments as psql splits them: words, 'quoted' with escapes, "kept", :variables. */
    metaArgs(raw, fail) {
        const out = [];
        let i = 0;
        while (i < raw.length) {
            while (i < raw.length && /\s/.test(raw[i]))
                i++;
            if (i >= raw.length || raw.startsWith('\\\\', i))
                break;
            let word = '';
            while (i < raw.length && !/\s/.test(raw[i]) && !raw.startsWith('\\\\', i)) {
                const c = raw[i];
                if (c === "'") {
                    i++;
                    while (i < raw.length && !(raw[i] === "'" && raw[i + 1] !== "'")) {
                        if (raw[i] === "'" && raw[i + 1] === "'") {
                            word += "'";
                            i += 2;
                        }
                        else if (raw[i] === '\\' && i + 1 < raw.length) {
                            const e = raw[i + 1];
                            word += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' ? '\b' : e === 'f' ? '\f' : e;
                            i += 2;
                        }
                        else
                            word += raw[i++];
                    }
                    if (i >= raw.length)
                        fail('unterminated quoted string');
                    i++;
                }
                else if (c === '"') {
                    const close = raw.indexOf('"', i + 1);
                    if (close < 0)
                        fail('unterminated quoted string');
                    word += raw.slice(i, close + 1);
                    i = close + 1;
                }
                else if (c === '`') {
                    fail('a backquoted shell command: pgmig runs no shell commands from test files');
                }
                else if (c === ':' && raw[i + 1] !== ':') {
                    const v = this.variableAt(raw, i);
                    if (v) {
                        word += v.value;
                        i = v.end;
                    }
                    else
                        word += raw[i++];
                }
                else
                    word += raw[i++];
            }
            out.push(word);
        }
        return { args: out, end: Math.min(i, raw.length) };
    }
    /** The real path of `target` when it is inside the repository. */
    insideRoot(target) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(target);
        }
        catch {
            return { ok: false, why: 'does not exist' };
        }
        const rel = (0,external_node_path_.relative)(this.realRoot, real);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) || rel.split(external_node_path_.sep)[0] === '..') {
            return { ok: false, why: `is outside the repository (${this.realRoot}): pgmig reads no file outside it` };
        }
        return { ok: true, real };
    }
}
/** Past a '…' string starting at `from` (just after the quote); E'' strings take backslash escapes. */
function skipString(text, from, escapes) {
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (escapes && c === '\\')
            i += 2;
        else if (c === "'") {
            if (text[i + 1] === "'")
                i += 2;
            else
                return i + 1;
        }
        else
            i++;
    }
    return i;
}
/** psql's :'name': a literal the server reads back as the value (E'' when it holds a backslash). */
function quoteLiteral(v) {
    const body = v.replace(/'/g, "''");
    return v.includes('\\') ? ` E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}

;// CONCATENATED MODULE: ./src/db/pgtap.ts











/** pgTAP test files under the tests folder: `*.sql` and `*.pg`, subfolders too, sorted by path. */
function findTestFiles(cwd, dir) {
    let names;
    (0,inside_repository/* confine */.D)(cwd, dir);
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
        .filter((p) => ((0,inside_repository/* confine */.D)(cwd, p), (0,external_node_fs_.statSync)(p).isFile()))
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
/** Every value as the server sent it, as psql prints it (`t`, not true; dates as the server writes them). */
const AS_TEXT = { getTypeParser: () => (v) => v };
/**
 * Runs one test file as pg_prove does (through psql, see PsqlScript): each statement as it is
 * written, on a session of its own (or the one the last file on this database handed over in
 * `carry`, its state discarded), its own BEGIN, COMMIT and ROLLBACK honoured, stopping at
 * the first error (ON_ERROR_STOP); everything the statements return and `\echo` prints is
 * the TAP stream. The caller gives each file a database of its own (a clone of the migrated
 * one), so nothing a file commits is seen by the next.
 */
async function runTestFile(target, cwd, absPath, bodies, 
/** Told each statement as it starts (undefined when the file is done), for a message on Ctrl-C. */
onStatement, 
/** `\i` reads only inside this folder (default: cwd). */
root = cwd, 
/**
 * What the last file on this database handed over, and where this one hands over when it left
 * the database as it found it (see {@link leftUntouched}), so the next file may run on it and
 * on its session. Without it, the file has a session of its own and hands over nothing.
 */
carry) {
    const file = (0,discover/* displayPath */.Gt)(cwd, absPath);
    const started = performance.now();
    (0,inside_repository/* confine */.D)(cwd, absPath, file);
    (0,read/* checkFileSize */.cz)(absPath, file);
    const result = { file, status: 'passed', ran: 0, passed: 0, failed: 0, skipped: 0, todo: 0, tests: [], problems: [], durationMs: 0 };
    const tap = [];
    const script = new PsqlScript({ cwd, root });
    const handed = carry?.kept;
    if (carry)
        carry.kept = undefined;
    const client = handed?.session ?? (await (0,connect/* connect */.Ng)(target, 'pgmig test'));
    let handOver = false;
    const ran = [];
    let sequencesBefore = handed?.sequences;
    let ranToEnd = false;
    try {
        if (carry && sequencesBefore === undefined)
            sequencesBefore = await sequenceState(client).catch(() => undefined);
        const steps = script.run(absPath);
        for (;;) {
            let next;
            try {
                next = steps.next();
            }
            catch (err) {
                if (!(err instanceof ScriptError))
                    throw err;
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
            if (carry)
                ran.push(step.text);
            let r;
            try {
                r = await client.query({ text: step.text, rowMode: 'array', types: AS_TEXT });
            }
            catch (err) {
                // a function of the migrations that raised: say where in them (every migration ran before)
                result.error = (0,apply/* errorAt */.Os)(step.file, step.source, statementOf(step), err, bodies ? { bodies, seq: Number.MAX_SAFE_INTEGER } : undefined);
                break;
            }
            for (const res of Array.isArray(r) ? r : [r]) {
                for (const row of res.rows) {
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
    }
    finally {
        onStatement?.(undefined);
        // an open transaction ends with the session, rolled back, as when psql exits
        if (!handOver)
            await client.end().catch(() => { });
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
function statementOf(step) {
    const own = step.verbatim ? (0,parse/* parseSql */.eg)(step.text).statements[0] : undefined;
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
function readTap(text, out) {
    const parser = new dist_esm/* Parser */.iX();
    let last;
    let final;
    let plans = 0;
    let planText = '';
    /** The plan came after a test: anything after it is out of place. */
    let trailingPlan = false;
    let afterTrailingPlan = 0;
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
    // plans as printed: the parser makes one up for an empty stream (and emits its line), and
    // hands a second one over as extra
    let sawTest = false;
    for (const line of text.split('\n')) {
        if (TEST_LINE.test(line))
            sawTest = true;
        const m = PLAN_LINE.exec(line);
        if (!m)
            continue;
        if (++plans === 1) {
            planText = `1..${m[1]}`;
            trailingPlan = sawTest;
        }
    }
    parser.on('extra', (raw) => {
        const line = raw.replace(/\r?\n$/, '');
        const t = TEST_LINE.exec(line);
        if (!t || !plans)
            return;
        // a test after a trailing (or a skip-all) plan: TAP::Harness counts it, and fails the file for where it is
        afterTrailingPlan++;
        const directive = /\s#\s*(TODO|SKIP)\b\s*(.*)$/i.exec(t[3] ?? '');
        const description = (directive ? t[3].slice(0, directive.index) : t[3] ?? '').trim();
        const kind = directive?.[1]?.toUpperCase();
        last = {
            id: t[2] ? Number(t[2]) : out.tests.length + 1,
            ok: !t[1],
            description,
            ...(kind === 'SKIP' ? { skip: directive[2] || true } : {}),
            ...(kind === 'TODO' ? { todo: directive[2] || true } : {}),
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
    // tap-parser says skip-all for an empty stream too: only a plan printed as 1..0 is one
    const skipAll = plans > 0 && !!plan?.skipAll && out.ran === 0;
    if (plans > 0 && plan && plan.end !== null && plan.start !== null && !skipAll)
        out.planned = plan.end - plan.start + 1;
    if (final?.bailout)
        out.problems.push(`bailed out${typeof final.bailout === 'string' ? `: ${final.bailout}` : ''}`);
    if (out.ran === 0 && plans === 0) {
        if (!out.error && !final?.bailout)
            out.problems.push('printed no TAP: the file ran no pgTAP tests and printed no plan (call plan() and test functions such as ok() in SELECT statements)');
        return;
    }
    if (plans > 1)
        out.problems.push('more than one plan found in its TAP output');
    if (afterTrailingPlan && trailingPlan)
        out.problems.push(`plan (${planText}) must be at the beginning or end of its TAP output: ${afterTrailingPlan} test${afterTrailingPlan === 1 ? '' : 's'} printed after it`);
    if (out.planned !== undefined && out.planned !== out.ran)
        out.problems.push(`planned ${out.planned} test${out.planned === 1 ? '' : 's'} but ran ${out.ran}`);
    else if (plans === 0)
        out.problems.push(`no plan: call plan(${out.ran}) first, or finish() or done_testing() at the end`);
    else if (planText === '1..0' && out.ran > 0)
        out.problems.push(`planned to skip every test (1..0) but ran ${out.ran}`);
    const astray = out.tests.findIndex((t, i) => t.id !== i + 1);
    if (astray >= 0)
        out.problems.push(`tests out of sequence: found test ${out.tests[astray].id} where ${astray + 1} was expected`);
    // what else the parser found wrong (ids out of sequence or past the plan): its verdict stands
    const told = out.problems.length > 0 || out.failed > 0;
    if (final && !final.ok && !told) {
        const why = [...new Set(final.failures.map((f) => f.tapError).filter((x) => !!x))];
        out.problems.push(`its TAP is not valid: ${why.join('; ') || 'the parser failed it'}`);
    }
}
/** The statement's first word(s), upper-cased, past comments and whitespace. */
function leadingWords(sql) {
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
function leftUntouched(statements) {
    if (statements.length < 2)
        return false;
    const first = leadingWords(statements[0]);
    const last = leadingWords(statements[statements.length - 1]);
    if (!(first === 'BEGIN' || first.startsWith('BEGIN ') || first === 'START TRANSACTION'))
        return false;
    if (!['ROLLBACK', 'ROLLBACK WORK', 'ROLLBACK TRANSACTION', 'ABORT', 'ABORT WORK', 'ABORT TRANSACTION'].includes(last))
        return false;
    for (const st of statements.slice(1, -1)) {
        const w = leadingWords(st);
        if (!TX_CONTROL.test(w))
            continue;
        if (w.startsWith('SAVEPOINT') || w.startsWith('RELEASE') || w === 'ROLLBACK TO')
            continue;
        return false;
    }
    return true;
}
/** Every sequence's position in the session's database, as one string to compare. */
async function sequenceState(client) {
    const r = await client.query(`SELECT coalesce(string_agg(format('%s.%s:%s', c.relnamespace::regnamespace, c.relname, pg_sequence_last_value(c.oid)), ',' ORDER BY c.oid), '') AS s
       FROM pg_class c
      WHERE c.relkind = 'S'`);
    return r.rows[0].s;
}

// EXTERNAL MODULE: ./src/db/server-state.ts
var server_state = __webpack_require__(4063);
// EXTERNAL MODULE: ./src/db/compat.ts
var compat = __webpack_require__(1790);
// EXTERNAL MODULE: ./src/db/impact.ts + 2 modules
var impact = __webpack_require__(9518);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/migrations/queries.ts





/** Reads every file the globs match (relative to `root`); each statement is one query. */
function readQueryFiles(root, cwd, globs) {
    const files = (0,dist/* globSync */.AZ)(globs, { cwd: root, absolute: true, onlyFiles: true }).sort();
    if (files.length === 0)
        throw new errors/* UserError */.y(`queries: no file matches ${globs.map((g) => JSON.stringify(g)).join(', ')} (relative to ${(0,external_node_path_.relative)(cwd, root) || '.'}); fix the pattern or remove the key`);
    const out = [];
    for (const abs of files) {
        const shown = (0,external_node_path_.relative)(cwd, abs) || abs;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
        }
        catch (err) {
            throw new errors/* UserError */.y(`cannot read the queries file ${shown}: ${err.code ?? err}`);
        }
        const parsed = (0,parse/* parseSql */.eg)(text);
        if (parsed.error) {
            const at = parsed.source.position(parsed.error.index);
            throw new errors/* UserError */.y(`${shown}:${at.line}:${at.column}: ${parsed.error.message} (a queries file holds the application's statements, one after another, each ending with ;)`);
        }
        for (const stmt of parsed.statements) {
            const gap = text.slice(stmt.gapStart, stmt.start);
            const ignore = /--\s*pgmig-ignore\b:?\s*(.*)$/m.exec(gap);
            out.push({
                text: normalise(stmt.text),
                source: `${shown}:${parsed.source.position(stmt.start).line}`,
                ...(ignore ? { ignored: ignore[1].trim() || 'no reason given' } : {}),
            });
        }
    }
    return out;
}
/** One query per normalised text, the first source kept and the calls of pg_stat_statements added. */
function dedupeQueries(lists) {
    const byText = new Map();
    for (const list of lists) {
        for (const q of list) {
            const had = byText.get(q.text);
            if (!had)
                byText.set(q.text, { ...q });
            else {
                if (q.calls !== undefined)
                    had.calls = (had.calls ?? 0) + q.calls;
                if (q.meanMs !== undefined && had.meanMs === undefined)
                    had.meanMs = q.meanMs;
                if (q.ignored && !had.ignored)
                    had.ignored = q.ignored;
            }
        }
    }
    return [...byText.values()];
}
/** Collapses whitespace outside quotes, so the same query captured twice is one. */
function normalise(sql) {
    let out = '';
    let quote;
    for (let i = 0; i < sql.length; i++) {
        const c = sql[i];
        if (quote) {
            out += c;
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            out += c;
        }
        else if (/\s/.test(c)) {
            if (!out.endsWith(' '))
                out += ' ';
        }
        else {
            out += c;
        }
    }
    return out.trim().replace(/;$/, '').trim();
}

// EXTERNAL MODULE: ./src/db/lock-queue.ts
var lock_queue = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/sql/locks.ts
var sql_locks = __webpack_require__(340);
// EXTERNAL MODULE: ./src/sql/transactional.ts
var transactional = __webpack_require__(3713);
;// CONCATENATED MODULE: ./src/db/phase-gate.ts
/**
 * Runs a statement outside a transaction so that every lock request of each of its phases is
 * seen: sampling pg_locks misses a phase that takes and drops its lock between two samples.
 * Before it starts, a session holds ACCESS EXCLUSIVE on each table it names, so its first request
 * waits (and is read from pg_locks while it waits); a spare session then queues behind that
 * request and the holder lets go, so the statement's next request on the table waits behind the
 * spare in turn. A statement that waits for older transactions to end (a CONCURRENTLY phase)
 * waits on a holder's: that holder lets go for good. Bounded by `budgetMs`, after which every
 * holder lets go; every session it opened is closed, and checked gone, before it returns.
 */
async function runGated(runner, runnerPid, watcher, open, tables, sql, budgetMs = 10_000) {
    const pidOf = async (cl) => (await cl.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const lock = (s, key) => {
        s.settled = false;
        s.pending = s.cl
            .query('BEGIN')
            .then(() => s.cl.query(`LOCK TABLE ONLY ${key} IN ACCESS EXCLUSIVE MODE`))
            .finally(() => (s.settled = true));
        // a wait ended by pg_cancel_backend rejects: expected
        s.pending.catch(() => undefined);
    };
    const opened = [];
    const session = async () => {
        const cl = await open();
        const s = { cl, pid: await pidOf(cl), pending: Promise.resolve(), settled: true };
        opened.push(s);
        return s;
    };
    const holders = new Map();
    const seen = [];
    let failure;
    let done = false;
    try {
        for (const t of tables) {
            const h = { table: t, active: await session(), spare: await session(), retired: false };
            lock(h.active, t.key);
            await h.active.pending;
            holders.set(t.oid, h);
        }
        const byPid = new Map([...holders.values()].flatMap((h) => [[h.active.pid, h], [h.spare.pid, h]]));
        const queued = async (s) => {
            for (;;) {
                const r = await watcher.query("SELECT 1 FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND NOT granted", [s.pid]);
                if (r.rows.length > 0 || s.settled)
                    return;
                await new Promise((ok) => setTimeout(ok, 1));
            }
        };
        const retire = async (h) => {
            h.retired = true;
            for (const s of [h.active, h.spare]) {
                if (!s.settled)
                    await watcher.query('SELECT pg_cancel_backend($1)', [s.pid]);
                await s.pending.catch(() => undefined);
                await s.cl.query('ROLLBACK');
            }
        };
        const run = runner.query(sql).then(() => (done = true), (e) => {
            failure = e;
            done = true;
        });
        const until = Date.now() + budgetMs;
        while (!done) {
            if (Date.now() > until) {
                for (const h of holders.values())
                    if (!h.retired)
                        await retire(h);
            }
            const all = await watcher.query(`SELECT w.locktype, w.relation::bigint::text AS relation, w.mode, w.granted,
                EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = w.relation AND NOT i.indisvalid AND NOT i.indisready) AS dead,
                (SELECT v.pid FROM pg_locks v WHERE v.locktype = 'virtualxid' AND v.virtualxid = w.virtualxid AND v.granted AND v.pid <> w.pid LIMIT 1) AS holder
           FROM pg_locks w WHERE w.pid = $1 AND (NOT w.granted OR w.locktype = 'relation')`, [runnerPid]);
            // DROP INDEX CONCURRENTLY's last phase locks the index it already marked dead: no query can
            // use it any more, so nothing waits behind that lock; it is kept apart as harmless
            for (const g of all.rows)
                if (g.granted && g.dead && g.relation)
                    seen.push({ oid: g.relation, mode: g.mode, deadIndex: true });
            const waiting = { rows: all.rows.filter((w) => !w.granted) };
            // while it waits the statement is still: what it holds then is the same every run
            if (waiting.rows.length > 0)
                for (const g of all.rows)
                    if (g.granted && !g.dead && g.relation)
                        seen.push({ oid: g.relation, mode: g.mode });
            for (const w of waiting.rows) {
                if (w.locktype === 'virtualxid') {
                    const h = w.holder === null ? undefined : byPid.get(w.holder);
                    if (h && !h.retired)
                        await retire(h);
                    continue;
                }
                if (w.locktype !== 'relation' || !w.relation)
                    continue;
                seen.push({ oid: w.relation, mode: w.mode });
                const h = holders.get(w.relation);
                if (!h || h.retired)
                    continue;
                // the spare queues behind the statement's request before the holder lets go, so the
                // statement's next request on this table (its next phase) waits again
                lock(h.spare, h.table.key);
                await queued(h.spare);
                await h.active.pending;
                await h.active.cl.query('COMMIT');
                [h.active, h.spare] = [h.spare, h.active];
            }
            if (waiting.rows.length === 0)
                await new Promise((r) => setTimeout(r, 2));
        }
        await run;
    }
    finally {
        for (const h of holders.values()) {
            if (h.retired)
                continue;
            for (const s of [h.active, h.spare]) {
                await s.pending.catch(() => undefined);
                await s.cl.query('COMMIT').catch(() => undefined);
            }
        }
        for (const s of opened)
            await s.cl.end().catch(() => undefined);
        if (!done)
            await runner.query('SELECT 1').catch(() => undefined);
        await assertGone(watcher, opened.map((s) => s.pid));
    }
    if (failure)
        throw failure;
    return seen;
}
/** The gate's sessions have logged out and hold no lock (a leftover holder would block production-like traffic in later steps). */
async function assertGone(watcher, pids) {
    if (pids.length === 0)
        return;
    const until = Date.now() + 5000;
    for (;;) {
        const r = await watcher.query(`SELECT (SELECT count(*) FROM pg_stat_get_activity(NULL) a WHERE a.pid = ANY($1::int[]))::int
            + (SELECT count(*) FROM pg_locks l WHERE l.pid = ANY($1::int[]))::int AS n`, [pids]);
        if (r.rows[0].n === 0)
            return;
        if (Date.now() > until)
            throw new Error(`pgmig's lock-trace sessions (pids ${pids.join(', ')}) are still connected after the statement ended`);
        await new Promise((ok) => setTimeout(ok, 10));
    }
}
/** Identifiers a statement's text names, lower-cased unless quoted: the tables the gate should hold are among them. */
function namedIdentifiers(sql) {
    const out = new Set();
    const text = sql.replace(/--[^\n]*/g, ' ').replace(/'(?:[^']|'')*'/g, "''");
    for (const m of text.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)/g)) {
        out.add(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].toLowerCase());
    }
    return [...out];
}
/**
 * The existing tables a statement outside a transaction acts on: those it names, the tables of
 * the indexes it names, and the parent of a partition it names.
 */
async function gatedTables(watcher, oids, sql) {
    const names = namedIdentifiers(sql);
    const r = await watcher.query(`SELECT DISTINCT c.oid::bigint::text AS oid, format('%I.%I', n.nspname, c.relname) AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.oid = ANY($1::oid[]) AND c.relkind IN ('r', 'p')
        AND (c.relname = ANY($2::text[])
          OR c.oid IN (SELECT i.indrelid FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid WHERE x.relname = ANY($2::text[]))
          OR c.oid IN (SELECT h.inhparent FROM pg_inherits h JOIN pg_class x ON x.oid = h.inhrelid WHERE x.relname = ANY($2::text[])))
      ORDER BY 1`, [oids, names]);
    return r.rows.filter((row) => row.key !== undefined);
}

// EXTERNAL MODULE: ./src/db/blocking.ts
var db_blocking = __webpack_require__(5679);
;// CONCATENATED MODULE: ./src/db/trace.ts






/** Statements whose repeats (same text but for constants) are looked at once per run. */
const REPEATABLE = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt']);
/** The statement with its constants blanked: two INSERTs of different rows have one shape. */
function shapeOf(sql) {
    return sql.replace(/'(?:[^']|'')*'/g, "''").replace(/\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, '0');
}
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
    open;
    traffic;
    pids = new WeakMap();
    /** relation oid + mode, held in the current transaction */
    held = new Set();
    accessExclusive = new Map();
    oidList = '{}';
    /** The shape of the last statement looked at in this transaction, and the run of its repeats not looked at yet. */
    lastShape;
    pending;
    constructor(existing, observer, open, traffic) {
        this.existing = existing;
        this.observer = observer;
        this.open = open;
        this.traffic = traffic;
        this.oidList = `{${[...existing.keys()].join(',')}}`;
    }
    /**
     * Takes the list of existing relations: call it after the base migrations, before the new ones.
     * The observer (a second connection to the database) is only needed for statements that run
     * outside a transaction; given as a function, it is asked for the first time one does, so a
     * change that has none costs no second login.
     */
    static async create(client, observer, open, opts = {}) {
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
        return new Tracer(existing, observer, open, !!opts.traffic && !!open);
    }
    /** Whether the relation of this oid was there before the change (a table the change made has no traffic yet). */
    existedBefore(oid) {
        return this.existing.has(oid);
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
        this.lastShape = undefined;
        this.pending = undefined;
        if (!this.pids.has(client)) {
            const r = await client.query('SELECT pg_backend_pid() AS pid');
            this.pids.set(client, r.rows[0].pid);
        }
    }
    /** The file's own COMMIT or ROLLBACK released everything. */
    endTransaction() {
        this.held.clear();
        this.accessExclusive.clear();
        this.lastShape = undefined;
        this.pending = undefined;
    }
    /**
     * Reads the locks of a run of repeated statements not looked at yet (see run()): before any
     * other statement, and before the file's transaction ends (Applier calls it after the last
     * statement). What the run took is shown on its last statement.
     */
    async settle(client) {
        const run = this.pending;
        if (!run)
            return;
        this.pending = undefined;
        const after = lookAt(await client.query(withOwnWorkMem(this.stateQuery(true))));
        run.last.coalesced = { fromLine: run.first.line, statements: run.count };
        this.noteRewrites(run.last, after.rows);
        this.noteLocks(run.last, after.rows.filter((r) => r.k === 'l').map((r) => ({ oid: r.oid, mode: r.v })), false);
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
        // A statement of the shape the last one had, in the same transaction, takes what that one
        // took, which the transaction still holds: its look (pg_locks reads the whole server's lock
        // table, several times the cost of a small INSERT) waits for the end of the run of repeats,
        // so a data-loading migration runs at the speed of a psql session. Nothing goes unseen:
        // whatever the run took is read once, before the next other statement.
        const shape = !outsideTransaction && REPEATABLE.has(stmt.kind) ? shapeOf(stmt.text) : undefined;
        if (shape !== undefined && shape === this.lastShape) {
            const started = performance.now();
            await client.query(stmt.text);
            trace.durationMs = performance.now() - started;
            if (this.pending) {
                this.pending.last = trace;
                this.pending.count++;
            }
            else
                this.pending = { first: trace, last: trace, count: 1 };
            return trace;
        }
        await this.settle(client);
        this.lastShape = shape;
        trace.heldAccessExclusive = [...this.accessExclusive.values()].sort((a, b) => a.sinceLine - b.sinceLine || a.relation.localeCompare(b.relation));
        // (a login the observer needs first is not the statement's time)
        const observer = outsideTransaction && this.observer ? (typeof this.observer === 'function' ? await this.observer() : this.observer) : undefined;
        const started = performance.now();
        let seen = [];
        if (observer && this.open) {
            trace.gated = true;
            const tables = await gatedTables(observer, this.oidList, stmt.text);
            const open = this.open;
            // (traffic here also queues behind the gate's own locks: measureBlocking counts only its waits on the statement's session)
            seen = await this.measured(trace, client, stmt, () => runGated(client, this.pids.get(client), observer, open, tables, stmt.text));
            trace.durationMs = performance.now() - started;
            const after = await client.query(this.stateQuery(false));
            this.noteRewrites(trace, after.rows);
            // DROP INDEX CONCURRENTLY always ends by taking ACCESS EXCLUSIVE on the index it marked
            // dead (index_drop), for too short a time to be seen every run: named from the drop itself
            if (/^\s*DROP\s+INDEX\s+CONCURRENTLY\b/i.test(stmt.text)) {
                const still = new Set(after.rows.map((r) => r.oid));
                for (const [oid, rel] of this.existing) {
                    if (rel.relkind === 'i' && !still.has(oid))
                        seen.push({ oid, mode: 'AccessExclusiveLock', deadIndex: true });
                }
            }
        }
        else if (observer) {
            trace.sampled = true;
            seen = await this.sample(client, observer, stmt);
            trace.durationMs = performance.now() - started;
            const after = await client.query(this.stateQuery(false));
            this.noteRewrites(trace, after.rows);
        }
        else {
            await this.measured(trace, client, stmt, () => client.query(stmt.text));
            trace.durationMs = performance.now() - started;
            const after = lookAt(await client.query(withOwnWorkMem(this.stateQuery(true))));
            seen = after.rows.filter((r) => r.k === 'l').map((r) => ({ oid: r.oid, mode: r.v }));
            this.noteRewrites(trace, after.rows);
        }
        this.noteLocks(trace, seen, outsideTransaction);
        return trace;
    }
    /** Runs the statement while traffic on the existing tables it locks against writes measures what waits. */
    async measured(trace, client, stmt, start) {
        if (!this.traffic || !this.open)
            return start();
        const names = new Set();
        for (const l of (0,sql_locks/* locksOf */.aZ)(stmt))
            if ((0,sql_locks/* lockRank */.wb)(l.mode) >= (0,sql_locks/* lockRank */.wb)('SHARE UPDATE EXCLUSIVE'))
                names.add(`${l.relation.schema}.${l.relation.name}`);
        const tables = [...this.existing.values()]
            .filter((r) => (r.relkind === 'r' || r.relkind === 'p') && names.has(r.name))
            .map((r) => ({ relation: r.name, key: r.name.split('.').map((p) => `"${p.replace(/"/g, '""')}"`).join('.') }));
        if (tables.length === 0)
            return start();
        const { result, blocking } = await (0,db_blocking/* measureBlocking */.k)(this.open, this.pids.get(client), tables, start);
        trace.blocking = blocking;
        return result;
    }
    /** The locks of `seen` the transaction did not hold yet, on the trace. */
    noteLocks(trace, seen, outsideTransaction) {
        const harmless = new Map();
        for (const s of seen) {
            const rel = s.deadIndex ? this.existing.get(s.oid) : undefined;
            if (rel)
                harmless.set(rel.name, { relation: rel.name, relationKind: rel.kind, mode: lockModeName(s.mode), harmless: true });
        }
        seen = seen.filter((s) => !s.deadIndex);
        const line = trace.line;
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
        trace.locks = [...strongestPerRelation(trace.locks, heldBefore), ...[...harmless.values()].filter((h) => !trace.locks.some((l) => l.relation === h.relation))];
        trace.locks.sort((a, b) => a.relation.localeCompare(b.relation) || a.mode.localeCompare(b.mode));
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
    /**
     * Relation locks held by this backend (in a transaction) and the storage of existing relations,
     * in one round trip. In a transaction only what it holds a lock on (and those tables' indexes) can
     * have new storage, so only those are read: reading every relation after every statement made
     * the trace's cost grow with the history (12,000 relations at 2,000 migrations). A statement
     * outside a transaction has let its locks go by then, so its look reads them all.
     */
    stateQuery(withLocks) {
        const all = `SELECT 'f' AS k, c.oid::bigint::text AS oid, c.relfilenode::bigint::text AS v FROM pg_class c WHERE c.oid = ANY('${this.oidList}'::oid[])`;
        if (!withLocks)
            return all;
        return `WITH held AS (SELECT relation, mode FROM pg_locks
        WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IS NOT NULL)
      SELECT 'l' AS k, relation::bigint::text AS oid, mode AS v FROM held
      UNION ALL SELECT 'f', c.oid::bigint::text, c.relfilenode::bigint::text FROM pg_class c
        WHERE c.oid IN (SELECT relation FROM held UNION SELECT i.indexrelid FROM pg_index i WHERE i.indrelid IN (SELECT relation FROM held))`;
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

// EXTERNAL MODULE: ./src/migrations/stats-file.ts
var stats_file = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
;// CONCATENATED MODULE: ./src/migrations/duplicates.ts

/**
 * Versioned (and undo) files whose versions compare equal (`V1`, `V01`, `V1.0`), and repeatable
 * files with one description, in the order given: Flyway's resolver refuses both.
 */
function flywayDuplicates(entries) {
    const groups = new Map();
    for (const e of entries) {
        const n = e.name;
        if ((0,migrations_name.isNameProblem)(n))
            continue;
        const key = n.kind === 'versioned' || n.kind === 'undo' ? `${n.kind}:${(0,migrations_name/* versionKey */._5)(n.parts)}` : n.kind === 'repeatable' ? `repeatable:${n.description}` : undefined;
        if (!key)
            continue;
        const list = groups.get(key) ?? [];
        list.push(e);
        groups.set(key, list);
    }
    const out = [];
    for (const [key, files] of groups) {
        if (files.length < 2)
            continue;
        const n = files[0].name;
        const what = n.kind === 'repeatable'
            ? `repeatable migration with description ${n.description.replace(/_/g, ' ')}`
            : `${n.kind === 'undo' ? 'undo ' : ''}migration with version ${key.slice(key.indexOf(':') + 1)}`;
        out.push({ files, message: `Found more than one ${what}\nOffending Migrations: ${files.map((f) => f.path).join(', ')}` });
    }
    return out;
}

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
    const heart = {};
    try {
        return (0,secrets/* redactDeep */.KL)(await testRun({ ...opts, progress }, heart));
    }
    catch (err) {
        throw (0,secrets/* redactError */.ki)(err);
    }
    finally {
        clearInterval(heart.timer);
    }
}
async function testRun(opts, heart = {}) {
    // the test has no use for the rules but the names in the config's rules section, which are
    // checked once the rules have loaded, while the server works; a misspelt one is still reported
    // before anything runs
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config);
    const rulesChecked = __webpack_require__.e(/* import() */ 64).then(__webpack_require__.bind(__webpack_require__, 6064)).then(({ RULE_IDS }) => void (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config, RULE_IDS));
    rulesChecked.catch(() => { });
    if (opts.migrations?.length) {
        config.migrations = opts.migrations;
        config.root = opts.cwd;
    }
    if (opts.tests)
        config.tests = (0,external_node_path_.resolve)(opts.cwd, opts.tests);
    const statsFile = opts.stats ? (0,external_node_path_.resolve)(opts.cwd, opts.stats) : config.stats ? (0,external_node_path_.resolve)(config.root, config.stats) : undefined;
    const loadedStats = statsFile ? (0,stats_file/* loadStats */.C)(statsFile, opts.cwd, config.statsMaxAgeMs) : undefined;
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
        testFiles ??= shardOf(opts, findTestFiles(opts.cwd, (0,external_node_path_.resolve)(config.root, config.tests)));
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
    if (opts.heartbeat) {
        const startedAt = Date.now();
        const beat = opts.heartbeat;
        heart.timer = setInterval(() => beat(`pgmig: ${Math.round((Date.now() - startedAt) / 1000)} s, ${activity()}`), opts.heartbeatMs ?? 5000);
        heart.timer.unref();
    }
    let cluster;
    let server = given;
    const cacheDir = opts.snapshotCache ? (0,external_node_path_.resolve)(opts.cwd, opts.snapshotCache) : config.snapshotCache ? (0,external_node_path_.resolve)(config.root, config.snapshotCache) : undefined;
    // what the run notes before its result exists
    const early = [];
    let clusterBase;
    if (!server) {
        progress('starting a throwaway PostgreSQL cluster …');
        doing = 'starting a throwaway PostgreSQL cluster';
        // a cluster of our own can start from a copy of the data folder its base left behind
        const binDir = cacheDir ? findBinDir(opts.env ?? process.env) : undefined;
        try {
            clusterBase = cacheDir && binDir ? ClusterBase.open(cacheDir, !!opts.verifySnapshot, planned().order, config, binDir, opts.env) : undefined;
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            early.push(`the base-schema snapshot cache ${cacheDir} is not used: ${err.message}`);
        }
        if (clusterBase?.seed) {
            doing = 'starting a throwaway PostgreSQL cluster from the base-schema snapshot';
            try {
                cluster = await startCluster({ env: opts.env, activity, seed: clusterBase.seed });
                clusterBase.seeded = true;
            }
            catch (err) {
                clusterBase.refuse(err, early);
            }
        }
        cluster ??= await startCluster({ env: opts.env, activity });
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
    let clones;
    const interruption = cluster ? undefined : watchInterruption(activity, () => [dbName, ...(clones?.names() ?? [])], dbName, () => (created ? admin : undefined));
    // an environment error part-way keeps nothing: the report that would show the URL never comes
    let finished = false;
    const result = {
        database: { kept: !!opts.keep, throwaway: !!cluster, serverVersion: '', name: dbName },
        migrations: [],
        impact: [],
        lockQueue: [],
        notices: [],
        tests: [],
        rehearsals: [],
        problems: [],
        server: { changes: [], unreadable: [] },
        summary: { migrations: 0, applied: 0, failed: 0, statements: 0, testFiles: 0, testsPassed: 0, testsFailed: 0, rehearsed: 0, rehearsalsFailed: 0, errors: 0, warnings: 0 },
    };
    result.notices.push(...early);
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
        doing = 'reading the server-wide state';
        // (before anything is queued behind it: one query waits behind the running one at a time)
        const restored = clusterBase?.restored;
        const serverBefore = restored?.serverBefore ?? (await (0,server_state/* snapshotServer */.ko)(admin));
        doing = 'creating the test database';
        const creating = admin.query(restored ? `ALTER DATABASE ${(0,apply/* quoteIdent */.v4)(restored.database)} RENAME TO ${(0,apply/* quoteIdent */.v4)(dbName)}` : `CREATE DATABASE ${(0,apply/* quoteIdent */.v4)(dbName)}`);
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
        // (a base restored from a snapshot is not run: its files were read once, for the key)
        const skipped = restored ? clusterBase.prefix : 0;
        const reading = (async () => {
            const { order } = planned();
            for (let i = skipped; i < order.length; i++) {
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
            upcoming = { at: skipped, files: baseBatch(plan.order, skipped) };
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
        applier = new apply/* Applier */.Md(client, config);
        doing = 'looking up the base-schema snapshot';
        // --database-url: the server's files are not ours to copy, so the snapshot is a pg_dump archive
        const snap = clusterBase ?? (cacheDir && !cluster ? await BaseSnapshot.open(cacheDir, !!opts.verifySnapshot, order, config, result.database.serverVersion) : undefined);
        clusterBase?.attach(cluster, serverBefore, dbName);
        doing = 'restoring the base-schema snapshot';
        const startAt = snap ? await snap.restore(applier, target, result.notices) : 0;
        doing = 'creating flyway_schema_history';
        if (!startAt)
            await applier.createHistory();
        const baseDone = async () => {
            doing = 'saving or checking the base-schema snapshot';
            await snap.afterBase(applier.history, admin, target, client, result.notices, result.problems);
        };
        await parserReady;
        await looked.catch(() => { });
        // a new migration will need the lock observer: it logs in while the base migrations run
        if (observerNeeded)
            void observer();
        let tracer;
        const leftovers = new LeftoverWatch();
        let failed = false;
        result.notices.push(...(loadedStats?.notices ?? []));
        // the estimates build and vacuum copies of tables, so they need a session of their own
        const estimating = loadedStats?.stats && opts.estimates !== false && config.estimates.budgetMs > 0;
        let estimator;
        const estimateStarted = Date.now();
        let queueSpent = 0;
        const release = loadReleaseQueries(opts.cwd, config, loadedStats?.stats, opts.queries);
        const baseline = new Map();
        const brokenQueries = new Set();
        let baselineDone = release.length === 0;
        // the files before this index run one by one: they were in a batch that failed
        let singleUntil = 0;
        /** Where the last new file left WAL and size, while nothing else has run since (see growthMark). */
        let chained;
        for (let k = startAt; k < order.length; k++) {
            if (snap && k === snap.prefix && !startAt)
                await baseDone();
            const { file, isNew, later } = order[k];
            if (!isNew)
                chained = undefined;
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
                        result.migrations.push({ ...run, phase: order[k].later ? 'later' : 'base' });
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
                tracer = await Tracer.create(client, observer, () => (0,connect/* connect */.Ng)(target, 'pgmig lock gate'), {
                    // the blocking measurement belongs with the lock-queue rehearsal: off with it
                    traffic: opts.lockQueue !== false && config.lockQueue.budgetMs > 0,
                });
            if (isNew)
                await leftovers.start(client);
            const undo = isNew ? undos.get(file.entry.path) : undefined;
            const before = undo ? await snapshotSchema(client) : undefined;
            if (isNew && !baselineDone) {
                doing = `preparing the running release's ${release.length} queries on the schema before the change`;
                // the hottest queries' plans are compared too: by calls when pg_stat_statements gave them
                const hot = new Set([...release].sort((a, b) => (b.calls ?? 0) - (a.calls ?? 0)).slice(0, PLAN_CHECKS));
                for (const q of release)
                    baseline.set(q, await (0,compat/* checkQuery */.Dp)(client, q, hot.has(q)));
                baselineDone = true;
                result.release = { checked: release.length, setAside: [...baseline.values()].filter((b) => !b.ok).length, broken: [], planRegressions: [] };
            }
            if (isNew && estimating) {
                chained = undefined;
                doing = `estimating the lock durations of ${file.entry.path} on synthetic copies of its tables`;
                estimator ??= await (0,connect/* connect */.Ng)(target, 'pgmig estimate');
                if (!clients.includes(estimator))
                    clients.push(estimator);
                const found = await (0,impact/* estimateFile */.du)(estimator, { path: file.entry.path, parsed: file.parsed }, loadedStats.stats, {
                    ...config.estimates,
                    spentMs: () => Date.now() - estimateStarted,
                    // blocking measured on the synthetic rows too, with the rehearsal's traffic: off with it
                    traffic: opts.lockQueue !== false && config.lockQueue.budgetMs > 0 ? () => (0,connect/* connect */.Ng)(target, 'pgmig lock gate') : undefined,
                });
                result.impact.push(...found);
                for (const i of found)
                    progress(`     ${i.file}:${i.line} ${i.relation}: ${(0,impact/* describeImpact */.an)(i)}`);
            }
            if (isNew && opts.lockQueue !== false && config.lockQueue.budgetMs > 0) {
                chained = undefined;
                doing = `rehearsing the lock queue of ${file.entry.path} behind a blocking transaction`;
                const found = await (0,lock_queue/* rehearseLockQueue */.q)(target, client, { path: file.entry.path, parsed: file.parsed }, {
                    ...config.lockQueue,
                    spentMs: () => queueSpent,
                    transactional: (0,apply/* nonTransactionalReason */.TJ)(file.parsed.statements) === undefined,
                    existedBefore: tracer ? (oid) => tracer.existedBefore(oid) : undefined,
                });
                result.lockQueue.push(...found);
                for (const q of found)
                    progress(`     ${q.file}:${q.line} ${(0,lock_queue/* describeQueue */.x)(q)}`);
                queueSpent += found.reduce((n, q) => n + (q.waitedMs ?? 0), 0);
            }
            // the size where the last new file left it, when nothing has written since: each walk of
            // the database's files (pg_database_size) costs more the longer the history
            const grew = isNew ? (chained ?? (await growthMark(client))) : undefined;
            chained = undefined;
            // apply() has sent its first query when it returns: parse the next file meanwhile, if it
            // is to be parsed at all
            const running = applier.apply(file, isNew ? { tracer } : {});
            const next = order[k + 1];
            if (next && !next.isNew && k + 1 >= singleUntil)
                upcoming = { at: k + 1, files: baseBatch(order, k + 1) };
            else if (next && (next.isNew || next.file.plainText === undefined))
                void next.file.parsed;
            const run = await running;
            const measured = grew && run.status === 'applied' ? await growthSince(client, grew) : undefined;
            const growth = measured?.growth;
            chained = measured?.mark;
            result.migrations.push({ ...run, phase: isNew ? 'new' : later ? 'later' : 'base', ...(growth ? { growth } : {}) });
            progress(progressLine(run));
            if (run.status === 'failed') {
                failed = true;
                break;
            }
            if (isNew && result.release) {
                doing = `preparing the running release's queries after ${file.entry.path}`;
                for (const [q, was] of baseline) {
                    if (!was.ok || brokenQueries.has(q))
                        continue;
                    const now = await (0,compat/* checkQuery */.Dp)(client, q, false);
                    const newlyMissing = (now.missingRequired ?? []).filter((c) => !(was.missingRequired ?? []).includes(c));
                    const error = !now.ok ? now.error : newlyMissing.length ? `it leaves out ${newlyMissing.map((c) => `column "${c}"`).join(', ')}, NOT NULL without a default: every such INSERT fails` : undefined;
                    if (!error)
                        continue;
                    brokenQueries.add(q);
                    const at = (0,compat/* blame */.Sy)(error, file.parsed.statements.map((st) => ({ text: st.text, line: file.parsed.source.position(st.start).line })))
                        ?? (newlyMissing.length ? file.parsed.statements.map((st) => ({ text: st.text, line: file.parsed.source.position(st.start).line })).find((st) => newlyMissing.some((c) => st.text.includes(c))) : undefined);
                    const broken = {
                        query: q.text,
                        source: q.source,
                        ...(q.calls !== undefined ? { calls: q.calls } : {}),
                        file: file.entry.path,
                        ...(at ? { line: at.line, statement: (0,apply/* statementLabel */.OQ)(at.text) } : {}),
                        error,
                        ...(q.ignored ? { ignored: q.ignored } : {}),
                    };
                    result.release.broken.push(broken);
                    if (!q.ignored)
                        result.problems.push({ severity: 'error', file: file.entry.path, message: (0,compat/* describeBroken */.lk)(broken) });
                }
            }
            if (undo && before) {
                doing = `rehearsing ${undo.entry.path}`;
                chained = undefined;
                const r = await rehearse(applier, client, file, undo, before, config.undoColumnOrder);
                result.rehearsals.push(r.rehearsal);
                for (const message of r.warnings)
                    result.problems.push({ severity: 'warning', file: undo.entry.path, message });
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
            if (isNew)
                await leftovers.after(client, file.entry.path);
        }
        if (snap && snap.prefix === order.length && !startAt && !failed)
            await baseDone();
        if (!failed)
            result.problems.push(...(await leftovers.problems(client)));
        if (result.release && !failed) {
            doing = "comparing the plans of the running release's hottest queries";
            for (const [q, was] of baseline) {
                if (!was.ok || !was.indexes?.length || brokenQueries.has(q))
                    continue;
                const now = await (0,compat/* checkQuery */.Dp)(client, q, true);
                const lost = was.indexes.filter((i) => !(now.indexes ?? []).includes(i));
                if (now.ok && lost.length) {
                    result.release.planRegressions.push({ query: q.text, source: q.source, ...(q.calls !== undefined ? { calls: q.calls } : {}), lost });
                    result.problems.push({ severity: 'warning', message: `the running release's ${q.source} (${(0,apply/* statementLabel */.OQ)(q.text)}) no longer uses ${lost.map((l) => `index ${l}`).join(', ')} after the change` });
                }
            }
        }
        if (estimator) {
            // the migrated database is about to become a template: no session may stay on it
            await estimator.end().catch(() => { });
            estimator = undefined;
        }
        if (!failed && tests.length) {
            doing = 'installing pgTAP';
            const createdTap = await ensurePgTap(client, tests.length);
            // the migrated database becomes the template of one clone per file: no session may stay on it
            doing = 'closing the migration sessions';
            for (const late of await Promise.all([migrateReady, observerReady].map((p) => p?.catch(() => undefined)))) {
                if (late)
                    await late.end().catch(() => { });
            }
            clones = new Clones(admin, server, dbName);
            const root = repositoryRoot(opts.cwd, config.root);
            const jobs = opts.jobs ?? (await defaultJobs(admin));
            // clones are made on sessions of their own while files run; without them (the server
            // has no connection to spare) the admin session makes them one at a time
            const ahead = Math.min(jobs, tests.length - 1, CLONE_SESSIONS_MAX);
            doing = 'opening sessions to make copies of the migrated database';
            const extra = await Promise.all(Array.from({ length: Math.max(0, ahead) }, () => (0,connect/* connect */.Ng)(server, 'pgmig clones').catch(() => undefined)));
            for (const c of extra)
                if (c)
                    clones.addSession(c);
            doing = `running ${tests.length} pgTAP file${tests.length === 1 ? '' : 's'} on copies of the migrated database`;
            const ran = await runOnClones(tests, jobs, clones, async (f, clone, carry) => {
                try {
                    return await runTestFile(clone, opts.cwd, f, applier.bodies, (at) => (testAt = at), root, carry);
                }
                finally {
                    testAt = undefined;
                }
            }, (t) => progress(`${t.status === 'passed' ? 'ok  ' : 'FAIL'} ${t.file} (${t.passed}/${t.ran} passed${t.problems.length ? `; ${t.problems.join('; ')}` : ''})`), Math.max(0, ahead));
            result.tests.push(...ran);
            if (createdTap && opts.keep) {
                // what is kept is the schema the migrations made, without pgTAP's functions
                doing = 'dropping pgTAP';
                const again = await (0,connect/* connect */.Ng)(target, 'pgmig migrate');
                clients.push(again);
                await again.query('DROP EXTENSION pgtap');
            }
        }
        doing = 'reading the server-wide state';
        const before = serverBefore;
        const ours = (name) => name === dbName || name.startsWith(`${dbName}_c`) || /^pgmig_test_/.test(name);
        result.server = { changes: (0,server_state/* diffServer */.JM)(before, await (0,server_state/* snapshotServer */.ko)(admin), ours), unreadable: before.unreadable };
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
        // a run stopped part-way leaves the clone it was on: dropped whatever else happens
        if (clones) {
            await clones.dropAll();
            await clones.close();
        }
        // a throwaway cluster is deleted whole: dropping its test database first deleted each of the
        // base's files one by one (0.1 s of a warm run's end at 2,000 migrations), then the folder went all the same
        if (admin && created && !keep && !cluster) {
            await ending;
            await admin.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(dbName)} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${(0,apply/* quoteIdent */.v4)(dbName)}`).catch(() => { }));
            await admin.end().catch(() => { });
        }
        else {
            if (admin && created && keep)
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
/** At most this many admin sessions make clones ahead of the pgTAP files (besides the admin session). */
const CLONE_SESSIONS_MAX = 4;
/** The test files of --shard (all of them without it), in their order. */
function shardOf(opts, files) {
    if (!opts.shard)
        return files;
    const timings = opts.timings ? (0,shard/* readTimings */.kF)((0,external_node_path_.resolve)(opts.cwd, opts.timings), opts.timings) : undefined;
    const byPath = new Map(files.map((f) => [(0,discover/* displayPath */.Gt)(opts.cwd, f), f]));
    return (0,shard/* selectShard */.Xm)([...byPath.keys()], opts.shard, timings).map((p) => byPath.get(p));
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
function watchInterruption(activity, databases, dbName, admin) {
    const watch = (0,interruption/* watchInterrupts */.K)((signal) => {
        const a = admin();
        process.stderr.write(`pgmig: interrupted by ${signal} while ${activity()}${a ? `; dropping the test database ${dbName}` : ''}\n`);
        if (!a)
            return watch.done();
        // the run's own queries then fail, and its cleanup drops the database
        return a.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()', [databases()]);
    });
    return { signal: watch.signal, done: watch.done };
}
/** Queries whose plans are compared before and after: the most called ones. */
const PLAN_CHECKS = 50;
function loadReleaseQueries(cwd, config, stats, override) {
    // the action's `queries` input names globs from the workspace, the config's from its own folder
    const files = override?.length ? readQueryFiles(cwd, cwd, override) : config.queries.length ? readQueryFiles(config.root, cwd, config.queries) : [];
    const fromStats = (stats?.queries ?? []).map((q) => ({ text: normalise(q.text), source: 'pg_stat_statements', calls: q.calls, meanMs: q.meanMs }));
    return dedupeQueries([files, fromStats]);
}
async function growthMark(client) {
    const r = await client.query(`SELECT pg_current_wal_insert_lsn()::text AS lsn, pg_database_size(current_database()) AS size`);
    return { lsn: r.rows[0].lsn, size: Number(r.rows[0].size) };
}
/** WAL inserted and database growth since `mark` (a migration that wrote nothing shows zeros), and the mark where they stand now. */
async function growthSince(client, mark) {
    try {
        const r = await client.query(`SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn) AS wal, pg_database_size(current_database()) AS size, pg_current_wal_insert_lsn()::text AS lsn`, [mark.lsn]);
        const size = Number(r.rows[0].size);
        return { growth: { walBytes: Number(r.rows[0].wal), databaseBytes: size - mark.size }, mark: { lsn: r.rows[0].lsn, size } };
    }
    catch {
        // a failed migration's transaction is gone by now; nothing to measure
        return undefined;
    }
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
async function rehearse(applier, client, file, undo, before, columnOrder = 'warning') {
    const warnings = [];
    const rehearsal = { migration: file.entry.path, undo: undo.entry.path, status: 'passed', undoDiff: [], reapplyDiff: [], messages: [] };
    const after = await snapshotSchema(client);
    const u = await applier.apply(undo, { record: false });
    if (u.status === 'failed') {
        rehearsal.status = 'failed';
        rehearsal.error = u.error;
        rehearsal.messages.push(`the undo failed at ${u.error.file}:${u.error.line}: ${u.error.message}`);
        // a transactional undo rolled back: the schema is still the migration's
        return { rehearsal, consistent: u.transactional, warnings };
    }
    const undone = diffSnapshots(before, await snapshotSchema(client));
    const { moves, rest } = columnMoves(undone);
    // a moved column is reported once, as itself, not as a change of every column after it
    rehearsal.undoDiff = columnOrder === 'error' ? undone : rest;
    rehearsal.messages.push(...rest.map((d) => describeDifference(d, 'after the undo', 'before the migration')));
    if (columnOrder === 'error')
        rehearsal.messages.push(...moves.map((m) => `${m.message} (config undoColumnOrder: error)`));
    else
        warnings.push(...moves.map((m) => `${m.message}; set undoColumnOrder: error to fail the rehearsal on it`));
    const again = await applier.apply(file, { record: false });
    if (again.status === 'failed') {
        rehearsal.status = 'failed';
        rehearsal.error = again.error;
        rehearsal.messages.push(`applying ${file.entry.path} again after its undo failed at line ${again.error.line}: ${again.error.message}`);
        return { rehearsal, consistent: false, warnings };
    }
    rehearsal.reapplyDiff = diffSnapshots(after, await snapshotSchema(client));
    rehearsal.messages.push(...rehearsal.reapplyDiff.map((d) => describeDifference(d, 'after applying the migration again', 'the first time')));
    if (rehearsal.undoDiff.length || rehearsal.reapplyDiff.length)
        rehearsal.status = 'failed';
    return { rehearsal, consistent: rehearsal.reapplyDiff.length === 0, warnings };
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
const valid = (e) => ((0,migrations_name.isNameProblem)(e.name) ? undefined : e.name);
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
            throw new errors/* UserError */.y(`migrations folder ${(0,discover/* displayPath */.Gt)(cwd, missing)} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`);
    }
    // a folder named by the user that is not there is a typo, not a project without tests
    if (opts.tests || config.testsGiven) {
        const dir = (0,external_node_path_.resolve)(config.root, config.tests);
        const named = opts.tests ? `--tests ${opts.tests}` : `"tests: ${config.tests}" in ${config.file ? (0,external_node_path_.relative)(cwd, config.file) || config.file : '.pgmig.yml'}`;
        if (!(0,external_node_fs_.existsSync)(dir))
            throw new errors/* UserError */.y(`tests folder ${(0,external_node_path_.relative)(cwd, dir) || dir} does not exist (${named}); fix the path, or create the folder`);
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            throw new errors/* UserError */.y(`tests folder ${(0,external_node_path_.relative)(cwd, dir) || dir} is not a folder (${named})`);
    }
}
/** Which files run, in which order, which of them are the change, and their undo files. */
function planRun(opts, config) {
    checkArguments(opts, config);
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const dirs = config.migrations.map((d) => (0,external_node_path_.resolve)(config.root, d));
    const explicit = (opts.files ?? []).map((f) => (0,external_node_path_.resolve)(cwd, f));
    const scanDirs = [...new Set([...dirs.filter((d) => (0,external_node_fs_.existsSync)(d)), ...explicit.map((f) => (0,external_node_path_.dirname)(f))])];
    const suffixes = config.flyway.sqlMigrationSuffixes;
    const directory = (0,discover.discoverMigrations)(cwd, scanDirs.map((d) => (0,external_node_path_.relative)(cwd, d) || '.'), config.placeholder, suffixes);
    const byAbs = new Map(directory.map((e) => [e.absPath, e]));
    const entryOf = (abs) => byAbs.get(abs) ?? (0,discover/* entryFor */.cy)(cwd, abs, (0,external_node_path_.dirname)(abs), config.placeholder, suffixes);
    let changeSet;
    if (opts.changedSince)
        changeSet = new Set(changedFiles(cwd, opts.changedSince, scanDirs, suffixes));
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
    // `flyway migrate` refuses files it takes for one migration: none of them runs
    for (const d of flywayDuplicates(forward)) {
        problems.push({ severity: 'error', file: d.files[0].path, message: `${d.message.replace('\n', '; ')} (flyway migrate refuses to run; give each its own version)` });
        for (const f of d.files)
            forward.splice(forward.indexOf(f), 1);
    }
    // with files given, what runs before the newest of them is the base, as for lint; the ones after
    // it run too, after the change and untraced, so the pgTAP files (written for the whole
    // schema) test what the repository ends up with rather than fail on tables not made yet
    const lastNew = explicit.length ? forward.reduce((i, e, k) => (changeSet.has(e.absPath) ? k : i), -1) : forward.length;
    const order = forward;
    // Flyway needs a version for every versioned row: a pending file gets the next free number
    let next = forward.reduce((mx, e) => {
        const n = valid(e);
        return n.kind === 'versioned' && n.parts.length ? (n.parts[0] > mx ? n.parts[0] : mx) : mx;
    }, 0n);
    const files = order.map((e, k) => {
        const n = valid(e);
        const v = n.kind === 'versioned' ? n.version : n.kind === 'pending' ? String(++next) : null;
        // read once the server is busy creating the database (see testRun)
        const isNew = changeSet.has(e.absPath);
        return { file: (0,apply/* loadMigration */.tF)(e, n, v, { lazy: true }), isNew, ...(!isNew && lastNew >= 0 && k > lastNew ? { later: true } : {}) };
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
function changedFiles(cwd, ref, dirs, suffixes) {
    const root = (0,git/* repoRoot */.jv)(cwd);
    const commit = (0,git/* mergeBase */.wu)(root, ref);
    const realCwd = (0,external_node_fs_.realpathSync)(cwd);
    const rel = dirs.map((d) => (0,external_node_path_.relative)(root, (0,external_node_fs_.realpathSync)(d)).split(external_node_path_.sep).join('/') || '.');
    return (0,git/* changesSince */.sR)(root, commit, rel)
        .filter((c) => c.status !== 'D' && (0,discover/* isMigrationPath */.y6)(c.path, suffixes))
        .map((c) => (0,external_node_path_.resolve)(cwd, (0,external_node_path_.relative)(realCwd, (0,external_node_path_.resolve)(root, c.path))))
        .filter((p) => (0,external_node_fs_.existsSync)(p));
}
/** The folder `\i` in a test file may read inside: the git checkout's top, else the config's folder. */
function repositoryRoot(cwd, configRoot) {
    try {
        return (0,git/* repoRoot */.jv)(cwd);
    }
    catch {
        return configRoot;
    }
}
/**
 * `pgmig snapshot-key`: the key `pgmig test` with the same arguments would look its base-schema
 * snapshot up by, without a server (the major version is given), so CI can restore the cache
 * before the test starts. Undefined when the run has no base migrations to snapshot.
 */
function snapshotKeyOf(opts, serverMajor) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config);
    if (opts.migrations?.length) {
        config.migrations = opts.migrations;
        config.root = opts.cwd;
    }
    return baseOf(planRun(opts, config).order, config, serverMajor)?.key;
}


/***/ }),

/***/ 6679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ watchInterrupts),
/* harmony export */   p: () => (/* binding */ cancelThenTerminate)
/* harmony export */ });
function watchInterrupts(onFirst, graceMs = 10_000) {
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
        timer = setTimeout(() => die(signal), graceMs);
        try {
            const p = onFirst(signal);
            if (p)
                void Promise.resolve(p).catch(() => die(signal));
        }
        catch {
            die(signal);
        }
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return { signal: () => got, done: () => (got ? die(got) : stop()), stop };
}
/**
 * Stops backend `pid`'s statement from a second session: pg_cancel_backend first (the statement
 * fails, its transaction can be rolled back by its own session, which releases the locks); if the
 * backend is still busy after `waitMs`, pg_terminate_backend (the server rolls back and releases
 * everything). Returns what it took.
 */
async function cancelThenTerminate(admin, pid, waitMs = 3000) {
    const alive = async () => (await admin.query('SELECT state FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0];
    if (!(await alive()))
        return 'gone';
    await admin.query('SELECT pg_cancel_backend($1)', [pid]);
    const until = Date.now() + waitMs;
    while (Date.now() < until) {
        const s = await alive();
        // idle: the session rolled its transaction back; in transaction (aborted) still holds locks
        if (!s || s.state === 'idle')
            return 'cancelled';
        await new Promise((ok) => setTimeout(ok, 50));
    }
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    return 'terminated';
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   discoverMigrations: () => (/* binding */ discoverMigrations),
/* harmony export */   y6: () => (/* binding */ isMigrationPath)
/* harmony export */ });
/* unused harmony export versionedName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inside_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3602);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8726);





function displayPath(cwd, absPath) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absPath);
    const p = rel && !rel.startsWith('..') ? rel : absPath;
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * Every migration file under the folders (Flyway scans subfolders too), sorted by path: names
 * ending in one of `suffixes` (Flyway's sqlMigrationSuffixes, `.sql` by default) in any case.
 */
function discoverMigrations(cwd, dirs, placeholder, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY) {
    const out = [];
    // where each folder really is, looked up once for the whole pass
    const real = new Map();
    for (const d of dirs) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, d);
        let found;
        (0,_inside_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .D)(cwd, abs, d);
        try {
            // shown as given when it lies outside the working directory (`../../../no/such/dir` helps nobody)
            const shown = displayPath(cwd, abs);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`migrations folder ${shown} is not a directory`);
            found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, withFileTypes: true });
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y)
                throw err;
            const code = err.code;
            const shown = displayPath(cwd, abs);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(code === 'ENOENT'
                ? `migrations folder ${shown} does not exist (set "migrations" in .pgmig.yml or pass files)`
                : `cannot read migrations folder ${shown}: ${code ?? err}`);
        }
        // the folder's listing says which names are plain files: no look at each of 2,000 files. A
        // folder with a symbolic link in it is listed by name, every file looked at (the links followed
        // and confined) as before
        if (found.some((f) => f.isSymbolicLink())) {
            for (const n of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { recursive: true, encoding: 'utf8' }).sort()) {
                if (!(0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(n, suffixes))
                    continue;
                const absPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, n);
                // a folder named `x.sql` is not a migration, and reading it would fail the whole run
                if (!isFile(absPath))
                    continue;
                out.push(entryFor(cwd, absPath, abs, placeholder, suffixes, real));
            }
            continue;
        }
        const files = found
            .filter((f) => f.isFile() && (0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(f.name, suffixes))
            .map((f) => (f.parentPath.length > abs.length ? `${f.parentPath.slice(abs.length + 1)}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${f.name}` : f.name))
            .sort();
        for (const rel of files)
            out.push(entryFor(cwd, `${abs}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${rel}`, abs, placeholder, suffixes, real, true));
    }
    return out;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function entryFor(cwd, absPath, dir, placeholder, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY, real, notLink) {
    // every migration pgmig lints, applies or rolls back is named here first
    (0,_inside_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .D)(cwd, absPath, undefined, real, notLink);
    return { path: displayPath(cwd, absPath), absPath, dir, name: (0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMigrationName */ .pF)(absPath, placeholder, suffixes) };
}
/** Whether `path` names a migration file by its suffix (see discoverMigrations). */
function isMigrationPath(path, suffixes = _name_js__WEBPACK_IMPORTED_MODULE_4__/* .SQL_SUFFIXES */ .dY) {
    return (0,_name_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationSuffix */ .Ye)(path, suffixes) !== undefined;
}
/** Whether `abs` is `dir` itself or lies somewhere below it. */
function isInside(dir, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function versionedName(e) {
    return isNameProblem(e.name) ? undefined : e.name;
}


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ loadStats)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



const SUPPORTED_FORMAT = 1;
/**
 * Reads `pgmig stats` output. A missing file is a notice (a fresh clone has none until someone
 * takes a snapshot); a file that is there but unreadable is a mistake to fix, so an error.
 */
function loadStats(path, cwd, maxAgeMs, now = Date.now()) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, abs) || path;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { notices: [`no production statistics at ${shown}: findings are not sized; write them with \`pgmig stats --database-url <production>\``] };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read the statistics file ${shown}: ${code ?? err}`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: not a statistics file written by \`pgmig stats\` (invalid JSON: ${err.message}); write it again`);
    }
    if (typeof raw !== 'object' || raw === null || typeof raw.format !== 'number' || !Array.isArray(raw.relations) || typeof raw.takenAt !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: not a statistics file written by \`pgmig stats\` (no format, takenAt or relations); write it again`);
    }
    if (raw.format > SUPPORTED_FORMAT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: statistics format ${raw.format} is newer than this pgmig reads (${SUPPORTED_FORMAT}); update pgmig or write the file with this version`);
    }
    const byName = new Map();
    raw.relations.forEach((r, i) => {
        if (!r || typeof r.schema !== 'string' || typeof r.name !== 'string' || typeof r.bytes?.total !== 'number') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown}: relations[${i}] lacks schema, name or bytes; write the file again with \`pgmig stats\``);
        }
        byName.set(`${r.schema}.${r.name}`, r);
    });
    const notices = [];
    const taken = Date.parse(raw.takenAt);
    const age = now - taken;
    if (Number.isFinite(age) && age > maxAgeMs) {
        notices.push(`the production statistics in ${shown} are ${Math.floor(age / 86_400_000)} days old (statsMaxAge is ${Math.round(maxAgeMs / 86_400_000)} days): sizes may be out of date; refresh them with \`pgmig stats\``);
    }
    return {
        stats: {
            file: shown,
            takenAt: raw.takenAt,
            relation: (ref) => byName.get(`${ref.schema}.${ref.name}`),
            ...(Array.isArray(raw.queries) ? { queries: raw.queries.filter((q) => q && typeof q.text === 'string') } : {}),
        },
        notices,
    };
}


/***/ })

};
