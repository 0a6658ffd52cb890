import { tableCmds } from '../sql/ddl.js';
import { displayName, relationOf } from '../sql/relation.js';
import { defineRule } from './rule.js';

/** The ALTER TABLE forms that copy the whole table, and how to say each in a message. */
const FORMS: Record<string, string> = {
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetAccessMethod: 'SET ACCESS METHOD',
};

/** Left to ban-set-logged-unlogged unless that rule is off. */
const PERSISTENCE = new Set(['AT_SetLogged', 'AT_SetUnLogged']);

export default defineRule({
  id: 'table-rewrite',
  severity: 'warning',
  docs: {
    why: 'ALTER TABLE … SET LOGGED, SET UNLOGGED, SET TABLESPACE and SET ACCESS METHOD copy the whole table (and, for the first two and the last, rebuild its indexes) into new files while holding ACCESS EXCLUSIVE: no query, not even a SELECT, gets through until the copy is done, minutes to hours on a large table. A table created in the same change is exempt: it has no rows and no readers yet. SET LOGGED and SET UNLOGGED are reported by ban-set-logged-unlogged, which says what the setting does as well; this rule reports them only when that one is off.',
    lock: 'ACCESS EXCLUSIVE on the table for the whole copy (blocks reads and writes).',
    instead: 'Run it in a maintenance window with the application stopped, or rebuild the table with pg_repack (which can also move it to another tablespace) while reads and writes go on. For a table that should just stop being written to the WAL, consider whether a new unlogged table filled in batches will do.',
    example: {
      bad: 'ALTER TABLE event SET TABLESPACE fast_disk;',
      good: '-- outside the migration, while reads and writes go on: pg_repack --table=event --tablespace=fast_disk\n-- new tables can go straight to the tablespace:\nCREATE TABLE event_archive (LIKE event) TABLESPACE fast_disk;',
    },
  },
  visit: {
    AlterTableStmt(node, ctx) {
      if (!ctx.isExisting(node.relation)) return;
      const table = displayName(relationOf(node.relation)!);
      for (const { cmd, index } of tableCmds(node)) {
        const form = FORMS[cmd.subtype ?? ''];
        if (!form) continue;
        // One finding per statement: ban-set-logged-unlogged names both the rewrite and what the setting does.
        if (PERSISTENCE.has(cmd.subtype ?? '') && ctx.config.rules['ban-set-logged-unlogged'] !== 'off') continue;
        ctx.report(`ALTER TABLE ${table} ${form} rewrites all of ${table} under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done`, {
          location: ctx.actionLocation(index),
        });
      }
    },
  },
});
