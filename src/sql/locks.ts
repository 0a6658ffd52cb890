import type { SchemaModel } from './model.js';
import type { Statement } from './parse.js';
import { relationFromNames, relationOf, relationKey, type RelationRef } from './relation.js';

/** PostgreSQL's table-level lock modes, weakest first (the order of the docs' conflict table). */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

export function lockRank(mode: LockMode): number {
  return LOCK_MODES.indexOf(mode);
}

/** SHARE and above conflict with writes (ROW EXCLUSIVE); ACCESS EXCLUSIVE also with reads. */
export function blocksWrites(mode: LockMode): boolean {
  return lockRank(mode) >= lockRank('SHARE');
}

export function blocksReads(mode: LockMode): boolean {
  return mode === 'ACCESS EXCLUSIVE';
}

export interface LockTarget {
  relation: RelationRef;
  mode: LockMode;
}

/** ALTER TABLE sub-commands that take less than ACCESS EXCLUSIVE (docs: ALTER TABLE, "Notes"). */
const ALTER_TABLE_LOCKS: Record<string, LockMode> = {
  AT_ValidateConstraint: 'SHARE UPDATE EXCLUSIVE',
  AT_SetStatistics: 'SHARE UPDATE EXCLUSIVE',
  AT_ClusterOn: 'SHARE UPDATE EXCLUSIVE',
  AT_DropCluster: 'SHARE UPDATE EXCLUSIVE',
  AT_SetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_ResetRelOptions: 'SHARE UPDATE EXCLUSIVE',
  AT_AttachPartition: 'SHARE UPDATE EXCLUSIVE',
  AT_EnableTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableAlwaysTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableReplicaTrig: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrig: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigAll: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrigAll: 'SHARE ROW EXCLUSIVE',
  AT_EnableTrigUser: 'SHARE ROW EXCLUSIVE',
  AT_DisableTrigUser: 'SHARE ROW EXCLUSIVE',
};

const strongest = (a: LockMode, b: LockMode): LockMode => (lockRank(a) >= lockRank(b) ? a : b);

/**
 * The table-level locks a statement takes, by the PostgreSQL documentation. This is the static
 * model the lint rules use; `pgmig test` measures the real locks and can contradict it.
 */
