import { nodeAs } from '../sql/node-types.js';
import type { Config } from '../migrations/config.js';
import type { MigrationEntry } from '../migrations/discover.js';
import { migrationTransactionMode } from '../migrations/file-mode.js';
import { lockRank, locksOf } from '../sql/locks.js';
import { alterTableActionLocations } from '../sql/ddl.js';
import { SchemaModel } from '../sql/model.js';
import { executedStatements } from '../sql/executed.js';
import type { ParsedFile, Statement } from '../sql/parse.js';
import { SessionState } from '../sql/session.js';
import { compareFindings, type Finding, type LintResult } from './finding.js';
import type { BaseInfo, FileContext, LintFile, ProjectContext, ReportOptions, Rule, Severity, StatementContext, Visitor } from './rule.js';
import type { ProductionStats } from '../migrations/stats-file.js';
import type { RelationRef } from '../sql/relation.js';
import { sizeFindings, type Targeted } from './sizing.js';
import { SQUAWK_RULE_IDS } from './squawk-ids.js';
import { findDirectives, type IgnoreDirective } from './suppress.js';
import { suggestRuleId } from '../did-you-mean.js';

/** A file in the order the migrations run: context files shape the model, linted ones are checked. */
export interface EngineInput {
  entry: MigrationEntry;
  parsed: ParsedFile;
  lint: boolean;
  /**
   * Checked as a change of its own, against the schema the files before it leave (undo files:
   * they run against a database where the forward migrations are deployed, and must not hide
   * what the forward change lacks, such as a table without RLS that the undo drops again).
   */
  ownChange?: boolean;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

interface RawFinding extends Finding, Targeted {
  statement?: number;
}

/**
 * One pass over every statement of every file, in migration order. Each statement is shown to
 * the rules that registered for its node type with the model as it stood just before it; then
 * its effects are folded into the model and the session.
 */
export class Engine {
  private readonly active: ActiveRule[];
  private readonly byKind = new Map<string, Array<{ rule: ActiveRule; visit: Visitor<Statement['node']> }>>();
  private readonly wildcard: Array<{ rule: ActiveRule; visit: Visitor<Statement['node']> }> = [];
  private readonly known: Set<string>;
  /**
   * Files of this run that assumeInTransaction: flyway has in a transaction: an ignore for
   * prefer-robust-stmts there is for the runners that do not wrap them, not a stale one.
   */
  private readonly wrappedByFlyway = new Set<string>();
  /** Alias id -> the rule ids it stands for (Rule.aliasOf). */
  private readonly aliases = new Map<string, string[]>();

  constructor(
    rules: Rule[],
    private readonly config: Config,
    /** Production statistics: findings on the relations they know are sized. */
    private readonly stats?: ProductionStats,
  ) {
    this.known = new Set(rules.map((r) => r.id));
    for (const r of rules) if (r.aliasOf) this.aliases.set(r.id, r.aliasOf);
    this.active = [];
    for (const rule of rules) {
      // a rule's own setting wins over an alias that includes it
      const override = config.rules[rule.id] ?? aliasSetting(this.aliases, config, rule.id);
      if (override === 'off' || (rule.optIn && !override)) continue;
      const active = { rule, severity: override ?? rule.severity };
      this.active.push(active);
      for (const [kind, visit] of Object.entries(rule.visit ?? {})) {
        // the map's key says which node type the visitor reads; it is only ever given that one
        const typed = visit as Visitor<Statement['node']>;
        if (kind === '*') this.wildcard.push({ rule: active, visit: typed });
        else {
          let list = this.byKind.get(kind);
          if (!list) this.byKind.set(kind, (list = []));
          list.push({ rule: active, visit: typed });
        }
      }
    }
  }

  isActive(id: string): boolean {
    return this.active.some((a) => a.rule.id === id);
  }

