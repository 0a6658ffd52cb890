import { defaultConfig, type Config } from '../../src/migrations/config.js';
import { entryFor, type MigrationEntry } from '../../src/migrations/discover.js';
import { showPlaceholdersAsWritten } from '../../src/commands/lint.js';
import { withPlaceholders } from '../../src/migrations/placeholders.js';
import { parseBytes } from '../../src/migrations/read.js';
import { FORMATS, formatResult, type Format } from '../../src/report/index.js';
import { ANNOTATIONS_PER_KIND } from '../../src/report/github.js';
import { Engine, type EngineInput } from '../../src/rules/engine.js';
import type { LintResult } from '../../src/rules/finding.js';
import { RULES } from '../../src/rules/index.js';
import { parseSql, type ParsedFile } from '../../src/sql/parse.js';
import { exampleContext } from './corpus.js';
import { sarifValidator } from '../helpers/sarif-schema.js';

/*
 * The lint pipeline as `pgmig lint` runs it on one file, minus the folder walk: the file's bytes
 * go through the same decoding as a file read from disk (parseBytes), then the engine with every
 * rule, then every report format. Going through runLint would write a project to disk per input;
 * one property does exactly that (lint.fuzz.test.ts) to keep this shortcut honest.
 */

const ROOT = '/fuzz';
const DIR = `${ROOT}/db/migration`;

export type ConfigKind = 'default' | 'all-rules' | 'in-transaction' | 'pg11';
export const CONFIG_KINDS: ConfigKind[] = ['default', 'all-rules', 'in-transaction', 'pg11'];

function configFor(kind: ConfigKind): Config {
  const c = defaultConfig(ROOT);
  if (kind === 'all-rules') for (const r of RULES) if (r.optIn) c.rules[r.id] = r.severity === 'error' ? 'error' : 'warning';
  if (kind === 'in-transaction') c.assumeInTransaction = true;
  if (kind === 'pg11') c.postgresVersion = 11;
  return c;
}

const engines = new Map<ConfigKind, Engine>();
function engineFor(kind: ConfigKind): Engine {
  let e = engines.get(kind);
  if (!e) engines.set(kind, (e = new Engine(RULES, configFor(kind))));
  return e;
}

let context: Array<{ entry: MigrationEntry; parsed: ParsedFile }> | undefined;
/** The example project's migrations, parsed once: the file under test runs after them. */
function contextFiles() {
  context ??= exampleContext().map(({ name, sql }) => ({ entry: entryFor(ROOT, `${DIR}/${name}`, DIR, 'VXXX'), parsed: parseSql(sql) }));
  return context;
}

export interface FuzzInput {
  bytes: Uint8Array;
  /** File name inside the migrations folder. */
  name: string;
  config: ConfigKind;
  /** Run after the example project's migrations (its tables exist) or alone. */
  withContext: boolean;
  /** An earlier migration, read only as context (what the schema model makes of odd SQL). */
  before?: Uint8Array;
}

export interface Linted {
  path: string;
  parsed: ParsedFile;
  result: LintResult;
  outputs: Record<Format, string>;
}

/**
 * Parse → rules → every format. Throws whatever the pipeline throws. Needs ensureParser().
 * `allDescriptors: false` gives SARIF only the descriptors of the rules that reported: the other
 * descriptors do not depend on the input, and building all of them costs more than the lint.
 */
export function lintBytes(input: FuzzInput, allDescriptors = true): Linted {
  const entry = entryFor(ROOT, `${DIR}/${input.name}`, DIR, 'VXXX');
  // as pgmig lint reads a file: placeholders replaced (none have values here)
  const parsed = withPlaceholders(parseBytes(input.bytes), configFor(input.config), entry.absPath);
  const ctx = input.withContext ? [...contextFiles()] : [];
  if (input.before) ctx.push({ entry: entryFor(ROOT, `${DIR}/V99__before.sql`, DIR, 'VXXX'), parsed: parseBytes(input.before) });
  const inputs: EngineInput[] = [...ctx.map((c) => ({ ...c, lint: false })), { entry, parsed, lint: true }];
  const directory = [...ctx.map((c) => c.entry), entry];
  const result = engineFor(input.config).run(inputs, directory);
  showPlaceholdersAsWritten(result, inputs);
  const outputs = {} as Record<Format, string>;
  const reported = new Set(result.findings.map((f) => f.rule));
  const rules = allDescriptors ? RULES : RULES.filter((r) => reported.has(r.id));
  for (const format of FORMATS) {
    outputs[format] = formatResult(format, result, { color: format === 'text', rules: format === 'sarif' ? rules : RULES, version: '0.1.0' });
  }
  return { path: entry.path, parsed, result, outputs };
}

const lenient = new TextDecoder('utf-8');

/**
 * The file's lines as an editor shows them, worked out from the bytes alone (not from the
 * pipeline's SourceText, which is what is under test): split at `\n`, a `\r` before it is not
 * part of the line (one at the end of the file is), a BOM is not a character, columns count code points. Bytes that are not
 * UTF-8 show as U+FFFD. `width(n)` is the number of characters on line n (1-based).
 */
export function editorLines(bytes: Uint8Array): { count: number; width(line: number): number } {
  const text = lenient.decode(bytes);
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const widths = new Map<number, number>();
  return {
    count: starts.length,
    width(line) {
      let w = widths.get(line);
      if (w === undefined) {
        // a `\r` ends a line only before `\n`; at the very end of the file it is a character
        const end = line < starts.length ? starts[line]! - (text[starts[line]! - 2] === '\r' ? 2 : 1) : text.length;
        widths.set(line, (w = [...text.slice(starts[line - 1], Math.max(starts[line - 1]!, end))].length));
      }
      return w;
    },
  };
}

const FINDING_KEYS = ['rule', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'help'];

