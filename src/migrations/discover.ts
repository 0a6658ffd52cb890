import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { confine } from './inside-repository.js';
import { isNameProblem, migrationSuffix, parseMigrationName, SQL_SUFFIXES, type MigrationName, type NameProblem } from './name.js';

/** A `.sql` file found in a migrations folder, with its name read (or why it could not be). */
export interface MigrationEntry {
  /** Relative to the working directory, with `/` separators. */
  path: string;
  absPath: string;
  /** The migrations folder it was found in (absolute). */
  dir: string;
  name: MigrationName | NameProblem;
}

export function displayPath(cwd: string, absPath: string): string {
  const rel = relative(cwd, absPath);
  const p = rel && !rel.startsWith('..') ? rel : absPath;
  return p.split(sep).join('/');
}

/**
 * Every migration file under the folders (Flyway scans subfolders too), sorted by path: names
 * ending in one of `suffixes` (Flyway's sqlMigrationSuffixes, `.sql` by default) in any case.
 */
export function discoverMigrations(cwd: string, dirs: string[], placeholder: string, suffixes: readonly string[] = SQL_SUFFIXES): MigrationEntry[] {
  const out: MigrationEntry[] = [];
  // where each folder really is, looked up once for the whole pass
  const real = new Map<string, string>();
  for (const d of dirs) {
    const abs = resolve(cwd, d);
    let found: Dirent[];
    confine(cwd, abs, d);
    try {
      // shown as given when it lies outside the working directory (`../../../no/such/dir` helps nobody)
      const shown = displayPath(cwd, abs);
      if (!statSync(abs).isDirectory()) throw new UserError(`migrations folder ${shown} is not a directory`);
      found = readdirSync(abs, { recursive: true, withFileTypes: true });
    } catch (err) {
      if (err instanceof UserError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      const shown = displayPath(cwd, abs);
      throw new UserError(
        code === 'ENOENT'
          ? `migrations folder ${shown} does not exist (set "migrations" in .pgmig.yml or pass files)`
          : `cannot read migrations folder ${shown}: ${code ?? err}`,
      );
    }
    // the folder's listing says which names are plain files: no look at each of 2,000 files. A
    // folder with a symbolic link in it is listed by name, every file looked at (the links followed
    // and confined) as before
    if (found.some((f) => f.isSymbolicLink())) {
      for (const n of readdirSync(abs, { recursive: true, encoding: 'utf8' }).sort()) {
        if (!migrationSuffix(n, suffixes)) continue;
        const absPath = join(abs, n);
        // a folder named `x.sql` is not a migration, and reading it would fail the whole run
        if (!isFile(absPath)) continue;
        out.push(entryFor(cwd, absPath, abs, placeholder, suffixes, real));
      }
      continue;
    }
    const files = found
      .filter((f) => f.isFile() && migrationSuffix(f.name, suffixes))
      .map((f) => (f.parentPath.length > abs.length ? `${f.parentPath.slice(abs.length + 1)}${sep}${f.name}` : f.name))
      .sort();
    for (const rel of files) out.push(entryFor(cwd, `${abs}${sep}${rel}`, abs, placeholder, suffixes, real, true));
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function entryFor(cwd: string, absPath: string, dir: string, placeholder: string, suffixes: readonly string[] = SQL_SUFFIXES, real?: Map<string, string>, notLink?: boolean): MigrationEntry {
  // every migration pgmig lints, applies or rolls back is named here first
  confine(cwd, absPath, undefined, real, notLink);
  return { path: displayPath(cwd, absPath), absPath, dir, name: parseMigrationName(absPath, placeholder, suffixes) };
}

/** Whether `path` names a migration file by its suffix (see discoverMigrations). */
export function isMigrationPath(path: string, suffixes: readonly string[] = SQL_SUFFIXES): boolean {
  return migrationSuffix(path, suffixes) !== undefined;
}

/** Whether `abs` is `dir` itself or lies somewhere below it. */
export function isInside(dir: string, abs: string): boolean {
  const rel = relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function versionedName(e: MigrationEntry): MigrationName | undefined {
  return isNameProblem(e.name) ? undefined : e.name;
}
