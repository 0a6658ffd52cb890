import type { AlterTableStmt, ColumnDef, Constraint, DropStmt, Node, RenameStmt, TypeName } from '@pgsql/types';
import { nameParts } from './names.js';
import { nodeAs } from './node-types.js';
import { FunctionCatalog } from './functions.js';
import { ObjectCatalog } from './objects.js';
import type { Statement } from './parse.js';
import { keyOf, relationFromNames, relationKey, relationOf, type RelationRef } from './relation.js';

/** Where an object came from: an earlier migration (`base`) or a file of this change. */
export type Origin = 'base' | 'change';

/** A statement in a file, so a finding about it can point there later. */
export interface Anchor {
  file: string;
  stmt: Statement;
}

export interface TableInfo {
  ref: RelationRef;
  origin: Origin;
  /** Set when the table was created by a statement pgmig saw. */
  createdAt?: Anchor;
  rlsEnabled: boolean;
  rlsForced: boolean;
  /** The statement of this change that enabled RLS, if one did. */
  rlsEnabledAt?: Anchor;
  policies: Set<string>;
  /** Policies made `AS RESTRICTIVE` (a subset of `policies`): they can only narrow what others allow. */
  restrictivePolicies?: Set<string>;
  /** The parent's key while the table is a partition (PARTITION OF, or ATTACH PARTITION). */
  partitionOf?: string;
  isMaterializedView: boolean;
  /** Made with PARTITION BY: its partitions are the tables whose partitionOf is this one. */
  partitioned?: boolean;
  /** Column name -> its declared type (libpg-query `TypeName` node), for the columns pgmig saw. */
  columns?: Map<string, TypeName>;
  /** The primary key's columns, when pgmig saw it made. */
  primaryKey?: string[];
  /** Foreign keys of this table by constraint name: the referenced table's key and columns. */
  foreignKeys?: Map<string, ForeignKeyInfo>;
  /** CHECK (column IS NOT NULL) constraints by name, and whether each is validated. */
  notNullChecks?: Map<string, { column: string; validated: boolean }>;
  /** Columns a statement pgmig saw dropped (and none added again since). */
  droppedColumns?: Set<string>;
}

export interface ForeignKeyInfo {
  /** The referenced table's key. */
  references: string;
  columns: string[];
  /** The referenced columns; empty when the FK names none (it references the primary key). */
  refColumns: string[];
}

/** A view or a sequence: pgmig tracks only where it came from. */
export interface ObjectInfo {
  ref: RelationRef;
  kind: 'view' | 'sequence';
  origin: Origin;
}

export interface IndexInfo {
  ref: RelationRef;
  table?: string;
  origin: Origin;
}

/**
 * The schema as the migrations build it, statement by statement: which tables, indexes,
 * policies and RLS flags exist, and whether each was made by this change or before it.
 * Relations pgmig never saw created (made outside the migrations folder) count as existing.
 */
export class SchemaModel {
  readonly tables = new Map<string, TableInfo>();
  readonly indexes = new Map<string, IndexInfo>();
  /** Views and sequences. */
  readonly viewsAndSequences = new Map<string, ObjectInfo>();
  /** Functions and procedures with their SECURITY DEFINER / search_path settings. */
  readonly functions = new FunctionCatalog();
  /** Schemas, enum types, sequences, and per table its primary key, checks, triggers and partitioning. */
  readonly objects = new ObjectCatalog();

  // what this change made, and the tables it enabled row-level security on: a linted folder is a
  // thousand changes, and settling each must not go through every table made before it
  private readonly madeNow: Array<TableInfo | IndexInfo | ObjectInfo> = [];
  private readonly rlsEnabledNow = new Set<TableInfo>();
  // relations a statement pgmig saw dropped: a later DROP … IF EXISTS of one does nothing
  private readonly dropped = new Set<string>();

