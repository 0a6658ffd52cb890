export const id = 935;
export const ids = [935];
export const modules = {

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ missingPlaceholders),
/* harmony export */   pd: () => (/* binding */ missingPlaceholderMessage),
/* harmony export */   rk: () => (/* binding */ withPlaceholders)
/* harmony export */ });
/* unused harmony exports placeholderValue, replacePlaceholders, ReplacedSourceText, builtInsFor, flywayTimestamp */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8979);
/* harmony import */ var _sql_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5375);



const PLACEHOLDER = /\$\{([^}\n]{1,200})\}/g;
/** The value of a placeholder: configured (case-insensitive, as Flyway matches them), or built in. */
function placeholderValue(name, values, builtIns) {
    if (name.startsWith('flyway:'))
        return builtIns[name.slice('flyway:'.length)];
    if (Object.hasOwn(values, name))
        return values[name];
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(values))
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
/** Replaces every placeholder that has a value; the others stay as written and are listed. */
function replacePlaceholders(text, values, builtIns = {}) {
    const out = { text, missing: [], replaced: [], segments: [] };
    if (!text.includes('${'))
        return out;
    let result = '';
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
        const at = m.index;
        const p = { name: m[1], index: at };
        const value = placeholderValue(p.name, values, builtIns);
        if (value === undefined) {
            out.missing.push(p);
            continue;
        }
        result += text.slice(last, at);
        out.segments.push({ from: at, to: at + m[0].length, at: result.length, end: result.length + value.length });
        result += value;
        last = at + m[0].length;
        out.replaced.push(p);
    }
    out.text = result + text.slice(last);
    return out;
}
/**
 * The text Flyway parses, with positions that answer in the file as written: `position()` and
 * `lineText()` speak of the original file, the rest (indexes, byte offsets) of the replaced text
 * the statements were parsed from. Inside a replaced value, a position is the placeholder's.
 */
class ReplacedSourceText extends _sql_source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceText */ .D {
    original;
    segments;
    missing;
    constructor(text, original, segments, 
    /** Placeholders with no value (Flyway refuses the file). */
    missing) {
        super(text);
        this.original = original;
        this.segments = segments;
        this.missing = missing;
    }
    /** The index in the file as written of an index in the replaced text. */
    originalIndex(index) {
        let delta = 0;
        for (const s of this.segments) {
            if (index < s.at)
                break;
            if (index < s.end)
                return s.from;
            delta = s.to - s.end;
        }
        return index + delta;
    }
    position(index) {
        return this.original.position(this.originalIndex(index));
    }
    lineText(line) {
        return this.original.lineText(line);
    }
    get lineCount() {
        return this.original.lineCount;
    }
}
/** What a run knows for the built-in placeholders. */
function builtInsFor(config, file, known = {}) {
    return {
        defaultSchema: config.flyway.defaultSchema ?? config.flyway.schemas?.[0] ?? 'public',
        table: config.flyway.table ?? 'flyway_schema_history',
        filename: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file),
        workingDirectory: process.cwd(),
        environment: 'default',
        // lint has no connection: the usual defaults (pgmig test passes the real ones)
        user: 'postgres',
        database: 'postgres',
        timestamp: flywayTimestamp(new Date()),
        ...known,
    };
}
/**
 * A parsed migration as Flyway would parse it: placeholders replaced (when the text has any and
 * replacement is on), positions still in the file as written. Unchanged when there is nothing
 * to replace; a placeholder with no value is kept as written (the parser reads it as a name)
 * and listed in the source's `missing`.
 */
function withPlaceholders(parsed, config, file, known = {}) {
    const text = parsed.source.text;
    if (config.flyway.placeholderReplacement === false || !text.includes('${'))
        return parsed;
    const r = replacePlaceholders(text, config.flyway.placeholders ?? {}, builtInsFor(config, file, known));
    if (r.replaced.length === 0 && r.missing.length === 0)
        return parsed;
    const again = r.replaced.length ? (0,_sql_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSql */ .eg)(r.text) : parsed;
    return { ...again, source: new ReplacedSourceText(r.text, parsed.source, r.segments, r.missing) };
}
/** `${flyway:timestamp}`: Flyway's yyyy-MM-dd HH:mm:ss, local time. */
function flywayTimestamp(d) {
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
function missingPlaceholders(parsed) {
    return parsed.source instanceof ReplacedSourceText ? parsed.source.missing : [];
}
/** Flyway's words when a placeholder has no value. */
function missingPlaceholderMessage(p) {
    return `No value provided for placeholder: \${${p.name}}. Check your configuration!`;
}


/***/ }),

