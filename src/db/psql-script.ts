import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { displayPath } from '../migrations/discover.js';
import { SourceText } from '../sql/source.js';

/**
 * A pgTAP file read the way psql reads it for pg_prove (`psql -X -A -q -t -v ON_ERROR_STOP=1
 * -f file`): split into statements where psql sends them (a `;` outside quotes, comments and
 * parentheses, or the end of the file), with psql variables interpolated (`:name`, `:'name'`,
 * `:"name"`), and the meta-commands test suites use carried out: `\set`, `\unset`, `\echo`,
 * `\qecho`, `\warn`, `\i`/`\include`, `\ir`/`\include_relative` (only files inside the
 * repository), `\pset`, `\a`, `\t`, `\timing`, `\q`. Any other meta-command is an error that
 * names it and its line, never skipped: what it would have done is not done.
 */

/** A statement to send, or a line psql prints to the TAP stream. */
export type ScriptStep =
  | {
      kind: 'sql';
      /** The file it is in, as shown (an included file's own path). */
      file: string;
      source: SourceText;
      /** Where the statement starts and ends in that file (UTF-16 indexes). */
      start: number;
      end: number;
      /** What goes to the server: the file's text, with variables interpolated. */
      text: string;
      /** The text is the file's own (no interpolation): server positions map back exactly. */
      verbatim: boolean;
    }
  | { kind: 'print'; text: string };

export class ScriptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
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

export interface ScriptOptions {
  /** Where `\i` paths start (psql's working directory: pgmig's). */
  cwd: string;
  /** Nothing outside this folder is read, whatever a path or a link says. */
  root: string;
}

/** How query results are printed: what `\pset fieldsep` and `\pset null` set. */
export interface PrintSettings {
  fieldsep: string;
  null: string;
}

/** A psql session's variables and print settings, as a script runs. */
export class PsqlScript {
  readonly vars = new Map<string, string>();
  readonly print: PrintSettings = { fieldsep: '|', null: '' };
  private readonly realRoot: string;

  constructor(private readonly opts: ScriptOptions) {
    // what pg_prove sets on psql's command line
    this.vars.set('ON_ERROR_STOP', '1');
    this.vars.set('QUIET', 'on');
    let real = resolve(opts.root);
    try {
      real = realpathSync(real);
    } catch {
      // a root that is not there holds nothing to include
    }
    this.realRoot = real;
  }

  /** The steps of a file, produced as they are reached (a meta-command acts when psql would reach it). */
  *run(absPath: string, depth = 0): Generator<ScriptStep, 'quit' | undefined> {
    const file = displayPath(this.opts.cwd, absPath);
    const text = readFileSync(absPath, 'utf8').replace(/^\uFEFF/, '');
    const source = new SourceText(text);
    const n = text.length;
    let i = 0;
    /** The statement being gathered: pieces of text, where it began, whether it is the file's own. */
    let pieces: string[] = [];
    let stmtStart = -1;
    let verbatim = true;
    let segStart = 0;
    let paren = 0;
    /** The first words of the statement, and the depth of BEGIN (ATOMIC) … END in a routine's body. */
    let words: string[] = [];
    let atomic = 0;
    const flushSegment = (to: number) => {
      if (to > segStart) pieces.push(text.slice(segStart, to));
      segStart = to;
    };
    const hasContent = () => stmtStart >= 0;
    const markContent = (at: number) => {
      if (stmtStart < 0) {
        stmtStart = at;
        segStart = at;
        pieces = [];
      }
    };
    const take = (end: number): ScriptStep | undefined => {
      if (!hasContent()) return undefined;
      flushSegment(end);
      const sql = pieces.join('');
      const step: ScriptStep = { kind: 'sql', file, source, start: stmtStart, end, text: sql.replace(/\s+$/, ''), verbatim };
      stmtStart = -1;
      pieces = [];
      verbatim = true;
      paren = 0;
      words = [];
      atomic = 0;
      return step.text.trim() ? step : undefined;
    };
    const fail = (at: number, message: string): never => {
      const p = source.position(at);
      throw new ScriptError(file, p.line, p.column, message);
    };

    while (i < n) {
      const c = text[i]!;
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
          } else if (text.startsWith('*/', i)) {
            depth--;
            i += 2;
            if (depth === 0) break;
          } else i++;
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
        const m = /^\\([A-Za-z]+|[!?;.\\]|)/.exec(text.slice(i, lineEnd))!;
        const name = m[1]!;
        const parsedArgs = this.metaArgs(text.slice(i + 1 + name.length, lineEnd), (msg) => fail(at, msg));
        const args = parsedArgs.args;
        // an unquoted `\\` ends the meta-command; what follows on the line is read again
        i = i + 1 + name.length + parsedArgs.end;
        if (i < lineEnd) i += 2;
        segStart = i;
        const where = `\\${name} at ${file}:${source.position(at).line}`;
        switch (name) {
          case 'set':
            if (!args.length) {
              for (const [k, v] of [...this.vars].sort(([a], [b]) => (a < b ? -1 : 1))) yield { kind: 'print', text: `${k} = '${v}'` };
            } else {
              if (!/^[A-Za-z0-9_]+$/.test(args[0]!)) fail(at, `${where}: invalid variable name: "${args[0]}"`);
              this.vars.set(args[0]!, args.slice(1).join(''));
            }
            break;
          case 'unset':
            if (args.length !== 1) fail(at, `${where}: expected one variable name`);
            this.vars.delete(args[0]!);
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
            if (args.length !== 1) fail(at, `${where}: expected one file name`);
            const relativeToFile = name === 'ir' || name === 'include_relative';
            const target = resolve(relativeToFile ? dirname(absPath) : this.opts.cwd, args[0]!);
            const real = this.insideRoot(target);
            if (!real.ok) fail(at, `${where}: ${args[0]} ${real.why}`);
            if (depth + 1 >= MAX_DEPTH) fail(at, `${where}: files include each other more than ${MAX_DEPTH} deep`);
            const quit = yield* this.run(target, depth + 1);
            if (quit) return quit;
            break;
          }
          case 'pset': {
            if (!args.length) break;
            if (!PSET_OPTIONS.has(args[0]!)) fail(at, `${where}: unknown option: ${args[0]}`);
            if (args[0] === 'fieldsep' && args.length > 1) this.print.fieldsep = args[1]!;
            if (args[0] === 'null' && args.length > 1) this.print.null = args[1]!;
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
            if (last) yield last;
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
        if (step) yield step;
        continue;
      }
      if (c === '(') paren++;
      else if (c === ')') paren = Math.max(0, paren - 1);

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
        const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(i, i + 64))![0].toLowerCase();
        if (words.length < 4) words.push(word);
        const routine = words[0] === 'create' && (words[1] === 'function' || words[1] === 'procedure' || (words[1] === 'or' && (words[3] === 'function' || words[3] === 'procedure')));
        if (routine) {
          if (word === 'begin' || (word === 'case' && atomic > 0)) atomic++;
          else if (word === 'end' && atomic > 0) atomic--;
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
    if (last) yield last;
    return undefined;
  }

