export const id = 471;
export const ids = [471];
export const modules = {

/***/ 5940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatInitResult: () => (/* binding */ formatInitResult),
  runInit: () => (/* binding */ runInit)
});

// UNUSED EXPORTS: PGMIG_RELEASE, WORKFLOW_FILE, configText, detectMigrations, renderCallerWorkflow

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/git/history.ts
var git_history = __webpack_require__(528);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/name.ts
var migrations_name = __webpack_require__(8726);
// EXTERNAL MODULE: ./src/migrations/templates.ts
var templates = __webpack_require__(6078);
// EXTERNAL MODULE: ./src/rules/index.ts + 79 modules
var rules = __webpack_require__(6064);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/action-home.ts





const action_home_RELEASE = `v${version/* VERSION */.x}`;
/** `<` and `>` are in no GitHub owner or repository name: a `uses:` with this never resolves. */
const UNPUBLISHED_REPOSITORY = '<owner>/<name>';
// GitHub owners: letters, digits, single hyphens (39 at most); repositories: letters, digits, . _ -
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
// a tag, branch or commit as git allows them in a ref, without what a workflow's `uses:` cannot hold
const REF = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/+-]{1,200}$/;
/** `owner/name` or `owner/name@ref` (default ref: this release's tag). */
function parseActionRepo(value, what = '--action-repo') {
    const v = value.trim();
    const at = v.indexOf('@');
    const repository = at < 0 ? v : v.slice(0, at);
    const ref = at < 0 ? action_home_RELEASE : v.slice(at + 1);
    const [owner, name, ...more] = repository.split('/');
    if (!owner || !name || more.length || !OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') {
        throw new errors/* UserError */.y(`${what} ${JSON.stringify(value)}: expected owner/name[@ref], the GitHub repository that holds pgmig (its action.yml and dist/), e.g. my-org/pgmig@${action_home_RELEASE}`);
    }
    if (!REF.test(ref))
        throw new errors/* UserError */.y(`${what} ${JSON.stringify(value)}: "${ref}" is not a tag, branch or commit name`);
    return { repository: `${owner}/${name}`, ref };
}
/**
 * package.json's `repository` when it names a GitHub repository: `github:owner/name`,
 * `owner/name`, or a github.com URL, as npm accepts them.
 */
