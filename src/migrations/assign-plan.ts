import { posix } from 'node:path';
import { UserError } from '../errors.js';
import type { VersionRange } from './config.js';
import { compareMigrations, isFlywayCallback, isNameProblem, parseMigrationName, undoPlaceholderOf, versionKey, type MigrationName } from './name.js';

/**
 * The numbering plan of `pgmig assign`, computed from a list of files and when each reached the
 * branch. No git and no file system here: the command gathers the facts, this decides.
 */

export interface PlanFile {
  /** Relative to the repository root, `/` separators. */
  path: string;
  /** When the file reached the branch (larger is later); files of one commit share it. */
  arrival: number;
  /** The commit that brought it, when known. */
  commit?: string;
}

export interface PlanInput {
  placeholder: string;
  ranges: VersionRange[];
  /** Every file under the migrations folders at HEAD. */
  migrations: PlanFile[];
  /** The migrations folders (repository-relative), to tell a file's folder below them. */
  migrationDirs: string[];
  /** Every file under the tests folder at HEAD (pgTAP `.sql` and `.pg`). */
  tests: PlanFile[];
  /** The text of a file (read only for files that move, and for range hints). */
  read(path: string): string;
}

export interface PlannedMove {
  from: string;
  to: string;
  role: 'migration' | 'undo' | 'test';
}

export interface PlannedAssignment {
  /** The versioned (V or placeholder) file, before and after. */
  from: string;
  to: string;
  /** The version it gets, as written in the new name. */
  version: string;
  description: string;
  /** Why it moves: a placeholder, or a version that another file reached the branch with first. */
  reason: 'placeholder' | 'collision';
  /** For a collision: the version it had, and the file that keeps it. */
  previousVersion?: string;
  keptBy?: string;
  /** The commit that brought the file to the branch, when known (to find its pull request). */
  arrivedIn?: string;
  /** The range the number was taken from. */
  range: VersionRange;
  /** Every rename, the migration first, then its undo and test files. */
  moves: PlannedMove[];
  /** New text of the moved files whose references to the old name or version were updated (keyed by new path). */
  edits: Record<string, string>;
}

export interface AssignPlan {
  assignments: PlannedAssignment[];
  /** Things left alone that a person should look at. */
  warnings: string[];
}

interface Migration {
  file: PlanFile;
  name: MigrationName;
  /** Folder of the file, repository-relative. */
  folder: string;
}

const TEST_EXT = /\.(sql|pg)$/;

/** A range hint written in a pending file: `-- pgmig-range: 10000` (any number inside the range). */
const RANGE_HINT = /^\s*--\s*pgmig-range\s*:?\s*(\d+)\b/im;

/** Folder names that, with no numbered neighbour to go by, put a pending file in the last range. */
const TEST_FOLDER = /^(tests?|test[-_]?data|testing|fixtures?|seeds?)$/i;

