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
        if ((0,migrations_name.isNameProblem)(name))
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
    // Numbers follow the order `pgmig test` applied the files in and lint read them in (versions,
    // then pending files, each by name), not the order commits reached the branch: a pull request
    // merged by rebase, or a direct push, brings its files one commit at a time, and a backfill
    // committed before the column it fills would otherwise be numbered (and deployed) first.
    pending.sort((a, b) => (0,migrations_name/* compareMigrations */.hI)(a.m.name, b.m.name));
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
    // number them
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
 * the pull request adds (base files still pending are numbered with them, in name order, as they would be).
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
// EXTERNAL MODULE: ./src/migrations/inside-repository.ts
var inside_repository = __webpack_require__(3602);
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
        throw new errors/* UserError */.y('HEAD is detached, so pgmig assign does not know which branch to push to; pass --branch <name>, or check out the branch (git switch <name>) to commit there with --no-push');
    }
    if (!pushing && !dryRun && !onBranch) {
        // a commit on a detached HEAD is on no branch: the next checkout leaves it behind, unseen
        throw new errors/* UserError */.y(`HEAD is detached, so the numbering commit would be on no branch and lost at the next checkout; check out the branch first (git switch ${branch ?? '<name>'}), or drop --no-push and pass --branch <name> to push it there`);
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
        let assigned = plan.assignments.map(toResult);
        let message;
        let commit;
        let earlier;
        if (plan.assignments.length === 0) {
            // nothing new to number; a numbering commit of an earlier run may still be waiting for its push
            const unpushed = branch && (await (0,git/* remoteExists */.NZ)(root, remote)) ? await unpushedNumbering(root, remote, branch, dirs, config.placeholder) : undefined;
            const where = `${remote} ${branch}`;
            if (!unpushed || unpushed.own.length === 0) {
                if (unpushed && unpushed.ahead.length > 0 && pushing) {
                    plan.warnings.push(`the checkout has ${plural(unpushed.ahead.length, 'commit')} that ${where} lacks (${list(unpushed.ahead)}), none of them a numbering commit of pgmig assign; ` +
                        `pgmig pushes other commits only together with a numbering of its own, so push them yourself if they belong there (git push ${remote} HEAD:${branch})`);
                }
                const deploy = pushing && (!unpushed || unpushed.ahead.length === 0) ? { deploy: start } : {};
                return { ...base, tries, assigned, pushed: false, warnings: plan.warnings, ...deploy };
            }
            earlier = unpushed.own.map((c) => c.sha);
            assigned = unpushed.assigned;
            message = unpushed.own.map((c) => c.subject).join('\n');
            if (!pushing) {
                plan.warnings.push(`${plural(unpushed.own.length, 'numbering commit')} of an earlier run ${unpushed.own.length === 1 ? 'is' : 'are'} not on ${where} (${list(unpushed.own)}); ` +
                    `run pgmig assign without ${dryRun ? '--dry-run' : '--no-push'} to push ${unpushed.own.length === 1 ? 'it' : 'them'} (or git push ${remote} HEAD:${branch})`);
                return { ...base, tries, assigned, pushed: false, earlier, warnings: plan.warnings };
            }
            log(`pushing ${plural(unpushed.own.length, 'numbering commit')} an earlier run made but did not push (${list(unpushed.own)})`);
            commit = start;
        }
        else {
            message = commitMessage(plan.assignments);
            if (dryRun)
                return { ...base, assigned, pushed: false, message, warnings: plan.warnings };
            commit = await applyPlan(root, plan, message, who, start);
            if (!pushing)
                return { ...base, assigned, commit, pushed: false, message, warnings: plan.warnings };
        }
        const done = () => ({ ...base, tries, assigned, commit, pushed: true, message, warnings: plan.warnings, deploy: commit, ...(earlier ? { earlier } : {}) });
        tries++;
        await options.beforePush?.(tries);
        const outcome = await (0,git/* pushHead */.vI)(root, remote, branch, netTimeout);
        if (outcome.ok)
            return done();
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
                return done();
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
    // a link committed as a migration would have its target read and rewritten through it
    for (const f of files)
        (0,inside_repository/* confine */.D)(root, (0,external_node_path_.join)(root, f), f);
    let latest = 0;
    for (const a of arrived.values())
        latest = Math.max(latest, a.order + 1);
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
        read: (p) => {
            (0,inside_repository/* confine */.D)(root, (0,external_node_path_.join)(root, p), p);
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, p), 'utf8');
        },
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
                (0,inside_repository/* confine */.D)(root, (0,external_node_path_.join)(root, path), path);
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
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function list(commits) {
    const shown = commits.slice(0, 3).map((c) => `${c.sha.slice(0, 12)} "${c.subject}"`);
    return `${shown.join(', ')}${commits.length > 3 ? ` and ${commits.length - 3} more` : ''}`;
}
/** The subject every numbering commit starts with (see {@link commitMessage}). */
const SUBJECT = 'migrations: assign ';
/**
 * Commits the remote branch lacks, and which of them pgmig assign made: its subject, and
 * nothing but renames and edits inside the migrations and tests folders.
 */
