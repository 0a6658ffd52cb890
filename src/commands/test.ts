// first: pg loads without Node's fetch (see db/node-navigator.ts)
import '../db/pg-loaded.js';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type pg from 'pg';
import { Applier, infrastructureError, infrastructureFailure, loadMigration, nonTransactionalReason, preload, quoteIdent, statementLabel, type MigrationFile, type MigrationRun } from '../db/apply.js';
import { findBinDir, startCluster, type Cluster } from '../db/cluster.js';
import { watchInterrupts } from '../db/interruption.js';
import { connect, displayUrl, resolveTarget, withDatabase, type DbTarget } from '../db/connect.js';
import { Clones } from '../db/clones.js';
import { defaultJobs, runOnClones } from '../db/parallel-tests.js';
import { selectShard, readTimings, type Shard } from '../tests/shard.js';
import { BaseSnapshot, baseOf, ClusterBase } from '../db/snapshot-cache.js';
import { LeftoverWatch } from '../db/leftovers.js';
import { ensurePgTap, findTestFiles, runTestFile, type TestFileResult } from '../db/pgtap.js';
import { diffServer, snapshotServer, type ServerChange } from '../db/server-state.js';
import { columnMoves, describeDifference, diffSnapshots, snapshotSchema, type SchemaDifference, type SchemaSnapshot } from '../db/snapshot.js';
import { blame, checkQuery, describeBroken, type BrokenQuery, type QueryState } from '../db/compat.js';
import { describeImpact, estimateFile, type Impact } from '../db/impact.js';
import { dedupeQueries, normalise, readQueryFiles, type ReleaseQuery } from '../migrations/queries.js';
import type { ProductionStats } from '../migrations/stats-file.js';
import { describeQueue, rehearseLockQueue, type QueueRehearsal } from '../db/lock-queue.js';
import { Tracer } from '../db/trace.js';
import { loadStats } from '../migrations/stats-file.js';
import { UserError } from '../errors.js';
import { changesSince, mergeBase, repoRoot } from '../git/git.js';
import { loadConfig, type Config } from '../migrations/config.js';
import { discoverMigrations, displayPath, entryFor, isMigrationPath, type MigrationEntry } from '../migrations/discover.js';
import { flywayDuplicates } from '../migrations/duplicates.js';
import { compareMigrations, isNameProblem, versionKey, type MigrationName } from '../migrations/name.js';
import { redact, redactDeep, redactError } from '../secrets.js';
import { ensureParser } from '../sql/parse.js';

export interface TestOptions {
  cwd: string;
  /** Folder of base-schema snapshots (db/snapshot-cache.ts); default: "snapshotCache" of the config. */
  snapshotCache?: string;
  /** With a snapshot for the base: apply from scratch all the same and compare (an error per difference). */
  verifySnapshot?: boolean;
  env: NodeJS.ProcessEnv;
  /** Migration files that make the change; none (and no changedSince): every migration is new. */
  files?: string[];
  changedSince?: string;
  databaseUrl?: string;
  /**
   * Keeps the test database and reports its URL. On a throwaway cluster the database lives as
   * long as the cluster, and the cluster as long as pgmig: the run returns, and the process then
   * stays up serving it until it gets SIGINT (Ctrl-C) or SIGTERM, which stop the server and delete
   * it. Only a run that got as far as a report keeps anything; an environment error cleans up.
   */
  keep?: boolean;
  config?: string;
  migrations?: string[];
  tests?: string;
  /** Progress lines (one per migration, test file, rehearsal) as the run goes. */
  progress?: (line: string) => void;
  /** A `pgmig stats` file, relative to cwd; overrides the config's `stats`. */
  stats?: string;
  /** false: no lock-duration estimates even with stats. */
  estimates?: boolean;
  /** Globs of the running release's queries files, relative to cwd; override the config's `queries`. */
  queries?: string[];
  /** false: no lock-queue rehearsal. */
  lockQueue?: boolean;
  /**
   * Told what the run is doing every `heartbeatMs` (default 5 s): for a log with no terminal
   * (CI), where nothing else shows a long migration is still going.
   */
  heartbeat?: (line: string) => void;
  heartbeatMs?: number;
  /** pgTAP files run at once, each on its own clone; default: the CPUs, at most the server's spare connections. */
  jobs?: number;
  /** Only this shard's share of the test files (see tests/shard.ts). */
  shard?: Shard;
  /** A timing file (relative to cwd) that balances the shards by duration. */
  timings?: string;
}

export interface Problem {
  severity: 'error' | 'warning';
  file?: string;
  message: string;
}

export interface Rehearsal {
  migration: string;
  undo: string;
  status: 'passed' | 'failed';
  /** Differences after the undo from the schema before the migration. */
  undoDiff: SchemaDifference[];
  /** Differences after applying the migration again from the schema it produced the first time. */
  reapplyDiff: SchemaDifference[];
  /** The undo or the re-apply failed. */
  error?: MigrationRun['error'];
  messages: string[];
}

export interface TestResult {
  database: {
    url?: string;
    kept: boolean;
    throwaway: boolean;
    serverVersion: string;
    name: string;
    /** With --keep on a throwaway cluster: how long the URL works, and how to end it. */
    note?: string;
  };
  /**
   * base: before the change; new: the change (traced); later: with files given, the migrations
   * after the newest of them, applied after the change so the pgTAP files see the whole schema.
   */
  migrations: Array<MigrationRun & { phase: 'base' | 'new' | 'later'; growth?: Growth }>;
  /**
   * Production impact: per statement of a new migration that rewrites, scans or builds on a
   * table the production stats know, its size, lock, what it blocks and the measured estimate.
   */
  impact: Impact[];
  /** The lock-queue rehearsal of each new statement that needs a lock conflicting with traffic on an existing table. */
  lockQueue: QueueRehearsal[];
  /** Said once (missing or stale stats), never a failure. */
  notices: string[];
  /** The running release's queries, PREPAREd before the change and after each new migration. */
  release?: ReleaseCheck;
  tests: TestFileResult[];
  rehearsals: Rehearsal[];
  problems: Problem[];
  /**
   * What changed on the server outside the test database while the run went on (databases,
   * roles, ALTER SYSTEM, tablespaces): done by the SQL under test, or by anyone else meanwhile.
   * On a given server it stays after the run. Reported, not counted in the verdict.
   */
  server: { changes: ServerChange[]; unreadable: string[] };
  summary: {
    migrations: number;
    applied: number;
    failed: number;
    statements: number;
    testFiles: number;
    testsPassed: number;
    testsFailed: number;
    rehearsed: number;
    rehearsalsFailed: number;
    errors: number;
    warnings: number;
  };
}

