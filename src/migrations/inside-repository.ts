import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

/*
 * A pull request can commit a symbolic link named like a migration (or a migrations folder that
 * is a link) pointing at ~/.pgpass or at a file pgmig would then rewrite. Everything pgmig
 * discovers, reads or writes in a project goes through `confine`, so a link that leaves the
 * repository is refused before a byte of its target is read or written.
 */

const roots = new Map<string, string>();

/** The work tree root above `start` (the nearest folder holding `.git`), else `start` itself. */
export function repositoryRoot(start: string): string {
  const from = resolve(start);
  const known = roots.get(from);
  if (known) return known;
  let dir = from;
  let root = from;
  for (;;) {
    if (existsSync(join(dir, '.git'))) {
      root = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  roots.set(from, root);
  return root;
}

/**
 * Where `p` really is, also when it does not exist yet (a file about to be written: where its
 * folder really is) or is a dangling link (writing to it would create the link's target).
 */
function wherePathLeads(p: string, depth = 0): string {
  try {
    return realpathSync.native(p);
  } catch {
    // fall through: missing, or a link whose target is missing
  }
  if (depth < 40 && isLink(p)) {
    try {
      return wherePathLeads(resolve(dirname(p), readlinkSync(p)), depth + 1);
    } catch {
      return p;
    }
  }
  const parent = dirname(p);
  return parent === p ? p : join(wherePathLeads(parent, depth + 1), basename(p));
}

function leads(p: string, real: Map<string, string> | undefined): string {
  if (!real) return wherePathLeads(p);
  let r = real.get(p);
  if (r === undefined) real.set(p, (r = wherePathLeads(p)));
  return r;
}

function within(dir: string, abs: string): boolean {
  const rel = relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Throws (exit 2, naming the link) when `abs` is, or lies under, a symbolic link whose target is
 * outside the repository that holds `cwd`; for a path not there yet, when writing it would land
 * outside. A path outside the repository reached without a link is the user's own choice.
 * `notLink`: the caller's folder listing already says `abs` is a plain file.
 */
export function confine(cwd: string, abs: string, shown?: string, real?: Map<string, string>, notLink?: boolean): void {
  const root = repositoryRoot(cwd);
  const target = resolve(cwd, abs);
  const realRoot = leads(root, real);
  // a file that is not a link is where its folder really is: one look at each folder (through
  // `real`, kept by the caller for one pass over a folder) rather than one at each of 2,000 files
  const realTarget = real && (notLink || !isLink(target)) ? join(leads(dirname(target), real), basename(target)) : wherePathLeads(target);
  if (within(realRoot, realTarget)) return;
  // which link leads out: the first on the way down from the root whose target is outside
  let link: string | undefined;
  if (within(root, target)) {
    const parts = relative(root, target).split(sep);
    let at = root;
    for (const p of parts) {
      at = join(at, p);
      if (isLink(at) && !within(realRoot, wherePathLeads(at))) {
        link = at;
        break;
      }
    }
  } else if (isLink(target)) link = target;
  if (!link) return;
  const name = (p: string) => {
    const rel = relative(resolve(cwd), p);
    return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p).split(sep).join('/');
  };
  const shownAs = shown ?? name(target);
  const what =
    link === target
      ? `${shownAs} is a symbolic link to a path outside the repository at ${root}`
      : `${shownAs} lies under ${name(link)}, a symbolic link to a folder outside the repository at ${root}`;
  throw new UserError(
    `${what}; pgmig reads and writes only files inside the repository. Replace the link with the file itself, or point it inside the repository.`,
  );

}