export function locksOf(stmt: Statement, model?: SchemaModel): LockTarget[] {
  const n = stmt.node;
  const out: LockTarget[] = [];
  const add = (rel: RelationRef | undefined, mode: LockMode) => {
    if (rel) out.push({ relation: rel, mode });
  };
  switch (stmt.kind) {
    case 'IndexStmt':
      add(relationOf(n.relation), n.concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE');
      break;
    case 'AlterTableStmt': {
      let mode: LockMode | undefined;
      const table = relationOf(n.relation);
      for (const c of n.cmds ?? []) {
        const cmd = c.AlterTableCmd;
        if (!cmd) continue;
        let m: LockMode = ALTER_TABLE_LOCKS[cmd.subtype] ?? 'ACCESS EXCLUSIVE';
        if (cmd.subtype === 'AT_DetachPartition' && cmd.def?.PartitionCmd?.concurrent) m = 'SHARE UPDATE EXCLUSIVE';
        if (cmd.subtype === 'AT_AddConstraint') {
          const con = cmd.def?.Constraint;
          if (con?.contype === 'CONSTR_FOREIGN') {
            m = 'SHARE ROW EXCLUSIVE';
            add(relationOf(con.pktable), 'SHARE ROW EXCLUSIVE');
          }
        }
        if (cmd.subtype === 'AT_AttachPartition') add(relationOf(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
        mode = mode ? strongest(mode, m) : m;
      }
      if (mode) add(table, mode);
      break;
    }
    case 'CreateStmt':
      // a foreign key to an existing table locks the referenced table
      for (const el of n.tableElts ?? []) {
        for (const c of el.ColumnDef?.constraints ?? []) {
          if (c.Constraint?.contype === 'CONSTR_FOREIGN') add(relationOf(c.Constraint.pktable), 'SHARE ROW EXCLUSIVE');
        }
        if (el.Constraint?.contype === 'CONSTR_FOREIGN') add(relationOf(el.Constraint.pktable), 'SHARE ROW EXCLUSIVE');
      }
      for (const p of n.inhRelations ?? []) {
        if (n.partbound) add(relationOf(p.RangeVar), 'SHARE UPDATE EXCLUSIVE');
      }
      break;
    case 'DropStmt': {
      const conc = !!n.concurrent;
      for (const o of n.objects ?? []) {
        const ref = relationFromNames(o.List?.items);
        if (!ref) continue;
        switch (n.removeType) {
          case 'OBJECT_TABLE':
          case 'OBJECT_MATVIEW':
          case 'OBJECT_VIEW':
            add(ref, 'ACCESS EXCLUSIVE');
            break;
          case 'OBJECT_INDEX': {
            const table = model?.indexes.get(relationKey(ref))?.table;
            const mode: LockMode = conc ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
            add(table ? keyToRef(table) : ref, mode);
            break;
          }
          case 'OBJECT_POLICY':
          case 'OBJECT_TRIGGER':
          case 'OBJECT_RULE': {
            const items = o.List?.items ?? [];
            add(relationFromNames(items.slice(0, -1)), 'ACCESS EXCLUSIVE');
            break;
          }
        }
      }
      break;
    }
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      add(relationOf(n.table), 'ACCESS EXCLUSIVE');
      break;
    case 'CreateTrigStmt':
      add(relationOf(n.relation), 'SHARE ROW EXCLUSIVE');
      break;
    case 'RuleStmt':
      add(relationOf(n.relation), 'ACCESS EXCLUSIVE');
      break;
    case 'TruncateStmt':
      for (const r of n.relations ?? []) add(relationOf(r.RangeVar), 'ACCESS EXCLUSIVE');
      break;
    case 'RenameStmt':
      if (n.renameType === 'OBJECT_INDEX') add(relationOf(n.relation), 'SHARE UPDATE EXCLUSIVE');
      else if (n.relation) add(relationOf(n.relation), 'ACCESS EXCLUSIVE');
      break;
    case 'AlterObjectSchemaStmt':
      if (n.relation) add(relationOf(n.relation), 'ACCESS EXCLUSIVE');
      break;
    case 'ReindexStmt':
      if (n.relation) {
        const conc = (n.params ?? []).some((p: { DefElem?: { defname?: string } }) => p.DefElem?.defname === 'concurrently');
        add(relationOf(n.relation), conc ? 'SHARE UPDATE EXCLUSIVE' : n.kind === 'REINDEX_OBJECT_INDEX' ? 'ACCESS EXCLUSIVE' : 'SHARE');
      }
      break;
    case 'RefreshMatViewStmt':
      add(relationOf(n.relation), n.concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE');
      break;
    case 'ClusterStmt':
      add(relationOf(n.relation), 'ACCESS EXCLUSIVE');
      break;
    case 'VacuumStmt': {
      const full = (n.options ?? []).some((o: { DefElem?: { defname?: string } }) => o.DefElem?.defname === 'full');
      for (const r of n.rels ?? []) add(relationOf(r.VacuumRelation?.relation), full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE');
      break;
    }
    case 'LockStmt': {
      const mode = LOCK_MODES[(n.mode ?? 8) - 1] ?? 'ACCESS EXCLUSIVE';
      for (const r of n.relations ?? []) add(relationOf(r.RangeVar), mode);
      break;
    }
    case 'CommentStmt':
      if (['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_INDEX'].includes(n.objtype)) {
        const items = n.object?.List?.items;
        const ref = relationFromNames(n.objtype === 'OBJECT_COLUMN' ? items?.slice(0, -1) : items);
        add(ref, 'SHARE UPDATE EXCLUSIVE');
      }
      break;
    case 'InsertStmt':
      add(relationOf(n.relation), 'ROW EXCLUSIVE');
      break;
    case 'UpdateStmt':
    case 'DeleteStmt':
      add(relationOf(n.relation), 'ROW EXCLUSIVE');
      break;
  }
  return out;
}

function keyToRef(key: string): RelationRef {
  const dot = key.indexOf('.');
  return { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}
