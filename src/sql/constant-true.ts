import type { A_Const, A_Expr, BoolExpr, Node } from '@pgsql/types';
import { booleanConstant } from './expr.js';
import { nameParts } from './names.js';
import { nodeAs } from './node-types.js';

/** The node with its `location` fields dropped, so two spellings of one expression compare equal. */
function shape(node: unknown): string {
  return JSON.stringify(node, (k, v) => (k === 'location' ? undefined : v));
}

function constantNumber(node: Node | undefined): number | undefined {
  const c = nodeAs(node, 'A_Const');
  if (!c) return undefined;
  if ('ival' in c) return Number(c.ival?.ival ?? 0);
  if ('fval' in c) return Number(c.fval?.fval);
  return undefined;
}

/** Whether both sides are constants (numbers or strings), and the comparison holds. */
function constantComparison(op: string, l: Node | undefined, r: Node | undefined): boolean | undefined {
  const ln = constantNumber(l);
  const rn = constantNumber(r);
  let cmp: number | undefined;
  if (ln !== undefined && rn !== undefined) cmp = Math.sign(ln - rn);
  else {
    const ls = nodeAs(l, 'A_Const')?.sval;
    const rs = nodeAs(r, 'A_Const')?.sval;
    if (!ls || !rs) return undefined;
    cmp = (ls.sval ?? '') === (rs.sval ?? '') ? 0 : 1;
    if (op !== '=' && op !== '<>' && op !== '!=') return undefined;
  }
  switch (op) {
    case '=':
      return cmp === 0;
    case '<>':
    case '!=':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
  }
  return undefined;
}

/**
 * True for a condition that holds for every row, whatever the row and the session: `true`,
 * `1 = 1`, `'a' = 'a'`, `NOT false`, `col = col` (every row where col is not NULL, which for a key
 * or a tenant column is every row), and AND/OR of such. False when pgmig cannot tell.
 */
export function isConstantTrue(node: Node | undefined): boolean {
  if (!node) return false;
  if (booleanConstant(node) === true) return true;
  const b = nodeAs(node, 'BoolExpr');
  if (b) {
    const args = b.args ?? [];
    if (b.boolop === 'OR_EXPR') return args.some(isConstantTrue);
    if (b.boolop === 'AND_EXPR') return args.length > 0 && args.every(isConstantTrue);
    if (b.boolop === 'NOT_EXPR') return args.length === 1 && isConstantFalse(args[0]);
    return false;
  }
  const e = nodeAs(node, 'A_Expr');
  if (e?.kind === 'AEXPR_OP') {
    const op = nameParts(e.name).join('.');
    if (constantComparison(op, e.lexpr, e.rexpr) === true) return true;
    // x = x, x <= x, x >= x: true wherever x is not NULL
    if (['=', '<=', '>='].includes(op) && e.lexpr && nodeAs(e.lexpr, 'ColumnRef') && shape(e.lexpr) === shape(e.rexpr)) return true;
  }
  return false;
}

function isConstantFalse(node: Node | undefined): boolean {
  if (booleanConstant(node) === false) return true;
  const e = nodeAs(node, 'A_Expr');
  if (e?.kind === 'AEXPR_OP') return constantComparison(nameParts(e.name).join('.'), e.lexpr, e.rexpr) === false;
  return false;
}
