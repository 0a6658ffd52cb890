import { defineRule } from './rule.js';
import { nodeAs } from '../sql/node-types.js';
import { nameParts } from '../sql/names.js';
import type { Node } from '@pgsql/types';

const domainName = (names: Node[] | undefined) => nameParts(names).join('.');

export default defineRule({
  id: 'ban-alter-domain-with-add-constraint',
  severity: 'warning',
  docs: {
    why: 'ALTER DOMAIN … ADD CONSTRAINT (and ALTER DOMAIN … SET NOT NULL, which adds one) checks every column of every table that uses the domain, locking each of those tables against writes for the scan; unlike a table constraint there is no cheap way to stage it, and one statement can stall many tables at once. The constraint then also hides in the type, far from the tables it slows down.',
    lock: 'SHARE on every table with a column of the domain, for the scan (blocks writes to all of them).',
    instead: 'Put the rule on the columns instead: ALTER TABLE … ADD CONSTRAINT … CHECK (…) NOT VALID on each table, then VALIDATE CONSTRAINT in a later transaction.',
    example: {
      bad: "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');",
      good: "ALTER TABLE app_user ADD CONSTRAINT app_user_email_has_at CHECK (email LIKE '%@%') NOT VALID;",
    },
  },
  visit: {
    AlterDomainStmt(node, ctx) {
      const domain = domainName(node.typeName);
      if (node.subtype === 'C') {
        const c = nodeAs(node.def, 'Constraint');
        ctx.report(`ALTER DOMAIN ${domain} ADD CONSTRAINT checks every column of type ${domain} in every table, blocking writes to each; put the constraint on the tables instead`, {
          location: c?.location,
        });
      } else if (node.subtype === 'O') {
        ctx.report(`ALTER DOMAIN ${domain} SET NOT NULL checks every column of type ${domain} in every table, blocking writes to each; put a NOT NULL check on the tables instead`);
      }
    },
  },
});
