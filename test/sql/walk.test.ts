import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser, parseSql } from '../../src/sql/parse.js';
import { nameParts } from '../../src/sql/names.js';
import { find, findNode, walk } from '../../src/sql/walk.js';

const lastName = (list: Parameters<typeof nameParts>[0]) => nameParts(list).at(-1);

beforeAll(() => ensureParser());

const stmt = (sql: string) => parseSql(sql).statements[0]!;

describe('walk', () => {
  it('finds calls nested in casts, operators, CASE and subqueries, parents first', () => {
    const s = stmt(
      "SELECT CASE WHEN a THEN upper(lower('x')) END, (SELECT max(y) FROM t WHERE z = abs(1))::int",
    );
    const calls: string[] = [];
    walk(s.node, (type, node) => {
      if (type === 'FuncCall') calls.push(lastName(node.funcname) ?? '?');
    });
    expect(calls).toEqual(['upper', 'lower', 'max', 'abs']);
  });

  it('accepts a typed node, a bare inner object or a list as root', () => {
    const types = (root: unknown) => {
      const seen: string[] = [];
      walk(root, (t, _node) => void seen.push(t));
      return seen;
    };
    const c = { A_Const: { ival: { ival: 1 }, location: 0 } };
    expect(types(c)).toEqual(['A_Const']);
    expect(types({ x: c, y: [c, c] })).toEqual(['A_Const', 'A_Const', 'A_Const']);
    expect(types([c, null, 3, 'A_Const'])).toEqual(['A_Const']);
  });

  it('skips the children of a node when the visitor returns false', () => {
    const s = stmt('SELECT upper(lower(x)), abs(1)');
    const calls: string[] = [];
    walk(s.node, (type, node) => {
      if (type !== 'FuncCall') return;
      calls.push(lastName(node.funcname) ?? '?');
      return false;
    });
    expect(calls).toEqual(['upper', 'abs']);
  });

  it('does not look inside function bodies, which are strings', () => {
    const s = stmt("CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT current_setting('x'); $body$");
    expect(find(s.node, (t, _node) => t === 'FuncCall')).toBeUndefined();
    expect(findNode(s.node, 'FuncCall')).toBeUndefined();
  });

  it('find returns the first match, depth first', () => {
    const s = stmt('SELECT a FROM t WHERE upper(b) = lower(c)');
    const first = find(s.node, (t, _node) => t === 'FuncCall');
    expect(first?.type === 'FuncCall' && first.node.funcname?.[0]).toEqual({ String: { sval: 'upper' } });
    expect(findNode(s.node, 'FuncCall')?.funcname?.[0]).toEqual({ String: { sval: 'upper' } });
    expect(find(s.node, (t, _node) => t === 'CaseExpr')).toBeUndefined();
  });
});
