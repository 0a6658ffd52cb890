export const id = 902;
export const ids = [902];
export const modules = {

/***/ 9902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatInitResult: () => (/* binding */ formatInitResult),
  runInit: () => (/* binding */ runInit)
});

// UNUSED EXPORTS: PGMIG_RELEASE, PGMIG_REPOSITORY, WORKFLOW_FILE, configText, detectMigrations, renderCallerWorkflow

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/history.ts

/**
 * Questions about a checkout's history that have a yes/no answer. CI checkouts are often
 * shallow (actions/checkout fetches one commit by default), so the commits an event names may
 * simply not be there; none of these throw for that.
 */
function probe(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return undefined;
    }
}
/** The repository's top folder, or undefined outside a git work tree (or without git). */
function workTreeRoot(cwd) {
    return probe(cwd, ['rev-parse', '--show-toplevel']) || undefined;
}
function hasCommit(cwd, sha) {
    return /^[0-9a-f]{4,64}$/i.test(sha) && probe(cwd, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}
function headCommit(cwd) {
    return probe(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) || undefined;
}
/** Whether `ancestor` is `commit` or one of its ancestors. */
function isAncestor(cwd, ancestor, commit) {
    return probe(cwd, ['merge-base', '--is-ancestor', ancestor, commit]) !== undefined;
}
/** The commit where the histories of `a` and `b` meet, if the checkout holds it. */
function commonAncestor(cwd, a, b) {
    return probe(cwd, ['merge-base', a, b]) || undefined;
}
function isShallowClone(cwd) {
    return probe(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
}

// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
// EXTERNAL MODULE: ./src/migrations/templates.ts
var templates = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/rules/index.ts + 60 modules
var rules = __webpack_require__(6439);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/init.ts










/**
 * Where the reusable workflow and the action are published. `pgmig/pgmig` is a placeholder
 * owner/name until the project has its public repository; the release tag follows package.json
 * (a test keeps the two, the reusable workflow and the caller template in step).
 */
const PGMIG_REPOSITORY = 'pgmig/pgmig';
const PGMIG_RELEASE = `v${version/* VERSION */.x}`;
const WORKFLOW_FILE = '.github/workflows/migrations.yml';
// build output, dependencies and tool folders hold copies of migrations, never the source
const SKIP = new Set(['node_modules', '.git', 'target', 'build', 'dist', 'out', 'bin', 'obj', 'vendor', 'coverage', 'venv', '.venv', '__pycache__', '.gradle', '.idea', '.next', 'tmp']);
const MAX_DEPTH = 7;
const MAX_FILES_READ = 2000;
/** Each folder below `root` (not descending into SKIP) with its Flyway files and pgTAP files. */
function scan(root, placeholder) {
    const out = new Map();
    let read = 0;
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const stats = { versioned: [], pending: 0, pgtap: 0 };
        for (const e of entries) {
            const abs = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP.has(e.name) && !(e.name.startsWith('.') && e.name !== '.github') && depth < MAX_DEPTH)
                    walk(abs, depth + 1);
                continue;
            }
            if (!e.isFile() || !/\.(sql|pg)$/.test(e.name))
                continue;
            const name = e.name.endsWith('.sql') ? (0,migrations_name/* parseMigrationName */.pF)(abs, placeholder) : undefined;
            // pgmig new names a test after its migration (VXXX__add_lead_notes_test.sql): a test, not a migration
            if (name && !(0,migrations_name/* isNameProblem */.$d)(name) && !/_tests?$/.test(name.description)) {
                if (name.kind === 'versioned')
                    stats.versioned.push(name);
                else if (name.kind === 'pending')
                    stats.pending++;
                continue;
            }
            if (read < MAX_FILES_READ && (0,external_node_fs_.statSync)(abs).size < 512 * 1024) {
                read++;
                // pgTAP files announce their plan (or say they have none)
                if (/\b(?:plan|no_plan|done_testing)\s*\(/i.test((0,external_node_fs_.readFileSync)(abs, 'utf8')))
                    stats.pgtap++;
            }
        }
        if (stats.versioned.length || stats.pending || stats.pgtap)
            out.set(dir, stats);
    };
    walk(root, 0);
    return out;
}
const rel = (cwd, abs) => (0,external_node_path_.relative)(cwd, abs).split(external_node_path_.sep).join('/') || '.';
/** `flyway.locations` of flyway.conf / conf/flyway.conf, or `locations` of flyway.toml. */
function flywayLocations(cwd) {
    for (const [file, kind] of [['flyway.conf', 'flyway.conf'], ['conf/flyway.conf', 'flyway.conf'], ['flyway.toml', 'flyway.toml']]) {
        const abs = (0,external_node_path_.join)(cwd, file);
        if (!(0,external_node_fs_.existsSync)(abs))
            continue;
        const text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
        const m = kind === 'flyway.conf' ? /^\s*flyway\.locations\s*=\s*(.+)$/m.exec(text) : /^\s*locations\s*=\s*\[([^\]]*)\]/m.exec(text);
        if (!m)
            continue;
        const dirs = m[1]
            .split(',')
            .map((s) => s.trim().replace(/^["']|["']$/g, ''))
            .filter(Boolean)
            .map((loc) => {
            if (loc.startsWith('filesystem:'))
                return loc.slice('filesystem:'.length);
            // Flyway's default location; in a Maven or Gradle layout it is under src/main/resources
            if (loc.startsWith('classpath:'))
                return (0,external_node_path_.join)('src/main/resources', loc.slice('classpath:'.length));
            return loc.includes(':') ? '' : loc;
        })
            .filter((d) => d && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, d)) && (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, d)).isDirectory());
        if (dirs.length)
            return { file, kind, dirs };
    }
    return undefined;
}
/** Flyway files under `abs`, subfolders included (Flyway scans them). */
function statsUnder(all, abs) {
    const versioned = [];
    let pending = 0;
    for (const [dir, s] of all) {
        if (dir === abs || dir.startsWith(abs + external_node_path_.sep)) {
            versioned.push(...s.versioned);
            pending += s.pending;
        }
    }
    return { versioned, pending };
}
function detectMigrations(cwd, opts = {}) {
    const placeholder = opts.placeholder ?? 'VXXX';
    const folders = scan(cwd, placeholder);
    const withMigrations = [...folders.entries()].filter(([, s]) => s.versioned.length || s.pending);
    const finish = (abs, source, sourceFile) => {
        const { versioned, pending } = statsUnder(folders, abs);
        const top = [...versioned].sort(migrations_name/* compareMigrations */.hI).pop();
        const others = withMigrations.map(([d]) => d).filter((d) => d !== abs && !d.startsWith(abs + external_node_path_.sep)).map((d) => rel(cwd, d));
        return {
            dir: rel(cwd, abs),
            source,
            ...(sourceFile ? { sourceFile } : {}),
            versioned: versioned.length,
            pending,
            ...(top ? { highest: { version: top.version, file: rel(cwd, top.file) } } : {}),
            others,
        };
    };
    if (opts.migrations)
        return { migrations: finish((0,external_node_path_.resolve)(cwd, opts.migrations), 'given'), folders };
    const fw = flywayLocations(cwd);
    if (fw)
        return { migrations: finish((0,external_node_path_.resolve)(cwd, fw.dirs[0]), fw.kind, fw.file), folders };
    if (!withMigrations.length)
        return { migrations: finish((0,external_node_path_.resolve)(cwd, 'db/migration'), 'default'), folders };
    // the folder with the most versioned files; a shallower one wins a tie (test data sits deeper)
    const depth = (d) => d.split(external_node_path_.sep).length;
    let [best] = withMigrations
        .map(([d, s]) => ({ d, n: s.versioned.length + s.pending }))
        .sort((a, b) => b.n - a.n || depth(a.d) - depth(b.d) || (a.d < b.d ? -1 : 1));
    let abs = best.d;
    // migrations split into subfolders by year or release: the location is the folder above them
    for (let parent = (0,external_node_path_.dirname)(abs); parent.startsWith(cwd) && parent !== cwd && /migrat|flyway/i.test((0,external_node_path_.basename)(parent)); parent = (0,external_node_path_.dirname)(parent)) {
        if (statsUnder(folders, parent).versioned.length > statsUnder(folders, abs).versioned.length)
            abs = parent;
    }
    return { migrations: finish(abs, 'scan'), folders };
}
function detectTests(cwd, migrationsDir, folders) {
    const candidates = [...folders.entries()].filter(([d, s]) => s.pgtap > 0 && rel(cwd, d) !== migrationsDir).sort((a, b) => b[1].pgtap - a[1].pgtap || (a[0] < b[0] ? -1 : 1));
    if (candidates.length)
        return { dir: rel(cwd, candidates[0][0]), found: true };
    const parent = (0,external_node_path_.dirname)(migrationsDir);
    return { dir: parent === '.' ? 'db/tests' : `${parent}/tests`, found: false };
}
function detectBranch(cwd) {
    for (const args of [['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], ['symbolic-ref', '--quiet', '--short', 'HEAD']]) {
        try {
            const out = (0,git/* git */.$Y)(cwd, args).trim();
            if (out)
                return args[3] === 'HEAD' ? out : out.replace(/^[^/]+\//, '');
        }
        catch {
            // not a git checkout, no origin, or a detached HEAD: try the next, then fall back to main
        }
    }
    return 'main';
}
function yamlValue(s) {
    return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}
function configText(d, tests, postgresVersion) {
    const lines = ['# pgmig configuration. Every key is optional; the README section "Config" lists them all.', '# Written by `pgmig init`.', '#'];
    if (d.versioned || d.pending) {
        const found = d.source === 'scan' ? 'found' : d.source === 'given' ? 'given' : `named in ${d.sourceFile}`;
        lines.push(`# ${d.dir} (${found}) holds ${d.versioned} versioned Flyway migration${d.versioned === 1 ? '' : 's'}${d.highest ? `; the highest is V${d.highest.version} (${d.highest.file})` : ''}.`);
    }
    else {
        lines.push(`# No Flyway migrations were found; ${d.dir} is where they go.`);
    }
    const next = d.highest && /^\d+$/.test(d.highest.version) ? ` (V${BigInt(d.highest.version) + 1n} and up)` : '';
    lines.push('# Write new ones with `pgmig new <description> --template <name>` (see `pgmig new --list`):', `# they are named VXXX__<description>.sql and get the next free version${next}`, '# when their pull request merges (pgmig assign).');
    lines.push(`migrations: ${yamlValue(d.dir)}`);
    for (const o of d.others)
        lines.push(`# also holds Flyway migrations, not checked: ${o}`);
    lines.push(`tests: ${yamlValue(tests.dir)}${tests.found ? '' : '                # pgTAP tests; pgmig new writes one per migration'}`);
    lines.push('placeholder: VXXX', `postgresVersion: ${postgresVersion}`, '# The longest lock_timeout a migration may set: while a statement waits for its lock, every', '# query that conflicts with the lock waits behind it.', 'lockTimeout: { max: 5s }', '# true: a new migration without its undo file (U<version>__<description>.sql) is an error.', 'requireUndo: false');
    return `${lines.join('\n')}\n`;
}
/**
 * The workflow a repository adds to use pgmig: templates/workflows/migrations.yml for its
 * default branch, PostgreSQL versions and config file (empty: .pgmig.yml at the root).
 */
function renderCallerWorkflow(o) {
    return (0,templates/* render */.XX)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(o.templates, 'workflows', 'migrations.yml'), 'utf8'), { branch: o.branch, postgres_versions: JSON.stringify(o.postgres), config: o.config, repository: PGMIG_REPOSITORY, ref: PGMIG_RELEASE }, 'workflows/migrations.yml');
}
/**
 * `pgmig init`: writes `.pgmig.yml` (migrations folder detected: Flyway's config, else the folder
 * with the most Flyway files) and `.github/workflows/migrations.yml` calling pgmig's reusable
 * workflow. Never overwrites: when either file exists, nothing is written.
 */
function runInit(opts) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd);
    const wantConfig = opts.config !== false;
    const wantWorkflow = opts.workflow !== false;
    if (!wantConfig && !wantWorkflow)
        throw new errors/* UserError */.y('--no-config and --no-workflow together leave nothing to write');
    const postgres = opts.postgres?.length ? opts.postgres : ['16'];
    for (const v of postgres) {
        if (!/^\d{1,2}$/.test(v) || Number(v) < 10)
            throw new errors/* UserError */.y(`--postgres ${v}: expected PostgreSQL major versions such as 16 or 15,16`);
    }
    const branch = opts.branch ?? detectBranch(cwd);
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..'))
        throw new errors/* UserError */.y(`--branch ${branch}: not a branch name`);
    const repoRoot = workTreeRoot(cwd) ?? cwd;
    const configPath = (0,external_node_path_.join)(cwd, migrations_config/* CONFIG_FILE */.g2);
    const workflowPath = (0,external_node_path_.join)(repoRoot, WORKFLOW_FILE);
    const targets = [...(wantConfig ? [configPath] : []), ...(wantWorkflow ? [workflowPath] : [])];
    const existing = targets.filter((p) => (0,external_node_fs_.existsSync)(p));
    if (existing.length) {
        const shown = existing.map((p) => rel(cwd, p));
        const hint = existing.includes(configPath) && wantWorkflow && !(0,external_node_fs_.existsSync)(workflowPath) ? '; pass --no-config to write only the workflow' : existing.includes(workflowPath) && wantConfig && !(0,external_node_fs_.existsSync)(configPath) ? '; pass --no-workflow to write only .pgmig.yml' : '';
        throw new errors/* UserError */.y(`${shown.join(' and ')} already exist${shown.length === 1 ? 's' : ''}; pgmig init never overwrites a file${hint}`);
    }
    const { migrations, folders } = detectMigrations(cwd, { migrations: opts.migrations });
    const tests = opts.tests ? { dir: rel(cwd, (0,external_node_path_.resolve)(cwd, opts.tests)), found: true } : detectTests(cwd, migrations.dir, folders);
    const lowest = [...postgres].sort((a, b) => Number(a) - Number(b))[0];
    const config = configText(migrations, tests, lowest);
    // what pgmig writes, pgmig must read back: a detected folder name could need quoting
    (0,migrations_config/* parseConfig */.o4)(config, configPath, rules.RULE_IDS);
    const fromRoot = rel(repoRoot, configPath);
    const workflow = renderCallerWorkflow({
        branch,
        postgres,
        config: fromRoot === migrations_config/* CONFIG_FILE */.g2 || !wantConfig ? '' : fromRoot,
        templates: (0,templates/* templatesDir */.x5)(opts.templates, cwd),
    });
    const result = { files: [], created: [], migrations, tests, branch, postgres };
    if (wantConfig) {
        for (const d of [migrations.dir, tests.dir]) {
            const abs = (0,external_node_path_.resolve)(cwd, d);
            if (!(0,external_node_fs_.existsSync)(abs)) {
                (0,external_node_fs_.mkdirSync)(abs, { recursive: true });
                result.created.push(d);
            }
        }
        (0,external_node_fs_.writeFileSync)(configPath, config, { flag: 'wx' });
        result.files.push({ path: rel(cwd, configPath), role: 'config' });
    }
    if (wantWorkflow) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(workflowPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(workflowPath, workflow, { flag: 'wx' });
        result.files.push({ path: rel(cwd, workflowPath), role: 'workflow' });
    }
    return result;
}
function formatInitResult(r) {
    const m = r.migrations;
    const lines = [];
    if (m.source === 'default')
        lines.push(`No Flyway migrations found: new ones go to ${m.dir}.`);
    else {
        const how = m.source === 'scan' ? 'found' : m.source === 'given' ? 'given' : `from ${m.sourceFile}`;
        lines.push(`Migrations: ${m.dir} (${how}), ${m.versioned} versioned${m.pending ? `, ${m.pending} pending` : ''}${m.highest ? `; highest V${m.highest.version}` : ''}.`);
    }
    if (m.others.length)
        lines.push(`Also found, left out (add them to "migrations" if they are yours): ${m.others.join(', ')}`);
    lines.push(`pgTAP tests: ${r.tests.dir}${r.tests.found ? ' (found)' : ''}.`);
    for (const d of r.created)
        lines.push(`created ${d}/`);
    for (const f of r.files)
        lines.push(`created ${f.path}${f.role === 'workflow' ? ` (on pull requests, pushes to ${r.branch} and /migrate comments; PostgreSQL ${r.postgres.join(', ')})` : ''}`);
    lines.push('', 'Next:', '  pgmig new add_something --template rls-table   write a migration, its undo and its test (pgmig new --list)', '  pgmig lint && pgmig test                       check them here');
    if (r.files.some((f) => f.role === 'workflow')) {
        lines.push('  commit both files; for /migrate rollback, add the secret MIGRATIONS_DATABASE_URL and an environment', '  named "migrations" with required reviewers (Settings > Environments)');
    }
    return `${lines.join('\n')}\n`;
}
/** `pgmig init`, added to the CLI program. */


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

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ loadTemplate),
/* harmony export */   Pj: () => (/* binding */ readTemplateFile),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   eG: () => (/* binding */ listTemplates),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   ho: () => (/* binding */ resolveValues),
/* harmony export */   x5: () => (/* binding */ templatesDir)
/* harmony export */ });
/* unused harmony exports BUILTIN_VARIABLES, builtinTemplatesDir, checkValue, sqlLiteral */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





