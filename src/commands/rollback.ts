import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { loadMigration, nonTransactionalReason, type ApplyError, type MigrationFile } from '../db/apply.js';
import { unresolvedPlaceholders } from '../db/bodies.js';
import { connect, displayUrl, resolveTarget } from '../db/connect.js';
import { cancelThenTerminate, watchInterrupts } from '../db/interruption.js';
import { setsLockTimeout, type LockAttempt, type LockRetryPolicy } from '../db/lock-retries.js';
import { compareKeys, findHistoryTable, historyTableName, readHistory, runUndoAlone, runUndos, versionStates, type HistoryRow, type HistoryTable, type UndoRun, type UndoStep, type VersionState } from '../db/rollback.js';
import { UserError } from '../errors.js';
import { loadConfig } from '../migrations/config.js';
import { discoverMigrations, isInside, type MigrationEntry } from '../migrations/discover.js';
import { isNameProblem, parseMigrationName, versionKey, versionParts, type MigrationName } from '../migrations/name.js';
import { RULE_IDS } from '../rules/index.js';
import { redact, redactDeep, redactError } from '../secrets.js';
import { ensureParser } from '../sql/parse.js';
import { nonTransactional } from '../sql/transactional.js';
import { notTakenBack } from './rollback-dry-run.js';

export type RollbackTarget = { kind: 'all' } | { kind: 'last' } | { kind: 'version'; version: string };

/** A migration file a rollback may take back (a pull request's changed file). */
export interface ScopeFile {
  /** As shown to people: relative to the repository. */
  path: string;
  abs: string;
}

export interface RollbackOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Default: DATABASE_URL, then the PG* variables. Never a throwaway cluster: there is nothing to roll back there. */
  databaseUrl?: string;
  config?: string;
  migrations?: string[];
  target: RollbackTarget;
  dryRun?: boolean;
  /** Read the history and say what would run and what blocks it; run nothing. */
  planOnly?: boolean;
  /** Default: the config's lockTimeout.max. */
  lockTimeoutMs?: number;
  /** Attempts in all when a lock is not granted in time; default: the config's lockRetries.attempts. */
  lockAttempts?: number;
  /** A line per lock attempt as it ends (retries only). */
  log?: (line: string) => void;
  /**
   * The migrations a rollback may take back, e.g. a pull request's; `label` names them in
   * messages. Without it: every migration in the folders.
   */
  scope?: RollbackScope;
  /**
   * Where the undo files and config were read from, when not the working directory as it is:
   * a commit of the default branch, copied out of git (see rollback-source.ts).
   */
  source?: RollbackSource;
  /** The placeholder prefix, overriding the config's (the action's input). */
  placeholder?: string;
}

export interface RollbackScope {
  label: string;
  files: ScopeFile[];
  /** false: the pull request is not merged, so its files are not on the default branch. */
  merged?: boolean;
  /**
   * Undo files the pull request adds or changes and has not merged: their versions are
   * refused, since what would run is not what was reviewed and merged.
   */
  changedUndos?: ScopeFile[];
  /** Pending files (absolute) and the numbered file assign's commit renamed each to, after the merge. */
  renamed?: Map<string, string>;
}

export interface RollbackSource {
  commit: string;
  /** For messages, e.g. "the default branch main (1a2b3c4)". */
  label: string;
}

export interface PlannedStep {
  version: string;
  /** The migration file the version came from, when the checkout has it. */
  migration?: string;
  undo: string;
  statements: string[];
}

export interface RollbackResult {
  /** planned: --plan; refused: something blocks it, nothing ran; rolled back / dry run: done; failed: nothing changed. */
  status: 'planned' | 'refused' | 'rolled back' | 'dry run' | 'failed';
  /** Where the undo files and the config came from, when a commit rather than the working directory. */
  source?: RollbackSource;
  database: { name: string; serverVersion: string; url: string };
  history?: string;
  /** The longest lock_timeout: the last attempt's. */
  lockTimeoutMs: number;
  lockRetries: LockRetryPolicy;
  dryRun: boolean;
  /** In the order they run (newest version first). */
  steps: PlannedStep[];
  /** Why it cannot run; empty when it can. */
  blockers: string[];
  notes: string[];
  runs: UndoRun[];
  /** Each run of the transaction (more than one when a lock was not granted in time); empty when nothing ran. */
  attempts: LockAttempt[];
  deletedRows: number;
  durationMs: number;
  error?: ApplyError;
  problem?: string;
  /** failed, but the connection broke during COMMIT: it may have been committed. */
  uncertain?: boolean;
  /**
   * A dry run that executed nothing: statements whose effects a rolled-back transaction might
   * not take back (file:line: why). It checked the plan and the history only.
   */
  unexecuted?: string[];
  /** SIGINT or SIGTERM came while the undo files ran: they were cancelled (status failed, or rolled back when the signal came too late to stop the COMMIT). */
  interrupted?: NodeJS.Signals;
}

