import { defineRule } from './rule.js';
import { nodeAs } from '../sql/node-types.js';
import { nameParts } from '../sql/names.js';
import type { Node } from '@pgsql/types';

const domainName = (names: Node[] | undefined) => nameParts(names).join('.');

export default defineRule({
  id: 'ban-create-domain-with-constraint',
  severity: 'warning',
  docs: {
    why: 'A domain with a CHECK or NOT NULL constraint is hard to change online: altering the constraint later re-checks every column of every table that uses the domain, with no NOT VALID step for the tables, and adding a column of the domain to an existing table rewrites the table so every row can be checked. The rule lives in the type, far from the tables it slows down. A DEFAULT on a domain is not a constraint and is fine.',
    instead: 'Create the domain without constraints (or use the base type) and put CHECK / NOT NULL constraints on the table columns, where they can be added NOT VALID and validated later.',
    example: {
      bad: "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');",
      good: "CREATE DOMAIN email AS text;\nCREATE TABLE app_user (id bigint PRIMARY KEY, email email CHECK (email LIKE '%@%'));",
    },
  },
  visit: {
    CreateDomainStmt(node, ctx) {
      const domain = domainName(node.domainname);
      for (const c of node.constraints ?? []) {
        const con = nodeAs(c, 'Constraint');
        if (con?.contype !== 'CONSTR_CHECK' && con?.contype !== 'CONSTR_NOTNULL') continue;
        const kind = con.contype === 'CONSTR_CHECK' ? 'CHECK' : 'NOT NULL';
        ctx.report(`domain ${domain} has a ${kind} constraint: changing it later re-checks every table that uses ${domain}; put the constraint on the columns instead`, {
          location: con.location,
        });
      }
    },
  },
});