function repositoryOfPackage(pkg) {
    const r = pkg.repository;
    const text = typeof r === 'string' ? r : r && typeof r === 'object' && typeof r.url === 'string' ? r.url : undefined;
    if (!text)
        return undefined;
    const m = /^(?:github:)?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)$/.exec(text) ??
        /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(text) ??
        /^git@github\.com:([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?$/.exec(text);
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** pgmig's own package.json: found by walking up from this module (src/commands, dist/cli, node_modules/pgmig/…). */
function ownPackage() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const file = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(file)) {
            try {
                const pkg = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
                if (pkg.name === 'pgmig')
                    return pkg;
            }
            catch {
                // not ours, or unreadable: keep walking
            }
        }
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/** The home the caller workflow names: the flag, else package.json's repository, else the placeholder. */
function resolveActionHome(flag, pkg = ownPackage()) {
    if (flag !== undefined)
        return { ...parseActionRepo(flag), source: 'flag' };
    const fromPackage = pkg ? repositoryOfPackage(pkg) : undefined;
    if (fromPackage)
        return { ...parseActionRepo(fromPackage, 'package.json repository'), source: 'package.json' };
    return { repository: UNPUBLISHED_REPOSITORY, ref: action_home_RELEASE, source: 'none' };
}

;// CONCATENATED MODULE: ./src/commands/init.ts










/**
 * Where the caller workflow takes pgmig from: action-home.ts (`--action-repo`, else package.json's
 * repository, else a placeholder no one can own). The release tag follows package.json.
 */
const PGMIG_RELEASE = (/* unused pure expression or super */ null && (RELEASE));
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
            if (name && !(0,migrations_name.isNameProblem)(name) && !/_tests?$/.test(name.description)) {
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
    const lines = ['# pgmig configuration. Every key is optional; docs/config.md lists them all.', '# Written by `pgmig init`.', '#'];
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
    lines.push('placeholder: VXXX', `postgresVersion: ${postgresVersion}`, '# The longest lock_timeout a migration may set: while a statement waits for its lock, every', '# query that conflicts with the lock waits behind it.', 'lockTimeout: { max: 5s }', '# true: a new migration without its undo file (U<version>__<description>.sql) is an error.', 'requireUndo: false', '# flyway: lint each file as Flyway runs it, in a transaction unless it holds a statement that', '# cannot run in one (CREATE INDEX CONCURRENTLY, …) or its V….sql.conf says executeInTransaction=false.', '# true: the runner wraps every file; false: none (psql -f without -1).', 'assumeInTransaction: flyway');
    return `${lines.join('\n')}\n`;
}
/**
 * The workflow a repository adds to use pgmig: templates/workflows/migrations.yml for its
 * default branch, PostgreSQL versions and config file (empty: .pgmig.yml at the root).
 */
function renderCallerWorkflow(o) {
    const home = o.home ?? resolveActionHome(undefined);
    return (0,templates/* render */.XX)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(o.templates, 'workflows', 'migrations.yml'), 'utf8'), {
        branch: o.branch,
        postgres_versions: JSON.stringify(o.postgres),
        config: o.config,
        repository: home.repository,
        ref: home.ref,
        published: home.source === 'none' ? '' : 'yes',
    }, 'workflows/migrations.yml');
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
    // a bad --action-repo stops here, before anything is written
    const home = resolveActionHome(opts.actionRepo);
    const branch = opts.branch ?? detectBranch(cwd);
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..'))
        throw new errors/* UserError */.y(`--branch ${branch}: not a branch name`);
    const repoRoot = (0,git_history/* workTreeRoot */.KY)(cwd) ?? cwd;
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
        home,
    });
    const result = { files: [], created: [], migrations, tests, branch, postgres, home };
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
        lines.push('  commit both files; for /migrate rollback, add an environment named "migrations" with required', '  reviewers and the environment secret MIGRATIONS_DATABASE_URL (Settings > Environments)');
        const wf = r.files.find((f) => f.role === 'workflow').path;
        if (r.home.source === 'none') {
            lines.push('', `!! ${wf} names no real repository yet: its \`uses: ${r.home.repository}/.github/workflows/pgmig.yml@${r.home.ref}\``, `!! line (and pgmig-repository) must be replaced with the GitHub repository you serve pgmig from`, '!! (a copy of pgmig with its dist/, tagged ' + r.home.ref + '); pgmig has no published home. Or write it again:', '!!   pgmig init --no-config --action-repo owner/name[@ref]');
        }
        else {
            lines.push(`  the workflow takes pgmig from ${r.home.repository}@${r.home.ref}${r.home.source === 'package.json' ? " (package.json's repository)" : ''}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** `pgmig init`, added to the CLI program. */


/***/ }),

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ workTreeRoot)
/* harmony export */ });
/* unused harmony exports hasCommit, headCommit, isAncestor, commonAncestor, isShallowClone, remoteBranchTip */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Questions about a checkout's history that have a yes/no answer. CI checkouts are often
 * shallow (actions/checkout fetches one commit by default), so the commits an event names may
 * simply not be there; none of these throw for that.
 */
function probe(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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
/**
 * The tip of `branch` on `remote`, fetched into `refs/remotes/<remote>/<branch>`. A shallow
 * clone is not fetched into (that could pull the whole history); nor is a name git would not
 * take as a branch. Never throws: the caller falls back to what the event says.
 */
function remoteBranchTip(cwd, remote, branch, timeoutMs = 120_000) {
    if (!branch || branch.startsWith('-') || probe(cwd, ['check-ref-format', '--branch', branch]) === undefined)
        return { fetched: false, note: `"${branch}" is not a branch name` };
    if (probe(cwd, ['remote', 'get-url', remote]) === undefined)
        return { fetched: false, note: `the checkout has no remote "${remote}"` };
    const tracking = `refs/remotes/${remote}/${branch}`;
    const known = () => probe(cwd, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`]) || undefined;
    if (isShallowClone(cwd))
        return { sha: known(), fetched: false, note: 'the clone is shallow' };
    try {
        execFileSync('git', ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${tracking}`], {
            cwd,
            stdio: ['ignore', 'ignore', 'pipe'],
            timeout: timeoutMs,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        });
        return { sha: known(), fetched: true };
    }
    catch (err) {
        const said = String(err.stderr ?? '').trim().split('\n').pop();
        return { sha: known(), fetched: false, note: `git fetch ${remote} ${branch} failed${said ? `: ${said}` : ''}` };
    }
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
