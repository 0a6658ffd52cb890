import type { Config } from '../migrations/config.js';
import type { MigrationEntry } from '../migrations/discover.js';
import type { LockTarget } from '../sql/locks.js';
import type { NodeOf, NodeTag } from '../sql/node-types.js';
import type { SchemaModel } from '../sql/model.js';
import type { ParsedFile, Statement } from '../sql/parse.js';
import type { RelationRef } from '../sql/relation.js';
import type { SessionState } from '../sql/session.js';

export type Severity = 'error' | 'warning';

export interface RuleDocs {
  /** Why the pattern hurts in production, in a sentence or two. */
  why: string;
  /** What to write instead. */
  instead: string;
  /** The lock the pattern takes, when that is the point. */
  lock?: string;
  /** `config`: the .pgmig.yml the example needs (postgresVersion: 19), when the defaults do not show it. */
  example?: { bad: string; good: string; config?: string };
}

export interface ReportOptions {
  /** A node's `location` (byte offset as the parser gives it) to point at instead of the statement start. */
  location?: number;
  /** Overrides the rule's `docs.instead` as the finding's help. */
  help?: string;
}

/** What a rule sees for one statement: the statement, and the model as it was just before it. */
export interface StatementContext {
  readonly file: LintFile;
  readonly stmt: Statement;
  readonly config: Config;
  readonly model: SchemaModel;
  readonly session: SessionState;
  /** The statement's table-level locks (static model), each marked existing or new. */
  readonly locks: ReadonlyArray<LockTarget & { existing: boolean }>;
  /** Per rule, per file: survives from one statement of a file to the next. */
  readonly state: Record<string, unknown>;
  isExisting(rel: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean;
  isNew(rel: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean;
  /**
   * Where the index-th action of an ALTER TABLE (or the target of a table rename) is written,
   * for pointing at the action rather than the statement; undefined where it cannot be read.
   */
  actionLocation(index: number): number | undefined;
  report(message: string, options?: ReportOptions): void;
}

export interface FileContext {
  readonly file: LintFile;
  readonly config: Config;
  readonly model: SchemaModel;
  readonly state: Record<string, unknown>;
  report(message: string, options?: ReportOptions & { stmt?: Statement }): void;
}

/** A migration file that is being linted. */
export interface LintFile {
  /** As shown to the user (relative to the working directory). */
  path: string;
  absPath: string;
  entry: MigrationEntry;
  parsed: ParsedFile;
}

export interface BaseInfo {
  ref: string;
  /** The merge base's commit. */
  commit: string;
  /** Migration files on the base, by path as shown to the user. */
  files: MigrationEntry[];
  /** Base migrations changed or deleted since the merge base. */
  modified: string[];
  deleted: string[];
}

export interface ProjectContext {
  readonly config: Config;
  readonly model: SchemaModel;
  /** Files linted in this run, in the order they were linted. */
  readonly files: LintFile[];
  /** Every migration file found in the migration folders (linted or not). */
  readonly directory: MigrationEntry[];
  /** Present with --changed-since: the base branch's migrations. */
  readonly base?: BaseInfo;
  report(at: { file: string; stmt?: Statement; line?: number }, message: string, options?: ReportOptions): void;
  /**
   * Whether the project uses row-level security: a policy or ENABLE ROW LEVEL SECURITY in any
   * migration read (DO blocks included), `rls` set in the config, or require-rls set in `rules`.
   */
  readonly usesRls: boolean;
  /** Said once for the run (the same text from several changes is said once), never a failure. */
  notice(message: string): void;
}

export type Visitor<N = unknown> = (node: N, ctx: StatementContext) => void;

/**
 * A visitor per parse node type, each given that type's inner object as @pgsql/types describes
 * it; `*` is given every statement's node.
 */
export type Visitors = { [K in NodeTag]?: Visitor<NodeOf<K>> } & { '*'?: Visitor<Statement['node']> };

export interface Rule {
  id: string;
  severity: Severity;
  /** Off unless a config turns it on (as squawk's opt-in rules). */
  optIn?: boolean;
  /**
   * A name that stands for other rules and reports nothing itself (squawk's
   * require-timeout-settings): setting it in config sets each of them unless the config names
   * that rule itself, and an ignore comment naming it silences them.
   */
  aliasOf?: string[];
  /** The engine itself reports this rule (syntax errors, unused ignores). */
  builtIn?: boolean;
  /** The lowest config `postgresVersion` the rule reports anything for (it is silent below). */
  sincePostgres?: number;
  docs: RuleDocs;
  /** Keyed by parse node type (`IndexStmt`) or `*` for every statement. */
  visit?: Visitors;
  endFile?(ctx: FileContext): void;
  /**
   * After the last statement of a change (the files given, the files changed since a ref, or,
   * when a whole folder is linted, each file on its own): `ctx.files` are the change's files and
   * the model shows what the change made (`origin: 'change'`).
   */
  endChange?(ctx: ProjectContext): void;
  /** Once, after every file: for checks across all files (numbering). */
  endProject?(ctx: ProjectContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
