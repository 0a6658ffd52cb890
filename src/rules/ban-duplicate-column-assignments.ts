import type { Node, ResTarget } from '@pgsql/types';
import { nodeAs, type NodeOf, type TaggedNode } from '../sql/node-types.js';
import { walk, type NodeVisitor } from '../sql/walk.js';
import { defineRule, type StatementContext } from './rule.js';

type Visited = 'UpdateStmt' | 'InsertStmt' | 'DeleteStmt' | 'SelectStmt' | 'MergeStmt' | 'CreateFunctionStmt' | 'RuleStmt';

/**
 * Reports every plain column named more than once in one list. `SET a.x = 1, a.y = 2` (fields
 * of a composite) and `SET a[1] = 1, a[2] = 2` (array elements) are legal and are left alone.
 */
function checkList(targets: Node[] | undefined, what: string, ctx: StatementContext): void {
  const byName = new Map<string, ResTarget[]>();
  for (const t of targets ?? []) {
    const rt = nodeAs(t, 'ResTarget');
    if (!rt?.name || rt.indirection?.length) continue;
    let list = byName.get(rt.name);
    if (!list) byName.set(rt.name, (list = []));
    list.push(rt);
  }
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    for (const rt of list) {
      ctx.report(`column ${name} is assigned ${list.length} times in one ${what}; PostgreSQL rejects the statement`, { location: rt.location });
    }
  }
}

function check(ctx: StatementContext, ...[type, node]: TaggedNode): void {
  if (type === 'UpdateStmt') checkList(node.targetList, 'UPDATE … SET', ctx);
  else if (type === 'InsertStmt') {
    checkList(node.cols, 'INSERT column list', ctx);
    // the clause is an untyped field of the INSERT, so a walk does not meet it on its own
    checkList(node.onConflictClause?.targetList, 'ON CONFLICT DO UPDATE SET', ctx);
  } else if (type === 'MergeStmt') {
    for (const w of node.mergeWhenClauses ?? []) {
      const clause = nodeAs(w, 'MergeWhenClause');
      if (clause) checkList(clause.targetList, clause.commandType === 'CMD_INSERT' ? 'MERGE … INSERT column list' : 'MERGE … UPDATE SET', ctx);
    }
  }
}

/**
 * The statement itself and those nested in it. A data-modifying statement can only be nested
 * in the top-level WITH (PostgreSQL's rule), in a SQL function body or in a rule's actions, so
 * only those parts are walked, never the rows of a large INSERT … VALUES.
 */
function visit(kind: Visited) {
  return (node: NodeOf<Visited>, ctx: StatementContext) => {
    // each visitor is registered under its own kind, so kind and node are a pair
    check(ctx, ...([kind, node] as TaggedNode));
    const nested: NodeVisitor = (...args) => {
      check(ctx, ...args);
    };
    if ('withClause' in node) walk(node.withClause, nested);
    if ('sql_body' in node) walk(node.sql_body, nested);
    if ('actions' in node) walk(node.actions, nested);
  };
}

export default defineRule({
  id: 'ban-duplicate-column-assignments',
  severity: 'warning',
  docs: {
    why: 'Assigning the same column twice in one UPDATE … SET, ON CONFLICT DO UPDATE SET, MERGE action or INSERT column list is an error in PostgreSQL ("multiple assignments to same column"): the migration fails when it runs, usually a copy-and-paste slip where one of the two values was meant for another column.',
    instead: 'Assign each column once; check which column the second value was meant for.',
    example: {
      bad: "UPDATE lead SET status = 'new', status = 'open' WHERE status IS NULL;",
      good: "UPDATE lead SET status = 'new', stage = 'open' WHERE status IS NULL;",
    },
  },
  visit: {
    UpdateStmt: visit('UpdateStmt'),
    InsertStmt: visit('InsertStmt'),
    DeleteStmt: visit('DeleteStmt'),
    SelectStmt: visit('SelectStmt'),
    MergeStmt: visit('MergeStmt'),
    CreateFunctionStmt: visit('CreateFunctionStmt'),
    RuleStmt: visit('RuleStmt'),
  },
});