interface Candidate {
  version: string;
  key: string;
  migration?: string;
}

/**
 * `pgmig rollback` and `/migrate rollback|plan`: the undo files of the chosen migrations,
 * newest version first, in one transaction with the deletion of their history rows. Anything
 * that would make it half-work (an undo file missing or unrunnable in a transaction, a version
 * not applied, a newer version applied on top) blocks it before anything runs.
 */
export async function runRollback(opts: RollbackOptions): Promise<RollbackResult> {
  // the server's messages may quote anything: all that leaves goes through the redaction
  const log = opts.log && ((line: string) => opts.log!(redact(line)));
  try {
    return redactDeep(await rollback({ ...opts, log }));
  } catch (err) {
    throw redactError(err);
  }
}

async function rollback(opts: RollbackOptions): Promise<RollbackResult> {
  const config = loadConfig(opts.cwd, opts.config, RULE_IDS);
  if (opts.placeholder) config.placeholder = opts.placeholder;
  if (opts.migrations?.length) {
    config.migrations = opts.migrations;
    config.root = opts.cwd;
  }
  const lockTimeoutMs = opts.lockTimeoutMs ?? config.lockTimeout.maxMs;
  const lockRetries: LockRetryPolicy = { attempts: opts.lockAttempts ?? config.lockRetries.attempts, maxTotalMs: config.lockRetries.maxTotalMs };
  if (opts.target.kind === 'all' && !opts.scope) throw new UserError('rolling back every migration at once is not offered: give a version, or last');
  const server = resolveTarget(opts.databaseUrl, opts.env);
  if (!server) throw new UserError('no database to roll back: give --database-url (or set DATABASE_URL)');
  await ensureParser();

  const dirs = config.migrations.map((d) => resolve(config.root, d));
  const shownDirs = dirs.map((d) => relative(opts.cwd, d) || '.').join(', ');
  const present = dirs.filter((d) => existsSync(d));
  const entries = discoverMigrations(opts.cwd, present.map((d) => relative(opts.cwd, d) || '.'), config.placeholder);
  const named = entries.flatMap((e) => (isNameProblem(e.name) ? [] : [{ e, n: e.name }]));
  const result: RollbackResult = {
    status: 'refused',
    ...(opts.source ? { source: opts.source } : {}),
    database: { name: '', serverVersion: '', url: displayUrl(server) },
    lockTimeoutMs,
    lockRetries,
    dryRun: !!opts.dryRun,
    steps: [],
    blockers: [],
    notes: [],
    runs: [],
    attempts: [],
    deletedRows: 0,
    durationMs: 0,
  };
  const { blockers, notes } = result;
  const candidates = opts.scope ? scopeCandidates(opts.scope, dirs, named, config.placeholder, blockers, notes, opts.source) : allCandidates(named);
  if (opts.scope && candidates.size === 0 && blockers.length === 0) {
    blockers.push(`${opts.scope.label} changes no versioned migration in ${shownDirs}: nothing to roll back`);
  }

  const client = await connect(server, 'pgmig rollback', opts.env);
  try {
    const info = (await client.query<{ db: string; v: string }>(`SELECT current_database() AS db, current_setting('server_version') AS v`)).rows[0]!;
    result.database.name = info.db;
    result.database.serverVersion = info.v;
    const found = await findHistoryTable(client, config.flyway);
    if (!found || 'ambiguous' in found) {
      blockers.push(
        found
          ? `database ${info.db} has several history tables (${found.ambiguous.join(', ')}) and the search_path picks none; set the search_path (options=-csearch_path=… in the URL) to the schema Flyway uses`
          : `database ${info.db} has no ${historyTableName(config.flyway)} table: no migration is recorded as applied there${config.flyway.table || config.flyway.defaultSchema || config.flyway.schemas ? ' (the history table the config names: historyTable, or flyway.table / flyway.defaultSchema of flyway.conf)' : ''}`,
      );
      if (opts.planOnly) result.status = 'planned';
      return result;
    }
    const table: HistoryTable = found;
    result.history = table.shown;
    const rows = await readHistory(client, table);
    const states = versionStates(rows);
    const { baseline, failed } = historyEdges(rows);

    const targets = chooseTargets(opts, candidates, states, blockers, info.db, table.shown);
    const steps: UndoStep[] = [];
    // a failed newest row: Flyway refuses to migrate until it is repaired; undoing the version
    // beneath it would leave that row on top, which Flyway then reads as out of order
    const explicitFailed = failed && opts.target.kind === 'version' && versionKey(versionParts(opts.target.version)) === failed.key;
    if (failed && !explicitFailed) {
      blockers.push(
        `the newest row of ${table.shown} (rank ${failed.row.rank}) is a failed run of version ${failed.row.version}: Flyway refuses to migrate until it is repaired. ` +
          `Run flyway repair first (it removes the failed row), or roll back version ${failed.row.version} itself (${opts.scope ? `/migrate rollback ${failed.row.version}` : `pgmig rollback ${failed.row.version}`}) when its undo file can clean up what the failed run left`,
      );
    }
    for (const c of targets) {
      if (baseline && compareKeys(c.key, baseline.key) <= 0) {
        blockers.push(
          `version ${c.version} is at or below ${table.shown}'s BASELINE (version ${baseline.version}, rank ${baseline.rank}): what the baseline stands for predates Flyway and no undo file made it, ` +
            'so pgmig never rolls back at or below a baseline; restore from a backup instead',
        );
        continue;
      }
      const { undo, step } = planStep(c, named, states, blockers, info.db, table.shown, shownDirs, opts.scope, opts.source, explicitFailed && failed!.key === c.key);
      if (!undo) continue;
      // shown in the plan even when something else blocks it: the reader sees what would run
      result.steps.push({ version: c.version, migration: c.migration, undo: undo.entry.path, statements: undo.parsed.statements.map((s) => s.text) });
      if (step) steps.push(step);
      for (const x of undo.parsed.error ? [] : undo.parsed.statements.filter(setsLockTimeout)) {
        notes.push(`${undo.entry.path}:${undo.parsed.source.position(x.start).line}: ${x.text.replace(/\s+/g, ' ')} is not run: pgmig sets lock_timeout itself for each attempt (the schedule reported), at most ${lockTimeoutMs} ms`);
      }
      if (!undo.parsed.error && undo.parsed.statements.length === 0) notes.push(`${undo.entry.path} is empty: version ${c.version} only leaves the history`);
    }
    if (targets.length) {
      const oldest = targets[targets.length - 1]!.key;
      const chosen = new Set(targets.map((t) => t.key));
      const newer = [...states.values()].filter((s) => s.applied && !chosen.has(s.key) && compareKeys(s.key, oldest) > 0).sort((a, b) => compareKeys(b.key, a.key));
      if (newer.length) {
        blockers.push(
          `${plural(newer.length, 'newer version')} ${newer.length === 1 ? 'is' : 'are'} applied on top (${newer.map((s) => s.version).join(', ')}): ` +
            'undo files run newest first, so roll those back before this one',
        );
      }
    }
    const outside = steps.find((st) => st.outsideTransaction);
    if (outside && steps.length > 1) {
      blockers.push(
        `${outside.undo.entry.path} holds ${outside.outsideTransaction}, which runs outside a transaction, so version ${outside.version} is rolled back on its own, ` +
          `its history rows removed after it: roll back ${steps[0] === outside ? `version ${outside.version} first` : `the newer versions first, then version ${outside.version}`}, one command each (by version)`,
      );
    } else if (outside) {
      notes.push(`${outside.undo.entry.path} holds ${outside.outsideTransaction}: it runs outside a transaction (as Flyway and pgmig test run it), statement by statement, and the version's history rows are removed after it`);
    }
    if (opts.planOnly) {
      result.status = 'planned';
      return result;
    }
    if (blockers.length || steps.length === 0) {
      if (!blockers.length) blockers.push('nothing to roll back');
      return result;
    }
    if (opts.dryRun) {
      const unsafe = steps.flatMap((st) =>
        st.undo.parsed.statements.flatMap((x) => {
          const why = notTakenBack(x);
          return why ? [`${st.undo.entry.path}:${st.undo.parsed.source.position(x.start).line}: ${why}`] : [];
        }),
      );
      if (unsafe.length) {
        // checked against the history above; executing it could change what a ROLLBACK cannot restore
        result.unexecuted = unsafe;
        result.runs = steps.map((st) => ({ version: st.version, undo: st.undo.entry.path, statements: st.undo.parsed.statements.length, status: 'not run', durationMs: 0 }));
        result.deletedRows = steps.reduce((n, st) => n + st.ranks.length, 0);
        result.status = 'dry run';
        return result;
      }
    }
    // a cancelled job or Ctrl-C must not leave the server running an undo that holds its locks
    const pid = (client as unknown as { processID?: number }).processID;
    const watch = watchInterrupts(async (signal) => {
      process.stderr.write(`pgmig: interrupted by ${signal}: cancelling the rollback's statement (backend ${pid ?? '?'}) and rolling its transaction back\n`);
      if (pid === undefined) return;
      const admin = await connect(server, 'pgmig rollback (cancel)', opts.env);
      try {
        await cancelThenTerminate(admin, pid);
      } finally {
        await admin.end().catch(() => {});
      }
    });
    let outcome: Awaited<ReturnType<typeof runUndos>>;
    try {
      const undoOptions = { lockTimeoutMs, dryRun: !!opts.dryRun, retries: lockRetries, log: opts.log, interrupted: watch.signal };
      outcome = outside ? await runUndoAlone(client, table, outside, undoOptions) : await runUndos(client, table, steps, undoOptions);
    } finally {
      watch.stop();
    }
    const signal = watch.signal();
    if (signal) result.interrupted = signal;
    result.runs = outcome.runs;
    result.attempts = outcome.attempts;
    result.deletedRows = outcome.status === 'committed' ? outcome.deletedRows : 0;
    result.durationMs = outcome.durationMs;
    if (outcome.error) result.error = outcome.error;
    if (outcome.problem) result.problem = outcome.problem;
    if (outcome.uncertain) result.uncertain = true;
    result.status = outcome.status === 'committed' ? 'rolled back' : outcome.status === 'rolled back' ? 'dry run' : 'failed';
    if (outcome.status === 'rolled back') result.deletedRows = outcome.deletedRows;
    return result;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The history's newest BASELINE row (Flyway's `baseline`: everything at or below it predates
 * Flyway), and its newest versioned row when that is a failed run.
 */
function historyEdges(rows: HistoryRow[]): { baseline?: { version: string; key: string; rank: number }; failed?: { row: HistoryRow; key: string } } {
  const versioned = rows.filter((r) => r.version !== null && /^\d+(?:[._]\d+)*$/.test(r.version));
  let baseline: { version: string; key: string; rank: number } | undefined;
  for (const r of versioned) {
    if (!/^BASELINE$/i.test(r.type) || !r.success) continue;
    const key = versionKey(versionParts(r.version!));
    if (!baseline || compareKeys(key, baseline.key) > 0) baseline = { version: r.version!, key, rank: r.rank };
  }
  const newest = versioned.reduce<HistoryRow | undefined>((m, r) => (!m || r.rank > m.rank ? r : m), undefined);
  const failed = newest && !newest.success ? { row: newest, key: versionKey(versionParts(newest.version!)) } : undefined;
  return { baseline, failed };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function allCandidates(named: Array<{ e: MigrationEntry; n: MigrationName }>): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const { e, n } of named) {
    if (n.kind !== 'versioned') continue;
    const key = versionKey(n.parts);
    if (!out.has(key)) out.set(key, { version: n.version, key, migration: e.path });
  }
  return out;
}

