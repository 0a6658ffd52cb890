import { basename } from 'node:path';
import { compareVersions, isNameProblem, parseMigrationName, type MigrationName } from '../migrations/name.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'modified-applied-migration',
  severity: 'error',
  docs: {
    why: 'A versioned migration that is on the base branch has most likely run in some database already. Flyway records its checksum and description: an edit makes `flyway validate` and `migrate` fail there ("Migration checksum mismatch"), and even after a repair the edit never runs where the old version did, so databases drift apart. A deleted or renamed one is reported as applied but missing.',
    instead:
      'Restore the file as it is on the base branch and put the change in a new migration (VXXX__<description>.sql). Undo (U) and repeatable (R) files may be edited: Flyway runs them again as they are.',
    example: {
      bad: '-- db/migration/V3__create_lead.sql, already on main, edited in this branch:\nCREATE TABLE lead (id bigint PRIMARY KEY, owner_id bigint, status text);',
      good: '-- V3__create_lead.sql left as it is on main; the change as a new migration:\n-- db/migration/VXXX__add_lead_status.sql\nALTER TABLE lead ADD COLUMN status text;',
    },
  },
  endProject(ctx) {
    const base = ctx.base;
    if (!base) return;
    const versioned = (path: string): MigrationName | undefined => {
      const n = parseMigrationName(path, ctx.config.placeholder);
      return !isNameProblem(n) && n.kind === 'versioned' ? n : undefined;
    };
    for (const path of base.modified) {
      const name = versioned(path);
      if (!name) continue;
      ctx.report(
        { file: path },
        `${basename(path)} is on ${base.ref} and has probably been applied; editing it breaks Flyway's checksum check where it ran and the edit never runs there. Restore it and put the change in a new migration`,
      );
    }
    for (const path of base.deleted) {
      const name = versioned(path);
      if (!name) continue;
      // a new file with the same version is most likely the same migration renamed
      const renamed = ctx.files.find((f) => {
        const n = f.entry.name;
        return !isNameProblem(n) && n.kind === 'versioned' && compareVersions(n.parts, name.parts) === 0;
      });
      const message = renamed
        ? `${path} is on ${base.ref} and has probably been applied, but was renamed to ${renamed.path}; Flyway then fails validation where it ran (description or checksum mismatch for version ${name.version}). Keep the old name and make the change in a new migration`
        : `${path} is on ${base.ref} and has probably been applied, but was deleted; Flyway then fails validation where it ran (applied migration ${name.version} not found). Restore it, and undo its effect in a new migration if that is the intent`;
      ctx.report({ file: path }, message);
    }
  },
});