export interface ReleaseCheck {
  checked: number;
  /** Queries that do not prepare on the schema before the change either: not the change's doing. */
  setAside: number;
  broken: BrokenQuery[];
  /** Hot queries whose generic plan stopped using an index it used before the change. */
  planRegressions: Array<{ query: string; source: string; calls?: number; lost: string[] }>;
}

/** What a new migration wrote: WAL and database growth, as GitLab's migration pipeline reports them. */
export interface Growth {
  walBytes: number;
  databaseBytes: number;
}

interface Plan {
  /** Forward migrations in the order they run; `later`: after the newest given file. */
  order: Array<{ file: MigrationFile; isNew: boolean; later?: boolean }>;
  /** Undo file per new migration path. */
  undo: Map<string, MigrationFile>;
  problems: Problem[];
}

/**
 * `pgmig test`: a fresh database; the migrations applied in Flyway's order, each recorded in
 * flyway_schema_history, the new ones statement by statement with a lock trace; the pgTAP
 * files; then every undo rehearsed against a catalog snapshot. Environment problems throw a
 * UserError (exit 2); everything the migrations or tests did wrong is in the result (exit 1).
 */
export async function runTest(opts: TestOptions): Promise<TestResult> {
  // everything the run says goes out through here: the server's messages may quote anything
  const progress = opts.progress && ((line: string) => opts.progress!(redact(line)));
  const heart: Heart = {};
  try {
    return redactDeep(await testRun({ ...opts, progress }, heart));
  } catch (err) {
    throw redactError(err);
  } finally {
    clearInterval(heart.timer);
  }
}

interface Heart {
  timer?: NodeJS.Timeout;
}

