import type { MigrationEntry } from './discover.js';
import { isNameProblem, versionKey } from './name.js';

/** Files that Flyway takes for one migration: `flyway migrate` stops before running anything. */
export interface DuplicateGroup {
  files: MigrationEntry[];
  /** Flyway's own words for it. */
  message: string;
}

/**
 * Versioned (and undo) files whose versions compare equal (`V1`, `V01`, `V1.0`), and repeatable
 * files with one description, in the order given: Flyway's resolver refuses both.
 */
export function flywayDuplicates(entries: MigrationEntry[]): DuplicateGroup[] {
  const groups = new Map<string, MigrationEntry[]>();
  for (const e of entries) {
    const n = e.name;
    if (isNameProblem(n)) continue;
    const key =
      n.kind === 'versioned' || n.kind === 'undo' ? `${n.kind}:${versionKey(n.parts)}` : n.kind === 'repeatable' ? `repeatable:${n.description}` : undefined;
    if (!key) continue;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const out: DuplicateGroup[] = [];
  for (const [key, files] of groups) {
    if (files.length < 2) continue;
    const n = files[0]!.name as Exclude<MigrationEntry['name'], { message: string }>;
    const what =
      n.kind === 'repeatable'
        ? `repeatable migration with description ${n.description.replace(/_/g, ' ')}`
        : `${n.kind === 'undo' ? 'undo ' : ''}migration with version ${key.slice(key.indexOf(':') + 1)}`;
    out.push({ files, message: `Found more than one ${what}\nOffending Migrations: ${files.map((f) => f.path).join(', ')}` });
  }
  return out;
}