/***/ 1154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ nodeAs)
/* harmony export */ });
/**
 * The inner object of `node` when it is a node of type `type` (`{Constraint: {...}}` → the
 * constraint), else undefined: how a list element (`Node[]` in @pgsql/types) is read as one type.
 */
function nodeAs(node, type) {
    if (!node || typeof node !== 'object' || !(type in node))
        return undefined;
    // the `in` test above is the check a wrapped node's type makes
    return node[type];
}


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ ensureParser),
  eg: () => (/* binding */ parseSql),
  pU: () => (/* binding */ skipTrivia),
  sw: () => (/* binding */ statementNode)
});

// UNUSED EXPORTS: stmtAs

// EXTERNAL MODULE: ./src/sql/wasm-dirname.ts
var wasm_dirname = __webpack_require__(8771);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __webpack_require__(2627);
// EXTERNAL MODULE: ./src/sql/preprocess.ts
var preprocess = __webpack_require__(7192);
// EXTERNAL MODULE: ./src/sql/source.ts
var sql_source = __webpack_require__(5375);
;// CONCATENATED MODULE: ./src/sql/split.ts
/**
 * Where a file's top-level statements end: the UTF-16 index just past each `;` outside strings,
 * quoted names, dollar-quoted bodies and comments. One pass, nothing kept per token, for the
 * recovery after a syntax error (libpg-query's scanner builds a token list the size of the file:
 * over a gigabyte for ten megabytes). Like a scanner it does not see BEGIN ATOMIC bodies; the
 * recovery drops a piece that fails to parse alone.
 */
function statementEnds(text) {
    const ends = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x3b /* ; */) {
            ends.push(++i);
        }
        else if (c === 0x2d /* - */ && text.charCodeAt(i + 1) === 0x2d) {
            const nl = text.indexOf('\n', i + 2);
            i = nl < 0 ? n : nl + 1;
        }
        else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2a /* * */) {
            // block comments nest in PostgreSQL
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.charCodeAt(i) === 0x2f && text.charCodeAt(i + 1) === 0x2a)
                    (depth++, (i += 2));
                else if (text.charCodeAt(i) === 0x2a && text.charCodeAt(i + 1) === 0x2f)
                    (depth--, (i += 2));
                else
                    i++;
            }
        }
        else if (c === 0x27 /* ' */) {
            // E'…' strings take backslash escapes; '' is a quote in every kind
            const prev = i > 0 ? text.charCodeAt(i - 1) | 0x20 : 0;
            const escapes = prev === 0x65 /* e */ && !isNameChar(i > 1 ? text.charCodeAt(i - 2) : 0);
            i = closeQuote(text, i + 1, 0x27, escapes);
        }
        else if (c === 0x22 /* " */) {
            i = closeQuote(text, i + 1, 0x22, false);
        }
        else if (c === 0x24 /* $ */ && !(i > 0 && isNameChar(text.charCodeAt(i - 1)))) {
            const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 65));
            if (m) {
                const close = text.indexOf(m[0], i + m[0].length);
                i = close < 0 ? n : close + m[0].length;
            }
            else
                i++;
        }
        else
            i++;
    }
    return ends;
}
function closeQuote(text, from, quote, escapes) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (escapes && c === 0x5c /* \ */)
            i += 2;
        else if (c === quote) {
            if (text.charCodeAt(i + 1) === quote)
                i += 2;
            else
                return i + 1;
        }
        else
            i++;
    }
    return text.length;
}
function isNameChar(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24 || c >= 0x80;
}

;// CONCATENATED MODULE: ./src/sql/parse.ts






/**
 * The node of `stmt` when it is a statement of type `kind` (`stmtAs(s, 'IndexStmt')?.concurrent`),
 * else undefined: the one-line form of `s.kind === 'IndexStmt' ? s.node : undefined`.
 */