async function unpushedNumbering(root, remote, branch, dirs, placeholder) {
    const ahead = await (0,git/* commitsAhead */.yp)(root, remote, branch);
    const own = [];
    const assigned = [];
    const folders = [...dirs.migrations, dirs.tests];
    const inside = (p) => folders.some((d) => under(p, d));
    let arrived;
    for (const c of ahead) {
        if (!c.subject.startsWith(SUBJECT))
            continue;
        const changes = await (0,git/* commitChanges */.PT)(root, c.sha);
        const mechanical = changes.length > 0 && changes.every((ch) => (ch.status === 'R' || ch.status === 'M') && inside(ch.path) && (!ch.from || inside(ch.from)));
        if (!mechanical)
            continue;
        own.push(c);
        arrived ??= await (0,git/* arrivals */.ns)(root, folders);
        assigned.push(...numberedIn(changes, dirs, placeholder, arrived));
    }
    return { ahead, own, assigned };
}
/** The migrations a numbering commit renamed, each with its undo and test files. */
function numberedIn(changes, dirs, placeholder, arrived) {
    const renames = changes.filter((c) => c.status === 'R' && !!c.from);
    const out = [];
    for (const r of renames) {
        if (!dirs.migrations.some((d) => under(r.path, d)))
            continue;
        const to = (0,migrations_name/* parseMigrationName */.pF)(r.path, placeholder);
        const from = (0,migrations_name/* parseMigrationName */.pF)(r.from, placeholder);
        if ((0,migrations_name.isNameProblem)(to) || (0,migrations_name.isNameProblem)(from) || to.kind !== 'versioned' || (from.kind !== 'pending' && from.kind !== 'versioned'))
            continue;
        const token = new RegExp(`(?<![A-Za-z0-9])[VU]${to.version.replace(/\./g, '\\.')}(?![A-Za-z0-9]|[._]\\d)`);
        const others = renames.filter((o) => {
            if (o === r)
                return false;
            const name = (0,migrations_name/* parseMigrationName */.pF)(o.path, placeholder);
            if (!(0,migrations_name.isNameProblem)(name) && name.kind === 'undo')
                return name.version === to.version;
            return under(o.path, dirs.tests) && token.test(o.path.split('/').pop()) && o.path.includes(to.description);
        });
        const a = arrived.get(r.from);
        out.push({
            from: r.from,
            to: r.path,
            version: to.version,
            description: to.description,
            ...(from.kind === 'versioned' ? { previousVersion: from.version } : {}),
            ...(a ? { arrivedIn: a.commit } : {}),
            files: [{ from: r.from, to: r.path }, ...others.map((o) => ({ from: o.from, to: o.path }))],
        });
    }
    return out;
}


/***/ })

};
