import type { ColumnDef, Node, TypeName } from '@pgsql/types';
import { nodeAs } from './node-types.js';
import { builtinTypeName } from './column-types.js';
import { columnConstraints, isSerialType, tableCmds } from './ddl.js';
import type { SchemaModel } from './model.js';
import type { Statement } from './parse.js';
import { relationKey, relationOf, type RelationRef } from './relation.js';
import { optionEnabled } from './transactional.js';
import { mayBeVolatile } from './volatility.js';


/** ALTER TABLE forms that copy the table into new storage whatever its columns. */
const ALWAYS_REWRITE = new Set(['AT_SetLogged', 'AT_SetUnLogged', 'AT_SetTableSpace', 'AT_SetAccessMethod']);

function typmods(t: TypeName | undefined): number[] {
  return (t?.typmods ?? []).map((m) => nodeAs(m, 'A_Const')?.ival?.ival ?? 0);
}

/**
 * Whether changing a column from `from` to `to` makes PostgreSQL rewrite the table: false for the
 * binary-compatible changes it does in the catalog only (ATColumnChangeRequiresRewrite finds no
 * function to run): varchar(n) to a longer varchar, to varchar or to text; text to varchar;
 * numeric(p,s) to a larger precision with the same scale, or to numeric; the same type again.
 * Undefined when the old type is unknown (the column was made outside the statements pgmig saw).
 */
export function typeChangeRewrites(from: TypeName | undefined, to: TypeName | undefined, using?: Node): boolean | undefined {
  if (using) return true;
  if (!from) return undefined;
  const a = builtinTypeName(from);
  const b = builtinTypeName(to);
  if (!a || !b || from.arrayBounds || to!.arrayBounds) return !sameType(from, to!);
  const [am, bm] = [typmods(from), typmods(to)];
  if (a === b && am.join() === bm.join()) return false;
  const text = (x: string) => x === 'text' || x === 'varchar';
  if (text(a) && text(b)) {
    // only a length limit that might cut a value needs each row read and rewritten
    if (b === 'text' || bm.length === 0) return false;
    return !(a === 'varchar' && am.length === 1 && bm[0]! >= am[0]!);
  }
  if (a === 'numeric' && b === 'numeric') {
    if (bm.length === 0) return false;
    if (am.length === 0) return true;
    const [ap, as = 0] = am;
    const [bp, bs = 0] = bm;
    return !(as === bs && bp! >= ap!);
  }
  return true;
}

function sameType(a: TypeName, b: TypeName | undefined): boolean {
  const name = (t: TypeName | undefined) => (t?.names ?? []).map((n) => nodeAs(n, 'String')?.sval).join('.');
  return name(a) === name(b) && typmods(a).join() === typmods(b).join() && !!a.arrayBounds === !!b?.arrayBounds;
}

/** Whether ADD COLUMN fills every existing row (so rewrites the table), by the rules of adding-field-with-default. */
export function addColumnRewrites(col: ColumnDef | undefined, pgVersion: number): boolean {
  if (!col) return false;
  if (isSerialType(col.typeName)) return true;
  for (const c of columnConstraints(col)) {
    if (c.contype === 'CONSTR_GENERATED') {
      if (!(c.generated_kind === 'v' && pgVersion >= 18)) return true;
    } else if (c.contype === 'CONSTR_IDENTITY') return true;
    else if (c.contype === 'CONSTR_DEFAULT') {
      const expr = c.raw_expr;
      if (!expr || nodeAs(expr, 'A_Const')?.isnull) continue;
      if (pgVersion < 11 || mayBeVolatile(expr)) return true;
    }
  }
  return false;
}

/**
 * The relations whose storage a statement copies into new files (a rewrite: the whole table is
 * read and written under ACCESS EXCLUSIVE), by the statement and what the model knows of the
 * table. A partitioned table has no storage of its own: its partitions are rewritten. A type
 * change of a column pgmig never saw is counted as a rewrite (it may be one).
 */
export function rewritesOf(stmt: Statement, model?: SchemaModel, pgVersion = 16): RelationRef[] {
  const { kind, node: n } = stmt;
  const out: RelationRef[] = [];
  const storage = (ref: RelationRef | undefined, recurse = true) => {
    if (!ref) return;
    const key = relationKey(ref);
    const t = model?.table(key);
    if (t?.partitioned) {
      if (recurse) for (const p of model!.partitionsOf(key)) if (!p.partitioned) out.push(p.ref);
    } else out.push(ref);
  };
  switch (kind) {
    case 'AlterTableStmt': {
      const ref = relationOf(n.relation);
      if (!ref) break;
      const table = model?.table(relationKey(ref));
      let rewrites = false;
      for (const { cmd } of tableCmds(n)) {
        if (ALWAYS_REWRITE.has(cmd.subtype ?? '')) rewrites = true;
        else if (cmd.subtype === 'AT_AddColumn') rewrites ||= addColumnRewrites(nodeAs(cmd.def, 'ColumnDef'), pgVersion);
        else if (cmd.subtype === 'AT_AlterColumnType') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          rewrites ||= typeChangeRewrites(table?.columns?.get(cmd.name ?? ''), col?.typeName, col?.raw_default) !== false;
        }
      }
      if (rewrites) storage(ref, n.relation?.inh === true);
      break;
    }
    case 'VacuumStmt':
      if (n.is_vacuumcmd && optionEnabled(n.options, 'full')) for (const r of n.rels ?? []) storage(relationOf(nodeAs(r, 'VacuumRelation')?.relation));
      break;
    case 'ClusterStmt':
      storage(relationOf(n.relation));
      break;
    case 'RefreshMatViewStmt':
      // CONCURRENTLY updates the rows in place; the plain form builds new storage and swaps it in
      if (!n.concurrent) storage(relationOf(n.relation));
      break;
  }
  return out;
}