  /** Everything made so far counts as existing from here on (a new, separate change begins). */
  settle(): void {
    this.objects.settle();
    for (const made of this.madeNow) made.origin = 'base';
    this.madeNow.length = 0;
    for (const t of this.rlsEnabledNow) t.rlsEnabledAt = undefined;
    this.rlsEnabledNow.clear();
  }

  /** The tables, still there, on which this change enabled row-level security. */
  rlsEnabledInChange(): TableInfo[] {
    return [...this.rlsEnabledNow].filter((t) => t.rlsEnabledAt && this.tables.get(relationKey(t.ref)) === t);
  }

  table(key: string): TableInfo | undefined {
    return this.tables.get(key);
  }

  /**
   * True when a statement pgmig saw dropped the relation and nothing made it again: a DROP … IF
   * EXISTS of it is a no-op that takes no lock (relations pgmig never saw are never gone).
   */
  isGone(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean {
    const key = refKey(rv);
    return !!key && this.dropped.has(key) && !this.tables.has(key) && !this.indexes.has(key) && !this.viewsAndSequences.has(key);
  }

  /** True when a statement pgmig saw dropped the column of this table and none added it again. */
  isColumnGone(rv: { schemaname?: string; relname?: string } | RelationRef | undefined, column: string): boolean {
    const key = refKey(rv);
    const t = key ? this.tables.get(key) : undefined;
    return !!t?.droppedColumns?.has(column) && !t.columns?.has(column);
  }

  /** True when the relation was created by a file of this change (so nobody else uses it yet). */
  isNew(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean {
    const key = refKey(rv);
    if (!key) return false;
    return (this.tables.get(key)?.origin ?? this.indexes.get(key)?.origin ?? this.viewsAndSequences.get(key)?.origin) === 'change';
  }

  /** The partitions of a partitioned table that pgmig knows, and theirs, depth first. */
  partitionsOf(key: string): TableInfo[] {
    const out: TableInfo[] = [];
    const parent = this.tables.get(key);
    if (!parent?.partitioned) return out;
    for (const [k, t] of this.tables) {
      if (t.partitionOf !== key) continue;
      out.push(t, ...this.partitionsOf(k));
    }
    return out;
  }

  /** The tables with a foreign key to `key` (other than itself), each with its key. */
  referencing(key: string): Array<{ table: TableInfo; fk: ForeignKeyInfo }> {
    const out: Array<{ table: TableInfo; fk: ForeignKeyInfo }> = [];
    for (const [k, t] of this.tables) {
      if (k === key || !t.foreignKeys) continue;
      for (const fk of t.foreignKeys.values()) if (fk.references === key) out.push({ table: t, fk });
    }
    return out;
  }

  isExisting(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean {
    return !!refKey(rv) && !this.isNew(rv);
  }

  /** Folds one statement's effects into the model. */
  apply(stmt: Statement, origin: Origin, file: string): void {
    const { kind, node: n } = stmt;
    const at: Anchor = { file, stmt };
    this.functions.apply(stmt);
    this.objects.apply(stmt, origin);
    switch (kind) {
      case 'CreateStmt': {
        this.create(relationOf(n.relation), origin, at, false, !!n.if_not_exists);
        const t = this.tables.get(keyOf(n.relation) ?? '');
        if (t?.createdAt === at) {
          if (n.partbound) t.partitionOf = keyOf(nodeAs(n.inhRelations?.[0], 'RangeVar'));
          if (n.partspec) t.partitioned = true;
          for (const el of n.tableElts ?? []) {
            const column = nodeAs(el, 'ColumnDef');
            const constraint = nodeAs(el, 'Constraint');
            if (column) this.addColumn(t, column, origin);
            else if (constraint) this.addConstraint(t, constraint, origin);
          }
        }
        break;
      }
      case 'ViewStmt': {
        const ref = relationOf(n.view);
        if (ref && !(n.replace && this.viewsAndSequences.has(relationKey(ref)))) this.object(ref, 'view', origin);
        break;
      }
      case 'CreateSeqStmt': {
        const ref = relationOf(n.sequence);
        if (ref && !(n.if_not_exists && this.viewsAndSequences.has(relationKey(ref)))) this.object(ref, 'sequence', origin);
        break;
      }
      case 'CreateTableAsStmt':
        this.create(relationOf(n.into?.rel), origin, at, n.objtype === 'OBJECT_MATVIEW', !!n.if_not_exists);
        break;
      case 'SelectStmt':
        // SELECT … INTO makes a table, as CREATE TABLE AS does
        if (n.intoClause) this.create(relationOf(n.intoClause.rel), origin, at, false, false);
        break;
      case 'IndexStmt': {
        const ref = n.idxname ? { schema: n.relation?.schemaname ?? 'public', name: n.idxname } : undefined;
        if (ref && !(n.if_not_exists && this.indexes.has(relationKey(ref)))) {
          const index: IndexInfo = { ref, table: keyOf(n.relation), origin };
          this.indexes.set(relationKey(ref), index);
          if (origin === 'change') this.madeNow.push(index);
        }
        break;
      }
      case 'DropStmt':
        this.drop(n);
        break;
      case 'AlterTableStmt':
        this.alterTable(n, origin, at);
        break;
      case 'CreatePolicyStmt': {
        const t = this.ensure(relationOf(n.table));
        if (t && n.policy_name) {
          t.policies.add(n.policy_name);
          if (!n.permissive) (t.restrictivePolicies ??= new Set()).add(n.policy_name);
          else t.restrictivePolicies?.delete(n.policy_name);
        }
        break;
      }
      case 'RenameStmt':
        this.rename(n);
        break;
    }
  }

  private object(ref: RelationRef, kind: ObjectInfo['kind'], origin: Origin) {
    const o: ObjectInfo = { ref, kind, origin };
    this.viewsAndSequences.set(relationKey(ref), o);
    if (origin === 'change') this.madeNow.push(o);
  }

  private addColumn(t: TableInfo, col: ColumnDef | undefined, origin: Origin) {
    if (!col?.colname) return;
    const colname = col.colname;
    if (col.typeName) (t.columns ??= new Map()).set(colname, col.typeName);
    for (const el of col.constraints ?? []) {
      const c = nodeAs(el, 'Constraint');
      if (c) this.addConstraint(t, { ...c, keys: c.keys ?? [{ String: { sval: colname } }], fk_attrs: c.fk_attrs ?? [{ String: { sval: colname } }] }, origin);
    }
  }

  /** Folds a constraint into the table: foreign keys, NOT NULL checks, and the index of a primary key or unique constraint. */
  private addConstraint(t: TableInfo, c: Constraint, origin: Origin) {
    const names = nameParts;
    const table = t.ref.name;
    switch (c.contype) {
      case 'CONSTR_FOREIGN': {
        const references = keyOf(c.pktable);
        const columns = names(c.fk_attrs);
        if (!references) return;
        const name = c.conname ?? `${table}_${columns.join('_')}_fkey`;
        (t.foreignKeys ??= new Map()).set(name, { references, columns, refColumns: names(c.pk_attrs) });
        return;
      }
      case 'CONSTR_CHECK': {
        const column = notNullColumn(c.raw_expr);
        if (column && c.conname) (t.notNullChecks ??= new Map()).set(c.conname, { column, validated: !c.skip_validation });
        return;
      }
      case 'CONSTR_PRIMARY':
      case 'CONSTR_UNIQUE':
      case 'CONSTR_EXCLUSION': {
        const cols = names(c.keys);
        if (c.contype === 'CONSTR_PRIMARY') t.primaryKey = cols;
        const suffix = c.contype === 'CONSTR_PRIMARY' ? 'pkey' : c.contype === 'CONSTR_UNIQUE' ? 'key' : 'excl';
        const name = c.indexname ?? c.conname ?? (c.contype === 'CONSTR_PRIMARY' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
        const ref = { schema: t.ref.schema, name };
        const index: IndexInfo = { ref, table: relationKey(t.ref), origin };
        this.indexes.set(relationKey(ref), index);
        if (origin === 'change') this.madeNow.push(index);
        return;
      }
    }
  }

  private create(ref: RelationRef | undefined, origin: Origin, at: Anchor, matview: boolean, ifNotExists: boolean) {
    if (!ref) return;
    const key = relationKey(ref);
    if (ifNotExists && this.tables.has(key)) return;
    const table: TableInfo = { ref, origin, createdAt: at, rlsEnabled: false, rlsForced: false, policies: new Set(), isMaterializedView: matview };
    this.tables.set(key, table);
    if (origin === 'change') this.madeNow.push(table);
  }

  /** The entry for a table, made up on first mention when pgmig never saw it created. */
  private ensure(ref: RelationRef | undefined): TableInfo | undefined {
    if (!ref) return undefined;
    const key = relationKey(ref);
    let t = this.tables.get(key);
    if (!t) {
      t = { ref, origin: 'base', rlsEnabled: false, rlsForced: false, policies: new Set(), isMaterializedView: false };
      this.tables.set(key, t);
    }
    return t;
  }

  private alterTable(n: AlterTableStmt, origin: Origin, at: Anchor) {
    const t = this.ensure(relationOf(n.relation));
    if (!t) return;
    for (const c of n.cmds ?? []) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      switch (cmd?.subtype) {
        case 'AT_AddColumn':
          this.addColumn(t, nodeAs(cmd.def, 'ColumnDef'), origin);
          break;
        case 'AT_AlterColumnType':
          {
            const typeName = nodeAs(cmd.def, 'ColumnDef')?.typeName;
            if (cmd.name && typeName) (t.columns ??= new Map()).set(cmd.name, typeName);
          }
          break;
        case 'AT_DropColumn':
          if (cmd.name) {
            t.columns?.delete(cmd.name);
            (t.droppedColumns ??= new Set()).add(cmd.name);
          }
          break;
        case 'AT_AddConstraint':
          {
            const constraint = nodeAs(cmd.def, 'Constraint');
            if (constraint) this.addConstraint(t, constraint, origin);
          }
          break;
        case 'AT_ValidateConstraint': {
          const check = cmd.name && t.notNullChecks?.get(cmd.name);
          if (check) check.validated = true;
          break;
        }
        case 'AT_DropConstraint':
          if (cmd.name) {
            t.foreignKeys?.delete(cmd.name);
            t.notNullChecks?.delete(cmd.name);
            const idx = this.indexes.get(relationKey({ schema: t.ref.schema, name: cmd.name }));
            if (idx?.table === relationKey(t.ref)) this.indexes.delete(relationKey(idx.ref));
          }
          break;
        case 'AT_EnableRowSecurity':
          t.rlsEnabled = true;
          if (origin === 'change') {
            t.rlsEnabledAt = at;
            this.rlsEnabledNow.add(t);
          }
          break;
        case 'AT_DisableRowSecurity':
          t.rlsEnabled = false;
          t.rlsEnabledAt = undefined;
          break;
        case 'AT_ForceRowSecurity':
          t.rlsForced = true;
          break;
        case 'AT_NoForceRowSecurity':
          t.rlsForced = false;
          break;
        case 'AT_AttachPartition':
        case 'AT_DetachPartition': {
          if (cmd.subtype === 'AT_AttachPartition') t.partitioned = true;
          const child = this.ensure(relationOf(nodeAs(cmd.def, 'PartitionCmd')?.name));
          if (child) child.partitionOf = cmd.subtype === 'AT_AttachPartition' ? relationKey(t.ref) : undefined;
          break;
        }
      }
    }
  }

  private drop(n: DropStmt) {
    for (const o of n.objects ?? []) {
      const items = nodeAs(o, 'List')?.items;
      if (n.removeType === 'OBJECT_POLICY') {
        // [schema.]table.policy
        const names: Node[] = items ?? [];
        const policy = nodeAs(names[names.length - 1], 'String')?.sval;
        const table = relationFromNames(names.slice(0, -1));
        const t = table && this.tables.get(relationKey(table));
        if (t && policy) {
          t.policies.delete(policy);
          t.restrictivePolicies?.delete(policy);
        }
        continue;
      }
      const ref = relationFromNames(items);
      if (!ref) continue;
      const key = relationKey(ref);
      this.dropped.add(key);
      if (n.removeType === 'OBJECT_INDEX') this.indexes.delete(key);
      else if (n.removeType === 'OBJECT_VIEW' || n.removeType === 'OBJECT_SEQUENCE') this.viewsAndSequences.delete(key);
      else if (n.removeType === 'OBJECT_TABLE' || n.removeType === 'OBJECT_MATVIEW') {
        this.tables.delete(key);
        for (const [k, idx] of this.indexes) {
          if (idx.table !== key) continue;
          this.indexes.delete(k);
          this.dropped.add(k);
        }
      }
    }
  }

  private rename(n: RenameStmt) {
    const from = relationOf(n.relation);
    const newname = n.newname;
    if (!from || !newname) return;
    const oldKey = relationKey(from);
    const to: RelationRef = { schema: from.schema, name: newname };
    if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_MATVIEW') {
      const t = this.tables.get(oldKey);
      if (!t) return;
      this.tables.delete(oldKey);
      t.ref = to;
      this.tables.set(relationKey(to), t);
      for (const idx of this.indexes.values()) if (idx.table === oldKey) idx.table = relationKey(to);
      for (const other of this.tables.values()) for (const fk of other.foreignKeys?.values() ?? []) if (fk.references === oldKey) fk.references = relationKey(to);
    } else if (n.renameType === 'OBJECT_COLUMN') {
      const t = this.tables.get(oldKey);
      const subname = n.subname;
      const type = subname && t?.columns?.get(subname);
      if (t && subname && type) {
        t.columns!.delete(subname);
        t.columns!.set(newname, type);
      }
    } else if (n.renameType === 'OBJECT_VIEW' || n.renameType === 'OBJECT_SEQUENCE') {
      const o = this.viewsAndSequences.get(oldKey);
      if (!o) return;
      this.viewsAndSequences.delete(oldKey);
      o.ref = to;
      this.viewsAndSequences.set(relationKey(to), o);
    } else if (n.renameType === 'OBJECT_INDEX') {
      const i = this.indexes.get(oldKey);
      if (!i) return;
      this.indexes.delete(oldKey);
      i.ref = to;
      this.indexes.set(relationKey(to), i);
    } else if (n.renameType === 'OBJECT_POLICY') {
      const t = this.tables.get(oldKey);
      if (t && n.subname) {
        t.policies.delete(n.subname);
        t.policies.add(newname);
        if (t.restrictivePolicies?.delete(n.subname)) t.restrictivePolicies.add(newname);
      }
    }
  }
}

/** The column of `CHECK (column IS NOT NULL)`, the helper check of the NOT NULL pattern. */
export function notNullColumn(expr: Node | undefined): string | undefined {
  const t = nodeAs(expr, 'NullTest');
  if (t?.nulltesttype !== 'IS_NOT_NULL' || t.argisrow) return undefined;
  const fields = nodeAs(t.arg, 'ColumnRef')?.fields;
  return fields?.length === 1 ? nodeAs(fields[0], 'String')?.sval : undefined;
}

function refKey(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): string | undefined {
  if (!rv) return undefined;
  if ('name' in rv && 'schema' in rv) return relationKey(rv);
  return keyOf(rv as { schemaname?: string; relname?: string });
}
