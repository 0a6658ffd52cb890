import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { connect, toUrl, withDatabase, type DbTarget } from './connect.js';
import { quoteIdent, type Applier } from './apply.js';
import { describeDifference, diffSnapshots, snapshotSchema } from './snapshot.js';
import type { Config } from '../migrations/config.js';
import { majorOf, snapshotKey } from '../migrations/snapshot-key.js';
import { startCluster, type Cluster } from './cluster.js';
import { fingerprintOf, loadState, lookupClusterSnapshot, keyFileName, saveClusterSnapshot, type ClusterLookup } from './cluster-snapshot.js';
import type { ServerState } from './server-state.js';

const run = promisify(execFile);

/**
 * Base-schema snapshots on disk, one per key. A snapshot is a `pg_dump -Fc` archive (schema, data
 * and the history table's rows) named by its own SHA-256, plus `<key>.json` that names the archive
 * and its size. The archive is written under a temporary name and renamed, then the manifest the
 * same way, so a reader sees either no snapshot or a complete one, and two runs saving the same
 * key at once each leave a whole archive (the last manifest wins). A manifest that names a
 * missing archive, or an archive whose hash differs, is never restored: the caller rebuilds.
 */
export interface Manifest {
  key: string;
  archive: string;
  sha256: string;
  bytes: number;
  createdAt: string;
  /** Base migrations in the snapshot, to say what the restore skipped. */
  files: number;
}

export type Lookup = { status: 'hit'; manifest: Manifest; path: string } | { status: 'miss' } | { status: 'corrupt'; reason: string };

const manifestPath = (dir: string, key: string) => join(dir, `${keyFileName(key)}.json`);

export async function lookupSnapshot(dir: string, key: string): Promise<Lookup> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(dir, key), 'utf8')) as Manifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'miss' };
    return { status: 'corrupt', reason: `its manifest ${key}.json cannot be read (${(err as Error).message})` };
  }
  if (manifest.key !== key || typeof manifest.archive !== 'string' || !/^[A-Za-z0-9._-]+$/.test(manifest.archive) || typeof manifest.sha256 !== 'string') {
    return { status: 'corrupt', reason: `its manifest ${key}.json is not one pgmig wrote for this key` };
  }
  const path = join(dir, manifest.archive);
  let sha: string;
  try {
    sha = await sha256File(path);
  } catch (err) {
    return { status: 'corrupt', reason: `its archive ${manifest.archive} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  if (sha !== manifest.sha256) return { status: 'corrupt', reason: `its archive ${manifest.archive} does not match the checksum in ${key}.json (changed or cut short)` };
  return { status: 'hit', manifest, path };
}

/** Dumps the database `target` names (the base migrations applied) into the cache under `key`. */
export async function saveSnapshot(dir: string, key: string, target: DbTarget, files: number): Promise<Manifest> {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${keyFileName(key)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // -Z1: the archive goes into the CI cache, where size costs upload time, but -Z6 costs more CPU than it saves
    await run('pg_dump', ['-Fc', '-Z1', '--no-sync', '-f', tmp, '-d', toUrl(target)], { env: pgEnv() });
    const sha256 = await sha256File(tmp);
    const archive = `${key}.${sha256.slice(0, 16)}.dump`;
    renameSync(tmp, join(dir, archive));
    const manifest: Manifest = { key, archive, sha256, bytes: statSync(join(dir, archive)).size, createdAt: new Date().toISOString(), files };
    const mtmp = `${tmp}.json`;
    writeFileSync(mtmp, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(mtmp, manifestPath(dir, key));
    pruneArchives(dir, key, archive);
    return manifest;
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.json`, { force: true });
  }
}

/** Restores a snapshot into the empty database `target` names. */
export async function restoreSnapshot(path: string, target: DbTarget): Promise<void> {
  // one transaction: a restore that fails half way leaves nothing for the run to mistake for the base
  await run('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '-d', toUrl(target), path], { env: pgEnv() });
}

/** Older archives of the same key (a rebuilt or raced snapshot): the manifest no longer names them. */
function pruneArchives(dir: string, key: string, keep: string) {
  for (const f of readdirSync(dir)) {
    if (f !== keep && f.startsWith(`${key}.`) && f.endsWith('.dump')) {
      try {
        const m = JSON.parse(readFileSync(manifestPath(dir, key), 'utf8')) as Manifest;
        if (m.archive === f) continue;
        rmSync(join(dir, f), { force: true });
      } catch {
        return;
      }
    }
  }
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('error', reject)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')));
  });
}

/** The URL carries the connection; a PGDATABASE or PGSERVICE from the caller's shell must not override it. */
function pgEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['PGSERVICE', 'PGSERVICEFILE', 'PGOPTIONS']) delete env[k];
  return env;
}

type RunOrder = ReadonlyArray<{ file: { entry: { path: string }; historyVersion: string | null; sha256: string }; isNew: boolean; later?: boolean }>;

