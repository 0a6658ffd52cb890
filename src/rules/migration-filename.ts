import { resolve } from 'node:path';
import { isInside } from '../migrations/discover.js';
import { isFlywayCallback, isNameProblem } from '../migrations/name.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'migration-filename',
  severity: 'error',
  docs: {
    why: 'Flyway only runs files named V<version>__<description>.sql (U… for undo, R__… for repeatable) and by default silently skips the others, so a misnamed migration is merged, deployed and never applied. Only such names are reported: a description in any case (V1__Create_person_table.sql) is one Flyway runs (see migration-description-style).',
    instead:
      'Rename the file to V<version>__<description>.sql with a lower snake_case description, or to VXXX__<description>.sql (the placeholder) and let pgmig assign give it the next free version at merge.',
    example: {
      bad: '-- db/migration/V12_AddLeadIndex.sql  (one "_" after the version, CamelCase description)\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
      good: '-- db/migration/V12__add_lead_index.sql\nCREATE INDEX CONCURRENTLY lead_owner_idx ON lead (owner_id);',
    },
  },
  endProject(ctx) {
    const { config } = ctx;
    const folders = config.migrations.map((d) => resolve(config.root, d));
    const tests = resolve(config.root, config.tests);
    for (const file of ctx.files) {
      const name = file.entry.name;
      if (!isNameProblem(name)) continue;
      // a file linted by hand outside the migrations folders is not claimed to be a migration
      if (!folders.some((d) => isInside(d, file.absPath))) continue;
      if (isInside(tests, file.absPath) || isFlywayCallback(file.absPath)) continue;
      const fix = name.suggestion ? `; rename it to ${name.suggestion}` : '';
      ctx.report({ file: file.path }, `${name.message}${fix}`, {
        help: name.suggestion
          ? `Rename the file to ${name.suggestion} (or use ${config.placeholder}__<description>.sql and let pgmig assign number it at merge).`
          : undefined,
      });
    }
  },
});