  /**
   * `eachFileIsAChange`: when linting a whole folder, every file is checked as the change it was
   * when it was merged, with the files before it as existing schema.
   */
  run(inputs: EngineInput[], directory: MigrationEntry[], base?: BaseInfo, eachFileIsAChange = false): LintResult {
    const model = new SchemaModel();
    const raw: RawFinding[] = [];
    const linted: LintFile[] = [];
    const severityOf = new Map(this.active.map((a) => [a.rule.id, a.severity]));
    const sources: LintResult['sources'] = new Map();
    const byPath = new Map<string, LintFile>();
    let changeFiles: LintFile[] = [];
    /** Where a DO block EXECUTEs SQL built at run time, which lint cannot read. */
    const dynamic: string[] = [];

    const emit = (
      rule: Rule,
      file: LintFile | { path: string; parsed?: ParsedFile },
      span: Span,
      message: string,
      opts?: ReportOptions,
      statement?: number,
      targets?: () => RelationRef[],
    ) => {
      const severity = severityOf.get(rule.id);
      if (!severity) return;
      raw.push({
        rule: rule.id,
        severity,
        file: file.path,
        ...span,
        message,
        help: opts?.help ?? rule.docs.instead,
        statement,
        ...(this.stats && targets ? { targets: targets() } : {}),
      });
    };

    const notices = new Set<string>();
    const usesRls =
      !!this.config.rls.given ||
      this.config.rules['require-rls'] !== undefined ||
      inputs.some((i) => executedStatements(i.parsed).statements.some(usesRowSecurity));
    const projectContext = (rule: Rule, files: LintFile[]): ProjectContext => ({
      config: this.config,
      usesRls,
      notice: (message) => notices.add(message),
      model,
      files,
      directory,
      base,
      report: (at, message, opts) => {
        const f = byPath.get(at.file);
        if (f && at.stmt) emit(rule, f, spanOf(f.parsed, at.stmt, opts?.location), message, opts, at.stmt.index);
        else if (f) emit(rule, f, at.line ? lineSpan(f.parsed, at.line) : firstLine(f.parsed), message, opts);
        else emit(rule, { path: at.file }, { line: 1, column: 1, endLine: 1, endColumn: 1 }, message, opts);
      },
    });
    const endChange = (files: LintFile[]) => {
      for (const { rule } of this.active) if (rule.endChange) rule.endChange(projectContext(rule, files));
    };

    for (const input of inputs) {
      const { parsed } = input;
      if (!input.lint) {
        for (const stmt of executedStatements(parsed).statements) model.apply(stmt, 'base', input.entry.path);
        continue;
      }
      if ((eachFileIsAChange || input.ownChange) && changeFiles.length > 0) {
        endChange(changeFiles);
        changeFiles = [];
        model.settle();
      }
      const file: LintFile = { path: input.entry.path, absPath: input.entry.absPath, entry: input.entry, parsed };
      linted.push(file);
      byPath.set(file.path, file);
      changeFiles.push(file);
      sources.set(file.path, parsed.source);
      if (parsed.error && severityOf.has('syntax-error')) {
        const pos = parsed.source.position(parsed.error.index);
        // one character wide, unless the error is at the end of a line (end of input)
        const lineEnd = [...parsed.source.lineText(pos.line)].length + 1;
        raw.push({
          rule: 'syntax-error',
          severity: severityOf.get('syntax-error')!,
          file: file.path,
          line: pos.line,
          column: pos.column,
          endLine: pos.line,
          endColumn: Math.min(pos.column + 1, Math.max(lineEnd, pos.column)),
          message: parsed.error.message,
          help: 'Fix the SQL so PostgreSQL can parse it; pgmig checks the other statements of the file as well as it can.',
        });
      }
      // Flyway wraps a file in a transaction only when it can run in one; the script's own .conf
      // (executeInTransaction) decides for its file whatever assumeInTransaction says
      const mode = migrationTransactionMode(file, parsed, this.config);
      const assume = this.config.assumeInTransaction;
      const wrapped = mode.fromScript ? mode.inTransaction : assume === 'flyway' ? mode.inTransaction : assume;
      const session = new SessionState(wrapped);
      if (wrapped && assume === 'flyway' && !mode.fromScript) this.wrappedByFlyway.add(file.path);
      const states = new Map<string, Record<string, unknown>>();
      const stateOf = (id: string) => {
        let s = states.get(id);
        if (!s) states.set(id, (s = {}));
        return s;
      };
      // what a DO block or a called routine runs follows the statement that runs it
      const executed = executedStatements(parsed);
      for (const at of executed.dynamic) dynamic.push(`${file.path}:${parsed.source.position(at).line}`);
      const run = executed.statements;
      for (const stmt of run) {
        const handlers = this.byKind.get(stmt.kind);
        if (handlers || this.wildcard.length > 0) {
          // one context per statement, pointed at each rule in turn (visitors run synchronously)
          let current: ActiveRule = undefined as unknown as ActiveRule;
          let locks: StatementContext['locks'] | undefined;
          let actions: number[] | undefined;
          // the existing relations this statement locks, strongest first: what a finding on it is about
          const targetsOf = () => strongestFirst(ctx.locks.filter((l) => l.existing)).map((l) => l.relation);
          const ctx: StatementContext = {
            file,
            stmt,
            config: this.config,
            model,
            session,
            // computed on first use: most statements reach no rule that asks for locks
            get locks() {
              return (locks ??= locksOf(stmt, model).map((l) => ({ ...l, existing: model.isExisting(l.relation) })));
            },
            get state() {
              return stateOf(current.rule.id);
            },
            isExisting: (rel) => model.isExisting(rel),
            isNew: (rel) => model.isNew(rel),
            // a token scan: only for the statements a rule reports on
            actionLocation: (index) => (actions ??= alterTableActionLocations(stmt, parsed.source) ?? [])[index],
            report: (message, opts) => emit(current.rule, file, spanOf(parsed, stmt, opts?.location), message, opts, stmt.index, targetsOf),
          };
          for (const w of this.wildcard) {
            current = w.rule;
            w.visit(stmt.node, ctx);
          }
          if (handlers) {
            for (const h of handlers) {
              current = h.rule;
              h.visit(stmt.node, ctx);
            }
          }
        }
        // a COMMIT inside a DO block or a routine cannot end a transaction the file opened: PostgreSQL refuses it
        if (stmt.within && stmt.kind === 'TransactionStmt') continue;
        model.apply(stmt, 'change', file.path);
        session.apply(stmt);
      }
      for (const { rule } of this.active) {
        if (!rule.endFile) continue;
        const ctx: FileContext = {
          file,
          config: this.config,
          model,
          state: stateOf(rule.id),
          report: (message, opts) =>
            emit(rule, file, opts?.stmt ? spanOf(parsed, opts.stmt, opts.location) : firstLine(parsed), message, opts, opts?.stmt?.index),
        };
        rule.endFile(ctx);
      }
    }

    if (changeFiles.length > 0) endChange(changeFiles);
    for (const { rule } of this.active) if (rule.endProject) rule.endProject(projectContext(rule, linted));

    const findings = this.suppress(this.stats ? sizeFindings(raw, this.stats, this.config) : raw, linted, severityOf);
    this.wrappedByFlyway.clear();
    // in the order the files run (versions, then undo files), not by name: U10 sorts before V1,
    // and a reader (or GitHub's few annotations) should meet the migration before its undo
    const runOrder = new Map(linted.map((f, i) => [f.path, i]));
    const rank = (f: Finding) => runOrder.get(f.file) ?? linted.length;
    findings.sort((a, b) => rank(a) - rank(b) || compareFindings(a, b));
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (dynamic.length) {
      const shown = dynamic.length > 5 ? `${dynamic.slice(0, 5).join(', ')} and ${dynamic.length - 5} more` : dynamic.join(', ');
      notices.add(`EXECUTE of SQL built at run time in a DO block or a routine the migration calls is not checked (${shown}): lint reads only constant strings; \`pgmig test\` runs it against a real database`);
    }
    return {
      findings,
      summary: { files: linted.length, errors, warnings: findings.length - errors },
      sources,
      ...(notices.size ? { notices: [...notices] } : {}),
    };
  }

