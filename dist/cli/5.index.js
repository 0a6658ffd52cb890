export const id = 5;
export const ids = [5];
export const modules = {

/***/ 9005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_TRIES: () => (/* binding */ DEFAULT_MAX_TRIES),
  commitMessage: () => (/* binding */ commitMessage),
  runAssign: () => (/* binding */ runAssign)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
;// CONCATENATED MODULE: ./src/migrations/assign-plan.ts



const TEST_EXT = /\.(sql|pg)$/;
/** A range hint written in a pending file: `-- pgmig-range: 10000` (any number inside the range). */
const RANGE_HINT = /^\s*--\s*pgmig-range\s*:?\s*(\d+)\b/im;
/** Folder names that, with no numbered neighbour to go by, put a pending file in the last range. */
const TEST_FOLDER = /^(tests?|test[-_]?data|testing|fixtures?|seeds?)$/i;
function planAssignments(input) {
    const warnings = [];
    const undoPh = (0,migrations_name/* undoPlaceholderOf */.fp)(input.placeholder);
    const ranges = input.ranges.length > 0 ? [...input.ranges] : [{ from: 1 }];
    const all = [];
    for (const file of input.migrations) {
        if (!file.path.endsWith('.sql') || (0,migrations_name/* isFlywayCallback */.Qw)(file.path))
            continue;
        const name = (0,migrations_name/* parseMigrationName */.pF)(file.path, input.placeholder);
        // a misnamed file is for `pgmig lint` to report; assign neither numbers nor counts it
        if ((0,migrations_name/* isNameProblem */.$d)(name))
            continue;
        all.push({ file, name, folder: external_node_path_.posix.dirname(file.path) });
    }
    const byArrival = (a, b) => a.file.arrival - b.file.arrival || cmp(a.file.path, b.file.path);
    // versions in use, by their first part (what ranges are about) and in full (what must stay unique)
    const used = [];
    for (const m of all)
        if (m.name.kind === 'versioned' || m.name.kind === 'undo')
            used.push(m.name.parts[0] ?? 0n);
    const pending = [];
    for (const m of all)
        if (m.name.kind === 'pending')
            pending.push({ m, reason: 'placeholder' });
    // colliding versions: the file that reached the branch first keeps the number
    const groups = new Map();
    for (const m of all) {
        if (m.name.kind !== 'versioned')
            continue;
        const key = (0,migrations_name/* versionKey */._5)(m.name.parts);
        groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const movingVersioned = new Set();
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        const [keeper, ...rest] = [...group].sort(byArrival);
        for (const m of rest) {
            pending.push({ m, reason: 'collision', keptBy: keeper.file.path });
            movingVersioned.add(m);
        }
    }
    pending.sort((a, b) => byArrival(a.m, b.m));
    // undo files travel with their migration
    const undoOf = new Map();
    const pendingUndos = all.filter((m) => m.name.kind === 'pending-undo');
    const placeholders = pending.filter((p) => p.reason === 'placeholder').map((p) => p.m);
    for (const u of pendingUndos) {
        const candidates = placeholders.filter((v) => v.name.description === u.name.description && !undoOf.has(v));
        const v = candidates.find((c) => c.folder === u.folder) ?? candidates[0];
        if (v)
            undoOf.set(v, u);
        else
            warnings.push(`${u.file.path} has no ${input.placeholder}__${u.name.description}.sql to number it with; it was left as it is`);
    }
    for (const [key, group] of groups) {
        if (group.length < 2)
            continue;
        const undos = all.filter((m) => m.name.kind === 'undo' && (0,migrations_name/* versionKey */._5)(m.name.parts) === key);
        for (const u of undos) {
            // Flyway pairs an undo with its migration by version alone; the description (or failing
            // that, arriving in the same commit) tells which of the colliding files it belongs to
            const owner = group.find((v) => v.name.description === u.name.description) ??
                (group.filter((v) => v.file.arrival === u.file.arrival).length === 1 ? group.find((v) => v.file.arrival === u.file.arrival) : undefined);
            if (owner && movingVersioned.has(owner) && !undoOf.has(owner))
                undoOf.set(owner, u);
        }
    }
    // test files that carry the placeholder (or a moving version) in their name
    const testsOf = new Map();
    const tests = input.tests.filter((t) => TEST_EXT.test(t.path));
    for (const t of tests) {
        const base = external_node_path_.posix.basename(t.path);
        if (hasToken(base, input.placeholder) || hasToken(base, undoPh)) {
            const owner = longestDescriptionIn(base, placeholders) ?? (placeholders.length === 1 ? placeholders[0] : undefined);
            if (owner)
                testsOf.set(owner, [...(testsOf.get(owner) ?? []), t]);
            else if (placeholders.length > 1) {
                warnings.push(`${t.path} carries ${input.placeholder} but none of the pending descriptions, so it was not renamed; put the migration's description in its name`);
            }
            continue;
        }
        for (const m of movingVersioned) {
            if (hasVersionToken(base, 'V', m.name.version) && base.includes(m.name.description)) {
                testsOf.set(m, [...(testsOf.get(m) ?? []), t]);
                break;
            }
        }
    }
    // number them, in the order they reached the branch
    const existingPaths = new Set([...input.migrations, ...input.tests].map((f) => f.path));
    const newPaths = new Set();
    const assignments = [];
    // a full-name reference `VXXX__desc` in any moved file points at that file's new name
    const renamedRefs = [];
    const pendingSteps = [];
    for (const p of pending) {
        const m = p.m;
        const range = rangeFor(m, p.reason, ranges, all, input);
        const inRange = used.filter((v) => v >= BigInt(range.from) && (range.to === undefined || v <= BigInt(range.to)));
        const highest = inRange.reduce((a, b) => (b > a ? b : a), -1n);
        const next = highest < 0n ? BigInt(Math.max(range.from, 1)) : highest + 1n;
        if (range.to !== undefined && next > BigInt(range.to)) {
            throw new errors/* UserError */.y(`${m.file.path}: no free version left in the range ${describeRange(range)} (the highest used is ${highest}); widen versionRanges in .pgmig.yml or move the file to another range`);
        }
        used.push(next);
        const version = next.toString();
        const oldPrefixV = p.reason === 'placeholder' ? input.placeholder : `V${m.name.version}`;
        const oldPrefixU = p.reason === 'placeholder' ? undoPh : `U${m.name.version}`;
        const to = external_node_path_.posix.join(m.folder, `V${version}__${m.name.description}.sql`);
        const moves = [{ from: m.file.path, to, role: 'migration' }];
        const u = undoOf.get(m);
        if (u)
            moves.push({ from: u.file.path, to: external_node_path_.posix.join(u.folder, `U${version}__${u.name.description}.sql`), role: 'undo' });
        for (const t of testsOf.get(m) ?? []) {
            const base = external_node_path_.posix.basename(t.path);
            const renamed = replaceToken(replaceToken(base, oldPrefixV, `V${version}`, p.reason === 'collision'), oldPrefixU, `U${version}`, p.reason === 'collision');
            moves.push({ from: t.path, to: external_node_path_.posix.join(external_node_path_.posix.dirname(t.path), renamed), role: 'test' });
        }
        for (const mv of moves) {
            if (newPaths.has(mv.to) || existingPaths.has(mv.to)) {
                throw new errors/* UserError */.y(`cannot rename ${mv.from} to ${mv.to}: that file already exists; rename one of them by hand`);
            }
            newPaths.add(mv.to);
        }
        const a = {
            from: m.file.path,
            to,
            version,
            description: m.name.description,
            reason: p.reason,
            ...(p.reason === 'collision' ? { previousVersion: m.name.version, keptBy: p.keptBy } : {}),
            ...(m.file.commit ? { arrivedIn: m.file.commit } : {}),
            range,
            moves,
            edits: {},
        };
        assignments.push(a);
        renamedRefs.push({ re: fullNameRef(oldPrefixV, m.name.description), to: `V${version}__${m.name.description}` });
        if (u)
            renamedRefs.push({ re: fullNameRef(oldPrefixU, u.name.description), to: `U${version}__${u.name.description}` });
        pendingSteps.push({ a, oldVersionTokens: [[oldPrefixV, `V${version}`], [oldPrefixU, `U${version}`]] });
    }
    // references inside the moved files: full names of any moved file first, then the file's own
    // placeholder (or old version) standing alone, as in a `-- VXXX` header
    for (const { a, oldVersionTokens } of pendingSteps) {
        for (const mv of a.moves) {
            const before = input.read(mv.from);
            let text = before;
            for (const r of renamedRefs)
                text = text.replace(r.re, (_all, lead) => `${lead}${r.to}`);
            for (const [from, to] of oldVersionTokens)
                text = replaceToken(text, from, to, a.reason === 'collision');
            if (text !== before)
                a.edits[mv.to] = text;
        }
    }
    return { assignments, warnings };
}
function rangeFor(m, reason, ranges, all, input) {
    const hint = RANGE_HINT.exec(input.read(m.file.path).slice(0, 4000));
    if (hint) {
        const n = BigInt(hint[1]);
        const r = ranges.find((x) => inside(n, x));
        if (!r) {
            throw new errors/* UserError */.y(`${m.file.path}: the range hint "pgmig-range: ${hint[1]}" is in none of the versionRanges (${ranges.map(describeRange).join(', ')})`);
        }
        return r;
    }
    if (reason === 'collision') {
        const r = ranges.find((x) => inside(m.name.parts[0] ?? 0n, x));
        if (r)
            return r;
    }
    if (ranges.length === 1)
        return ranges[0];
    // the range most of its numbered neighbours in the same folder are in
    const counts = ranges.map(() => 0);
    for (const o of all) {
        if (o.folder !== m.folder || (o.name.kind !== 'versioned' && o.name.kind !== 'undo'))
            continue;
        const i = ranges.findIndex((x) => inside(o.name.parts[0] ?? 0n, x));
        if (i >= 0)
            counts[i]++;
    }
    const best = Math.max(...counts);
    if (best > 0)
        return ranges[counts.indexOf(best)];
    // a new test folder below the migrations root: the test range is the last one by convention
    const root = input.migrationDirs.find((d) => m.file.path.startsWith(`${d}/`) || d === '.');
    const below = root && root !== '.' ? m.folder.slice(root.length + 1) : m.folder;
    if (below && below.split('/').some((seg) => TEST_FOLDER.test(seg))) {
        return [...ranges].sort((a, b) => b.from - a.from)[0];
    }
    return ranges[0];
}
function inside(v, r) {
    return v >= BigInt(r.from) && (r.to === undefined || v <= BigInt(r.to));
}
function describeRange(r) {
    return r.to === undefined ? `${r.from}+` : `${r.from}-${r.to}`;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function assign_plan_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * `token` standing alone: no letter or digit on either side. For a version (`V226`) a
 * following `.2` or `_2` would make it another version (226.2), so that does not count either.
 */
function tokenRe(token, isVersion) {
    const after = isVersion ? '(?![A-Za-z0-9]|[._]\\d)' : '(?![A-Za-z0-9])';
    return new RegExp(`(?<![A-Za-z0-9])${assign_plan_escape(token)}${after}`, 'g');
}
function hasToken(text, token) {
    return tokenRe(token, false).test(text);
}
function hasVersionToken(text, prefix, version) {
    return tokenRe(`${prefix}${version}`, true).test(text);
}
function replaceToken(text, from, to, isVersion) {
    return text.replace(tokenRe(from, isVersion), to);
}
/** `VXXX__desc` as a whole name (followed by `.sql` or a non-name character). */
function fullNameRef(prefix, description) {
    return new RegExp(`(^|[^A-Za-z0-9])${assign_plan_escape(prefix)}__${assign_plan_escape(description)}(?![a-z0-9_])`, 'g');
}
function longestDescriptionIn(name, candidates) {
    let best;
    for (const c of candidates) {
        if (name.includes(c.name.description) && (!best || c.name.description.length > best.name.description.length))
            best = c;
    }
    return best;
}
/**
 * What `pgmig assign` would do to a pull request's files if it were merged now: the plan for the
 * base branch with the pull request's files arriving last, keeping only the moves of the files
 * the pull request adds (base files still pending are numbered first, as they would be).
 */
function planIfMerged(input) {
    const inside = (p, d) => d === '.' || p.startsWith(`${d}/`);
    const removed = new Set(input.removed ?? []);
    const added = new Set(input.added);
    const files = [
        ...input.base.filter((p) => !removed.has(p) && !added.has(p)).map((path) => ({ path, arrival: 0 })),
        ...[...added].map((path) => ({ path, arrival: 1 })),
    ];
    const plan = planAssignments({
        placeholder: input.placeholder,
        ranges: input.ranges,
        migrations: files.filter((f) => input.migrationDirs.some((d) => inside(f.path, d))),
        migrationDirs: input.migrationDirs,
        tests: files.filter((f) => inside(f.path, input.testsDir)),
        read: input.read,
    });
    return { assignments: plan.assignments.filter((a) => added.has(a.from)), warnings: plan.warnings };
}

// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/commands/assign.ts







const DEFAULT_MAX_TRIES = 10;
const DEFAULT_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 5000;
async function runAssign(options) {
    const cwd = (0,external_node_path_.resolve)(options.cwd);
    const config = (0,migrations_config/* loadConfig */.Z9)(cwd, options.config);
    if (options.migrations?.length) {
        config.migrations = options.migrations;
        config.root = cwd;
    }
    if (options.tests)
        config.tests = (0,external_node_path_.resolve)(cwd, options.tests);
    if (options.placeholder) {
        if (!/^V[A-Za-z]+$/.test(options.placeholder))
            throw new errors/* UserError */.y(`placeholder "${options.placeholder}": expected V followed by letters, e.g. VXXX`);
        config.placeholder = options.placeholder;
    }
    const maxTries = options.maxTries ?? DEFAULT_MAX_TRIES;
    if (!Number.isInteger(maxTries) || maxTries < 1)
        throw new errors/* UserError */.y(`--max-tries: expected a whole number, 1 or more, got ${maxTries}`);
    const who = identityOf(options.author);
    const remote = options.remote ?? 'origin';
    const dryRun = !!options.dryRun;
    const push = options.push ?? true;
    const log = options.log ?? (() => { });
    const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    const netTimeout = options.networkTimeoutMs ?? git/* DEFAULT_NETWORK_TIMEOUT_MS */.I3;
    const root = realpath(await (0,git/* repoRootAsync */.lN)(cwd));
    const dirs = folders(root, config);
    const onBranch = await (0,git/* currentBranch */.eR)(root);
    const env = options.env ?? {};
    const fromEnv = env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME ? env.GITHUB_REF_NAME : undefined;
    const branch = options.branch ?? onBranch ?? fromEnv;
    if (branch !== undefined && !(await (0,git/* isValidBranchName */.eB)(root, branch)))
        throw new errors/* UserError */.y(`--branch "${branch}" is not a valid branch name`);
    if (options.branch && onBranch && options.branch !== onBranch) {
        throw new errors/* UserError */.y(`--branch ${options.branch} but the checkout is on ${onBranch}; check out ${options.branch} first (pgmig assign pushes the checked-out commit)`);
    }
    const pushing = push && !dryRun;
    if (pushing && !branch) {
        throw new errors/* UserError */.y('HEAD is detached, so pgmig assign does not know which branch to push to; pass --branch <name> (or --no-push to commit only)');
    }
    // a dry run changes nothing, so it may look at a work tree in progress; the plan is for HEAD
    const state = await (0,git/* workTreeState */.z1)(root, [...dirs.migrations, dirs.tests]);
    const early = [];
    if (dryRun) {
        const inFolders = [...state.changed.map((l) => l.slice(3)), ...state.untracked].filter((p) => [...dirs.migrations, dirs.tests].some((d) => under(p, d)));
        if (inFolders.length > 0) {
            early.push(`the plan is for the committed files; uncommitted changes in the migrations or tests folders are not in it (${inFolders.slice(0, 5).join(', ')})`);
        }
    }
    else if (state.changed.length > 0) {
        const shown = state.changed.slice(0, 5).map((l) => l.slice(3)).join(', ');
        const more = state.changed.length > 5 ? ` and ${state.changed.length - 5} more` : '';
        throw new errors/* UserError */.y(`the work tree has uncommitted changes (${shown}${more}); commit or stash them first: pgmig assign commits renames and, when a push is refused, resets the branch to the remote tip`);
    }
    else if (state.untracked.length > 0) {
        throw new errors/* UserError */.y(`untracked files in the migrations or tests folders (${state.untracked.slice(0, 5).join(', ')}); commit them (pgmig assign numbers committed files only) or remove them`);
    }
    if (pushing && !(await (0,git/* remoteExists */.NZ)(root, remote))) {
        throw new errors/* UserError */.y(`there is no git remote named "${remote}"; pass --remote <name> (see git remote -v), or --no-push to commit only`);
    }
    const base = { dryRun, branch: branch ?? 'HEAD', remote, tries: 0, placeholder: config.placeholder };
    if (pushing)
        await syncWithRemote(root, remote, branch, log, netTimeout);
    let tries = 0;
    let unshallowTried = false;
    for (;;) {
        const attemptStarted = performance.now();
        const start = await (0,git/* headCommit */.Qo)(root);
        const planAt = async () => {
            const p = await computePlan(root, start, config, dirs);
            p.warnings.unshift(...early);
            return p;
        };
        let plan = await planAt();
        if (needsOrder(plan) && (await (0,git/* isShallowAsync */.vp)(root))) {
            if (pushing && !unshallowTried) {
                unshallowTried = true;
                log(`the clone is shallow; fetching the history of ${remote} to know which file reached the branch first`);
                if (await (0,git/* unshallow */.QG)(root, remote))
                    plan = await planAt();
            }
            if (await (0,git/* isShallowAsync */.vp)(root)) {
                plan.warnings.push('this clone is shallow, so the order in which the files reached the branch is partly unknown and files of equal standing were ordered by name; fetch the whole history (actions/checkout with fetch-depth: 0) for the exact order');
            }
        }
        const assigned = plan.assignments.map(toResult);
        if (plan.assignments.length === 0)
            return { ...base, tries, assigned, pushed: false, warnings: plan.warnings };
        const message = commitMessage(plan.assignments);
        if (dryRun)
            return { ...base, assigned, pushed: false, message, warnings: plan.warnings };
        const commit = await applyPlan(root, plan, message, who, start);
        if (!pushing)
            return { ...base, assigned, commit, pushed: false, message, warnings: plan.warnings };
        tries++;
        await options.beforePush?.(tries);
        const outcome = await (0,git/* pushHead */.vI)(root, remote, branch, netTimeout);
        if (outcome.ok)
            return { ...base, tries, assigned, commit, pushed: true, message, warnings: plan.warnings };
        // the commit is not known to be on the remote; drop it so the checkout is as it was (or the
        // next try starts from the remote state). If it did land, fetching brings it back.
        await (0,git/* resetHard */.pm)(root, start);
        const where = `${remote} ${branch}`;
        if (outcome.kind === 'refused')
            throw refusal(where, outcome.message, outcome.remote);
        if (outcome.kind === 'lost') {
            // a connection lost after the server took the push looks like a failure: look before saying so
            let tip;
            try {
                tip = await (0,git/* fetchBranch */.D_)(root, remote, branch, netTimeout);
            }
            catch (err) {
                throw new errors/* UserError */.y(`git push to ${where} failed: ${outcome.message}${said(outcome.remote)}, and pgmig could not look whether it landed (${err.message}). ` +
                    `The local branch is back where it was. Once ${remote} is reachable, run pgmig assign again: it numbers only files that are still pending, so a push that did land is not repeated`, 1);
            }
            if (tip === commit) {
                await (0,git/* integrate */.UZ)(root, tip);
                log(`git push to ${where} reported a failure (${outcome.message}), but ${remote} has the commit`);
                return { ...base, tries, assigned, commit, pushed: true, message, warnings: plan.warnings };
            }
            throw new errors/* UserError */.y(`git push to ${where} failed: ${outcome.message}${said(outcome.remote)}. ${where} does not have pgmig's commit, and the local branch is back where it was. ` +
                `Check that ${remote} is reachable (git remote -v) and the token may push, then run pgmig assign again: it numbers only files that are still pending, so a push that lands late is not repeated`, 1);
        }
        if (tries >= maxTries) {
            throw new errors/* UserError */.y(`could not push the numbering to ${remote} ${branch}: it moved under pgmig ${tries} times in a row (${outcome.message}). ` +
                `Nothing was pushed and ${remote} ${branch} is as others left it; run pgmig assign again, or raise --max-tries`, 1);
        }
        // Full jitter over a window that doubles with each try. The window starts at the time one
        // attempt took (plan, commit, push): racers spread over a window shorter than the work each
        // does would mostly collide again, so on a slow machine or network the wait grows with it.
        const window = Math.max(backoff, performance.now() - attemptStarted) * 2 ** (tries - 1);
        const wait = Math.round(Math.random() * Math.min(MAX_BACKOFF_MS, window));
        log(`push ${tries} refused (${outcome.message}): someone else pushed to ${branch}; retrying in ${wait} ms from the new tip`);
        await (0,promises_.setTimeout)(wait);
        let tip;
        try {
            tip = await (0,git/* fetchBranch */.D_)(root, remote, branch, netTimeout);
        }
        catch (err) {
            throw new errors/* UserError */.y(`${err.message}. This was after push ${tries} to ${remote} ${branch} was refused because the branch had moved; nothing of pgmig's was pushed and the local branch is back where it was. Run pgmig assign again once ${remote} is reachable`, 1);
        }
        if (tip)
            await (0,git/* integrate */.UZ)(root, tip);
    }
}
/** A push the server looked at and refused: a hook, branch protection or missing permission. */
function refusal(where, reason, remoteSaid) {
    return new errors/* UserError */.y(`git push to ${where} was refused: ${reason}${said(remoteSaid)}. Nothing was pushed and the local branch is back where it was. ` +
        'This is not a race, so pgmig does not try again: the branch is protected, or a server hook or the token does not allow this push. ' +
        'Let the identity pgmig pushes as through (add github-actions[bot], or your GitHub App, to the bypass list of the branch protection rule or ruleset), ' +
        'or give pgmig a token that may push to the branch (a fine-grained personal access token or a GitHub App installation token, passed to actions/checkout as `token:`), then run pgmig assign again', 1);
}
/** What the server printed (`remote: …` lines), quoted. */
function said(lines) {
    return lines.length ? ` (the server said: ${lines.join(' / ')})` : '';
}
async function syncWithRemote(root, remote, branch, log, timeoutMs) {
    const tip = await (0,git/* fetchBranch */.D_)(root, remote, branch, timeoutMs);
    if (!tip) {
        log(`${remote} has no branch ${branch} yet; it will be created by the push`);
        return;
    }
    const how = await (0,git/* integrate */.UZ)(root, tip);
    if (how !== 'up-to-date')
        log(`brought ${branch} up to date with ${remote} (${how})`);
}
function identityOf(author) {
    if (author === undefined)
        return git/* ACTIONS_BOT */.aX;
    if (typeof author !== 'string')
        return author;
    const who = (0,git/* parseIdentity */.aZ)(author);
    if (!who)
        throw new errors/* UserError */.y(`--author "${author}": expected "Name <email>", e.g. "github-actions[bot] <${git/* ACTIONS_BOT */.aX.email}>"`);
    return who;
}
function realpath(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/** The configured folders, relative to the repository root (git's paths). */
function folders(root, config) {
    const rel = (d, what) => {
        const abs = (0,external_node_path_.resolve)(config.root, d);
        const real = (0,external_node_fs_.existsSync)(abs) ? realpath(abs) : abs;
        const r = (0,external_node_path_.relative)(root, real);
        if (r.startsWith('..') || (0,external_node_path_.isAbsolute)(r))
            throw new errors/* UserError */.y(`${what} folder ${d} is outside the git repository at ${root}`);
        return r === '' ? '.' : r.split(external_node_path_.sep).join('/');
    };
    const migrations = config.migrations.map((d) => rel(d, 'migrations'));
    if (!migrations.some((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, d)))) {
        throw new errors/* UserError */.y(`migrations folder ${config.migrations.join(', ')} does not exist; set "migrations" in .pgmig.yml or pass --config`);
    }
    return { migrations, tests: rel(config.tests, 'tests') };
}
function under(path, dir) {
    return dir === '.' || path.startsWith(`${dir}/`);
}
async function computePlan(root, commit, config, dirs) {
    const paths = [...dirs.migrations, dirs.tests];
    const [files, arrived] = await Promise.all([(0,git/* listTree */.nT)(root, commit, paths), (0,git/* arrivals */.ns)(root, paths)]);
    const latest = Math.max(-1, ...[...arrived.values()].map((a) => a.order)) + 1;
    const fileOf = (path) => {
        const a = arrived.get(path);
        return a ? { path, arrival: a.order, commit: a.commit } : { path, arrival: latest };
    };
    return planAssignments({
        placeholder: config.placeholder,
        ranges: config.versionRanges,
        migrations: files.filter((f) => dirs.migrations.some((d) => under(f, d))).map(fileOf),
        migrationDirs: dirs.migrations,
        tests: files.filter((f) => under(f, dirs.tests)).map(fileOf),
        read: (p) => (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, p), 'utf8'),
    });
}
/** Only several pending files, or a collision, depend on the order they arrived in. */
function needsOrder(plan) {
    return plan.assignments.length > 1 || plan.assignments.some((a) => a.reason === 'collision');
}
async function applyPlan(root, plan, message, who, start) {
    try {
        const edited = [];
        for (const a of plan.assignments) {
            for (const mv of a.moves)
                await (0,git/* moveFile */.mV)(root, mv.from, mv.to);
            for (const [path, text] of Object.entries(a.edits)) {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), text);
                edited.push(path);
            }
        }
        await (0,git/* stage */.dw)(root, edited);
        return await (0,git/* commitAs */.YR)(root, message, who);
    }
    catch (err) {
        // the work tree was clean before: put it back so nothing half-renamed is left behind
        await (0,git/* resetHard */.pm)(root, start).catch(() => { });
        throw err;
    }
}
function toResult(a) {
    return {
        from: a.from,
        to: a.to,
        version: a.version,
        description: a.description,
        ...(a.previousVersion !== undefined ? { previousVersion: a.previousVersion, keptBy: a.keptBy } : {}),
        ...(a.arrivedIn ? { arrivedIn: a.arrivedIn } : {}),
        files: a.moves.map((m) => ({ from: m.from, to: m.to })),
    };
}
/** `migrations: assign V227 to user_lead_protection`; several files share one subject line. */
function commitMessage(assignments) {
    const part = (a) => `V${a.version} to ${a.description}${a.previousVersion !== undefined ? ` (was V${a.previousVersion})` : ''}`;
    let subject = `migrations: assign ${assignments.map(part).join(', ')}`;
    if (subject.length > 72 && assignments.length > 1) {
        const versions = assignments.map((a) => BigInt(a.version));
        const consecutive = versions.every((v, i) => i === 0 || v === versions[i - 1] + 1n);
        subject = consecutive
            ? `migrations: assign V${versions[0]}-V${versions[versions.length - 1]} to ${assignments.length} pending migrations`
            : `migrations: assign versions to ${assignments.length} pending migrations`;
    }
    const body = assignments.flatMap((a) => [
        ...(a.previousVersion !== undefined ? [`V${a.previousVersion} was already taken by ${a.keptBy}, which reached the branch first:`] : []),
        ...a.moves.map((m) => `${m.from} -> ${m.to}`),
    ]);
    return `${subject}\n\n${body.join('\n')}\n`;
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


/***/ }),

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isNameProblem),
/* harmony export */   LW: () => (/* binding */ snakeCase),
/* harmony export */   Qw: () => (/* binding */ isFlywayCallback),
/* harmony export */   VJ: () => (/* binding */ versionParts),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   fp: () => (/* binding */ undoPlaceholderOf),
/* harmony export */   hI: () => (/* binding */ compareMigrations),
/* harmony export */   pF: () => (/* binding */ parseMigrationName)
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
function parseMigrationName(file, placeholder = 'VXXX') {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const parsed = readName(name, placeholder);
    if (typeof parsed !== 'string')
        return { ...parsed, file };
    const suggestion = suggestMigrationName(name, placeholder);
    return suggestion ? { file, message: parsed, suggestion } : { file, message: parsed };
}
/** The name's parts, or what is wrong with it. */
function readName(name, placeholder) {
    if (!name.endsWith('.sql'))
        return `${name} is not a .sql file`;
    const stem = name.slice(0, -4);
    const undoPlaceholder = undoPlaceholderOf(placeholder);
    const sep = stem.indexOf('__');
    if (sep < 0) {
        return `${name} has no "__" (two underscores) between the version and the description, as in V<version>__<description>.sql`;
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
            return `${name}: "${version}" is not a version (digits, optionally separated by "." or "_", such as 12 or 1.2)`;
        }
        kind = prefix[0] === 'V' ? 'versioned' : 'undo';
    }
    else if (/^R\d/.test(prefix)) {
        return `${name}: a repeatable migration (R) has no version; it is R__<description>.sql`;
    }
    else if (/^[vur]/.test(prefix)) {
        return `${name}: the prefix "${prefix[0]}" must be upper case (V, U or R)`;
    }
    else if (!prefix) {
        return `${name} has nothing before "__"; it must start with V<version>, U<version>, R or ${placeholder}`;
    }
    else {
        return `${name} does not start with V<version>, U<version>, R or ${placeholder}`;
    }
    if (!description)
        return `${name} has no description after "__"`;
    if (!DESCRIPTION.test(description)) {
        return `${name}: the description "${description}" is not lower snake_case (lower-case letters, digits and single underscores)`;
    }
    return { kind, version, parts: versionParts(version), description };
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