  /** `:name`, `:'name'` or `:"name"` at `i`, when the variable is set (else psql leaves it as written). */
  private variableAt(text: string, i: number): { value: string; end: number } | undefined {
    const m = /^:(?:'([A-Za-z0-9_]+)'|"([A-Za-z0-9_]+)"|([A-Za-z0-9_]+))/.exec(text.slice(i, i + 200));
    if (!m) return undefined;
    const name = m[1] ?? m[2] ?? m[3]!;
    const value = this.vars.get(name);
    if (value === undefined) return undefined;
    const out = m[1] !== undefined ? quoteLiteral(value) : m[2] !== undefined ? `"${value.replace(/"/g, '""')}"` : value;
    return { value: out, end: i + m[0].length };
  }

  /** A meta-command's arguments as psql splits them: words, 'quoted' with escapes, "kept", :variables. */
  private metaArgs(raw: string, fail: (msg: string) => never): { args: string[]; end: number } {
    const out: string[] = [];
    let i = 0;
    while (i < raw.length) {
      while (i < raw.length && /\s/.test(raw[i]!)) i++;
      if (i >= raw.length || raw.startsWith('\\\\', i)) break;
      let word = '';
      while (i < raw.length && !/\s/.test(raw[i]!) && !raw.startsWith('\\\\', i)) {
        const c = raw[i]!;
        if (c === "'") {
          i++;
          while (i < raw.length && !(raw[i] === "'" && raw[i + 1] !== "'")) {
            if (raw[i] === "'" && raw[i + 1] === "'") {
              word += "'";
              i += 2;
            } else if (raw[i] === '\\' && i + 1 < raw.length) {
              const e = raw[i + 1]!;
              word += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' ? '\b' : e === 'f' ? '\f' : e;
              i += 2;
            } else word += raw[i++];
          }
          if (i >= raw.length) fail('unterminated quoted string');
          i++;
        } else if (c === '"') {
          const close = raw.indexOf('"', i + 1);
          if (close < 0) fail('unterminated quoted string');
          word += raw.slice(i, close + 1);
          i = close + 1;
        } else if (c === '`') {
          fail('a backquoted shell command: pgmig runs no shell commands from test files');
        } else if (c === ':' && raw[i + 1] !== ':') {
          const v = this.variableAt(raw, i);
          if (v) {
            word += v.value;
            i = v.end;
          } else word += raw[i++];
        } else word += raw[i++];
      }
      out.push(word);
    }
    return { args: out, end: Math.min(i, raw.length) };
  }

  /** The real path of `target` when it is inside the repository. */
  private insideRoot(target: string): { ok: true; real: string } | { ok: false; why: string } {
    let real: string;
    try {
      real = realpathSync(target);
    } catch {
      return { ok: false, why: 'does not exist' };
    }
    const rel = relative(this.realRoot, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep)[0] === '..') {
      return { ok: false, why: `is outside the repository (${this.realRoot}): pgmig reads no file outside it` };
    }
    return { ok: true, real };
  }
}

/** Past a '…' string starting at `from` (just after the quote); E'' strings take backslash escapes. */
function skipString(text: string, from: number, escapes: boolean): number {
  let i = from;
  while (i < text.length) {
    const c = text[i]!;
    if (escapes && c === '\\') i += 2;
    else if (c === "'") {
      if (text[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** psql's :'name': a literal the server reads back as the value (E'' when it holds a backslash). */
function quoteLiteral(v: string): string {
  const body = v.replace(/'/g, "''");
  return v.includes('\\') ? ` E'${body.replace(/\\/g, '\\\\')}'` : `'${body}'`;
}