export function planAssignments(input: PlanInput): AssignPlan {
  const warnings: string[] = [];
  const undoPh = undoPlaceholderOf(input.placeholder);
  const ranges = input.ranges.length > 0 ? [...input.ranges] : [{ from: 1 }];

  const all: Migration[] = [];
  for (const file of input.migrations) {
    if (!file.path.endsWith('.sql') || isFlywayCallback(file.path)) continue;
    const name = parseMigrationName(file.path, input.placeholder);
    // a misnamed file is for `pgmig lint` to report; assign neither numbers nor counts it
    if (isNameProblem(name)) continue;
    all.push({ file, name, folder: posix.dirname(file.path) });
  }
  const byArrival = (a: Migration, b: Migration) => a.file.arrival - b.file.arrival || cmp(a.file.path, b.file.path);

  // versions in use, by their first part (what ranges are about) and in full (what must stay unique)
  const used: bigint[] = [];
  for (const m of all) if (m.name.kind === 'versioned' || m.name.kind === 'undo') used.push(m.name.parts[0] ?? 0n);

  interface Pending {
    m: Migration;
    reason: 'placeholder' | 'collision';
    keptBy?: string;
  }
  const pending: Pending[] = [];
  for (const m of all) if (m.name.kind === 'pending') pending.push({ m, reason: 'placeholder' });

  // colliding versions: the file that reached the branch first keeps the number
  const groups = new Map<string, Migration[]>();
  for (const m of all) {
    if (m.name.kind !== 'versioned') continue;
    const key = versionKey(m.name.parts);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const movingVersioned = new Set<Migration>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [keeper, ...rest] = [...group].sort(byArrival);
    for (const m of rest) {
      pending.push({ m, reason: 'collision', keptBy: keeper!.file.path });
      movingVersioned.add(m);
    }
  }
  // Numbers follow the order `pgmig test` applied the files in and lint read them in (versions,
  // then pending files, each by name), not the order commits reached the branch: a pull request
  // merged by rebase, or a direct push, brings its files one commit at a time, and a backfill
  // committed before the column it fills would otherwise be numbered (and deployed) first.
  pending.sort((a, b) => compareMigrations(a.m.name, b.m.name));

  // undo files travel with their migration
  const undoOf = new Map<Migration, Migration>();
  const pendingUndos = all.filter((m) => m.name.kind === 'pending-undo');
  const placeholders = pending.filter((p) => p.reason === 'placeholder').map((p) => p.m);
  for (const u of pendingUndos) {
    const candidates = placeholders.filter((v) => v.name.description === u.name.description && !undoOf.has(v));
    const v = candidates.find((c) => c.folder === u.folder) ?? candidates[0];
    if (v) undoOf.set(v, u);
    else warnings.push(`${u.file.path} has no ${input.placeholder}__${u.name.description}.sql to number it with; it was left as it is`);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const undos = all.filter((m) => m.name.kind === 'undo' && versionKey(m.name.parts) === key);
    for (const u of undos) {
      // Flyway pairs an undo with its migration by version alone; the description (or failing
      // that, arriving in the same commit) tells which of the colliding files it belongs to
      const owner =
        group.find((v) => v.name.description === u.name.description) ??
        (group.filter((v) => v.file.arrival === u.file.arrival).length === 1 ? group.find((v) => v.file.arrival === u.file.arrival) : undefined);
      if (owner && movingVersioned.has(owner) && !undoOf.has(owner)) undoOf.set(owner, u);
    }
  }

  // test files that carry the placeholder (or a moving version) in their name
  const testsOf = new Map<Migration, PlanFile[]>();
  const tests = input.tests.filter((t) => TEST_EXT.test(t.path));
  for (const t of tests) {
    const base = posix.basename(t.path);
    if (hasToken(base, input.placeholder) || hasToken(base, undoPh)) {
      const owner = longestDescriptionIn(base, placeholders) ?? (placeholders.length === 1 ? placeholders[0] : undefined);
      if (owner) testsOf.set(owner, [...(testsOf.get(owner) ?? []), t]);
      else if (placeholders.length > 1) {
        warnings.push(`${t.path} carries ${input.placeholder} but none of the pending descriptions, so it was not renamed; put the migration's description in its name`);
      }
      continue;
    }
    for (const m of movingVersioned) {
      if (hasVersionToken(base, 'V', m.name.version) && base.includes(m.name.description)) {
        testsOf.set(m, [...(testsOf.get(m) ?? []), t]);
        break;
      }
    }
  }

  // number them
  const existingPaths = new Set([...input.migrations, ...input.tests].map((f) => f.path));
  const newPaths = new Set<string>();
  const assignments: PlannedAssignment[] = [];
  // a full-name reference `VXXX__desc` in any moved file points at that file's new name
  const renamedRefs: Array<{ re: RegExp; to: string }> = [];
  const pendingSteps: Array<{ a: PlannedAssignment; oldVersionTokens: Array<[string, string]> }> = [];

  for (const p of pending) {
    const m = p.m;
    const range = rangeFor(m, p.reason, ranges, all, input);
    const inRange = used.filter((v) => v >= BigInt(range.from) && (range.to === undefined || v <= BigInt(range.to)));
    const highest = inRange.reduce((a, b) => (b > a ? b : a), -1n);
    const next = highest < 0n ? BigInt(Math.max(range.from, 1)) : highest + 1n;
    if (range.to !== undefined && next > BigInt(range.to)) {
      throw new UserError(
        `${m.file.path}: no free version left in the range ${describeRange(range)} (the highest used is ${highest}); widen versionRanges in .pgmig.yml or move the file to another range`,
      );
    }
    used.push(next);
    const version = next.toString();
    const oldPrefixV = p.reason === 'placeholder' ? input.placeholder : `V${m.name.version}`;
    const oldPrefixU = p.reason === 'placeholder' ? undoPh : `U${m.name.version}`;
    const to = posix.join(m.folder, `V${version}__${m.name.description}.sql`);
    const moves: PlannedMove[] = [{ from: m.file.path, to, role: 'migration' }];
    const u = undoOf.get(m);
    if (u) moves.push({ from: u.file.path, to: posix.join(u.folder, `U${version}__${u.name.description}.sql`), role: 'undo' });
    for (const t of testsOf.get(m) ?? []) {
      const base = posix.basename(t.path);
      const renamed = replaceToken(replaceToken(base, oldPrefixV, `V${version}`, p.reason === 'collision'), oldPrefixU, `U${version}`, p.reason === 'collision');
      moves.push({ from: t.path, to: posix.join(posix.dirname(t.path), renamed), role: 'test' });
    }
    for (const mv of moves) {
      if (newPaths.has(mv.to) || existingPaths.has(mv.to)) {
        throw new UserError(`cannot rename ${mv.from} to ${mv.to}: that file already exists; rename one of them by hand`);
      }
      newPaths.add(mv.to);
    }
    const a: PlannedAssignment = {
      from: m.file.path,
      to,
      version,
      description: m.name.description,
      reason: p.reason,
      ...(p.reason === 'collision' ? { previousVersion: m.name.version, keptBy: p.keptBy } : {}),
      ...(m.file.commit ? { arrivedIn: m.file.commit } : {}),
      range,
      moves,
      edits: {},
    };
    assignments.push(a);
    renamedRefs.push({ re: fullNameRef(oldPrefixV, m.name.description), to: `V${version}__${m.name.description}` });
    if (u) renamedRefs.push({ re: fullNameRef(oldPrefixU, u.name.description), to: `U${version}__${u.name.description}` });
    pendingSteps.push({ a, oldVersionTokens: [[oldPrefixV, `V${version}`], [oldPrefixU, `U${version}`]] });
  }

  // references inside the moved files: full names of any moved file first, then the file's own
  // placeholder (or old version) standing alone, as in a `-- VXXX` header
  for (const { a, oldVersionTokens } of pendingSteps) {
    for (const mv of a.moves) {
      const before = input.read(mv.from);
      let text = before;
      for (const r of renamedRefs) text = text.replace(r.re, (_all, lead: string) => `${lead}${r.to}`);
      for (const [from, to] of oldVersionTokens) text = replaceToken(text, from, to, a.reason === 'collision');
      if (text !== before) a.edits[mv.to] = text;
    }
  }
  return { assignments, warnings };
}

