import { basename } from 'node:path';
import { compareVersions, isNameProblem, parseMigrationName } from '../migrations/name.js';
import { displayName, relationFromNames, relationKey, type RelationRef } from '../sql/relation.js';
import { defineRule, type StatementContext } from './rule.js';
import { nodeAs } from '../sql/node-types.js';

/**
 * An undo file dropping the table its own migration created (U5 dropping what V5 made): that is
 * the undo doing its job, on a database where the table holds only what V5's release wrote.
 */
function undoesItsCreation(ref: RelationRef, ctx: StatementContext): boolean {
  const undo = ctx.file.entry.name;
  if (isNameProblem(undo) || (undo.kind !== 'undo' && undo.kind !== 'pending-undo')) return false;
  const made = ctx.model.table(relationKey(ref))?.createdAt?.file;
  if (!made) return false;
  const forward = parseMigrationName(basename(made), ctx.config.placeholder);
  if (isNameProblem(forward)) return false;
  if (undo.kind === 'undo') return forward.kind === 'versioned' && compareVersions(forward.parts, undo.parts) === 0;
  return forward.kind === 'pending' && forward.description === undo.description;
}

export default defineRule({
  id: 'ban-drop-table',
  // error, not squawk's warning: every row is lost for good and every query on the table fails at once
  severity: 'error',
  docs: {
    why: 'DROP TABLE deletes the table with all its rows; an undo script can recreate the table but not the data. Every query, view, function and client still using it fails at once, including code deployed before the migration during a rolling deploy. The severity is error (squawk says warning) so a drop is always acknowledged. A table created in the same change is exempt: nothing uses it yet; so is an undo file dropping the table its own migration (the V file of the same version) created.',
    lock: 'ACCESS EXCLUSIVE on the table (and on tables whose foreign keys point at it).',
    instead: 'Stop using the table first (deploy code that no longer touches it, keep a backup or rename it to an _archived name for a while), then drop it in a later migration with `-- pgmig-ignore ban-drop-table` and a comment saying why it is safe.',
    example: {
      bad: 'DROP TABLE lead_import;',
      good: '-- release 1: nothing reads or writes lead_import any more; a backup was taken\n-- release 2:\n-- pgmig-ignore ban-drop-table\nDROP TABLE lead_import;',
    },
  },
  visit: {
    DropStmt(node, ctx) {
      if (node.removeType !== 'OBJECT_TABLE') return;
      const existing = (node.objects ?? [])
        .map((o) => relationFromNames(nodeAs(o, 'List')?.items))
        .filter((ref): ref is RelationRef => !!ref && ctx.isExisting(ref) && !undoesItsCreation(ref, ctx) && !(node.missing_ok && ctx.model.isGone(ref)))
        .map((ref) => displayName(ref));
      if (existing.length === 0) return;
      const list = existing.join(', ');
      ctx.report(`DROP TABLE ${list} deletes ${existing.length > 1 ? 'those tables' : 'the table'} with all rows, and breaks every query and client still using ${existing.length > 1 ? 'them' : 'it'}`);
    },
  },
});