async function testRun(opts: TestOptions, heart: Heart = {}): Promise<TestResult> {
  // the test has no use for the rules but the names in the config's rules section, which are
  // checked once the rules have loaded, while the server works; a misspelt one is still reported
  // before anything runs
  const config = loadConfig(opts.cwd, opts.config);
  const rulesChecked = import('../rules/index.js').then(({ RULE_IDS }) => void loadConfig(opts.cwd, opts.config, RULE_IDS));
  rulesChecked.catch(() => {});
  if (opts.migrations?.length) {
    config.migrations = opts.migrations;
    config.root = opts.cwd;
  }
  if (opts.tests) config.tests = resolve(opts.cwd, opts.tests);
  const statsFile = opts.stats ? resolve(opts.cwd, opts.stats) : config.stats ? resolve(config.root, config.stats) : undefined;
  const loadedStats = statsFile ? loadStats(statsFile, opts.cwd, config.statsMaxAgeMs) : undefined;
  // the parser's WebAssembly compiles in the background while pgmig logs in; nothing is parsed
  // before the server is busy creating the test database
  const parserReady = ensureParser();
  parserReady.catch(() => {});
  // with a server to use, its backend for pgmig starts while the files are looked at; what is
  // wrong with the files or the settings is still what the run reports first
  let given: DbTarget | undefined;
  let givenError: unknown;
  try {
    given = resolveTarget(opts.databaseUrl, opts.env);
  } catch (err) {
    givenError = err;
  }
  const adminReady = given ? connect(given, 'pgmig admin') : undefined;
  adminReady?.catch(() => {});
  // and the migrations are looked at while that server creates the test database (git, for
  // --changed-since, is asked first); a mistaken command line still fails before anything else
  let plan: Plan | undefined;
  let testFiles: string[] | undefined;
  const planned = () => {
    plan ??= planRun(opts, config);
    testFiles ??= shardOf(opts, findTestFiles(opts.cwd, resolve(config.root, config.tests)));
    return plan;
  };
  try {
    checkArguments(opts, config);
    if (!given) await rulesChecked;
    if (!given || opts.changedSince) planned();
  } catch (err) {
    void adminReady?.then((c) => c.end()).catch(() => {});
    throw err;
  }
  if (givenError) throw givenError;
  const progress = opts.progress ?? (() => {});

  // what the run is doing, for an error or an interruption to say where it happened
  let doing = 'starting';
  let applier: Applier | undefined;
  let testAt: { file: string; line: number; sql: string } | undefined;
  // (a signal's message is written as it comes, past the scrubbing of the run's output)
  const activity = () => {
    if (testAt) return redact(`running ${testAt.file}:${testAt.line} (${statementLabel(testAt.sql)})`);
    const running = applier?.running();
    return redact(running ? `applying ${running}` : doing);
  };
  if (opts.heartbeat) {
    const startedAt = Date.now();
    const beat = opts.heartbeat;
    heart.timer = setInterval(() => beat(`pgmig: ${Math.round((Date.now() - startedAt) / 1000)} s, ${activity()}`), opts.heartbeatMs ?? 5000);
    heart.timer.unref();
  }

  let cluster: Cluster | undefined;
  let server = given;
  const cacheDir = opts.snapshotCache ? resolve(opts.cwd, opts.snapshotCache) : config.snapshotCache ? resolve(config.root, config.snapshotCache) : undefined;
  // what the run notes before its result exists
  const early: string[] = [];
  let clusterBase: ClusterBase | undefined;
  if (!server) {
    progress('starting a throwaway PostgreSQL cluster …');
    doing = 'starting a throwaway PostgreSQL cluster';
    // a cluster of our own can start from a copy of the data folder its base left behind
    const binDir = cacheDir ? findBinDir(opts.env ?? process.env) : undefined;
    try {
      clusterBase = cacheDir && binDir ? ClusterBase.open(cacheDir, !!opts.verifySnapshot, planned().order, config, binDir, opts.env) : undefined;
    } catch (err) {
      if (err instanceof UserError) throw err;
      early.push(`the base-schema snapshot cache ${cacheDir} is not used: ${(err as Error).message}`);
    }
    if (clusterBase?.seed) {
      doing = 'starting a throwaway PostgreSQL cluster from the base-schema snapshot';
      try {
        cluster = await startCluster({ env: opts.env, activity, seed: clusterBase.seed });
        clusterBase.seeded = true;
      } catch (err) {
        clusterBase.refuse(err, early);
      }
    }
    cluster ??= await startCluster({ env: opts.env, activity });
    server = cluster.target;
  }
  const dbName = `pgmig_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const clients: pg.Client[] = [];
  let admin: pg.Client | undefined;
  let observerReady: Promise<pg.Client> | undefined;
  let migrateReady: Promise<pg.Client> | undefined;
  let created = false;
  const target: DbTarget = withDatabase(server, dbName);
  // a throwaway cluster cleans up after a signal itself (everything goes with it); on another
  // server the test database must be dropped before pgmig ends
  let clones: Clones | undefined;
  const interruption = cluster ? undefined : watchInterruption(activity, () => [dbName, ...(clones?.names() ?? [])], dbName, () => (created ? admin : undefined));
  // an environment error part-way keeps nothing: the report that would show the URL never comes
  let finished = false;
  const result: TestResult = {
    database: { kept: !!opts.keep, throwaway: !!cluster, serverVersion: '', name: dbName },
    migrations: [],
    impact: [],
    lockQueue: [],
    notices: [],
    tests: [],
    rehearsals: [],
    problems: [],
    server: { changes: [], unreadable: [] },
    summary: { migrations: 0, applied: 0, failed: 0, statements: 0, testFiles: 0, testsPassed: 0, testsFailed: 0, rehearsed: 0, rehearsalsFailed: 0, errors: 0, warnings: 0 },
  };
  result.notices.push(...early);
  try {
    doing = 'connecting';
    try {
      admin = await (adminReady ?? connect(server, 'pgmig admin'));
    } catch (err) {
      // what is wrong with the settings and the migrations comes first
      await rulesChecked;
      planned();
      throw err;
    }
    doing = 'reading the server-wide state';
    // (before anything is queued behind it: one query waits behind the running one at a time)
    const restored = clusterBase?.restored;
    const serverBefore = restored?.serverBefore ?? (await snapshotServer(admin));
    doing = 'creating the test database';
    const creating = admin.query(restored ? `ALTER DATABASE ${quoteIdent(restored.database)} RENAME TO ${quoteIdent(dbName)}` : `CREATE DATABASE ${quoteIdent(dbName)}`);
    // a database that is thrown away need not wait for the disk at each commit: on a server with
    // fsync on, this is most of the time of 300 small migrations. Every session of the run gets
    // it (RESET ALL keeps it); a kept database has it taken off again at the end
    const unhurried = admin.query(`ALTER DATABASE ${quoteIdent(dbName)} SET synchronous_commit = off`);
    unhurried.catch(() => {});
    // (one query waiting behind the running one at a time: pg deprecates a longer queue, with a warning)
    const version = unhurried.then(
      () => admin!.query<{ v: string }>(`SELECT current_setting('server_version') AS v`),
      () => admin!.query<{ v: string }>(`SELECT current_setting('server_version') AS v`),
    );
    creating.catch(() => {});
    version.catch(() => {});
    // the server copies the template meanwhile: find and read the migrations now (what goes
    // wrong is reported once the database exists, and the database dropped), a few files at a
    // time, so that the server's answers are taken as they come rather than after the last file
    let unreadable: unknown;
    // (a base restored from a snapshot is not run: its files were read once, for the key)
    const skipped = restored ? clusterBase!.prefix : 0;
    const reading = (async () => {
      const { order } = planned();
      for (let i = skipped; i < order.length; i++) {
        preload(order[i]!.file);
        if (i % 16 === 15) await new Promise((r) => setImmediate(r));
      }
    })().catch((err: unknown) => void (unreadable = err));
    // and, once the parser is there, get the first base migrations ready to send, and see
    // whether a new one has statements that run outside a transaction (the lock trace then
    // needs a second connection)
    let upcoming: { at: number; files: MigrationFile[] } | undefined;
    let observerNeeded = false;
    const looked = reading.then(async () => {
      if (unreadable) return;
      await parserReady;
      upcoming = { at: skipped, files: baseBatch(plan!.order, skipped) };
      observerNeeded = plan!.order.some(({ file, isNew }) => isNew && nonTransactionalReason(file.parsed.statements) !== undefined);
    });
    looked.catch(() => {});
    try {
      await creating;
    } catch (err) {
      await rulesChecked;
      await reading;
      if (unreadable) throw unreadable;
      const code = (err as { code?: string }).code;
      const hint = code === '42501' ? '; the user needs the CREATEDB privilege' : code === '57014' || code === '55P03' ? `; ${SESSION_LIMIT}` : '';
      throw new UserError(`cannot create the test database on ${displayUrl(server)}: ${(err as Error).message}${hint}`);
    }
    created = true;
    // the migrations' session logs in while the last files are read; after the setting, so it
    // has it (only a speed-up: a server that refuses it runs the test all the same)
    migrateReady = unhurried.catch(() => {}).then(() => connect(target, 'pgmig migrate'));
    migrateReady.catch(() => {});
    await rulesChecked;
    await reading;
    if (unreadable) throw unreadable;
    const { order, undo: undos, problems } = plan!;
    const tests = testFiles!;
    result.problems.push(...problems);
    result.database.serverVersion = (await version).rows[0]!.v;
    const client = await migrateReady;
    clients.push(client);
    const observer = () => {
      if (!observerReady) {
        observerReady = connect(target, 'pgmig lock observer');
        observerReady.catch(() => {});
      }
      return observerReady;
    };
    applier = new Applier(client, config);
    doing = 'looking up the base-schema snapshot';
    // --database-url: the server's files are not ours to copy, so the snapshot is a pg_dump archive
    const snap = clusterBase ?? (cacheDir && !cluster ? await BaseSnapshot.open(cacheDir, !!opts.verifySnapshot, order, config, result.database.serverVersion) : undefined);
    clusterBase?.attach(cluster!, serverBefore, dbName);
    doing = 'restoring the base-schema snapshot';
    const startAt = snap ? await snap.restore(applier, target, result.notices) : 0;
    doing = 'creating flyway_schema_history';
    if (!startAt) await applier.createHistory();
    const baseDone = async () => {
      doing = 'saving or checking the base-schema snapshot';
      await snap!.afterBase(applier!.history!, admin!, target, client, result.notices, result.problems);
    };
    await parserReady;
    await looked.catch(() => {});
    // a new migration will need the lock observer: it logs in while the base migrations run
    if (observerNeeded) void observer();

    let tracer: Tracer | undefined;
    const leftovers = new LeftoverWatch();
    let failed = false;
    result.notices.push(...(loadedStats?.notices ?? []));
    // the estimates build and vacuum copies of tables, so they need a session of their own
    const estimating = loadedStats?.stats && opts.estimates !== false && config.estimates.budgetMs > 0;
    let estimator: pg.Client | undefined;
    const estimateStarted = Date.now();
    let queueSpent = 0;
    const release = loadReleaseQueries(opts.cwd, config, loadedStats?.stats, opts.queries);
    const baseline = new Map<ReleaseQuery, QueryState>();
    const brokenQueries = new Set<ReleaseQuery>();
    let baselineDone = release.length === 0;
    // the files before this index run one by one: they were in a batch that failed
    let singleUntil = 0;
    /** Where the last new file left WAL and size, while nothing else has run since (see growthMark). */
    let chained: GrowthMark | undefined;
    for (let k = startAt; k < order.length; k++) {
      if (snap && k === snap.prefix && !startAt) await baseDone();
      const { file, isNew, later } = order[k]!;
      if (!isNew) chained = undefined;
      if (!isNew && k >= singleUntil) {
        // base migrations that each run in one transaction go to the server several at a time
        const batch = upcoming?.at === k ? upcoming.files : baseBatch(order, k);
        if (batch.length > 1) {
          doing = `applying ${file.entry.path} and the ${batch.length - 1} base migrations after it`;
          const running = applier.applyBatch(batch);
          // the next batch is read and parsed while the server runs this one
          upcoming = { at: k + batch.length, files: baseBatch(order, k + batch.length) };
          const runs = await running;
          for (const run of runs) {
            result.migrations.push({ ...run, phase: order[k]!.later ? 'later' : 'base' });
            progress(progressLine(run));
          }
          if (runs.length < batch.length) singleUntil = k + batch.length;
          k += runs.length - 1;
          continue;
        }
      }
      doing = `preparing to apply ${file.entry.path}`;
      if (isNew && !tracer) tracer = await Tracer.create(client, observer, () => connect(target, 'pgmig lock gate'), {
          // the blocking measurement belongs with the lock-queue rehearsal: off with it
          traffic: opts.lockQueue !== false && config.lockQueue.budgetMs > 0,
        });
      if (isNew) await leftovers.start(client);
      const undo = isNew ? undos.get(file.entry.path) : undefined;
      const before = undo ? await snapshotSchema(client) : undefined;
      if (isNew && !baselineDone) {
        doing = `preparing the running release's ${release.length} queries on the schema before the change`;
        // the hottest queries' plans are compared too: by calls when pg_stat_statements gave them
        const hot = new Set([...release].sort((a, b) => (b.calls ?? 0) - (a.calls ?? 0)).slice(0, PLAN_CHECKS));
        for (const q of release) baseline.set(q, await checkQuery(client, q, hot.has(q)));
        baselineDone = true;
        result.release = { checked: release.length, setAside: [...baseline.values()].filter((b) => !b.ok).length, broken: [], planRegressions: [] };
      }
      if (isNew && estimating) {
        chained = undefined;
        doing = `estimating the lock durations of ${file.entry.path} on synthetic copies of its tables`;
        estimator ??= await connect(target, 'pgmig estimate');
        if (!clients.includes(estimator)) clients.push(estimator);
        const found = await estimateFile(estimator, { path: file.entry.path, parsed: file.parsed }, loadedStats!.stats!, {
          ...config.estimates,
          spentMs: () => Date.now() - estimateStarted,
          // blocking measured on the synthetic rows too, with the rehearsal's traffic: off with it
          traffic: opts.lockQueue !== false && config.lockQueue.budgetMs > 0 ? () => connect(target, 'pgmig lock gate') : undefined,
        });
        result.impact.push(...found);
        for (const i of found) progress(`     ${i.file}:${i.line} ${i.relation}: ${describeImpact(i)}`);
      }
      if (isNew && opts.lockQueue !== false && config.lockQueue.budgetMs > 0) {
        chained = undefined;
        doing = `rehearsing the lock queue of ${file.entry.path} behind a blocking transaction`;
        const found = await rehearseLockQueue(target, client, { path: file.entry.path, parsed: file.parsed }, {
          ...config.lockQueue,
          spentMs: () => queueSpent,
          transactional: nonTransactionalReason(file.parsed.statements) === undefined,
          existedBefore: tracer ? (oid) => tracer!.existedBefore(oid) : undefined,
        });
        result.lockQueue.push(...found);
        for (const q of found) progress(`     ${q.file}:${q.line} ${describeQueue(q)}`);
        queueSpent += found.reduce((n, q) => n + (q.waitedMs ?? 0), 0);
      }
      // the size where the last new file left it, when nothing has written since: each walk of
      // the database's files (pg_database_size) costs more the longer the history
      const grew = isNew ? (chained ?? (await growthMark(client))) : undefined;
      chained = undefined;
      // apply() has sent its first query when it returns: parse the next file meanwhile, if it
      // is to be parsed at all
      const running = applier.apply(file, isNew ? { tracer } : {});
      const next = order[k + 1];
      if (next && !next.isNew && k + 1 >= singleUntil) upcoming = { at: k + 1, files: baseBatch(order, k + 1) };
      else if (next && (next.isNew || next.file.plainText === undefined)) void next.file.parsed;
      const run = await running;
      const measured = grew && run.status === 'applied' ? await growthSince(client, grew) : undefined;
      const growth = measured?.growth;
      chained = measured?.mark;
      result.migrations.push({ ...run, phase: isNew ? 'new' : later ? 'later' : 'base', ...(growth ? { growth } : {}) });
      progress(progressLine(run));
      if (run.status === 'failed') {
        failed = true;
        break;
      }
      if (isNew && result.release) {
        doing = `preparing the running release's queries after ${file.entry.path}`;
        for (const [q, was] of baseline) {
          if (!was.ok || brokenQueries.has(q)) continue;
          const now = await checkQuery(client, q, false);
          const newlyMissing = (now.missingRequired ?? []).filter((c) => !(was.missingRequired ?? []).includes(c));
          const error = !now.ok ? now.error! : newlyMissing.length ? `it leaves out ${newlyMissing.map((c) => `column "${c}"`).join(', ')}, NOT NULL without a default: every such INSERT fails` : undefined;
          if (!error) continue;
          brokenQueries.add(q);
          const at = blame(error, file.parsed.statements.map((st) => ({ text: st.text, line: file.parsed.source.position(st.start).line })))
            ?? (newlyMissing.length ? file.parsed.statements.map((st) => ({ text: st.text, line: file.parsed.source.position(st.start).line })).find((st) => newlyMissing.some((c) => st.text.includes(c))) : undefined);
          const broken: BrokenQuery = {
            query: q.text,
            source: q.source,
            ...(q.calls !== undefined ? { calls: q.calls } : {}),
            file: file.entry.path,
            ...(at ? { line: at.line, statement: statementLabel(at.text) } : {}),
            error,
            ...(q.ignored ? { ignored: q.ignored } : {}),
          };
          result.release.broken.push(broken);
          if (!q.ignored) result.problems.push({ severity: 'error', file: file.entry.path, message: describeBroken(broken) });
        }
      }
      if (undo && before) {
        doing = `rehearsing ${undo.entry.path}`;
        chained = undefined;
        const r = await rehearse(applier, client, file, undo, before, config.undoColumnOrder);
        result.rehearsals.push(r.rehearsal);
        for (const message of r.warnings) result.problems.push({ severity: 'warning', file: undo.entry.path, message });
        // the undo and the second run may have rewritten existing tables: not the next migration's doing
        await tracer?.refresh(client);
        progress(`${r.rehearsal.status === 'passed' ? 'ok  ' : 'FAIL'} undo ${undo.entry.path}${r.rehearsal.messages.length ? `: ${r.rehearsal.messages[0]}` : ''}`);
        if (!r.consistent) {
          // the schema is neither what the migration left nor what it started from
          result.problems.push({ severity: 'warning', file: file.entry.path, message: 'stopped after its undo rehearsal failed: the migrations after it would run on a schema it did not leave' });
          failed = true;
          break;
        }
      }
      if (isNew) await leftovers.after(client, file.entry.path);
    }
    if (snap && snap.prefix === order.length && !startAt && !failed) await baseDone();
    if (!failed) result.problems.push(...(await leftovers.problems(client)));

    if (result.release && !failed) {
      doing = "comparing the plans of the running release's hottest queries";
      for (const [q, was] of baseline) {
        if (!was.ok || !was.indexes?.length || brokenQueries.has(q)) continue;
        const now = await checkQuery(client, q, true);
        const lost = was.indexes.filter((i) => !(now.indexes ?? []).includes(i));
        if (now.ok && lost.length) {
          result.release.planRegressions.push({ query: q.text, source: q.source, ...(q.calls !== undefined ? { calls: q.calls } : {}), lost });
          result.problems.push({ severity: 'warning', message: `the running release's ${q.source} (${statementLabel(q.text)}) no longer uses ${lost.map((l) => `index ${l}`).join(', ')} after the change` });
        }
      }
    }
    if (estimator) {
      // the migrated database is about to become a template: no session may stay on it
      await estimator.end().catch(() => {});
      estimator = undefined;
    }
    if (!failed && tests.length) {
      doing = 'installing pgTAP';
      const createdTap = await ensurePgTap(client, tests.length);
      // the migrated database becomes the template of one clone per file: no session may stay on it
      doing = 'closing the migration sessions';
      for (const late of await Promise.all([migrateReady, observerReady].map((p) => p?.catch(() => undefined)))) {
        if (late) await late.end().catch(() => {});
      }
      clones = new Clones(admin, server, dbName);
      const root = repositoryRoot(opts.cwd, config.root);
      const jobs = opts.jobs ?? (await defaultJobs(admin));
      // clones are made on sessions of their own while files run; without them (the server
      // has no connection to spare) the admin session makes them one at a time
      const ahead = Math.min(jobs, tests.length - 1, CLONE_SESSIONS_MAX);
      doing = 'opening sessions to make copies of the migrated database';
      const extra = await Promise.all(Array.from({ length: Math.max(0, ahead) }, () => connect(server, 'pgmig clones').catch(() => undefined)));
      for (const c of extra) if (c) clones.addSession(c);
      doing = `running ${tests.length} pgTAP file${tests.length === 1 ? '' : 's'} on copies of the migrated database`;
      const ran = await runOnClones(
        tests,
        jobs,
        clones,
        async (f, clone, carry) => {
          try {
            return await runTestFile(clone, opts.cwd, f, applier!.bodies, (at) => (testAt = at), root, carry);
          } finally {
            testAt = undefined;
          }
        },
        (t) => progress(`${t.status === 'passed' ? 'ok  ' : 'FAIL'} ${t.file} (${t.passed}/${t.ran} passed${t.problems.length ? `; ${t.problems.join('; ')}` : ''})`),
        Math.max(0, ahead),
      );
      result.tests.push(...ran);
      if (createdTap && opts.keep) {
        // what is kept is the schema the migrations made, without pgTAP's functions
        doing = 'dropping pgTAP';
        const again = await connect(target, 'pgmig migrate');
        clients.push(again);
        await again.query('DROP EXTENSION pgtap');
      }
    }
    doing = 'reading the server-wide state';
    const before = serverBefore;
    const ours = (name: string) => name === dbName || name.startsWith(`${dbName}_c`) || /^pgmig_test_/.test(name);
    result.server = { changes: diffServer(before, await snapshotServer(admin), ours), unreadable: before.unreadable };
    finished = true;
  } catch (err) {
    throw environmentError(err, activity());
  } finally {
    testAt = undefined;
    applier = undefined;
    doing = 'cleaning up';
    const keep = !!opts.keep && finished;
    // sessions that may have logged in after the run stopped waiting for them
    for (const late of await Promise.all([migrateReady, observerReady].map((p) => p?.catch(() => undefined)))) {
      if (late && !clients.includes(late)) clients.push(late);
    }
    const ending = Promise.all(clients.map((c) => c.end().catch(() => {})));
    // a run stopped part-way leaves the clone it was on: dropped whatever else happens
    if (clones) {
      await clones.dropAll();
      await clones.close();
    }
    // a throwaway cluster is deleted whole: dropping its test database first deleted each of the
    // base's files one by one (0.1 s of a warm run's end at 2,000 migrations), then the folder went all the same
    if (admin && created && !keep && !cluster) {
      await ending;
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`).catch(() => admin!.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)}`).catch(() => {}));
      await admin.end().catch(() => {});
    } else {
      if (admin && created && keep) await admin.query(`ALTER DATABASE ${quoteIdent(dbName)} RESET synchronous_commit`).catch(() => {});
      // nothing to drop: every session ends at once
      await Promise.all([ending, admin?.end().catch(() => {})]);
    }
    await cluster?.stop({ keep });
    interruption?.done();
  }
  if (opts.keep) {
    result.database.url = displayUrl(target);
    if (cluster) {
      result.database.note = `the throwaway cluster serves it until pgmig (pid ${process.pid}) is stopped with Ctrl-C or SIGTERM, which stops the server, deletes its files and exits with the run's status`;
    }
  }
  summarise(result);
  return result;
}