function rangeFor(m: Migration, reason: 'placeholder' | 'collision', ranges: VersionRange[], all: Migration[], input: PlanInput): VersionRange {
  const hint = RANGE_HINT.exec(input.read(m.file.path).slice(0, 4000));
  if (hint) {
    const n = BigInt(hint[1]!);
    const r = ranges.find((x) => inside(n, x));
    if (!r) {
      throw new UserError(`${m.file.path}: the range hint "pgmig-range: ${hint[1]}" is in none of the versionRanges (${ranges.map(describeRange).join(', ')})`);
    }
    return r;
  }
  if (reason === 'collision') {
    const r = ranges.find((x) => inside(m.name.parts[0] ?? 0n, x));
    if (r) return r;
  }
  if (ranges.length === 1) return ranges[0]!;
  // the range most of its numbered neighbours in the same folder are in
  const counts = ranges.map(() => 0);
  for (const o of all) {
    if (o.folder !== m.folder || (o.name.kind !== 'versioned' && o.name.kind !== 'undo')) continue;
    const i = ranges.findIndex((x) => inside(o.name.parts[0] ?? 0n, x));
    if (i >= 0) counts[i]!++;
  }
  const best = Math.max(...counts);
  if (best > 0) return ranges[counts.indexOf(best)]!;
  // a new test folder below the migrations root: the test range is the last one by convention
  const root = input.migrationDirs.find((d) => m.file.path.startsWith(`${d}/`) || d === '.');
  const below = root && root !== '.' ? m.folder.slice(root.length + 1) : m.folder;
  if (below && below.split('/').some((seg) => TEST_FOLDER.test(seg))) {
    return [...ranges].sort((a, b) => b.from - a.from)[0]!;
  }
  return ranges[0]!;
}