  /** Drops silenced findings and reports ignore comments that silenced nothing. */
  private suppress(raw: RawFinding[], files: LintFile[], severityOf: Map<string, Severity>): Finding[] {
    const directives = new Map<string, IgnoreDirective[]>();
    // per file, the directives that cover each statement (-1: the file-wide ones), so a file
    // with an ignore comment before every statement is not checked finding by directive
    const covering = new Map<string, Map<number, IgnoreDirective[]>>();
    for (const f of files) {
      const d = findDirectives(f.parsed);
      if (!d.length) continue;
      directives.set(f.path, d);
      const byStatement = new Map<number, IgnoreDirective[]>();
      for (const x of d) {
        const key = x.fileWide ? -1 : x.statement;
        if (key === undefined) continue;
        let list = byStatement.get(key);
        if (!list) byStatement.set(key, (list = []));
        list.push(x);
      }
      covering.set(f.path, byStatement);
    }
    const kept: Finding[] = [];
    for (const finding of raw) {
      const byStatement = covering.get(finding.file);
      let silenced = false;
      if (byStatement && finding.rule !== 'syntax-error') {
        const ds = [...(byStatement.get(-1) ?? []), ...(finding.statement === undefined ? [] : (byStatement.get(finding.statement) ?? []))];
        for (const d of ds) {
          const named = d.rules.find((r) => r === finding.rule || this.aliases.get(r)?.includes(finding.rule));
          if (!named) continue;
          d.used.add(named);
          silenced = true;
        }
      }
      if (!silenced) {
        const { statement: _s, targets: _t, ...rest } = finding;
        kept.push(rest);
      }
    }
    const unusedSeverity = severityOf.get('unused-ignore');
    if (unusedSeverity) {
      for (const [file, ds] of directives) {
        for (const d of ds) {
          const what = d.fileWide ? 'this file' : 'the next statement';
          if (d.rules.length === 0) {
            kept.push(this.unused(file, d, unusedSeverity, 'ignore comment names no rule; list the rule ids to silence'));
          }
          for (const r of d.rules) {
            if (!this.known.has(r)) {
              if (isSquawkOnly(r)) continue;
              const meant = suggestRuleId(r, this.known);
              kept.push(this.unused(file, d, unusedSeverity, `ignore names unknown rule "${r}"${meant ? ` (did you mean ${meant}?)` : ''} (run \`pgmig rules\` for the list)`));
            } else if (r === 'prefer-robust-stmts' && this.wrappedByFlyway.has(file)) {
              continue;
            } else if (!d.used.has(r) && (severityOf.has(r) || (this.aliases.get(r) ?? []).some((id) => severityOf.has(id)))) {
              kept.push(this.unused(file, d, unusedSeverity, `ignore for ${r} silenced nothing in ${what}; remove it`));
            }
          }
        }
      }
    }
    return kept;
  }

