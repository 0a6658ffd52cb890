import type { VersionRange } from '../migrations/config.js';
import { compareVersions, isNameProblem, parseMigrationName, type MigrationName, type NameProblem } from '../migrations/name.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'version-out-of-order',
  severity: 'error',
  docs: {
    why: 'Flyway applies versions in order and, with outOfOrder off (the default), ignores a pending migration whose version is at or below the highest one a database already has: once the base branch has V13, a newly merged V12 never runs there, and validate fails. A version already used on the base branch collides with it outright.',
    instead:
      'Number new migrations above the highest version on the base branch, or name them VXXX__<description>.sql so pgmig assign gives them the next free version at merge, after everything already merged.',
    example: {
      bad: '-- on main: V13__add_lead_status.sql; this branch adds:\n-- db/migration/V12__add_lead_index.sql',
      good: '-- on main: V13__add_lead_status.sql; this branch adds:\n-- db/migration/VXXX__add_lead_index.sql  (numbered at merge)',
    },
  },
  endProject(ctx) {
    const base = ctx.base;
    if (!base) return;
    const versioned = (n: MigrationName | NameProblem): n is MigrationName => !isNameProblem(n) && n.kind === 'versioned';
    const onBase = base.files.filter((e) => versioned(e.name));
    if (onBase.length === 0) return;
    const highest = onBase.reduce((a, b) => (compareVersions((b.name as MigrationName).parts, (a.name as MigrationName).parts) > 0 ? b : a));
    const top = highest.name as MigrationName;
    const renamedFrom = base.deleted.map((p) => parseMigrationName(p, ctx.config.placeholder)).filter(versioned).map((n) => n.parts);
    const known = new Set([...base.files.map((e) => e.path), ...base.modified]);
    // every version in sight, so two suggestions never name the same number
    const taken = new Set<bigint>();
    for (const e of [...base.files, ...ctx.directory]) if (versioned(e.name)) taken.add(e.name.parts[0]!);
    let next = [...taken].reduce((a, b) => (b > a ? b : a), 0n);

    for (const file of ctx.files) {
      const name = file.entry.name;
      if (!versioned(name) || known.has(file.path)) continue;
      if (compareVersions(name.parts, top.parts) > 0) continue;
      // a base migration renamed in this branch: modified-applied-migration says so
      if (renamedFrom.some((parts) => compareVersions(parts, name.parts) === 0)) continue;
      const same = onBase.find((e) => compareVersions((e.name as MigrationName).parts, name.parts) === 0);
      next = nextFree(next, taken, ctx.config.versionRanges);
      const rename = `rename it to V${next}__${name.description}.sql, or to ${ctx.config.placeholder}__${name.description}.sql to have it numbered at merge`;
      const message = same
        ? `version ${name.version} is already used on ${base.ref} by ${same.path}; ${rename}`
        : `version ${name.version} is below ${top.version}, the highest version on ${base.ref} (${highest.path}); Flyway will not apply it where ${top.version} already ran; ${rename}`;
      ctx.report({ file: file.path }, message);
    }
  },
});

/** The first whole version above `after` that no file uses and the configured ranges allow. */
function nextFree(after: bigint, taken: Set<bigint>, ranges: VersionRange[]): bigint {
  let v = after + 1n;
  for (let guard = 0; guard < 1000; guard++) {
    if (ranges.length > 0) {
      const inside = ranges.some((r) => v >= BigInt(r.from) && (r.to === undefined || v <= BigInt(r.to)));
      if (!inside) {
        const later = ranges.map((r) => BigInt(r.from)).filter((f) => f > v);
        if (later.length === 0) return v;
        v = later.reduce((a, b) => (b < a ? b : a));
        continue;
      }
    }
    if (!taken.has(v)) break;
    v += 1n;
  }
  taken.add(v);
  return v;
}