function inside(v: bigint, r: VersionRange): boolean {
  return v >= BigInt(r.from) && (r.to === undefined || v <= BigInt(r.to));
}

export function describeRange(r: VersionRange): string {
  return r.to === undefined ? `${r.from}+` : `${r.from}-${r.to}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `token` standing alone: no letter or digit on either side. For a version (`V226`) a
 * following `.2` or `_2` would make it another version (226.2), so that does not count either.
 */
function tokenRe(token: string, isVersion: boolean): RegExp {
  const after = isVersion ? '(?![A-Za-z0-9]|[._]\\d)' : '(?![A-Za-z0-9])';
  return new RegExp(`(?<![A-Za-z0-9])${escape(token)}${after}`, 'g');
}

function hasToken(text: string, token: string): boolean {
  return tokenRe(token, false).test(text);
}

function hasVersionToken(text: string, prefix: 'V' | 'U', version: string): boolean {
  return tokenRe(`${prefix}${version}`, true).test(text);
}

function replaceToken(text: string, from: string, to: string, isVersion: boolean): string {
  return text.replace(tokenRe(from, isVersion), to);
}

/** `VXXX__desc` as a whole name (followed by `.sql` or a non-name character). */
function fullNameRef(prefix: string, description: string): RegExp {
  return new RegExp(`(^|[^A-Za-z0-9])${escape(prefix)}__${escape(description)}(?![a-z0-9_])`, 'g');
}

function longestDescriptionIn(name: string, candidates: Migration[]): Migration | undefined {
  let best: Migration | undefined;
  for (const c of candidates) {
    if (name.includes(c.name.description) && (!best || c.name.description.length > best.name.description.length)) best = c;
  }
  return best;
}

export interface MergePreviewInput {
  placeholder: string;
  ranges: VersionRange[];
  /** The migrations folders and the tests folder, repository-relative (`.` for the root). */
  migrationDirs: string[];
  testsDir: string;
  /** Every file under those folders on the base branch. */
  base: string[];
  /** Files the pull request adds; they reach the branch after every file already there. */
  added: string[];
  /** Base files the pull request deletes. */
  removed?: string[];
  read(path: string): string;
}

/**
 * What `pgmig assign` would do to a pull request's files if it were merged now: the plan for the
 * base branch with the pull request's files arriving last, keeping only the moves of the files
 * the pull request adds (base files still pending are numbered with them, in name order, as they would be).
 */
export function planIfMerged(input: MergePreviewInput): AssignPlan {
  const inside = (p: string, d: string) => d === '.' || p.startsWith(`${d}/`);
  const removed = new Set(input.removed ?? []);
  const added = new Set(input.added);
  const files = [
    ...input.base.filter((p) => !removed.has(p) && !added.has(p)).map((path) => ({ path, arrival: 0 })),
    ...[...added].map((path) => ({ path, arrival: 1 })),
  ];
  const plan = planAssignments({
    placeholder: input.placeholder,
    ranges: input.ranges,
    migrations: files.filter((f) => input.migrationDirs.some((d) => inside(f.path, d))),
    migrationDirs: input.migrationDirs,
    tests: files.filter((f) => inside(f.path, input.testsDir)),
    read: input.read,
  });
  return { assignments: plan.assignments.filter((a) => added.has(a.from)), warnings: plan.warnings };
}