/** At most this many admin sessions make clones ahead of the pgTAP files (besides the admin session). */
const CLONE_SESSIONS_MAX = 4;

/** The test files of --shard (all of them without it), in their order. */
function shardOf(opts: TestOptions, files: string[]): string[] {
  if (!opts.shard) return files;
  const timings = opts.timings ? readTimings(resolve(opts.cwd, opts.timings), opts.timings) : undefined;
  const byPath = new Map(files.map((f) => [displayPath(opts.cwd, f), f]));
  return selectShard([...byPath.keys()], opts.shard, timings).map((p) => byPath.get(p)!);
}

const SESSION_LIMIT =
  "a statement_timeout or lock_timeout for the session (PGOPTIONS, the options of the URL, or the role's settings) is too short for pgmig's own work: raise it";

/**
 * A failure of the server or the connection outside a migration's statements (a schema
 * snapshot, pgTAP's installation, …): an environment error (exit 2) saying what pgmig was doing,
 * never an internal error with a stack trace. Anything else passes through as it is.
 */
function environmentError(err: unknown, doing: string): unknown {
  if (err instanceof UserError) return err;
  const kind = infrastructureFailure(err);
  if (kind) return infrastructureError(kind, undefined, doing, err);
  // pgmig's own queries under a limit set for the session (PGOPTIONS, the URL's options, the role)
  const e = err as { code?: unknown; message?: unknown };
  if (e && (e.code === '57014' || e.code === '55P03')) {
    return new UserError(`the server cancelled pgmig's own query while ${doing}: ${String(e.message)} (SQLSTATE ${e.code}); ${SESSION_LIMIT}`);
  }
  return err;
}

