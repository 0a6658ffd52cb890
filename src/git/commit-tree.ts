import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Files as one commit holds them, read from git's object store rather than the work tree: what
 * runs against production must be what a reviewed commit holds, whatever the checkout (a pull
 * request's head, say) has on disk.
 */

const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0' };

function run(cwd: string, args: string[], input?: Buffer): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd, env: ENV, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024, ...(input ? { input } : {}) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('git is not installed or not on PATH');
    return undefined;
  }
}

const literal = (p: string) => `:(literal)${p}`;
const isSha = (s: string) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(s);

export function hasCommitObject(cwd: string, sha: string): boolean {
  return isSha(sha) && run(cwd, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}

/**
 * Makes sure the checkout holds `sha`, fetching it from `remote` when it does not (a shallow
 * checkout of another branch). Throws a UserError that says what to do when it cannot.
 */
export function ensureCommit(cwd: string, sha: string, remote = 'origin', timeoutMs = 120_000): void {
  if (!isSha(sha)) throw new UserError(`${JSON.stringify(sha)} is not a full commit id`);
  if (hasCommitObject(cwd, sha)) return;
  try {
    execFileSync('git', ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--depth=1', remote, sha], { cwd, env: ENV, stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs });
  } catch {
    // said below
  }
  if (!hasCommitObject(cwd, sha)) {
    throw new UserError(`the checkout does not hold commit ${sha.slice(0, 7)} of the default branch, and git fetch ${remote} ${sha.slice(0, 7)} did not bring it: check out with actions/checkout "fetch-depth: 0" (or the default branch itself)`);
  }
}

export interface TreeEntry {
  /** Relative to the repository root, `/`-separated. */
  path: string;
  mode: string;
  oid: string;
}

/** The blobs (and links) under `paths` in `commit`; `paths` relative to the repository root. */
export function listCommitTree(cwd: string, commit: string, paths: string[]): TreeEntry[] {
  if (!paths.length) return [];
  const out = run(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths.map(literal)]);
  if (!out) throw new UserError(`cannot list the files of commit ${commit.slice(0, 7)}`);
  const entries: TreeEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(rec);
    if (m && m[2] === 'blob') entries.push({ mode: m[1]!, oid: m[3]!, path: m[4]! });
  }
  return entries;
}

/** The contents of blobs, by object id, in one git process. */
export function readBlobs(cwd: string, oids: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (!unique.length) return out;
  const buf = run(cwd, ['cat-file', '--batch'], Buffer.from(unique.join('\n') + '\n'));
  if (!buf) throw new UserError('git cat-file could not read the files of the commit');
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    if (nl < 0) break;
    const header = buf.subarray(at, nl).toString('utf8');
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new UserError(`git cat-file: unexpected answer ${JSON.stringify(header.slice(0, 80))}`);
    const size = Number(m[3]);
    out.set(m[1]!, buf.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 1;
  }
  return out;
}

export interface WrittenTree {
  /** Files written, relative to the repository root. */
  files: string[];
  /** Symbolic links in the commit, not followed nor written: they could point anywhere. */
  links: string[];
}

/**
 * Writes the files under `paths` as `commit` holds them into `into` (a folder standing for the
 * repository root). Links are left out and listed; so are submodules.
 */
export function writeCommitFiles(cwd: string, commit: string, paths: string[], into: string): WrittenTree {
  const entries = listCommitTree(cwd, commit, paths);
  const links = entries.filter((e) => e.mode === '120000').map((e) => e.path);
  const blobs = entries.filter((e) => e.mode === '100644' || e.mode === '100755');
  const content = readBlobs(cwd, blobs.map((b) => b.oid));
  for (const b of blobs) {
    const abs = join(into, ...b.path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content.get(b.oid) ?? Buffer.alloc(0));
  }
  return { files: blobs.map((b) => b.path), links };
}

/** The object id of one path in a commit, or undefined when the commit has no such file. */
export function blobAt(cwd: string, commit: string, path: string): string | undefined {
  const out = run(cwd, ['rev-parse', '--verify', '--quiet', `${commit}:${path}`]);
  return out ? out.toString('utf8').trim() || undefined : undefined;
}

/**
 * Files renamed on the first-parent line after `from` up to `to`, old path to new (relative to
 * the repository root): how `pgmig assign`'s commit numbered a pull request's pending files. The
 * oldest rename of a path after `from` counts: the first assign after that merge.
 */
export function renamesAfter(cwd: string, from: string, to: string, paths: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!paths.length) return out;
  const log = run(cwd, ['log', '--reverse', '--first-parent', '-M', '--diff-filter=R', '--name-status', '-z', '--format=', `${from}..${to}`, '--', ...paths.map(literal)]);
  if (!log) return out;
  const parts = log.toString('utf8').split('\0').map((p) => p.replace(/^\n+/, ''));
  for (let i = 0; i < parts.length; ) {
    const status = parts[i];
    if (!status || !/^R\d*$/.test(status)) {
      i++;
      continue;
    }
    const [oldPath, newPath] = [parts[i + 1], parts[i + 2]];
    if (oldPath && newPath && !out.has(oldPath)) out.set(oldPath, newPath);
    i += 3;
  }
  return out;
}