/**
 * The versions a scope (a pull request's changed files) stands for in this checkout. A pending
 * file (VXXX) was numbered at merge: in a checkout of the default branch it is the versioned
 * file with its description in its folder.
 */
function scopeCandidates(
  scope: RollbackScope,
  dirs: string[],
  named: Array<{ e: MigrationEntry; n: MigrationName }>,
  placeholder: string,
  blockers: string[],
  notes: string[],
  source?: RollbackSource,
): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const byAbs = new Map(named.map((x) => [x.e.absPath, x]));
  const where = source ? `the default branch (${source.label})` : 'this checkout';
  const unmerged = scope.merged === false;
  for (const f of scope.files) {
    if (!f.abs.endsWith('.sql') || !dirs.some((d) => isInside(d, f.abs))) continue;
    const n = parseMigrationName(f.abs, placeholder);
    if (isNameProblem(n) || n.kind === 'undo' || n.kind === 'pending-undo') continue;
    if (n.kind === 'repeatable') {
      notes.push(`${f.path} is a repeatable migration: it has no undo, so a rollback leaves it as it is`);
      continue;
    }
    if (n.kind === 'versioned') {
      const here = byAbs.get(f.abs);
      if (!here) {
        blockers.push(
          source
            ? `${f.path} is not on ${where}${unmerged ? `: ${scope.label} is not merged, and` : ', and'} a rollback runs only undo files the default branch holds (reviewed and merged); merge it first (its undo file with it), then roll back`
            : `${f.path} is not in this checkout, so neither is its undo file: is the pull request merged, or its head checked out?`,
        );
        continue;
      }
      const key = versionKey(n.parts);
      if (!out.has(key)) out.set(key, { version: n.version, key, migration: here.e.path });
      continue;
    }
    // pending
    if (byAbs.has(f.abs)) {
      blockers.push(`${f.path} has no version yet (it gets one when merged), so it cannot have been applied by Flyway`);
      continue;
    }
    if (unmerged) {
      blockers.push(
        `${f.path} has no version yet: once ${scope.label} is merged, pgmig assign numbers it and its undo file on the default branch, ` +
          'and /migrate plan or rollback here then takes it back by that number, with the undo file as merged',
      );
      continue;
    }
    const renamedTo = scope.renamed?.get(f.abs);
    const exact = renamedTo ? named.find((x) => x.n.kind === 'versioned' && x.e.absPath === renamedTo) : undefined;
    if (exact) {
      notes.push(`${f.path} is ${exact.e.path} since the merge (pgmig assign renamed it)`);
      const key = versionKey(exact.n.parts);
      if (!out.has(key)) out.set(key, { version: exact.n.version, key, migration: exact.e.path });
      continue;
    }
    const numbered = named.filter((x) => x.n.kind === 'versioned' && x.n.description === n.description && dirname(x.e.absPath) === dirname(f.abs));
    if (numbered.length !== 1) {
      blockers.push(
        numbered.length
          ? `${f.path} was numbered at merge, but ${numbered.map((x) => x.e.path).join(' and ')} all match it: roll back by version`
          : `${f.path} is not on ${where}, and no numbered file with its description is: is the pull request merged?`,
      );
      continue;
    }
    const { e, n: vn } = numbered[0]!;
    notes.push(`${f.path} is ${e.path} since the merge`);
    const key = versionKey(vn.parts);
    if (!out.has(key)) out.set(key, { version: vn.version, key, migration: e.path });
  }
  return out;
}