/**
 * Ctrl-C (SIGINT) or SIGTERM while the run uses a server pgmig did not start: says what was
 * running, ends the sessions on the test database so the run stops where it is and its cleanup
 * drops the database, then (in done()) ends the process by the same signal, as without a
 * handler. A second signal, or cleanup taking longer than 10 s, ends it at once.
 */
function watchInterruption(activity: () => string, databases: () => string[], dbName: string, admin: () => pg.Client | undefined) {
  const watch = watchInterrupts((signal) => {
    const a = admin();
    process.stderr.write(`pgmig: interrupted by ${signal} while ${activity()}${a ? `; dropping the test database ${dbName}` : ''}\n`);
    if (!a) return watch.done();
    // the run's own queries then fail, and its cleanup drops the database
    return a.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()', [databases()]);
  });
  return { signal: watch.signal, done: watch.done };
}

/** Queries whose plans are compared before and after: the most called ones. */
const PLAN_CHECKS = 50;

function loadReleaseQueries(cwd: string, config: Config, stats: ProductionStats | undefined, override?: string[]): ReleaseQuery[] {
  // the action's `queries` input names globs from the workspace, the config's from its own folder
  const files = override?.length ? readQueryFiles(cwd, cwd, override) : config.queries.length ? readQueryFiles(config.root, cwd, config.queries) : [];
  const fromStats: ReleaseQuery[] = (stats?.queries ?? []).map((q) => ({ text: normalise(q.text), source: 'pg_stat_statements', calls: q.calls, meanMs: q.meanMs }));
  return dedupeQueries([files, fromStats]);
}

