import type { AlterTableCmd, AlterTableStmt, CopyStmt, InsertStmt, PartitionCmd, RangeVar } from '@pgsql/types';
import type { StatementContext } from './rule.js';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationKey, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'attach-partition-without-check',
  severity: 'warning',
  docs: {
    why:
      'ALTER TABLE … ATTACH PARTITION proves that every row of the new partition fits its bound by scanning the whole partition, while holding ACCESS EXCLUSIVE on it (and SHARE UPDATE EXCLUSIVE on the parent); if the parent has a DEFAULT partition, that one is scanned too, for rows that now belong to the new partition. PostgreSQL skips the scan only when a valid CHECK constraint on the partition already implies the bound. pgmig looks for a validated CHECK on the partition that reads the partition key\'s columns; a CHECK still NOT VALID does not count. A partition created in the same change is exempt while it is empty; once the change has put rows in it (INSERT, COPY) its scan is real, and the DEFAULT partition is scanned whether the new one is empty or not.',
    lock: 'ACCESS EXCLUSIVE on the partition (and on a DEFAULT partition) for the scan; SHARE UPDATE EXCLUSIVE on the parent.',
    instead:
      'Stage it: ADD CONSTRAINT … CHECK (the bound, e.g. created_at >= \'2026-01-01\' AND created_at < \'2026-02-01\') NOT VALID on the table; VALIDATE CONSTRAINT in a later transaction (no blocking lock); ATTACH PARTITION (no scan); then drop the CHECK.',
    example: {
      bad: "ALTER TABLE event ATTACH PARTITION event_2026_01 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');",
      good:
        "-- each statement in a transaction of its own (no BEGIN): the scan runs under VALIDATE's lock, which lets reads and writes go on\nALTER TABLE event_2026_01 ADD CONSTRAINT event_2026_01_bound CHECK (created_at >= '2026-01-01' AND created_at < '2026-02-01') NOT VALID;\nALTER TABLE event_2026_01 VALIDATE CONSTRAINT event_2026_01_bound;\nALTER TABLE event ATTACH PARTITION event_2026_01 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');\nALTER TABLE event_2026_01 DROP CONSTRAINT event_2026_01_bound;",
    },
  },
  visit: {
    InsertStmt(node: InsertStmt, ctx) {
      noteFilled(ctx, node.relation);
    },
    CopyStmt(node: CopyStmt, ctx) {
      if (node.is_from) noteFilled(ctx, node.relation);
    },
    AlterTableStmt(node: AlterTableStmt, ctx) {
      const parent = relationOf(node.relation);
      if (!parent || node.objtype !== 'OBJECT_TABLE') return;
      const parentInfo = ctx.model.objects.table(relationKey(parent));
      (node.cmds ?? []).forEach((c, index) => {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd?.subtype !== 'AT_AttachPartition') return;
        const part = relationOf(nodeAs(cmd.def, 'PartitionCmd')?.name);
        if (!part) return;
        const def = parentInfo?.defaultPartition;
        // An empty partition made in this change scans in no time, but the DEFAULT one is still read whole.
        const emptyNew = ctx.isNew(part) && !filled(ctx).has(relationKey(part));
        const key = parentInfo?.partitionKey ?? [];
        const checks = ctx.model.objects.table(relationKey(part))?.checks ?? [];
        const proven = checks.some((ch) => ch.valid && ch.columns.size > 0 && key.every((col) => ch.columns.has(col)));
        if (emptyNew || proven) {
          if (!def || !emptyNew) return;
          ctx.report(
            `ATTACH PARTITION ${displayName(part)} scans all of the default partition ${displayName(keyRef(def))} under ACCESS EXCLUSIVE for rows that belong to the new bound: add a CHECK to ${displayName(keyRef(def))} that excludes the bound (NOT VALID, then VALIDATE) before attaching`,
            { location: ctx.actionLocation(index) },
          );
          return;
        }
        const alsoDefault = def ? `, and the default partition ${displayName(keyRef(def))} too,` : '';
        ctx.report(
          `ATTACH PARTITION ${displayName(part)} scans all of ${displayName(part)}${alsoDefault} under ACCESS EXCLUSIVE to prove the bound: add a CHECK that implies it (NOT VALID, then VALIDATE) before attaching`,
          { location: ctx.actionLocation(index) },
        );
      });
    },
  },
});

function keyRef(key: string) {
  const dot = key.indexOf('.');
  return { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}

/** Tables created in this change that the file has since written rows into. */
function filled(ctx: StatementContext): Set<string> {
  const s = ctx.state as { filled?: Set<string> };
  return (s.filled ??= new Set());
}

function noteFilled(ctx: StatementContext, rv: RangeVar | undefined) {
  const rel = relationOf(rv);
  if (rel && ctx.isNew(rel)) filled(ctx).add(relationKey(rel));
}
