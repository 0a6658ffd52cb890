export const id = 986;
export const ids = [986,605,726];
export const modules = {

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


/***/ })

};