/**
 * How many leading files of the run's order are base migrations, and the key they give;
 * undefined when none. The files' bytes are read for it once: the run reuses them.
 */
export function baseOf(order: RunOrder, config: Config, serverMajor: number | undefined): { prefix: number; key: string } | undefined {
  let prefix = 0;
  while (prefix < order.length && !order[prefix]!.isNew && !order[prefix]!.later) prefix++;
  if (!prefix || serverMajor === undefined) return undefined;
  const key = snapshotKey({ files: order.slice(0, prefix).map((o) => ({ path: o.file.entry.path, sha256: o.file.sha256, version: o.file.historyVersion })), serverMajor, config });
  return { prefix, key };
}

/**
 * One `pgmig test` run's use of the cache: the leading base migrations (those before the first
 * new file) are what a snapshot holds. On a hit the run restores it and starts after them; on a
 * miss (or an unusable snapshot) it applies them and saves the result; with verify it applies
 * them all the same and compares the catalog and the history rows with the restored snapshot.
 */
export class BaseSnapshot {
  private constructor(
    readonly dir: string,
    readonly key: string,
    /** How many leading files of the run's order the snapshot covers. */
    readonly prefix: number,
    public lookup: Lookup,
    readonly verify: boolean,
  ) {}

  static async open(dir: string, verify: boolean, order: RunOrder, config: Config, serverVersion: string): Promise<BaseSnapshot | undefined> {
    const base = baseOf(order, config, majorOf(serverVersion));
    return base && new BaseSnapshot(dir, base.key, base.prefix, await lookupSnapshot(dir, base.key), verify);
  }

  /** Restores into the run's database; 0 when there is nothing to restore (the run applies the base itself). */
  async restore(applier: Applier, target: DbTarget, notices: string[]): Promise<number> {
    if (this.lookup.status === 'corrupt') notices.push(`base-schema snapshot ${this.key} in ${this.dir} is not used: ${this.lookup.reason}; the base migrations run and the snapshot is rebuilt`);
    if (this.lookup.status !== 'hit' || this.verify) return 0;
    try {
      await restoreSnapshot(this.lookup.path, target);
    } catch (err) {
      notices.push(`base-schema snapshot ${this.key} could not be restored (${firstLine(err)}); the base migrations run and the snapshot is rebuilt`);
      this.lookup = { status: 'corrupt', reason: 'restore failed' };
      return 0;
    }
    const rows = await applier.adoptHistory();
    if (rows !== this.prefix) {
      // a snapshot whose history does not match its key was not written by this run's base: never trust it
      throw new Error(`base-schema snapshot ${this.key} holds ${rows} history rows for ${this.prefix} base migrations; delete ${this.dir} and run again`);
    }
    notices.push(`restored the base schema (${this.prefix} migrations) from snapshot ${this.key}; only the files after them ran`);
    return this.prefix;
  }

  /** Once the base migrations are applied: save a snapshot on a miss, or compare with it (verify). */
  async afterBase(history: string, admin: pg.Client, target: DbTarget, client: pg.Client, notices: string[], problems: Array<{ severity: 'error' | 'warning'; message: string }>): Promise<void> {
    if (this.lookup.status === 'hit' && this.verify) {
      const name = `${target.database}_snapshot`;
      await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      try {
        const other = withDatabase(target, name);
        await restoreSnapshot(this.lookup.path, other);
        const c = await connect(other, 'pgmig verify-snapshot');
        try {
          await compareBases(this.key, history, client, c, notices, problems);
        } finally {
          await c.end();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      }
      return;
    }
    if (this.lookup.status === 'hit') return;
    try {
      const m = await saveSnapshot(this.dir, this.key, target, this.prefix);
      notices.push(`saved the base schema (${this.prefix} migrations, ${m.bytes} bytes) as snapshot ${this.key} in ${this.dir}`);
    } catch (err) {
      // the run itself is sound: a cache that cannot be written costs the next run time, not correctness
      notices.push(`could not save the base-schema snapshot in ${this.dir}: ${firstLine(err)}`);
    }
  }
}

function firstLine(err: unknown): string {
  const e = err as { stderr?: string; message?: string };
  return (e.stderr?.trim() || e.message || String(err)).split('\n')[0]!;
}

/**
 * The cache as a copy of the throwaway cluster's data folder (src/db/cluster-snapshot.ts): looked
 * up before the cluster starts, since on a hit the cluster starts from the copy instead of
 * initdb. The run then renames the snapshot's database to its own and goes on after the base.
 */
export class ClusterBase {
  /** Set once the run's cluster started from the snapshot. */
  seeded = false;
  private source?: { cluster: Cluster; serverBefore: ServerState; database: string };

  private constructor(
    readonly dir: string,
    readonly key: string,
    readonly prefix: number,
    public lookup: ClusterLookup,
    readonly verify: boolean,
    private readonly binDir: string,
    private readonly env: NodeJS.ProcessEnv | undefined,
  ) {}

