import type { VersionRange } from '../migrations/config.js';
import { isNameProblem } from '../migrations/name.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'version-range',
  severity: 'error',
  docs: {
    why: 'versionRanges in .pgmig.yml reserve blocks of versions (for instance one per team, or a gap left by an old numbering scheme). A version outside them breaks that agreement: it can collide with numbers another stream will take, or sort before migrations that already ran.',
    instead:
      'Give the file a version inside an allowed range, or name it VXXX__<description>.sql and let pgmig assign pick the next free version in range at merge. Only the first part of a dotted version (12 in 12.1) is compared with the ranges.',
    example: {
      bad: '-- .pgmig.yml: versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n-- db/migration/V8500__add_lead_index.sql',
      good: '-- .pgmig.yml: versionRanges: [{from: 1, to: 7999}, {from: 10000}]\n-- db/migration/V10001__add_lead_index.sql',
    },
  },
  endProject(ctx) {
    const ranges = ctx.config.versionRanges;
    if (ranges.length === 0) return;
    for (const file of ctx.files) {
      const name = file.entry.name;
      // an undo file carries its migration's version; the V file is the one to renumber
      if (isNameProblem(name) || name.kind !== 'versioned') continue;
      const major = name.parts[0]!;
      const allowed = ranges.some((r) => major >= BigInt(r.from) && (r.to === undefined || major <= BigInt(r.to)));
      if (allowed) continue;
      ctx.report(
        { file: file.path },
        `version ${name.version} is outside the allowed versions (${describeRanges(ranges)}, versionRanges in the config); renumber it into a range or name it ${ctx.config.placeholder}__${name.description}.sql`,
      );
    }
  },
});

function describeRanges(ranges: VersionRange[]): string {
  return ranges.map((r) => (r.to === undefined ? `${r.from} and above` : r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');
}
