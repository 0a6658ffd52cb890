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
  /** Functions and procedures with their SECURITY DEFINER / search_path settings. */
  readonly functions = new FunctionCatalog();
  /** Schemas, enum types, sequences, and per table its primary key, checks, triggers and partitioning. */
  readonly objects = new ObjectCatalog();

  // what this change made, and the tables it enabled row-level security on: a linted folder is a
  // thousand changes, and settling each must not go through every table made before it
  private readonly madeNow: Array<TableInfo | IndexInfo> = [];
  private readonly rlsEnabledNow = new Set<TableInfo>();

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

  /** True when the relation was created by a file of this change (so nobody else uses it yet). */
  isNew(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean {
    const key = refKey(rv);
    if (!key) return false;
    return (this.tables.get(key)?.origin ?? this.indexes.get(key)?.origin) === 'change';
  }

  isExisting(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): boolean {
    return !!refKey(rv) && !this.isNew(rv);
  }

  /** Folds one statement's effects into the model. */
  apply(stmt: Statement, origin: Origin, file: string): void {
    const n = stmt.node;
    const at: Anchor = { file, stmt };
    this.functions.apply(stmt);
    this.objects.apply(stmt, origin);
    switch (stmt.kind) {
      case 'CreateStmt': {
        this.create(relationOf(n.relation), origin, at, false, !!n.if_not_exists);
        const t = this.tables.get(keyOf(n.relation) ?? '');
        if (n.partbound && t?.createdAt === at) t.partitionOf = keyOf(n.inhRelations?.[0]?.RangeVar);
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

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private alterTable(n: { relation?: object; cmds?: Array<{ AlterTableCmd?: { subtype?: string; def?: any } }> }, origin: Origin, at: Anchor) {
    const t = this.ensure(relationOf(n.relation as never));
    if (!t) return;
    for (const c of n.cmds ?? []) {
      switch (c.AlterTableCmd?.subtype) {
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
          const child = this.ensure(relationOf(c.AlterTableCmd.def?.PartitionCmd?.name));
          if (child) child.partitionOf = c.AlterTableCmd.subtype === 'AT_AttachPartition' ? relationKey(t.ref) : undefined;
          break;
        }
      }
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private drop(n: any) {
    const objects: unknown[] = n.objects ?? [];
    for (const o of objects) {
      const items = (o as { List?: { items?: never[] } }).List?.items;
      if (n.removeType === 'OBJECT_POLICY') {
        // [schema.]table.policy
        const names: Array<{ String?: { sval?: string } }> = items ?? [];
        const policy = names[names.length - 1]?.String?.sval;
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
      if (n.removeType === 'OBJECT_INDEX') this.indexes.delete(key);
      else if (n.removeType === 'OBJECT_TABLE' || n.removeType === 'OBJECT_MATVIEW') {
        this.tables.delete(key);
        for (const [k, idx] of this.indexes) if (idx.table === key) this.indexes.delete(k);
      }
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private rename(n: any) {
    const from = relationOf(n.relation);
    if (!from || !n.newname) return;
    const oldKey = relationKey(from);
    const to: RelationRef = { schema: from.schema, name: n.newname };
    if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_MATVIEW') {
      const t = this.tables.get(oldKey);
      if (!t) return;
      this.tables.delete(oldKey);
      t.ref = to;
      this.tables.set(relationKey(to), t);
      for (const idx of this.indexes.values()) if (idx.table === oldKey) idx.table = relationKey(to);
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
        t.policies.add(n.newname);
        if (t.restrictivePolicies?.delete(n.subname)) t.restrictivePolicies.add(n.newname);
      }
    }
  }
}

function refKey(rv: { schemaname?: string; relname?: string } | RelationRef | undefined): string | undefined {
  if (!rv) return undefined;
  if ('name' in rv && 'schema' in rv) return relationKey(rv);
  return keyOf(rv as { schemaname?: string; relname?: string });
}
