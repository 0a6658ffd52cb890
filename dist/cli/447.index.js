export const id = 447;
export const ids = [447,726];
export const modules = {

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ textAt),
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   I3: () => (/* binding */ DEFAULT_NETWORK_TIMEOUT_MS),
/* harmony export */   NZ: () => (/* binding */ remoteExists),
/* harmony export */   PT: () => (/* binding */ commitChanges),
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
/* harmony export */   yp: () => (/* binding */ commitsAhead),
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
/**
 * Commits of HEAD that the remote branch lacks, oldest first: those not reachable from
 * `refs/remotes/<remote>/<branch>`, or, when that ref is missing, from any ref of the remote.
 */
async function commitsAhead(cwd, remote, branch) {
    const tracking = `refs/remotes/${remote}/${branch}`;
    const known = (await runGitAsync(cwd, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`])).ok;
    const out = await gitAsync(cwd, ['log', '--reverse', '--format=%H%x00%s%x00', 'HEAD', '--not', known ? tracking : `--remotes=${remote}`], 'listing local commits');
    const parts = out.split('\0');
    const commits = [];
    for (let i = 0; i + 1 < parts.length; i += 2)
        commits.push({ sha: parts[i].trim(), subject: parts[i + 1] });
    return commits;
}
/** What one commit changed against its first parent, renames detected (repository-relative paths). */
async function commitChanges(cwd, commit) {
    const out = await gitAsync(cwd, ['diff-tree', '--no-commit-id', '-r', '-M', '--name-status', '-z', '--root', commit], `reading commit ${commit.slice(0, 12)}`);
    const parts = out.split('\0').filter((p) => p !== '');
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const status = parts[i++].trim()[0] ?? '?';
        if (status === 'R' || status === 'C') {
            const from = parts[i++];
            changes.push({ status, from, path: parts[i++] });
        }
        else
            changes.push({ status, path: parts[i++] });
    }
    return changes;
}
/** The text of `path` at `commit` (as stored: no smudge filters), or undefined when it is not there. */
function textAt(cwd, commit, path) {
    const r = runGit(cwd, ['cat-file', 'blob', `${commit}:${path}`]);
    return r.ok ? r.stdout : undefined;
}


/***/ }),

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Qw: () => (/* binding */ isFlywayCallback),
/* harmony export */   Ye: () => (/* binding */ migrationSuffix),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   compareVersions: () => (/* binding */ compareVersions),
/* harmony export */   dY: () => (/* binding */ SQL_SUFFIXES),
/* harmony export */   fp: () => (/* binding */ undoPlaceholderOf),
/* harmony export */   hI: () => (/* binding */ compareMigrations),
/* harmony export */   isNameProblem: () => (/* binding */ isNameProblem),
/* harmony export */   pF: () => (/* binding */ parseMigrationName),
/* harmony export */   versionParts: () => (/* binding */ versionParts)
/* harmony export */ });
/* unused harmony export suggestMigrationName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const VERSION = /^\d+(?:[._]\d+)*$/;
const DESCRIPTION = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/**
 * Reads a Flyway file name. Returns a problem (never throws) when the name does not follow
 * `V<version>__<description>.sql`, `U<version>__…`, `R__…` or the placeholder form; the
 * problem carries a corrected name when one can be guessed.
 */
function parseMigrationName(file, placeholder = 'VXXX', suffixes = SQL_SUFFIXES) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const parsed = readName(name, placeholder, suffixes);
    if (typeof parsed !== 'string')
        return { ...parsed, file };
    const suggestion = suggestMigrationName(name, placeholder);
    return suggestion ? { file, message: parsed, suggestion } : { file, message: parsed };
}
/** Flyway's default `sqlMigrationSuffixes`. */
const SQL_SUFFIXES = ['.sql'];
/** The suffix of `name` among `suffixes`, compared as Flyway does: ignoring case (`V8__x.SQL`). */
function migrationSuffix(name, suffixes = SQL_SUFFIXES) {
    const lower = name.toLowerCase();
    return suffixes.find((x) => lower.endsWith(x.toLowerCase()) && name.length > x.length);
}
/** The name's parts, or what is wrong with it (Flyway's ResourceNameParser, plus pgmig's placeholder). */
function readName(name, placeholder, suffixes) {
    const suffix = migrationSuffix(name, suffixes);
    if (!suffix)
        return `${name} is not a ${suffixes.join(' or ')} file`;
    const stem = name.slice(0, -suffix.length);
    const undoPlaceholder = undoPlaceholderOf(placeholder);
    let sep = stem.indexOf('__');
    // Flyway reads a name without "__" as all version (`V2.sql` is version 2, no description)
    if (sep < 0 && /^[VU]\d+(?:[._]\d+)*$/.test(stem))
        sep = stem.length;
    if (sep < 0) {
        return `${name} has no "__" (two underscores) between the version and the description, as in V<version>__<description>.sql; Flyway skips it`;
    }
    const prefix = stem.slice(0, sep);
    const description = stem.slice(sep + 2);
    let kind;
    let version = '';
    if (prefix === placeholder)
        kind = 'pending';
    else if (prefix === undoPlaceholder)
        kind = 'pending-undo';
    else if (prefix === 'R')
        kind = 'repeatable';
    else if (prefix[0] === 'V' || prefix[0] === 'U') {
        version = prefix.slice(1);
        if (!version)
            return `${name} has no version after "${prefix[0]}"`;
        if (!VERSION.test(version)) {
            return `${name}: "${version}" is not a version (digits, optionally separated by "." or "_", such as 12 or 1.2); Flyway skips it`;
        }
        kind = prefix[0] === 'V' ? 'versioned' : 'undo';
    }
    else if (/^R\d/.test(prefix)) {
        return `${name}: a repeatable migration (R) has no version; it is R__<description>.sql (Flyway refuses it)`;
    }
    else if (/^[vur]/.test(prefix)) {
        return `${name}: the prefix "${prefix[0]}" must be upper case (V, U or R); Flyway skips it`;
    }
    else if (!prefix) {
        return `${name} has nothing before "__"; it must start with V<version>, U<version>, R or ${placeholder}, or Flyway skips it`;
    }
    else {
        return `${name} does not start with V<version>, U<version>, R or ${placeholder}; Flyway skips it`;
    }
    const parts = { kind, version, parts: versionParts(version), description };
    if (!description)
        return { ...parts, style: `${name} has no description after the version` };
    if (!DESCRIPTION.test(description)) {
        return { ...parts, style: `${name}: the description "${description}" is not lower snake_case (lower-case letters, digits and single underscores)` };
    }
    return parts;
}
function isNameProblem(x) {
    return 'message' in x;
}
/** The undo form of the placeholder: `VXXX` -> `UXXX`. */
function undoPlaceholderOf(placeholder) {
    return `U${placeholder.slice(1)}`;
}
/**
 * Guesses the name the author meant: the prefix upper-cased, "__" after the version and the
 * description in lower snake_case. A name with no recognisable prefix becomes a placeholder
 * (numbered at merge). Undefined when nothing sensible can be made of it or it is already right.
 */
function suggestMigrationName(name, placeholder = 'VXXX') {
    if (!/\.sql$/i.test(name))
        return undefined;
    const stem = name.slice(0, -4);
    let prefix;
    let rest;
    const letter = stem[0]?.toUpperCase();
    if (/^\d/.test(stem)) {
        // timestamp-style names from other tools: 20240101_add_index.sql
        const v = /^\d+(?:[._]\d+)*(?![0-9A-Za-z])/.exec(stem) ?? /^\d+/.exec(stem);
        prefix = `V${v[0]}`;
        rest = stem.slice(v[0].length);
    }
    else if ((letter === 'V' || letter === 'U') && /^[-_. \d]|^$/.test(stem.slice(1)) || isPlaceholderPrefix(stem, placeholder)) {
        const afterLetter = stem.slice(1);
        const ph = placeholder.slice(1);
        // the version ends where a separator or a letter starts; `V12_2fa` is version 12, not 12.2
        const v = /^\d+(?:[._]\d+)*(?![0-9A-Za-z])/.exec(afterLetter) ?? /^\d+/.exec(afterLetter);
        if (isPlaceholderPrefix(stem, placeholder)) {
            prefix = `${letter}${ph}`;
            rest = afterLetter.slice(ph.length);
        }
        else if (v) {
            prefix = `${letter}${v[0]}`;
            rest = afterLetter.slice(v[0].length);
        }
        else {
            // `V__add_index.sql`: the version is missing, so leave it to `pgmig assign`
            prefix = letter === 'V' ? placeholder : undoPlaceholderOf(placeholder);
            rest = afterLetter;
        }
    }
    else if (letter === 'R' && /^[-_. \d]/.test(stem.slice(1))) {
        prefix = 'R';
        rest = stem.slice(1).replace(/^[\d._]*/, '');
    }
    else if (stem.includes('__')) {
        // an unknown prefix before "__": guessing would likely be wrong
        return undefined;
    }
    else {
        // no prefix at all (`add_index.sql`, `UpdateUsers.sql`): a placeholder, numbered at merge
        prefix = placeholder;
        rest = stem;
    }
    const description = snakeCase(rest);
    if (!description)
        return undefined;
    const guess = `${prefix}__${description}.sql`;
    if (guess === name)
        return undefined;
    return isNameProblem(parseMigrationName(guess, placeholder)) ? undefined : guess;
}
/** `vxxx_…`, `UXXX-…`: the placeholder (or its undo form) in any case, followed by a separator. */
function isPlaceholderPrefix(stem, placeholder) {
    const ph = placeholder.slice(1).toUpperCase();
    const upper = stem.toUpperCase();
    return (upper[0] === 'V' || upper[0] === 'U') && upper.slice(1).startsWith(ph) && /^([-_. ]|$)/.test(stem.slice(1 + ph.length));
}
/** `AddIndexToUsers`, `add-index`, `ADD INDEX` -> `add_index_to_users`, `add_index`. */
function snakeCase(s) {
    return s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
}
/**
 * Flyway SQL callbacks (`beforeMigrate.sql`, `afterMigrate__grants.sql`, …) may sit in the
 * migrations folder: they are not migrations and follow their own naming.
 */
function isFlywayCallback(file) {
    return /^(?:(?:before|after)[A-Z][A-Za-z]*|createSchema)(?:__[^/\\]+)?\.sql$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file));
}
function versionParts(version) {
    if (!version)
        return [];
    return version.split(/[._]/).map((p) => BigInt(p));
}
/**
 * One string per distinct version, as Flyway tells versions apart: numeric parts with the
 * trailing zero parts dropped, so `1.1`, `1_1`, `01.1` and `1.1.0` are all `1.1`.
 */
function versionKey(parts) {
    const p = [...parts];
    while (p.length > 1 && p[p.length - 1] === 0n)
        p.pop();
    return p.join('.');
}
/** Numeric, part by part; `1.2` < `1.10`, `1.0` equals `1`. */
function compareVersions(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** The order Flyway applies files in: versioned by version, then pending ones, then repeatable. */
function compareMigrations(a, b) {
    const rank = (m) => (m.kind === 'pending' ? 1 : m.kind === 'repeatable' ? 2 : 0);
    const r = rank(a) - rank(b);
    if (r !== 0)
        return r;
    const v = compareVersions(a.parts, b.parts);
    if (v !== 0)
        return v;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}


/***/ })

};
