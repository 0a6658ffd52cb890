import { defineRule } from './rule.js';

export default defineRule({
  id: 'ban-drop-database',
  // error, not squawk's warning: no migration should ever do this, and it cannot be undone
  severity: 'error',
  docs: {
    why: 'DROP DATABASE deletes a whole database, every table and every row in it, and cannot be undone or rolled back (it does not even run inside a transaction). In a migration that runs on every environment, including production, it is never what was meant; the severity is error so it cannot pass as a warning.',
    instead: 'Remove databases by hand, with a backup, outside the migration history. If a migration really must, silence it with `-- pgmig-ignore ban-drop-database` and a comment saying why.',
    example: {
      bad: 'DROP DATABASE analytics;',
      good: '-- drop the analytics database by hand, after a backup; migrations never do',
    },
  },
  visit: {
    DropdbStmt(node, ctx) {
      ctx.report(`DROP DATABASE ${node.dbname} deletes the whole database and all its data, on every environment the migration runs on`);
    },
  },
});
