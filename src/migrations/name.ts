import { basename } from 'node:path';

export type MigrationKind = 'versioned' | 'undo' | 'repeatable' | 'pending' | 'pending-undo';

export interface MigrationName {
  kind: MigrationKind;
  /** As written (`1.2`, `226`); empty for repeatable and pending files. */
  version: string;
  /** Numeric parts for ordering (`1_2` and `1.2` are both [1, 2]). */
  parts: bigint[];
  description: string;
  file: string;
}

export interface NameProblem {
  file: string;
  message: string;
}

const VERSION = /^\d+(?:[._]\d+)*$/;
const DESCRIPTION = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/**
 * Reads a Flyway file name. Returns a problem (never throws) when the name does not follow
 * `V<version>__<description>.sql`, `U<version>__…`, `R__…` or the placeholder form.
 */
export function parseMigrationName(file: string, placeholder = 'VXXX'): MigrationName | NameProblem {
  const name = basename(file);
  if (!name.endsWith('.sql')) return { file, message: `${name} is not a .sql file` };
  const stem = name.slice(0, -4);
  const sep = stem.indexOf('__');
  if (sep < 0) {
    return { file, message: `${name} has no "__" between version and description (expected V<version>__<description>.sql)` };
  }
  const prefix = stem.slice(0, sep);
  const description = stem.slice(sep + 2);
  const undoPlaceholder = placeholder.replace(/^V/, 'U');
  let kind: MigrationKind;
  let version = '';
  if (prefix === placeholder) kind = 'pending';
  else if (prefix === undoPlaceholder && undoPlaceholder !== placeholder) kind = 'pending-undo';
  else if (prefix === 'R') kind = 'repeatable';
  else if (prefix[0] === 'V' || prefix[0] === 'U') {
    version = prefix.slice(1);
    if (!VERSION.test(version)) {
      return { file, message: `${name}: "${version}" is not a version (digits, optionally separated by "." or "_")` };
    }
    kind = prefix[0] === 'V' ? 'versioned' : 'undo';
  } else {
    return { file, message: `${name} does not start with V<version>, U<version>, R or ${placeholder}` };
  }
  if (!DESCRIPTION.test(description)) {
    return { file, message: `${name}: description "${description}" is not lower snake_case` };
  }
  return { kind, version, parts: versionParts(version), description, file };
}

export function isNameProblem(x: MigrationName | NameProblem): x is NameProblem {
  return 'message' in x;
}

export function versionParts(version: string): bigint[] {
  if (!version) return [];
  return version.split(/[._]/).map((p) => BigInt(p));
}

/** Numeric, part by part; `1.2` < `1.10`, `1.0` equals `1`. */
export function compareVersions(a: bigint[], b: bigint[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The order Flyway applies files in: versioned by version, then pending ones, then repeatable. */
export function compareMigrations(a: MigrationName, b: MigrationName): number {
  const rank = (m: MigrationName) => (m.kind === 'pending' ? 1 : m.kind === 'repeatable' ? 2 : 0);
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  const v = compareVersions(a.parts, b.parts);
  if (v !== 0) return v;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