  static open(dir: string, verify: boolean, order: RunOrder, config: Config, binDir: string, env?: NodeJS.ProcessEnv): ClusterBase | undefined {
    const here = fingerprintOf(binDir);
    const base = baseOf(order, config, majorOf(here.server.replace(/^\D+/, '')));
    return base && new ClusterBase(dir, base.key, base.prefix, lookupClusterSnapshot(dir, base.key, here), verify, binDir, env);
  }

  /** The data folder the run's cluster should start from; undefined to initdb as usual. */
  get seed(): { path: string; bytes: number } | undefined {
    return this.lookup.status === 'hit' && !this.verify ? { path: this.lookup.path, bytes: this.lookup.manifest.bytes } : undefined;
  }

  /** The cluster would not start from the snapshot: the run applies the base and saves a new one. */
  refuse(err: unknown, notices: string[]) {
    notices.push(`base-schema snapshot ${this.key} in ${this.dir} is not used: ${firstLine(err)}; the base migrations run and the snapshot is rebuilt`);
    this.lookup = { status: 'corrupt', reason: 'its cluster did not start' };
  }

  /** On a seeded cluster: the database that holds the base, and the server state from before it. */
  get restored(): { database: string; serverBefore: ServerState } | undefined {
    if (!this.seeded || this.lookup.status !== 'hit') return undefined;
    return { database: this.lookup.manifest.database, serverBefore: loadState(this.lookup.manifest.serverBefore) };
  }

  /** What a save needs from the run: its cluster, and the state read before the base ran. */
  attach(cluster: Cluster, serverBefore: ServerState, database: string) {
    this.source = { cluster, serverBefore, database };
  }

  async restore(applier: Applier, _target: DbTarget, notices: string[]): Promise<number> {
    if (this.lookup.status === 'corrupt' && this.lookup.reason !== 'its cluster did not start') {
      notices.push(`base-schema snapshot ${this.key} in ${this.dir} is not used: ${this.lookup.reason}; the base migrations run and the snapshot is rebuilt`);
    }
    if (!this.seeded) return 0;
    const rows = await applier.adoptHistory();
    if (rows !== this.prefix) {
      throw new Error(`base-schema snapshot ${this.key} holds ${rows} history rows for ${this.prefix} base migrations; delete ${this.dir} and run again`);
    }
    notices.push(`restored the base schema (${this.prefix} migrations) from snapshot ${this.key} (a copy of the cluster's data folder); only the files after them ran`);
    return this.prefix;
  }

  async afterBase(history: string, _admin: pg.Client, _target: DbTarget, client: pg.Client, notices: string[], problems: Array<{ severity: 'error' | 'warning'; message: string }>): Promise<void> {
    if (this.lookup.status === 'hit' && this.verify) {
      // the snapshot gets a server of its own, started the way a warm run would start it
      const other = await startCluster({ env: this.env, seed: { path: this.lookup.path, bytes: this.lookup.manifest.bytes } });
      try {
        const c = await connect(withDatabase(other.target, this.lookup.manifest.database), 'pgmig verify-snapshot');
        try {
          await compareBases(this.key, history, client, c, notices, problems);
        } finally {
          await c.end();
        }
      } finally {
        await other.stop();
      }
      return;
    }
    if (this.seeded || !this.source) return;
    try {
      const m = await saveClusterSnapshot(this.dir, this.key, { binDir: this.binDir, target: this.source.cluster.target, database: this.source.database, files: this.prefix, serverBefore: this.source.serverBefore });
      notices.push(`saved the base schema (${this.prefix} migrations, ${m.bytes} bytes, a copy of the cluster's data folder) as snapshot ${this.key} in ${this.dir}`);
    } catch (err) {
      notices.push(`could not save the base-schema snapshot in ${this.dir}: ${firstLine(err)}`);
    }
  }
}

/** Errors for each way the restored base (`b`) differs from the one applied from scratch (`a`). */
async function compareBases(key: string, history: string, a: pg.Client, b: pg.Client, notices: string[], problems: Array<{ severity: 'error' | 'warning'; message: string }>) {
  const diff = diffSnapshots(await snapshotSchema(a), await snapshotSchema(b));
  for (const d of diff) problems.push({ severity: 'error', message: `base-schema snapshot ${key}: ${describeDifference(d, 'in the snapshot', 'applied from scratch')}` });
  const rowsSql = `SELECT installed_rank, version, description, type, script, checksum, success FROM ${history} ORDER BY installed_rank`;
  const [x, y] = await Promise.all([a.query(rowsSql), b.query(rowsSql)]);
  if (JSON.stringify(x.rows) !== JSON.stringify(y.rows)) problems.push({ severity: 'error', message: `base-schema snapshot ${key}: its ${history} rows differ from those applied from scratch` });
  if (!diff.length) notices.push(`base-schema snapshot ${key} matches the base migrations applied from scratch`);
}