export interface Checks {
  /** Validate the SARIF log against the official schema (slower than linting a small file). */
  schema: boolean;
  /** Parse every statement's span again on its own (spanProblems). */
  spans: boolean;
}

export const ALL_CHECKS: Checks = { schema: true, spans: true };

/** Everything that must hold for any input, as a list of what did not (empty: all good). */
export function problemsOf(input: FuzzInput, linted: Linted, checks: Checks): string[] {
  const problems: string[] = [];
  if (checks.spans) problems.push(...spanProblems(linted.parsed));
  const { result, outputs } = linted;
  const lines = editorLines(input.bytes);
  const inFile = (what: string, line: number, column: number) => {
    if (!Number.isInteger(line) || !Number.isInteger(column)) return problems.push(`${what}: ${line}:${column} is not integral`);
    if (line < 1 || line > lines.count) return problems.push(`${what}: line ${line} outside the file's ${lines.count} lines`);
    const width = lines.width(line) + 1;
    if (column < 1 || column > width) problems.push(`${what}: column ${column} outside line ${line} (columns 1..${width})`);
  };
  for (const f of result.findings) {
    const what = `${f.rule} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    if (f.file !== linted.path) {
      problems.push(`${what}: in ${JSON.stringify(f.file)}, not the linted file`);
      continue;
    }
    inFile(`${what} start`, f.line, f.column);
    inFile(`${what} end`, f.endLine, f.endColumn);
    if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) problems.push(`${what}: ends before it starts`);
    if (typeof f.message !== 'string' || f.message === '') problems.push(`${what}: no message`);
  }

  // JSON: parses, and has exactly the shape of DESIGN.md
  let json: { findings?: unknown[]; summary?: Record<string, unknown>; notices?: unknown } | undefined;
  try {
    json = JSON.parse(outputs.json);
  } catch (err) {
    problems.push(`json report does not parse: ${String(err)}`);
  }
  if (json) {
    // notices is optional: said when lint leaves something unchecked (require-rls off, dynamic EXECUTE)
    const noticesOk = Array.isArray(json.notices) && json.notices.every((n: unknown) => typeof n === 'string');
    const keys = Object.keys(json).filter((k) => !(k === 'notices' && noticesOk));
    if (keys.sort().join() !== 'findings,summary') problems.push(`json keys: ${Object.keys(json).join()}`);
    const findings = json.findings ?? [];
    if (!Array.isArray(findings) || findings.length !== result.findings.length) problems.push('json findings: not one per finding');
    for (const f of findings as Array<Record<string, unknown>>) {
      if (Object.keys(f).sort().join() !== [...FINDING_KEYS].sort().join()) problems.push(`json finding keys: ${Object.keys(f).join()}`);
      for (const k of ['line', 'column', 'endLine', 'endColumn']) if (!Number.isInteger(f[k])) problems.push(`json finding ${k}: ${String(f[k])}`);
      for (const k of ['rule', 'file', 'message', 'help']) if (typeof f[k] !== 'string') problems.push(`json finding ${k}: not a string`);
      if (f.severity !== 'error' && f.severity !== 'warning') problems.push(`json finding severity: ${String(f.severity)}`);
    }
    const s = json.summary ?? {};
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    if (s.files !== 1 || s.errors !== errors || s.warnings !== result.findings.length - errors) problems.push(`json summary: ${JSON.stringify(s)}`);
  }

  // SARIF: always JSON with one result per finding; against the official schema when asked
  let sarif: { runs?: Array<{ results?: unknown[] }> } | undefined;
  try {
    sarif = JSON.parse(outputs.sarif);
  } catch (err) {
    problems.push(`sarif report does not parse: ${String(err)}`);
  }
  if (sarif) {
    if (sarif.runs?.[0]?.results?.length !== result.findings.length) problems.push('sarif: not one result per finding');
    if (checks.schema) {
      const validate = sarifValidator();
      if (!validate(sarif)) problems.push(`sarif fails the 2.1.0 schema: ${JSON.stringify(validate.errors).slice(0, 2000)}`);
    }
  }

  for (const format of ['text', 'github', 'markdown'] as const) {
    if (typeof outputs[format] !== 'string' || outputs[format] === '') problems.push(`${format} report is empty`);
  }
  // a message or file name must never start a workflow command of its own: exactly the
  // annotations shown and the notice for the rest are commands
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const shown = Math.min(errors, ANNOTATIONS_PER_KIND) + Math.min(warnings, ANNOTATIONS_PER_KIND);
  const expected = shown + (shown < result.findings.length ? 1 : 0);
  const commands = outputs.github.split('\n').filter((l) => /^\s*::/.test(l)).length;
  if (commands !== expected) problems.push(`github: ${commands} workflow commands for ${expected} annotations`);
  return problems;
}

/**
 * Each statement's span is the statement: the text between its start and end, parsed alone,
 * is one statement of the same kind. Catches offsets that drift (the parser counts UTF-8 bytes
 * of the preprocessed text, positions are UTF-16 indexes of the file as written).
 */
export function spanProblems(parsed: ParsedFile): string[] {
  const problems: string[] = [];
  const text = parsed.source.text;
  for (const s of parsed.statements) {
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      problems.push(`statement ${s.index} (${s.kind}) spans ${s.start}..${s.end} of ${text.length}`);
      continue;
    }
    const alone = parseSql(text.slice(s.start, s.end));
    const kinds = alone.statements.map((x) => x.kind).join();
    if (alone.error || kinds !== s.kind) {
      problems.push(`statement ${s.index} (${s.kind}) at ${s.start}..${s.end} reads ${JSON.stringify(text.slice(s.start, s.end).slice(0, 200))}: ${alone.error?.message ?? kinds}`);
    }
  }
  return problems;
}