const KINDS = ['table', 'identifier', 'identifiers', 'type', 'expression', 'text', 'integer', 'duration'];
/** Variables every template gets without declaring them. */
const BUILTIN_VARIABLES = ['description', 'subject', 'placeholder', 'undo_placeholder', 'migration', 'undo', 'test', 'lock_timeout'];
/**
 * The templates shipped with pgmig: `templates/` at the package root, found by walking up from
 * this module (src/migrations/ in a checkout, dist/cli/ in the bundle, node_modules/pgmig/… once
 * installed), so the same code works in all three.
 */
function builtinTemplatesDir() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'templates');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, 'migrations')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, 'workflows')))
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
function templatesDir(explicit, cwd) {
    if (explicit) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, explicit);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, 'migrations'))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`--templates ${explicit}: no migrations/ folder there (a templates folder holds migrations/<name>/template.yml, as pgmig's own templates/ does)`);
        }
        return abs;
    }
    const found = builtinTemplatesDir();
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y("pgmig's templates/ folder was not found next to the program (it ships in the npm package); pass --templates <dir>");
    }
    return found;
}
function listTemplates(root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'migrations');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((n) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n, 'template.yml')))
        .sort()
        .map((n) => loadTemplate(root, n));
}
function loadTemplate(root, name) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'migrations', name);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'template.yml');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        const known = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'migrations')) ? listNames(root) : [];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`no template named ${JSON.stringify(name)}${known.length ? `; the templates are: ${known.join(', ')} (pgmig new --list describes them)` : ''}`);
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parseDocument)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    if (doc.errors.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${file}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const raw = doc.toJS();
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${file}: ${what}`);
    const str = (v, key) => {
        if (typeof v !== 'string' || !v.trim())
            throw bad(`${key}: expected text`);
        return v;
    };
    const variables = Object.entries((raw.variables ?? {})).map(([vname, v]) => {
        if (!/^[a-z][a-z0-9_]*$/.test(vname))
            throw bad(`variables.${vname}: names are lower snake_case`);
        if (BUILTIN_VARIABLES.includes(vname))
            throw bad(`variables.${vname}: a built-in variable, it cannot be declared`);
        const kind = (v?.kind ?? 'identifier');
        if (!KINDS.includes(kind))
            throw bad(`variables.${vname}.kind: expected one of ${KINDS.join(', ')}`);
        return {
            name: vname,
            kind,
            help: str(v?.help, `variables.${vname}.help`),
            ...(v?.default !== undefined ? { default: String(v.default) } : {}),
            optional: v?.optional === true,
        };
    });
    const parts = Array.isArray(raw.migrations)
        ? raw.migrations.map((p, i) => ({
            suffix: typeof p.suffix === 'string' ? p.suffix : '',
            migration: str(p.migration, `migrations[${i}].migration`),
            undo: str(p.undo, `migrations[${i}].undo`),
        }))
        : [{ suffix: '', migration: 'migration.sql', undo: 'undo.sql' }];
    parts.forEach((p, i) => {
        if ((i === 0) !== (p.suffix === ''))
            throw bad(`migrations[${i}].suffix: the first migration has none, each later one needs one`);
        if (p.suffix && !/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(p.suffix))
            throw bad(`migrations[${i}].suffix: lower snake_case`);
    });
    const example = (raw.example ?? {});
    const t = {
        name,
        dir,
        summary: str(raw.summary, 'summary').trim(),
        variables,
        parts,
        test: typeof raw.test === 'string' ? raw.test : 'test.sql',
        example: {
            description: str(example.description, 'example.description'),
            variables: Object.fromEntries(Object.entries((example.variables ?? {})).map(([k, v]) => [k, String(v)])),
            before: typeof example.before === 'string' ? example.before : '',
        },
    };
    for (const f of [...parts.flatMap((p) => [p.migration, p.undo]), t.test]) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)).isFile())
            throw bad(`names ${f}, which is not in ${dir}`);
    }
    return t;
}
function listNames(root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'migrations');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((n) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n, 'template.yml'))).sort();
}
function readTemplateFile(t, file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, file), 'utf8');
}
/** A leading verb says what the change does, not what it is about: `add_lead_notes` is about `lead_notes`. */
function subjectOf(description) {
    const rest = description.replace(/^(?:add|create|new|introduce|make|build)_/, '');
    return rest || description;
}
const IDENT = /^[a-z_][a-z0-9_$]*$/;
const MAX_IDENT_BYTES = 63;
/** Checks `value` against its kind; returns it normalised, or throws a UserError naming the variable. */
function checkValue(v, value) {
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`${v.name}=${JSON.stringify(value)}: ${what}`);
    const ident = (s) => {
        if (!IDENT.test(s))
            throw bad(`"${s}" is not a plain lower-case SQL name (letters, digits, _; quoted names are not supported)`);
        if (Buffer.byteLength(s) > MAX_IDENT_BYTES)
            throw bad(`"${s}" is longer than PostgreSQL's ${MAX_IDENT_BYTES}-byte limit for names`);
        return s;
    };
    const v2 = value.trim();
    switch (v.kind) {
        case 'identifier':
            return ident(v2);
        case 'table': {
            const parts = v2.split('.');
            if (parts.length > 2)
                throw bad('expected table or schema.table');
            parts.forEach(ident);
            return v2;
        }
        case 'identifiers': {
            const list = v2.split(',').map((s) => s.trim());
            if (!list.length || list.some((s) => !s))
                throw bad('expected a comma-separated list of column names, such as owner_id,created_at');
            list.forEach(ident);
            return list.join(', ');
        }
        case 'type':
            if (!/^[a-z_][a-z0-9_ .]*(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s*\[\])?$/.test(v2)) {
                throw bad('expected a type such as text, bigint, timestamptz, numeric(12,2) or text[]');
            }
            return v2.replace(/\s+/g, ' ');
        case 'expression':
            if (!v2)
                throw bad('expected an SQL expression');
            if (v2.includes(';'))
                throw bad('an expression cannot contain ";" (it would end the statement)');
            return v2;
        case 'integer':
            if (!/^[1-9]\d{0,8}$/.test(v2))
                throw bad('expected a whole number, 1 or more');
            return v2;
        case 'duration':
            if (!/^\d+(?:\.\d+)?\s*(?:us|ms|s|min|h|d)?$/.test(v2))
                throw bad('expected a duration such as 3s, 500ms or 15min');
            return v2.replace(/\s+/g, '');
        case 'text':
            if (/[\r\n]/.test(value))
                throw bad('expected one line of text');
            return value;
    }
}
/** Quotes a value as an SQL string literal. */
function sqlLiteral(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
const FILTERS = {
    /** as an SQL string literal: 'it''s' */
    literal: sqlLiteral,
    /** the name without its schema: app.lead -> lead (for names derived from it) */
    bare: (v) => v.split('.').pop(),
    /** the schema of a qualified name with its dot: app.lead -> app. ; lead -> (nothing) */
    schema_prefix: (v) => (v.includes('.') ? `${v.split('.')[0]}.` : ''),
    /** a list of names joined with _: owner_id, created_at -> owner_id_created_at */
    snake: (v) => v.split(/\s*,\s*/).join('_').replace(/\./g, '_'),
    /** a list of names as an SQL text array: ARRAY['owner_id', 'created_at'] */
    array: (v) => `ARRAY[${v.split(/\s*,\s*/).map(sqlLiteral).join(', ')}]`,
    /** a table name as the schema and table arguments of pgTAP functions: 'app', 'lead' */
    schema_and_table: (v) => {
        const [a, b] = v.split('.');
        return b === undefined ? `current_schema(), ${sqlLiteral(a)}` : `${sqlLiteral(a)}, ${sqlLiteral(b)}`;
    },
    /** as YAML/JSON string: "db/migration" */
    json: (v) => JSON.stringify(v),
};
const SECTION = /(?<!\$)\{\{\s*([#^])([a-z][a-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\s*\/\2\s*\}\}/g;
const TAG = /(?<!\$)\{\{\s*([a-z][a-z0-9_]*)(?:\s*\|\s*([a-z_]+))?\s*\}\}/g;
/**
 * Renders `text` with `values`. An unknown variable or filter is a mistake in the template, so it
 * throws a plain Error naming `where` (the template's own tests render every template).
 */
function render(text, values, where) {
    const sections = text.replace(SECTION, (_m, mode, name, body) => {
        if (!(name in values))
            throw new Error(`${where}: unknown variable {{${mode}${name}}}`);
        const set = values[name] !== '';
        return (mode === '#') === set ? body : '';
    });
    return sections.replace(TAG, (_m, name, filter) => {
        if (!(name in values))
            throw new Error(`${where}: unknown variable {{${name}}}`);
        if (filter === undefined)
            return values[name];
        const f = FILTERS[filter];
        if (!f)
            throw new Error(`${where}: unknown filter |${filter} (known: ${Object.keys(FILTERS).join(', ')})`);
        return f(values[name]);
    });
}
/**
 * The values of a template's variables: the ones given, then the defaults (which may use the
 * given ones and the built-ins). Every value is checked against its kind; missing ones are one
 * error that lists them all with what they mean.
 */
function resolveValues(t, given, builtins) {
    const known = new Set(t.variables.map((v) => v.name));
    const unknown = Object.keys(given).filter((k) => !known.has(k));
    if (unknown.length) {
        const list = t.variables.map((v) => v.name).join(', ') || 'none';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`template ${t.name} has no variable ${unknown.join(', ')} (its variables: ${list})`);
    }
    const values = { ...builtins };
    const missing = [];
    for (const v of t.variables) {
        const raw = given[v.name] ?? (v.default !== undefined ? render(v.default, values, `${t.name}: default of ${v.name}`) : undefined);
        if (raw === undefined || raw.trim() === '') {
            if (v.optional) {
                values[v.name] = '';
                continue;
            }
            missing.push(v);
            continue;
        }
        values[v.name] = checkValue(v, raw);
    }
    if (missing.length) {
        const flags = missing.map((v) => `--set ${v.name}=<${v.kind}>`).join(' ');
        const what = missing.map((v) => `  ${v.name}: ${v.help}`).join('\n');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`template ${t.name} needs ${missing.map((v) => v.name).join(', ')}: pass ${flags}\n${what}`);
    }
    return values;
}


/***/ })

};
