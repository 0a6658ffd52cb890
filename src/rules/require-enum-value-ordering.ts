import { keywordLocations } from '../sql/ddl.js';
import { defineRule } from './rule.js';
import { nameParts } from '../sql/names.js';

export default defineRule({
  id: 'require-enum-value-ordering',
  severity: 'warning',
  docs: {
    why:
      'An enum sorts by the order its values were declared in, not alphabetically: ORDER BY, <, >, min() and max() and indexes on the column all follow it. ALTER TYPE … ADD VALUE without BEFORE or AFTER puts the new value last, which is often not where it belongs (a status added between "open" and "closed" sorts after "closed"), and the order cannot be changed later without recreating the type and rewriting every column that uses it. An enum created in the same change is checked too: the order is the point, not a lock.',
    instead: "Say where the value goes: ALTER TYPE … ADD VALUE 'new' BEFORE 'existing' (or AFTER 'existing'); when last is right, say AFTER the current last value.",
    example: {
      bad: "ALTER TYPE lead_status ADD VALUE 'qualified';",
      good: "ALTER TYPE lead_status ADD VALUE IF NOT EXISTS 'qualified' AFTER 'contacted';",
    },
  },
  visit: {
    AlterEnumStmt(node, ctx) {
      // RENAME VALUE has oldVal; ADD VALUE … BEFORE/AFTER has newValNeighbor
      if (node.oldVal !== undefined || node.newVal === undefined || node.newValNeighbor !== undefined) return;
      const type = nameParts(node.typeName).join('.');
      ctx.report(`ADD VALUE '${node.newVal}' to enum ${type} without BEFORE or AFTER puts it last in the sort order; say where it belongs`, {
        location: keywordLocations(ctx.stmt, ctx.file.parsed.source, ['ADD', 'VALUE'])[0],
      });
    },
  },
});