type GrowthMark = { lsn: string; size: number };

async function growthMark(client: pg.Client): Promise<GrowthMark> {
  const r = await client.query<{ lsn: string; size: string }>(`SELECT pg_current_wal_insert_lsn()::text AS lsn, pg_database_size(current_database()) AS size`);
  return { lsn: r.rows[0]!.lsn, size: Number(r.rows[0]!.size) };
}

/** WAL inserted and database growth since `mark` (a migration that wrote nothing shows zeros), and the mark where they stand now. */
async function growthSince(client: pg.Client, mark: GrowthMark): Promise<{ growth: Growth; mark: GrowthMark } | undefined> {
  try {
    const r = await client.query<{ wal: string; size: string; lsn: string }>(`SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn) AS wal, pg_database_size(current_database()) AS size, pg_current_wal_insert_lsn()::text AS lsn`, [mark.lsn]);
    const size = Number(r.rows[0]!.size);
    return { growth: { walBytes: Number(r.rows[0]!.wal), databaseBytes: size - mark.size }, mark: { lsn: r.rows[0]!.lsn, size } };
  } catch {
    // a failed migration's transaction is gone by now; nothing to measure
    return undefined;
  }
}

function progressLine(run: MigrationRun): string {
  if (run.status === 'failed') return `FAIL ${run.file}: ${run.error?.message ?? ''}`;
  return `ok   ${run.file} (${Math.round(run.durationMs)} ms${run.transactional ? '' : ', outside a transaction'})`;
}