function stmtAs(stmt, kind) {
    // comparing with a type parameter does not narrow the union; the comparison is the check
    return stmt?.kind === kind ? stmt.node : undefined;
}
let loaded;
/** The WASM module loads once per process; every parse after that is synchronous. */
function ensureParser() {
    if (!loaded) {
        // V8 would otherwise optimise the whole 1.7 MB parser module before the first parse; the
        // baseline compiler alone halves a one-file lint and is no slower over a thousand files
        // (measured with bench/lint.mjs). The flag only affects WebAssembly compiled after it.
        (0,external_node_v8_.setFlagsFromString)('--liftoff-only');
        loaded = (0,wasm.loadModule)();
    }
    return loaded;
}
function parseSql(text) {
    const source = new sql_source/* SourceText */.D(text);
    const prepared = (0,preprocess/* preprocess */.v)(text).text;
    // the parser refuses an empty input; an empty migration is valid (Flyway runs it as a no-op)
    if (!prepared.trim())
        return { source, statements: [], trailingGapStart: 0 };
    try {
        const result = (0,wasm.parseSync)(prepared);
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
/**
 * The type and inner object of a statement node as the parser returns it (`{IndexStmt: {...}}`):
 * the one place libpg-query's JSON is taken to be what @pgsql/types describes, its single key
 * the node's type.
 */
function statementNode(raw) {
    const kind = Object.keys(raw)[0];
    return { kind, node: raw[kind] };
}
function toStatements(source, text, raws, byteBase, firstIndex) {
    const out = [];
    // comments before a statement belong to its gap, which begins just past the previous `;`
    let gapStart = source.indexOfByte(byteBase);
    for (const raw of raws) {
        if (!raw.stmt)
            continue;
        const byteStart = byteBase + (raw.stmt_location ?? 0);
        const start = skipTrivia(text, Math.max(gapStart, source.indexOfByte(byteStart)));
        // stmt_len 0 means "to the end of the input"
        const end = raw.stmt_len ? source.indexOfByte(byteStart + raw.stmt_len) : trimEnd(text, text.length);
        const stmtGap = Math.min(gapStart, start);
        gapStart = afterSemicolon(text, end);
        out.push({
            index: firstIndex + out.length,
            ...statementNode(raw.stmt),
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
 * semicolons (src/sql/split.ts) and parse the pieces around the one that holds the error,
 * dropping that one (and any that only failed because the split cut through a body).
 */
function recover(source, text, errorIndex) {
    const out = [];
    // pieces as [start, end) UTF-16 indexes, with the byte offset of the start
    const pieces = [];
    let start = 0;
    let startByte = 0;
    for (const end of [...statementEnds(text), text.length]) {
        if (end <= start)
            continue;
        pieces.push([start, end, startByte]);
        startByte += Buffer.byteLength(text.slice(start, end), 'utf8');
        start = end;
    }
    const parsePiece = (fromIdx, toIdx, from) => {
        const piece = text.slice(fromIdx, toIdx);
        if (!piece.trim())
            return true;
        try {
            const result = (0,wasm.parseSync)(piece);
            // one by one: a piece of a large file can hold more statements than a call takes arguments
            for (const s of toStatements(source, text, result.stmts ?? [], from, out.length))
                out.push(s);
            return true;
        }
        catch {
            return false;
        }
    };
    // Pieces go to the parser a batch at a time, and one by one only in a batch that fails: a
    // call per statement made a 10 MB file with one error take over a minute.
    let batch = [];
    const flush = () => {
        if (batch.length === 0)
            return;
        const first = batch[0];
        const last = batch[batch.length - 1];
        const mark = out.length;
        if (batch.length === 1 || !parsePiece(first[0], last[1], first[2])) {
            out.length = mark;
            // the split cut through something the splitter cannot see (a BEGIN ATOMIC body); such a piece is skipped
            for (const [fromIdx, toIdx, from] of batch)
                parsePiece(fromIdx, toIdx, from);
        }
        batch = [];
    };
    for (const p of pieces) {
        if (errorIndex >= p[0] && errorIndex < p[1]) {
            flush();
            continue;
        }
        batch.push(p);
        if (batch.length >= RECOVER_BATCH || p[1] - batch[0][0] >= RECOVER_BATCH_CHARS)
            flush();
    }
    flush();
    return out;
}
const RECOVER_BATCH = 500;
const RECOVER_BATCH_CHARS = 256 * 1024;


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


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ nonTransactionalInfo),
/* harmony export */   PX: () => (/* binding */ optionEnabled),
/* harmony export */   lG: () => (/* binding */ nonTransactional)
/* harmony export */ });
/* harmony import */ var _node_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1154);

/** The label of a statement that cannot run in a transaction block, or undefined when it can. */
function nonTransactional(stmt, options = {}) {
    return nonTransactionalInfo(stmt, options)?.label;
}
function nonTransactionalInfo(stmt, options = {}) {
    const { kind, node: n } = stmt;
    const plain = (label) => ({ label, concurrently: false });
    const concurrent = (label) => ({ label, concurrently: true });
    switch (kind) {
        case 'IndexStmt':
            return n.concurrent ? concurrent(n.unique ? 'CREATE UNIQUE INDEX CONCURRENTLY' : 'CREATE INDEX CONCURRENTLY') : undefined;
        case 'DropStmt':
            return n.concurrent && n.removeType === 'OBJECT_INDEX' ? concurrent('DROP INDEX CONCURRENTLY') : undefined;
        case 'ReindexStmt': {
            const what = (n.kind && REINDEX_TARGET[n.kind]) ?? 'INDEX';
            if (optionEnabled(n.params, 'concurrently'))
                return concurrent(`REINDEX ${what} CONCURRENTLY`);
            // these commit after each table, so the server cannot let them run inside a block
            return what === 'SCHEMA' || what === 'DATABASE' || what === 'SYSTEM' ? plain(`REINDEX ${what}`) : undefined;
        }
        case 'AlterTableStmt':
            for (const c of n.cmds ?? []) {
                const cmd = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(c, 'AlterTableCmd');
                if (cmd?.subtype === 'AT_DetachPartition' && (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(cmd.def, 'PartitionCmd')?.concurrent) {
                    return concurrent('DETACH PARTITION CONCURRENTLY');
                }
            }
            return undefined;
        case 'VacuumStmt':
            // ANALYZE alone is transactional; VACUUM (with or without ANALYZE) is not
            return n.is_vacuumcmd ? plain('VACUUM') : undefined;
        case 'ClusterStmt':
            // CLUSTER without a table reclusters every table, one transaction each
            return n.relation ? undefined : plain('CLUSTER');
        case 'AlterSystemStmt':
            return plain('ALTER SYSTEM');
        case 'CreatedbStmt':
            return plain('CREATE DATABASE');
        case 'DropdbStmt':
            return plain('DROP DATABASE');
        case 'AlterDatabaseStmt':
            return (n.options ?? []).some((o) => (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'DefElem')?.defname === 'tablespace') ? plain('ALTER DATABASE SET TABLESPACE') : undefined;
        case 'CreateTableSpaceStmt':
            return plain('CREATE TABLESPACE');
        case 'DropTableSpaceStmt':
            return plain('DROP TABLESPACE');
        case 'DiscardStmt':
            return n.target === 'DISCARD_ALL' ? plain('DISCARD ALL') : undefined;
        case 'AlterEnumStmt':
            // PostgreSQL 12 lifted the restriction (the new value still cannot be used before COMMIT)
            return n.newVal !== undefined && n.oldVal === undefined && (options.postgresVersion ?? 16) < 12 ? plain('ALTER TYPE … ADD VALUE') : undefined;
        case 'CreateSubscriptionStmt':
            // creating the replication slot on the publisher cannot be rolled back
            return optionEnabled(n.options, 'connect') !== false && optionEnabled(n.options, 'create_slot') !== false
                ? plain('CREATE SUBSCRIPTION')
                : undefined;
        case 'DropSubscriptionStmt':
            // refused only when the subscription has a slot to drop: the usual case
            return plain('DROP SUBSCRIPTION');
        case 'AlterSubscriptionStmt':
            if (n.kind === 'ALTER_SUBSCRIPTION_REFRESH')
                return plain('ALTER SUBSCRIPTION … REFRESH PUBLICATION');
            if ((n.kind === 'ALTER_SUBSCRIPTION_SET_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_ADD_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_DROP_PUBLICATION') &&
                optionEnabled(n.options, 'refresh') !== false) {
                return plain('ALTER SUBSCRIPTION … PUBLICATION');
            }
            return undefined;
        default:
            return undefined;
    }
}
const REINDEX_TARGET = {
    REINDEX_OBJECT_INDEX: 'INDEX',
    REINDEX_OBJECT_TABLE: 'TABLE',
    REINDEX_OBJECT_SCHEMA: 'SCHEMA',
    REINDEX_OBJECT_DATABASE: 'DATABASE',
    REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};
/**
 * A boolean option of a parenthesised option list (`REINDEX (CONCURRENTLY false)`, `WITH (refresh =
 * off)`): true or false as PostgreSQL reads it, undefined when the option is absent. A bare
 * option name means true. The parser drops zero and false values from the JSON, so an empty
 * Integer or Boolean node is 0 or false.
 */
function optionEnabled(options, name) {
    if (!Array.isArray(options))
        return undefined;
    let result;
    for (const o of options) {
        const d = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(o, 'DefElem');
        if (d?.defname !== name)
            continue;
        const arg = d.arg;
        const int = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(arg, 'Integer');
        const bool = (0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(arg, 'Boolean');
        if (!arg)
            result = true;
        else if (int)
            result = (int.ival ?? 0) !== 0;
        else if (bool)
            result = bool.boolval ?? false;
        else
            result = !isFalseWord(String((0,_node_types_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeAs */ .h)(arg, 'String')?.sval ?? ''));
    }
    return result;
}
/** PostgreSQL's parse_bool accepts any unambiguous prefix of false/no/off, and 0. */
function isFalseWord(text) {
    const t = text.toLowerCase();
    if (t === '0')
        return true;
    return (t.length >= 1 && ('false'.startsWith(t) || 'no'.startsWith(t))) || (t.length >= 2 && 'off'.startsWith(t));
}


/***/ })

};
