import type { CreateFunctionStmt } from '@pgsql/types';
import { nameParts } from './names.js';
import { nodeAs } from './node-types.js';
import type { ParsedFile, Statement, StatementOf } from './parse.js';
import { doBlockStatements, routineBodyStatements } from './plpgsql.js';
import { walk } from './walk.js';

/** What a file runs, in the order it runs it. */
export interface Executed {
  statements: Statement[];
  /** UTF-16 indexes of EXECUTEs whose SQL is built at run time: lint cannot read them. */
  dynamic: number[];
}

/**
 * Statements that run a routine when they run: a routine named in a view, an index expression,
 * a policy or a default is not called by the migration itself (or, for a default, only per row
 * of a table that the author knows), so only these count as calls.
 */
const RUNS_CALLS = new Set(['CallStmt', 'SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);
/** A routine that calls one that calls one…: deeper than this is not followed (nor a cycle). */
const MAX_DEPTH = 4;

const cache = new WeakMap<ParsedFile, Executed>();

/**
 * The statements of a file as the server runs them: each top-level statement, then what a DO
 * block runs, and what a procedure or function defined earlier in the same file runs where the
 * file calls it (`CALL p()`, `SELECT f()`, `PERFORM f()` in a DO block). A routine's body is
 * followed at its first call only: a second call repeats what lint has already seen. Routines
 * from other files are not followed, since their text is not in this file for a finding to
 * point at.
 */
export function executedStatements(parsed: ParsedFile): Executed {
  let out = cache.get(parsed);
  if (out) return out;
  out = { statements: [], dynamic: [] };
  const routines: Routines = new Map();
  const followed = new Set<Statement>();
  const result = out;
  const visit = (stmt: Statement, depth: number) => {
    result.statements.push(stmt);
    if (stmt.kind === 'CreateFunctionStmt') define(routines, stmt);
    const inner = doBlockStatements(stmt, parsed.source);
    result.dynamic.push(...inner.dynamic);
    for (const s of inner.statements) visit(s, depth + 1);
    if (depth >= MAX_DEPTH || !RUNS_CALLS.has(stmt.kind)) return;
    for (const call of callsOf(stmt)) {
      const routine = resolve(routines, call);
      if (!routine || followed.has(routine)) continue;
      followed.add(routine);
      const body = routineBodyStatements(routine, parsed.source);
      result.dynamic.push(...body.dynamic);
      for (const s of body.statements) visit(s, depth + 1);
    }
  };
  for (const stmt of parsed.statements) visit(stmt, 0);
  cache.set(parsed, out);
  return out;
}

interface Call {
  name: string;
  args: number;
}

function keyOf(name: string): string {
  return name.toLowerCase();
}

/** The CREATE FUNCTION / PROCEDURE statements seen so far, by lower-cased name. */
type Routines = Map<string, Array<StatementOf<'CreateFunctionStmt'>>>;

function define(routines: Routines, stmt: StatementOf<'CreateFunctionStmt'>) {
  const f = stmt.node;
  const name = nameParts(f.funcname).at(-1);
  if (!name) return;
  const list = routines.get(keyOf(name)) ?? [];
  // CREATE OR REPLACE of the same signature: the later body is the one a later call runs
  const args = inputArgs(f);
  const kept = list.filter((s) => inputArgs(s.node) !== args);
  kept.push(stmt);
  routines.set(keyOf(name), kept);
}

function inputArgs(f: CreateFunctionStmt): number {
  return (f.parameters ?? []).filter((p) => {
    const mode = nodeAs(p, 'FunctionParameter')?.mode;
    return mode !== 'FUNC_PARAM_OUT' && mode !== 'FUNC_PARAM_TABLE';
  }).length;
}

/** Same name, same number of arguments; with one routine of that name, defaults may fill the rest. */
function resolve(routines: Routines, call: Call): Statement | undefined {
  const list = routines.get(keyOf(call.name));
  if (!list?.length) return undefined;
  return list.find((s) => inputArgs(s.node) === call.args) ?? (list.length === 1 ? list[0] : undefined);
}

function callsOf(stmt: Statement): Call[] {
  const calls: Call[] = [];
  // CALL holds its FuncCall bare, not as a typed node
  const call = stmt.kind === 'CallStmt' ? stmt.node.funccall : undefined;
  if (call) {
    const name = nameParts(call.funcname).at(-1);
    if (name) calls.push({ name, args: call.args?.length ?? 0 });
  }
  walk(stmt.node, (type, node) => {
    if (type !== 'FuncCall') return true;
    const name = nameParts(node.funcname).at(-1);
    if (name) calls.push({ name, args: node.args?.length ?? 0 });
    return true;
  });
  return calls;
}
