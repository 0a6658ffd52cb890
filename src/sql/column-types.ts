import type { AlterTableStmt, CreateStmt, TypeName } from '@pgsql/types';
import { isSerialType, tableCmds, typeBaseName } from './ddl.js';
import { nodeAs } from './node-types.js';
import { relationOf, type RelationRef } from './relation.js';


/** A column type written in a statement, with the column and table it is for. */
export interface DeclaredType {
  /** The `TypeName` node (its `location` points at the type as written). */
  typeName: TypeName;
  column: string;
  table?: RelationRef;
}

/**
 * The column types a statement declares: the columns of CREATE TABLE, ALTER TABLE … ADD COLUMN
 * and ALTER TABLE … ALTER COLUMN … TYPE. Foreign tables, views and composite types store no rows
 * of their own, so their columns are not included (squawk leaves them out too).
 */
export function declaredColumnTypes(kind: string, stmt: CreateStmt | AlterTableStmt): DeclaredType[] {
  const out: DeclaredType[] = [];
  // the statement's kind says which of the two it is (the engine dispatches on it)
  if (kind === 'CreateStmt') {
    const node = stmt as CreateStmt;
    const table = relationOf(node.relation);
    for (const el of node.tableElts ?? []) {
      const col = nodeAs(el, 'ColumnDef');
      // a partition's column clauses (WITH OPTIONS, constraints) carry no type
      if (col?.typeName) out.push({ typeName: col.typeName, column: col.colname!, table });
    }
  } else if (kind === 'AlterTableStmt') {
    const node = stmt as AlterTableStmt;
    const table = relationOf(node.relation);
    for (const { cmd } of tableCmds(node)) {
      if (cmd.subtype !== 'AT_AddColumn' && cmd.subtype !== 'AT_AlterColumnType') continue;
      const col = nodeAs(cmd.def, 'ColumnDef');
      if (col?.typeName) out.push({ typeName: col.typeName, column: (col.colname ?? cmd.name)!, table });
    }
  }
  return out;
}

const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/**
 * The name of a built-in type (`int4`, `varchar`, `timestamp`, `serial` …) as PostgreSQL resolves
 * what was written: unqualified or in pg_catalog. The grammar already turns `integer` into
 * `pg_catalog.int4` and `character varying` into `pg_catalog.varchar`. A type qualified with any
 * other schema is a user's type of the same name, and `%TYPE` copies another column's type, so
 * both give undefined. Arrays give their element type's name.
 */
export function builtinTypeName(typeName: TypeName | undefined): string | undefined {
  if (!typeName || typeName.pct_type) return undefined;
  const names = typeName.names ?? [];
  if (names.length > 2 || (names.length === 2 && nodeAs(names[0], 'String')?.sval !== 'pg_catalog')) return undefined;
  const base = typeBaseName(typeName);
  // serial is shorthand the server only recognises unqualified; pg_catalog.serial does not exist
  if (base && SERIALS.has(base)) return isSerialType(typeName) ? base : undefined;
  return base;
}

/** The type as the user would write it, for messages: `integer`, `varchar(20)`, `timestamp[]`. */
export function typeLabel(typeName: TypeName): string {
  const base = builtinTypeName(typeName) ?? typeBaseName(typeName) ?? 'type';
  const nice: Record<string, string> = { int4: 'integer', int2: 'smallint', int8: 'bigint' };
  const mods = (typeName?.typmods ?? [])
    .map((m) => nodeAs(m, 'A_Const')?.ival?.ival)
    .filter((v) => typeof v === 'number');
  const array = typeName?.arrayBounds ? '[]' : '';
  return `${nice[base] ?? base}${mods.length ? `(${mods.join(', ')})` : ''}${array}`;
}
