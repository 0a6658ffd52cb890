import type { AlterSeqStmt, AlterTableCmd, AlterTableStmt, DefElem, FuncCall, List, Node, TypeCast } from '@pgsql/types';
import { callArgument, functionName, stringConstant } from '../sql/expr.js';
import { nodeAs } from '../sql/node-types.js';
import { displayName, relationKey, relationOf, type RelationRef } from '../sql/relation.js';
import { walk } from '../sql/walk.js';
import { defineRule, type StatementContext } from './rule.js';

function restartOption(options: Node[] | undefined): DefElem | undefined {
  return (options ?? []).map((o) => nodeAs(o, 'DefElem')).find((d) => d?.defname === 'restart');
}

/** A number written as a constant (`1`, `'1'::bigint`, `-5`): a value that does not follow the table's keys. */
function isConstantValue(node: Node | undefined): boolean {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return isConstantValue(cast.arg);
  return !!nodeAs(node, 'A_Const');
}

/** `'public.lead_id_seq'` (setval's first argument) as a relation. */
function sequenceOf(node: Node | undefined): RelationRef | undefined {
  const text = stringConstant(node);
  if (!text) return undefined;
  const parts = text.split('.');
  return { schema: parts.length > 1 ? parts[0]!.replace(/"/g, '') : 'public', name: parts[parts.length - 1]!.replace(/"/g, '') };
}

function report(ctx: StatementContext, what: string, location?: number) {
  ctx.report(`${what}: the next inserts get keys that may already be in use and fail with duplicate key errors (or, without a unique index, share them)`, { location });
}

export default defineRule({
  id: 'sequence-restart',
  severity: 'warning',
  docs: {
    why:
      'Restarting a sequence or an identity column (ALTER SEQUENCE … RESTART, ALTER COLUMN … RESTART, setval to a constant) sets where new keys begin without looking at the keys already in the table. Below the highest one in use, the next inserts collide with existing rows ("duplicate key value violates unique constraint") until the sequence passes them, in production only, where the rows are. setval computed from the table (`SELECT setval(…, max(id)) FROM …`) is the safe form and is not reported; nor are sequences and tables created in the same change.',
    instead:
      'Leave sequences alone, or move them forward from the data: `SELECT setval(\'lead_id_seq\', (SELECT coalesce(max(id), 0) + 1 FROM lead), false);`.',
    example: {
      bad: 'ALTER SEQUENCE lead_id_seq RESTART WITH 1;',
      good: "SELECT setval('lead_id_seq', (SELECT coalesce(max(id), 0) + 1 FROM lead), false);",
    },
  },
  visit: {
    AlterSeqStmt(node: AlterSeqStmt, ctx) {
      const seq = relationOf(node.sequence);
      const restart = restartOption(node.options);
      if (!seq || !restart || ctx.model.objects.isNewSequence(relationKey(seq))) return;
      report(ctx, `ALTER SEQUENCE ${displayName(seq)} RESTART sets its next value regardless of the keys in use`, restart.location);
    },
    AlterTableStmt(node: AlterTableStmt, ctx) {
      const table = relationOf(node.relation);
      if (!table || ctx.isNew(table)) return;
      (node.cmds ?? []).forEach((c, index) => {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd?.subtype !== 'AT_SetIdentity') return;
        if (!restartOption(nodeAs(cmd.def, 'List')?.items)) return;
        report(ctx, `ALTER COLUMN ${cmd.name} RESTART on ${displayName(table)} sets the identity's next value regardless of the keys in use`, ctx.actionLocation(index));
      });
    },
    '*'(node, ctx) {
      // setval may be called from any statement that evaluates an expression
      if (ctx.stmt.kind !== 'SelectStmt' && ctx.stmt.kind !== 'DoStmt' && ctx.stmt.kind !== 'UpdateStmt' && ctx.stmt.kind !== 'InsertStmt') return;
      walk(node, (type, inner) => {
        if (type !== 'FuncCall') return;
        const call = inner as FuncCall;
        const fn = functionName(call);
        if (fn?.name !== 'setval' || (fn.schema && fn.schema !== 'pg_catalog')) return;
        if (!isConstantValue(callArgument(call, 1, 'value'))) return;
        const seq = sequenceOf(callArgument(call, 0, 'regclass'));
        if (seq && ctx.model.objects.isNewSequence(relationKey(seq))) return;
        report(ctx, `setval(${seq ? `'${displayName(seq)}'` : '…'}, constant) sets the sequence without looking at the keys in use`, call.location);
      });
    },
  },
});

