import { resolve } from 'node:path';
import { isInside } from '../migrations/discover.js';
import { isNameProblem, snakeCase } from '../migrations/name.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'migration-description-style',
  severity: 'warning',
  docs: {
    why:
      'Flyway runs `V1__Create_person_table.sql` and `V2__AddUsers.sql` as they are and records their description, so their names are a matter of style. ' +
      'Renaming a file that has been applied would break `flyway validate` where it ran (the description differs), so only new migrations are checked: files the base branch does not have (lint --changed-since).',
    instead: 'Name new migrations V<version>__<lower_snake_case_description>.sql (or VXXX__… and let pgmig assign number it); leave applied files as they are.',
    example: {
      bad: '-- db/migration/VXXX__AddLeadIndex.sql (a new file)\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
      good: '-- db/migration/VXXX__add_lead_index.sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS lead_owner_idx ON lead (owner_id);',
    },
  },
  endProject(ctx) {
    const base = ctx.base;
    // without a base branch, any file may have been applied somewhere
    if (!base) return;
    const applied = new Set(base.files.map((f) => f.path));
    const folders = ctx.config.migrations.map((d) => resolve(ctx.config.root, d));
    for (const file of ctx.files) {
      const name = file.entry.name;
      if (isNameProblem(name) || !name.style || applied.has(file.path)) continue;
      if (!folders.some((d) => isInside(d, file.absPath))) continue;
      const described = snakeCase(name.description);
      const renamed = described ? file.path.replace(/[^/]*$/, (b) => b.replace(`__${name.description}`, `__${described}`)) : undefined;
      ctx.report({ file: file.path }, `${name.style}${renamed && renamed !== file.path ? `; as a new file, it could be ${renamed.split('/').pop()}` : ''}`);
    }
  },
});