/**
 * Undo rehearsal, right after the migration ran: apply its undo and compare the schema with the
 * one before the migration; then apply the migration again and compare with what it produced the
 * first time. Done at that point, each undo starts from exactly the schema its migration left,
 * whatever comes later (a later migration without an undo file, repeatable files); and since
 * each one is checked to restore the schema before its migration, running them newest first
 * (as `/migrate rollback` does) walks back through the same schemas.
 */
async function rehearse(
  applier: Applier,
  client: pg.Client,
  file: MigrationFile,
  undo: MigrationFile,
  before: SchemaSnapshot,
  columnOrder: Config['undoColumnOrder'] = 'warning',
): Promise<{ rehearsal: Rehearsal; consistent: boolean; warnings: string[] }> {
  const warnings: string[] = [];
  const rehearsal: Rehearsal = { migration: file.entry.path, undo: undo.entry.path, status: 'passed', undoDiff: [], reapplyDiff: [], messages: [] };
  const after = await snapshotSchema(client);
  const u = await applier.apply(undo, { record: false });
  if (u.status === 'failed') {
    rehearsal.status = 'failed';
    rehearsal.error = u.error;
    rehearsal.messages.push(`the undo failed at ${u.error!.file}:${u.error!.line}: ${u.error!.message}`);
    // a transactional undo rolled back: the schema is still the migration's
    return { rehearsal, consistent: u.transactional, warnings };
  }
  const undone = diffSnapshots(before, await snapshotSchema(client));
  const { moves, rest } = columnMoves(undone);
  // a moved column is reported once, as itself, not as a change of every column after it
  rehearsal.undoDiff = columnOrder === 'error' ? undone : rest;
  rehearsal.messages.push(...rest.map((d) => describeDifference(d, 'after the undo', 'before the migration')));
  if (columnOrder === 'error') rehearsal.messages.push(...moves.map((m) => `${m.message} (config undoColumnOrder: error)`));
  else warnings.push(...moves.map((m) => `${m.message}; set undoColumnOrder: error to fail the rehearsal on it`));
  const again = await applier.apply(file, { record: false });
  if (again.status === 'failed') {
    rehearsal.status = 'failed';
    rehearsal.error = again.error;
    rehearsal.messages.push(`applying ${file.entry.path} again after its undo failed at line ${again.error!.line}: ${again.error!.message}`);
    return { rehearsal, consistent: false, warnings };
  }
  rehearsal.reapplyDiff = diffSnapshots(after, await snapshotSchema(client));
  rehearsal.messages.push(...rehearsal.reapplyDiff.map((d) => describeDifference(d, 'after applying the migration again', 'the first time')));
  if (rehearsal.undoDiff.length || rehearsal.reapplyDiff.length) rehearsal.status = 'failed';
  return { rehearsal, consistent: rehearsal.reapplyDiff.length === 0, warnings };
}

export function summarise(r: TestResult) {
  const s = r.summary;
  s.migrations = r.migrations.length;
  s.applied = r.migrations.filter((m) => m.status === 'applied').length;
  s.failed = r.migrations.filter((m) => m.status === 'failed').length;
  s.statements = r.migrations.reduce((n, m) => n + (m.statements?.length ?? 0), 0);
  s.testFiles = r.tests.length;
  s.testsPassed = r.tests.reduce((n, t) => n + t.passed, 0);
  s.testsFailed = r.tests.reduce((n, t) => n + t.failed, 0);
  s.rehearsed = r.rehearsals.length;
  s.rehearsalsFailed = r.rehearsals.filter((x) => x.status === 'failed').length;
  s.errors = s.failed + r.tests.filter((t) => t.status === 'failed').length + s.rehearsalsFailed + r.problems.filter((p) => p.severity === 'error').length;
  s.warnings = r.problems.filter((p) => p.severity === 'warning').length;
}

/** Base migrations sent to the server together: at most this many files, or this much text. */
const BATCH_FILES = 128;
const BATCH_BYTES = 1 << 20;

/** The base migrations from `k` on that can go to the server in one round trip (see Applier.applyBatch). */
function baseBatch(order: Plan['order'], k: number): MigrationFile[] {
  const out: MigrationFile[] = [];
  let bytes = 0;
  for (let i = k; i < order.length && out.length < BATCH_FILES && bytes < BATCH_BYTES; i++) {
    const { file, isNew } = order[i]!;
    if (isNew || !Applier.batchable(file)) break;
    out.push(file);
    bytes += file.plainText?.length ?? file.parsed.source.text.length;
  }
  return out;
}

const valid = (e: MigrationEntry): MigrationName | undefined => (isNameProblem(e.name) ? undefined : e.name);

/** The mistakes in what the run was asked to do that need no more than a look at the files. */
function checkArguments(opts: TestOptions, config: Config): void {
  const cwd = resolve(opts.cwd);
  const dirs = config.migrations.map((d) => resolve(config.root, d));
  const explicit = (opts.files ?? []).map((f) => resolve(cwd, f));
  if (explicit.length && opts.changedSince) throw new UserError('give either files or --changed-since, not both');
  for (const f of explicit) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new UserError(`cannot read ${relative(cwd, f) || f}: no such file`);
  }
  if (!explicit.length) {
    const missing = dirs.find((d) => !existsSync(d));
    if (missing) throw new UserError(`migrations folder ${displayPath(cwd, missing)} does not exist; set "migrations" in .pgmig.yml, pass --migrations, or pass files`);
  }
  // a folder named by the user that is not there is a typo, not a project without tests
  if (opts.tests || config.testsGiven) {
    const dir = resolve(config.root, config.tests);
    const named = opts.tests ? `--tests ${opts.tests}` : `"tests: ${config.tests}" in ${config.file ? relative(cwd, config.file) || config.file : '.pgmig.yml'}`;
    if (!existsSync(dir)) throw new UserError(`tests folder ${relative(cwd, dir) || dir} does not exist (${named}); fix the path, or create the folder`);
    if (!statSync(dir).isDirectory()) throw new UserError(`tests folder ${relative(cwd, dir) || dir} is not a folder (${named})`);
  }
}