/** The versions to take back, newest first. */
function chooseTargets(opts: RollbackOptions, candidates: Map<string, Candidate>, states: Map<string, VersionState>, blockers: string[], db: string, history: string): Candidate[] {
  const newestFirst = (xs: Candidate[]) => xs.sort((a, b) => compareKeys(b.key, a.key));
  const label = opts.scope?.label;
  const t = opts.target;
  if (t.kind === 'all') return newestFirst([...candidates.values()]);
  if (t.kind === 'version') {
    const key = versionKey(versionParts(t.version));
    const c = candidates.get(key);
    if (c) return [c];
    const known = newestFirst([...candidates.values()]).map((x) => x.version);
    blockers.push(
      label
        ? `version ${t.version} is not one of ${label}'s migrations${known.length ? ` (${known.join(', ')})` : ''}`
        : `there is no migration with version ${t.version} in the migrations folder`,
    );
    return [];
  }
  // last
  if (label) {
    const applied = newestFirst([...candidates.values()].filter((c) => states.get(c.key)?.applied));
    if (!applied.length) {
      blockers.push(`none of ${label}'s migrations is applied to database ${db} (${history})`);
      return [];
    }
    return [applied[0]!];
  }
  const newest = [...states.values()].filter((s) => s.applied).sort((a, b) => compareKeys(b.key, a.key))[0];
  if (!newest) {
    blockers.push(`no migration is applied to database ${db} (${history} has no successful versioned row)`);
    return [];
  }
  return [candidates.get(newest.key) ?? { version: newest.version, key: newest.key }];
}

