import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DbTarget } from './connect.js';
import type { ServerState } from './server-state.js';
import { majorOf } from '../migrations/snapshot-key.js';

const run = promisify(execFile);

/**
 * Base-schema snapshots as a copy of the throwaway cluster's data folder, for runs without
 * --database-url. A restore is then a file copy and a server start, whatever the history holds,
 * where pg_restore recreates every table, index and row (docs/snapshot-cache.md has the figures).
 *
 * The folder is written by `pg_basebackup` from the running cluster right after the base
 * migrations: an online, consistent copy whose `backup_manifest` lists every file with its size
 * and CRC32C, which `pg_verifybackup` checks on each restored copy. The folder goes under a
 * temporary name and is renamed, then `<key>.cluster.json` the same way, so a reader sees no
 * snapshot or a whole one, and two runs saving one key at once each leave a whole folder.
 */
export interface ClusterManifest {
  kind: 'cluster';
  key: string;
  folder: string;
  bytes: number;
  createdAt: string;
  /** Base migrations in the snapshot. */
  files: number;
  /** The database the base migrations ran in, renamed to the run's own on a restore. */
  database: string;
  /** `postgres -V` of the server that wrote the files, with the machine: another one may not read them. */
  server: string;
  platform: string;
  arch: string;
  /**
   * The server-wide state read before the base migrations ran, so that what they did beyond
   * their database (a role created) is still among the run's server changes after a restore.
   */
  serverBefore: SavedServerState;
}

type SavedServerState = { [K in keyof ServerState]: ServerState[K] extends Map<string, string> ? Array<[string, string]> : ServerState[K] };

export type ClusterLookup = { status: 'hit'; manifest: ClusterManifest; path: string } | { status: 'miss' } | { status: 'corrupt'; reason: string };

/** What decides whether this machine's server can start on a snapshot's files. */
export interface Fingerprint {
  server: string;
  platform: string;
  arch: string;
}

export function fingerprintOf(binDir: string): Fingerprint {
  const server = execFileSync(join(binDir, 'postgres'), ['-V'], { encoding: 'utf8' }).trim();
  return { server, platform: platform(), arch: arch() };
}

export const clusterManifestName = (key: string) => `${keyFileName(key)}.cluster.json`;

/** A key is ours (hex and dashes), but the directory is the user's: keep names to what any filesystem takes. */
export function keyFileName(key: string): string {
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(key)) throw new Error(`snapshot key ${JSON.stringify(key)} is not a file name`);
  return key;
}

/**
 * The snapshot for `key`, when its manifest is whole and the folder it names is there. The
 * files themselves are checked on the copy a restore makes (src/db/cluster.ts), not here.
 */
export function lookupClusterSnapshot(dir: string, key: string, here: Fingerprint): ClusterLookup {
  let manifest: ClusterManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, clusterManifestName(key)), 'utf8')) as ClusterManifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'miss' };
    return { status: 'corrupt', reason: `its manifest ${clusterManifestName(key)} cannot be read (${(err as Error).message})` };
  }
  if (manifest?.kind !== 'cluster' || manifest.key !== key || typeof manifest.folder !== 'string' || !/^[A-Za-z0-9._-]+$/.test(manifest.folder) || typeof manifest.database !== 'string' || typeof manifest.bytes !== 'number' || !manifest.serverBefore) {
    return { status: 'corrupt', reason: `its manifest ${clusterManifestName(key)} is not one pgmig wrote for this key` };
  }
  // the files are PostgreSQL's own on-disk format: the same major reads them (minor releases
  // keep it), on the same kind of machine
  if (majorOf(manifest.server.replace(/^\D+/, '')) !== majorOf(here.server.replace(/^\D+/, '')) || manifest.platform !== here.platform || manifest.arch !== here.arch) {
    return { status: 'corrupt', reason: `it was written by ${manifest.server} on ${manifest.platform}/${manifest.arch}, and this is ${here.server} on ${here.platform}/${here.arch}` };
  }
  const path = join(dir, manifest.folder);
  try {
    if (!statSync(join(path, 'backup_manifest')).isFile()) throw new Error('not a file');
  } catch {
    return { status: 'corrupt', reason: `its folder ${manifest.folder} has no backup_manifest (deleted or cut short)` };
  }
  return { status: 'hit', manifest, path };
}

export interface ClusterSource {
  binDir: string;
  /** Any database of the running cluster: pg_basebackup copies all of them. */
  target: DbTarget;
  database: string;
  files: number;
  serverBefore: ServerState;
}

/** Copies the running cluster's data folder into the cache under `key`. */
export async function saveClusterSnapshot(dir: string, key: string, from: ClusterSource): Promise<ClusterManifest> {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${keyFileName(key)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // -c fast: the checkpoint the backup starts with runs at once rather than spread out;
    // --no-sync: a cache entry lost in a crash is rebuilt, and the manifest catches a torn one
    await run(
      join(from.binDir, 'pg_basebackup'),
      ['-h', from.target.host ?? '127.0.0.1', '-p', String(from.target.port ?? 5432), '-U', from.target.user ?? 'postgres', '-D', tmp, '-c', 'fast', '--no-sync', '-X', 'stream', '--manifest-checksums=CRC32C'],
      { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PGSSLMODE: 'disable', PGCONNECT_TIMEOUT: '10' } },
    );
    const folder = `${key}.${randomBytes(6).toString('hex')}.cluster`;
    renameSync(tmp, join(dir, folder));
    const here = fingerprintOf(from.binDir);
    const manifest: ClusterManifest = {
      kind: 'cluster',
      key,
      folder,
      bytes: sizeOf(join(dir, folder)),
      createdAt: new Date().toISOString(),
      files: from.files,
      database: from.database,
      ...here,
      serverBefore: saveState(from.serverBefore),
    };
    const mtmp = `${tmp}.json`;
    writeFileSync(mtmp, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(mtmp, join(dir, clusterManifestName(key)));
    pruneFolders(dir, key, folder);
    return manifest;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(`${tmp}.json`, { force: true });
  }
}

function saveState(s: ServerState): SavedServerState {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = v instanceof Map ? [...v.entries()] : v;
  return out as SavedServerState;
}

export function loadState(s: SavedServerState): ServerState {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === 'unreadable' ? v : new Map(v as Array<[string, string]>);
  return out as unknown as ServerState;
}

/** Folders of the same key the manifest no longer names (a rebuilt or raced snapshot). */
function pruneFolders(dir: string, key: string, keep: string) {
  for (const f of readdirSync(dir)) {
    if (f === keep || !f.startsWith(`${key}.`) || !f.endsWith('.cluster')) continue;
    try {
      const m = JSON.parse(readFileSync(join(dir, clusterManifestName(key)), 'utf8')) as ClusterManifest;
      if (m.folder === f) continue;
      rmSync(join(dir, f), { recursive: true, force: true });
    } catch {
      return;
    }
  }
}

function sizeOf(path: string): number {
  let total = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, e.name);
    total += e.isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return total;
}