/** Which files run, in which order, which of them are the change, and their undo files. */
function planRun(opts: TestOptions, config: Config): Plan {
  checkArguments(opts, config);
  const cwd = resolve(opts.cwd);
  const dirs = config.migrations.map((d) => resolve(config.root, d));
  const explicit = (opts.files ?? []).map((f) => resolve(cwd, f));
  const scanDirs = [...new Set([...dirs.filter((d) => existsSync(d)), ...explicit.map((f) => dirname(f))])];
  const suffixes = config.flyway.sqlMigrationSuffixes;
  const directory = discoverMigrations(cwd, scanDirs.map((d) => relative(cwd, d) || '.'), config.placeholder, suffixes);
  const byAbs = new Map(directory.map((e) => [e.absPath, e]));
  const entryOf = (abs: string) => byAbs.get(abs) ?? entryFor(cwd, abs, dirname(abs), config.placeholder, suffixes);

  let changeSet: Set<string>;
  if (opts.changedSince) changeSet = new Set(changedFiles(cwd, opts.changedSince, scanDirs, suffixes));
  else if (explicit.length) changeSet = new Set(explicit);
  else changeSet = new Set(directory.map((e) => e.absPath));

  const problems: Problem[] = [];
  const all = [...directory, ...[...changeSet].filter((p) => !byAbs.has(p)).map(entryOf)];
  const forward: MigrationEntry[] = [];
  const undos: MigrationEntry[] = [];
  for (const e of all) {
    const n = valid(e);
    if (!n) {
      if (changeSet.has(e.absPath)) problems.push({ severity: 'error', file: e.path, message: `not run: ${(e.name as { message: string }).message}` });
      continue;
    }
    if (n.kind === 'undo' || n.kind === 'pending-undo') undos.push(e);
    else forward.push(e);
  }
  forward.sort((a, b) => compareMigrations(valid(a)!, valid(b)!));
  // `flyway migrate` refuses files it takes for one migration: none of them runs
  for (const d of flywayDuplicates(forward)) {
    problems.push({ severity: 'error', file: d.files[0]!.path, message: `${d.message.replace('\n', '; ')} (flyway migrate refuses to run; give each its own version)` });
    for (const f of d.files) forward.splice(forward.indexOf(f), 1);
  }
  // with files given, what runs before the newest of them is the base, as for lint; the ones after
  // it run too, after the change and untraced, so the pgTAP files (written for the whole
  // schema) test what the repository ends up with rather than fail on tables not made yet
  const lastNew = explicit.length ? forward.reduce((i, e, k) => (changeSet.has(e.absPath) ? k : i), -1) : forward.length;
  const order = forward;
  // Flyway needs a version for every versioned row: a pending file gets the next free number
  let next = forward.reduce((mx, e) => {
    const n = valid(e)!;
    return n.kind === 'versioned' && n.parts.length ? (n.parts[0]! > mx ? n.parts[0]! : mx) : mx;
  }, 0n);
  const files = order.map((e, k) => {
    const n = valid(e)!;
    const v = n.kind === 'versioned' ? n.version : n.kind === 'pending' ? String(++next) : null;
    // read once the server is busy creating the database (see testRun)
    const isNew = changeSet.has(e.absPath);
    return { file: loadMigration(e, n, v, { lazy: true }), isNew, ...(!isNew && lastNew >= 0 && k > lastNew ? { later: true } : {}) };
  });

  const undo = new Map<string, MigrationFile>();
  const undoKey = (n: MigrationName) => (n.kind === 'undo' || n.kind === 'versioned' ? `v:${versionKey(n.parts)}` : `p:${n.description}`);
  const undoByKey = new Map(undos.map((e) => [undoKey(valid(e)!), e]));
  for (const { file, isNew } of files) {
    const n = file.name;
    if (!isNew || (n.kind !== 'versioned' && n.kind !== 'pending')) continue;
    const u = undoByKey.get(undoKey(n));
    if (u) undo.set(file.entry.path, loadMigration(u, valid(u)!, null));
    else {
      problems.push({
        severity: config.requireUndo ? 'error' : 'warning',
        file: file.entry.path,
        message: `no undo file (expected ${n.kind === 'pending' ? `U${config.placeholder.slice(1)}` : `U${n.version}`}__${n.description}.sql next to it)${config.requireUndo ? '; requireUndo is on' : ''}`,
      });
    }
  }
  return { order: files, undo, problems };
}

/** The migration files added or changed since the merge base with `ref` (and still there). */
function changedFiles(cwd: string, ref: string, dirs: string[], suffixes?: readonly string[]): string[] {
  const root = repoRoot(cwd);
  const commit = mergeBase(root, ref);
  const realCwd = realpathSync(cwd);
  const rel = dirs.map((d) => relative(root, realpathSync(d)).split(sep).join('/') || '.');
  return changesSince(root, commit, rel)
    .filter((c) => c.status !== 'D' && isMigrationPath(c.path, suffixes))
    .map((c) => resolve(cwd, relative(realCwd, resolve(root, c.path))))
    .filter((p) => existsSync(p));
}

/** The folder `\i` in a test file may read inside: the git checkout's top, else the config's folder. */
function repositoryRoot(cwd: string, configRoot: string): string {
  try {
    return repoRoot(cwd);
  } catch {
    return configRoot;
  }
}

/**
 * `pgmig snapshot-key`: the key `pgmig test` with the same arguments would look its base-schema
 * snapshot up by, without a server (the major version is given), so CI can restore the cache
 * before the test starts. Undefined when the run has no base migrations to snapshot.
 */
export function snapshotKeyOf(opts: TestOptions, serverMajor: number): string | undefined {
  const config = loadConfig(opts.cwd, opts.config);
  if (opts.migrations?.length) {
    config.migrations = opts.migrations;
    config.root = opts.cwd;
  }
  return baseOf(planRun(opts, config).order, config, serverMajor)?.key;
}