/** The undo file of one version, loaded and checked; `step` only when nothing blocks it (else a blocker says why). */
function planStep(
  c: Candidate,
  named: Array<{ e: MigrationEntry; n: MigrationName }>,
  states: Map<string, VersionState>,
  blockers: string[],
  db: string,
  history: string,
  shownDirs: string,
  scope?: RollbackScope,
  source?: RollbackSource,
  /** The version's newest row is a failed run, and the user asked for this version by number: its undo may clean up. */
  failedRun = false,
): { undo?: MigrationFile; step?: UndoStep } {
  const what = `version ${c.version}${c.migration ? ` (${c.migration})` : ''}`;
  const state = states.get(c.key);
  let ok = true;
  let alone: string | undefined;
  if (!state) {
    blockers.push(`${what} is not applied to database ${db}: ${history} has no row for it`);
    ok = false;
  } else if (failedRun && !state.last.success) {
    // asked for by number: the undo cleans up what the failed run left, and the failed row goes
  } else if (!state.applied) {
    blockers.push(`${what} is not applied to database ${db}: its last row in ${history} (rank ${state.last.rank}) is ${state.last.success ? `a ${state.last.type} entry` : 'a failed run'}`);
    ok = false;
  }
  const undos = named.filter((x) => x.n.kind === 'undo' && versionKey(x.n.parts) === c.key);
  // the pull request's own version of the undo is not what was reviewed and merged: never run
  // it, and do not run the default branch's copy while a change to it is pending either
  const changed = (scope?.changedUndos ?? []).filter((f) => {
    const u = parseMigrationName(f.abs);
    return !isNameProblem(u) && u.kind === 'undo' && versionKey(u.parts) === c.key;
  });
  if (changed.length) {
    const files = changed.map((f) => f.path).join(', ');
    blockers.push(
      undos.length
        ? `${what}: ${scope!.label} changes its undo file (${files}), and the change is not merged: pgmig runs only the default branch's undo files${source ? ` (${source.label})` : ''} and will not run one that a pending change disputes; merge ${scope!.label} first (the undo file as merged then runs), or drop the change to ${files}`
        : `${what}: its undo file ${files} is in ${scope!.label} only, not on the default branch${source ? ` (${source.label})` : ''}: pgmig runs only undo files that are reviewed and merged; merge the undo file first, then roll back`,
    );
    return {};
  }
  if (undos.length !== 1) {
    const expected = c.migration ? c.migration.replace(/(^|\/)V([^/]*)$/, '$1U$2') : `U${c.version}__<description>.sql in ${shownDirs}`;
    blockers.push(undos.length ? `${what} has ${undos.length} undo files (${undos.map((u) => u.e.path).join(', ')}); keep one` : `${what} has no undo file: add ${expected}`);
    return {};
  }
  const { e, n } = undos[0]!;
  const undo: MigrationFile = loadMigration(e, n, n.version);
  const parsed = undo.parsed;
  if (parsed.error) {
    const p = parsed.source.position(parsed.error.index);
    blockers.push(`${e.path}:${p.line}:${p.column}: syntax error: ${parsed.error.message}`);
    ok = false;
  } else {
    const placeholders = unresolvedPlaceholders(parsed.source.text);
    if (placeholders.length) {
      const p = parsed.source.position(placeholders[0]!.index);
      blockers.push(`${e.path}:${p.line}:${p.column}: unresolved Flyway placeholder \${${placeholders[0]!.name}}: pgmig does not substitute placeholders`);
      ok = false;
    }
    const reason = nonTransactionalReason(parsed.statements);
    if (reason === 'its own BEGIN/COMMIT') {
      blockers.push(`${e.path} holds ${reason}, which cannot run inside the rollback's one transaction; run it by hand, or take it out of the undo file`);
      ok = false;
    } else if (reason) {
      // as Flyway and pgmig test run such a file: outside a transaction, statement by statement
      const mixed = parsed.statements.find((x) => !nonTransactional(x) && x.kind !== 'VariableSetStmt');
      if (mixed) {
        blockers.push(
          `${e.path} holds ${reason}, which runs outside a transaction, and also ${mixed.text.split(/\s+/).slice(0, 3).join(' ')} (line ${parsed.source.position(mixed.start).line}), which would then not be all or nothing: ` +
            'put the CONCURRENTLY statements in an undo file of their own (with SET lines only), as the index-concurrently template does',
        );
        ok = false;
      } else alone = reason;
    }
  }
  return { undo, step: ok && state ? { version: c.version, key: c.key, undo, ranks: state.ranks, ...(failedRun ? { failedRun: true } : {}), ...(alone ? { outsideTransaction: alone } : {}) } : undefined };
}
