export const id = 768;
export const ids = [768,986,605,726];
export const modules = {

/***/ 4768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatNewResult: () => (/* binding */ formatNewResult),
/* harmony export */   formatTemplateList: () => (/* binding */ formatTemplateList),
/* harmony export */   runNew: () => (/* binding */ runNew)
/* harmony export */ });
/* unused harmony exports templateLockTimeout, parseSetPairs, planNew */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _migrations_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11);
/* harmony import */ var _migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2986);
/* harmony import */ var _migrations_inside_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3602);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(528);
/* harmony import */ var _migrations_name_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8726);
/* harmony import */ var _migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6078);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6064);
/* harmony import */ var _new_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4252);











/** The lock_timeout the templates set: 3s, or the config's maximum when that is lower. */
function templateLockTimeout(config) {
    return config.lockTimeout.maxMs < 3000 ? `${Math.max(1, Math.floor(config.lockTimeout.maxMs))}ms` : '3s';
}
function parseSetPairs(pairs = []) {
    const out = {};
    for (const p of pairs) {
        const eq = p.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--set ${p}: expected name=value, such as --set table=lead`);
        const name = p.slice(0, eq).trim().replace(/-/g, '_');
        if (name in out)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--set ${name} is given twice`);
        out[name] = p.slice(eq + 1);
    }
    return out;
}
/**
 * Renders a template into file contents for `description`, in the configured folders (or the
 * ones given). Pure apart from reading the config and the templates: `runNew` writes.
 */
