import type { MigrationEntry } from '../migrations/discover.js';
import { isNameProblem, versionKey, type MigrationName } from '../migrations/name.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'duplicate-version',
  severity: 'error',
  docs: {
    why: 'Flyway refuses to migrate when two versioned migrations share a version ("Found more than one migration with version …"), so every deploy stops until one is renamed. Versions compare as numbers: V1.1, V1_1 and V01.1 are the same version. It usually happens when two pull requests pick the same next number.',
    instead:
      'Give one of the files the next free version, or name new migrations VXXX__<description>.sql and let pgmig assign number them at merge. An undo file U<n> shares its version with V<n> by design; only two V (or two U) files with one version collide.',
    example: {
      bad: '-- db/migration/V12__add_lead_index.sql\n-- db/migration/V12__add_lead_status.sql  (both version 12)\nALTER TABLE lead ADD COLUMN status text;',
      good: '-- db/migration/V12__add_lead_index.sql\n-- db/migration/V13__add_lead_status.sql\nALTER TABLE lead ADD COLUMN status text;',
    },
  },
  endProject(ctx) {
    const groups = new Map<string, Array<{ entry: MigrationEntry; name: MigrationName }>>();
    const seen = new Set<string>();
    for (const entry of [...ctx.directory, ...ctx.files.map((f) => f.entry)]) {
      if (seen.has(entry.absPath)) continue;
      seen.add(entry.absPath);
      const name = entry.name;
      if (isNameProblem(name) || (name.kind !== 'versioned' && name.kind !== 'undo')) continue;
      const key = `${name.kind}:${versionKey(name.parts)}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ entry, name });
    }
    const linted = new Set(ctx.files.map((f) => f.path));
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const { entry, name } of group) {
        if (!linted.has(entry.path)) continue;
        const others = group.filter((o) => o.entry !== entry);
        const kind = name.kind === 'undo' ? 'undo ' : '';
        const spelled = others.some((o) => o.name.version !== name.version)
          ? ` (${[name, ...others.map((o) => o.name)].map((n) => n.version).filter((v, i, a) => a.indexOf(v) === i).join(', ')} are the same version)`
          : '';
        ctx.report(
          { file: entry.path },
          `${kind}version ${name.version} is also used by ${others.map((o) => o.entry.path).join(', ')}${spelled}; Flyway stops when two migrations share a version`,
        );
      }
    }
  },
});