  private unused(file: string, d: IgnoreDirective, severity: Severity, message: string): Finding {
    return {
      rule: 'unused-ignore',
      severity,
      file,
      line: d.line,
      column: d.column,
      endLine: d.line,
      endColumn: d.endColumn,
      message,
      help: 'Remove the ignore comment, or correct the rule id, so it cannot hide a future problem.',
    };
  }
}

/** A statement that shows the project relies on row-level security. */
function usesRowSecurity(stmt: Statement): boolean {
  if (stmt.kind === 'CreatePolicyStmt') return true;
  if (stmt.kind !== 'AlterTableStmt') return false;
  const cmds = stmt.node.cmds ?? [];
  return cmds.some((c) => {
    const sub = nodeAs(c, 'AlterTableCmd')?.subtype;
    return sub === 'AT_EnableRowSecurity' || sub === 'AT_ForceRowSecurity';
  });
}

/** The setting config gives an alias (require-timeout-settings) that stands for this rule, if any. */
function aliasSetting(aliases: Map<string, string[]>, config: Config, id: string): Config['rules'][string] | undefined {
  for (const [alias, ids] of aliases) if (ids.includes(id) && config.rules[alias]) return config.rules[alias];
  return undefined;
}

/** squawk rules pgmig does not implement yet: ignoring them is harmless, not a mistake. */
function isSquawkOnly(id: string): boolean {
  return SQUAWK_RULES.has(id);
}

const SQUAWK_RULES: ReadonlySet<string> = new Set(SQUAWK_RULE_IDS);

function strongestFirst<T extends { mode: Parameters<typeof lockRank>[0] }>(locks: T[]): T[] {
  return [...locks].sort((a, b) => lockRank(b.mode) - lockRank(a.mode));
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function spanOf(parsed: ParsedFile, stmt: Statement, location?: number): Span {
  const startIdx = location !== undefined && location >= 0 ? parsed.source.indexOfByte(stmt.byteBase + location) : stmt.start;
  const start = parsed.source.position(Math.max(startIdx, stmt.start));
  const end = parsed.source.position(stmt.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function firstLine(parsed: ParsedFile): Span {
  return lineSpan(parsed, 1);
}

function lineSpan(parsed: ParsedFile, line: number): Span {
  const text = parsed.source.lineText(line);
  return { line, column: 1, endLine: line, endColumn: [...text].length + 1 };
}