function planNew(opts) {
    const config = (0,_migrations_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(opts.cwd, opts.config, _rules_index_js__WEBPACK_IMPORTED_MODULE_9__.RULE_IDS);
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd);
    const description = (0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_7__/* .snakeCase */ .LW)(opts.description);
    if (!description) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`"${opts.description}" has no letters or digits to make a description of; name the change, such as add_lead_notes`);
    }
    const root = (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .templatesDir */ .x5)(opts.templates, cwd);
    const t = (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .loadTemplate */ .PM)(root, opts.template ?? _new_command_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_TEMPLATE */ .V);
    const migrationsDir = opts.migrations ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, opts.migrations) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.root, config.migrations[0]);
    const testsDir = opts.tests ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, opts.tests) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.root, config.tests);
    const placeholder = config.placeholder;
    const undoPlaceholder = (0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_7__/* .undoPlaceholderOf */ .fp)(placeholder);
    const names = t.parts.map((p) => {
        const d = p.suffix ? `${description}_${p.suffix}` : description;
        return { part: p, description: d, migration: `${placeholder}__${d}.sql`, undo: `${undoPlaceholder}__${d}.sql` };
    });
    for (const n of names) {
        for (const f of [n.migration, n.undo]) {
            const parsed = (0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMigrationName */ .pF)(f, placeholder);
            if ((0,_migrations_name_js__WEBPACK_IMPORTED_MODULE_7__.isNameProblem)(parsed))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot name the file ${f}: ${parsed.message}`);
        }
    }
    const testName = `${placeholder}__${description}_test.sql`;
    const builtins = {
        description,
        subject: (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectOf */ .et)(description),
        placeholder,
        undo_placeholder: undoPlaceholder,
        migration: names[0].migration,
        undo: names[0].undo,
        test: testName,
        lock_timeout: templateLockTimeout(config),
    };
    const values = (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveValues */ .ho)(t, parseSetPairs(opts.set), builtins);
    const contents = new Map();
    const files = [];
    const add = (abs, role, text) => {
        contents.set(abs, text);
        files.push({ path: (0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(cwd, abs), role });
    };
    for (const n of names) {
        const partValues = { ...values, description: n.description, migration: n.migration, undo: n.undo };
        add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(migrationsDir, n.migration), 'migration', (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .render */ .XX)((0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .readTemplateFile */ .Pj)(t, n.part.migration), partValues, `${t.name}/${n.part.migration}`));
        add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(migrationsDir, n.undo), 'undo', (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .render */ .XX)((0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .readTemplateFile */ .Pj)(t, n.part.undo), partValues, `${t.name}/${n.part.undo}`));
    }
    add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(testsDir, testName), 'test', (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .render */ .XX)((0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .readTemplateFile */ .Pj)(t, t.test), values, `${t.name}/${t.test}`));
    return { template: t.name, description, placeholder, files, contents, roots: [...new Set([(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.root), cwd, (0,_git_history_js__WEBPACK_IMPORTED_MODULE_6__/* .workTreeRoot */ .KY)(cwd)].filter((r) => !!r))] };
}
/**
 * `pgmig new`: writes a pending migration (`VXXX__<description>.sql`), its undo and a pgTAP
 * test from a template. Never overwrites: when any of the files exists, nothing is written.
 */
function runNew(opts) {
    const plan = planNew(opts);
    const existing = [...plan.contents.keys()].filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
    if (existing.length) {
        const shown = existing.map((p) => (0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd), p));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${shown.join(', ')} already exist${shown.length === 1 ? 's' : ''}; pgmig new never overwrites a file. Pick another description, or remove ${shown.length === 1 ? 'it' : 'them'} first`);
    }
    // a mistyped -m or -t would otherwise create folders anywhere, up to the filesystem's root
    for (const dir of new Set([...plan.contents.keys()].map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)))) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || (plan.roots ?? []).some((r) => (0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(r, dir)))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`folder ${(0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd), dir)} does not exist, and it is outside the project (${(0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd), plan.roots?.[0] ?? opts.cwd) || '.'}), so pgmig new does not create it; check -m/-t and the config, or create the folder first. Nothing was written`);
    }
    for (const abs of plan.contents.keys())
        (0,_migrations_inside_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .confine */ .D)(opts.cwd, abs);
    const written = [];
    try {
        for (const [abs, text] of plan.contents) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), { recursive: true });
            // 'wx' fails if the file appeared since the check above, rather than overwriting it
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(abs, text, { flag: 'wx' });
            written.push(abs);
        }
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write ${(0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd), [...plan.contents.keys()][written.length])}: ${err.code ?? err}${written.length ? ` (already written: ${written.map((p) => (0,_migrations_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd), p)).join(', ')})` : ''}`);
    }
    const { contents: _contents, roots: _roots, ...result } = plan;
    return result;
}
function formatNewResult(r) {
    const role = { migration: 'migration', undo: 'its undo', test: 'pgTAP test' };
    const width = Math.max(...r.files.map((f) => f.path.length));
    const lines = r.files.map((f) => `created ${f.path.padEnd(width)}  (${role[f.role]})`);
    lines.push('', `Next: write the change (template ${r.template} is a start, not the end), then run \`pgmig lint\` and \`pgmig test\`.`, `${r.placeholder} is a placeholder: the file gets the next free version when the pull request merges (pgmig assign).`);
    return `${lines.join('\n')}\n`;
}
/** `pgmig new --list`: every template with what it is for and its variables. */
function formatTemplateList(opts) {
    const templates = (0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .listTemplates */ .eG)((0,_migrations_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .templatesDir */ .x5)(opts.templates, opts.cwd));
    if (opts.json) {
        return `${JSON.stringify(templates.map((t) => ({
            name: t.name,
            summary: t.summary,
            migrations: t.parts.length,
            variables: t.variables.map((v) => ({ name: v.name, kind: v.kind, help: v.help, ...(v.default !== undefined ? { default: v.default } : {}), required: !v.optional && v.default === undefined })),
        })), null, 2)}\n`;
    }
    const out = ['Templates: pgmig new <description> --template <name> [--set <variable>=<value> …]', ''];
    for (const t of templates)
        out.push(...describeTemplate(t), '');
    out.push(`Without --template: ${_new_command_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_TEMPLATE */ .V}. Every template writes the migration, its undo (U…) and a pgTAP test.`);
    return `${out.join('\n')}\n`;
}
function describeTemplate(t) {
    const lines = [`${t.name}${t.name === _new_command_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_TEMPLATE */ .V ? ' (default)' : ''}`, `  ${t.summary}`];
    if (t.parts.length > 1)
        lines.push(`  writes ${t.parts.length} migrations: ${t.parts.map((p) => `<description>${p.suffix ? `_${p.suffix}` : ''}`).join(', ')}`);
    const width = Math.max(0, ...t.variables.map((v) => v.name.length));
    for (const v of t.variables) {
        const need = v.optional ? 'optional' : v.default === undefined ? 'required' : `default ${readableDefault(v.default)}`;
        lines.push(`    ${v.name.padEnd(width)}  ${v.help} [${need}]`);
    }
    lines.push(`  e.g. pgmig new ${t.example.description} --template ${t.name}${Object.entries(t.example.variables).map(([k, v]) => ` --set ${shellWord(`${k}=${v}`)}`).join('')}`);
    return lines;
}
/** `{{table|bare}}_{{columns|snake}}_idx` reads as `<table>_<columns>_idx`. */
function readableDefault(d) {
    return d.replace(/\{\{\s*([a-z_]+)(?:\s*\|\s*[a-z_]+)?\s*\}\}/g, '<$1>');
}
function shellWord(s) {
    if (/^[A-Za-z0-9_=.,:/@%+-]+$/.test(s))
        return s;
    if (!s.includes("'"))
        return `'${s}'`;
    return /["$`\\!]/.test(s) ? `'${s.replace(/'/g, `'\\''`)}'` : `"${s}"`;
}
/** `pgmig new`, added to the CLI program. */


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
