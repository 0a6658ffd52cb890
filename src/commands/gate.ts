import { UserError } from '../errors.js';
import type { MigrationName } from '../migrations/name.js';
import { localDay, nextOpenDay, upcoming, windowsOn, type Occurrence } from '../migrations/calendar.js';
import { loadConfig } from '../migrations/config.js';
import { isHttpUrl, type GateCheck } from '../migrations/gates.js';
import { instantQuery } from '../prometheus/query.js';

export interface GateOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  config?: string;
  /** The moment to judge; default now. */
  at?: Date;
  /** Lets a deploy through a blackout window, said loudly. */
  emergency?: string;
  /** Who let the emergency through (the action: the approver who added the label); default GITHUB_ACTOR, then USER. */
  emergencyBy?: string;
  prometheusUrl?: string;
  now?: Date;
}

export interface CheckOutcome {
  name: string;
  query: string;
  max?: number;
  min?: number;
  unit?: string;
  ok: boolean;
  /** The value that decided (the worst series); absent when there was none. */
  value?: number;
  error?: string;
}

export interface GateResult {
  at: string;
  timezone?: string;
  day?: string;
  decision: 'deploy' | 'held';
  /** One line per reason it is held (or let through), for people. */
  reasons: string[];
  windows: Occurrence[];
  heldUntil?: string;
  nextOpenDay?: string;
  emergency?: { reason: string; by: string; windows: string[] };
  checks: CheckOutcome[];
  /** Why the health checks did not run (none configured, --at in the future). */
  checksSkipped?: string;
}

/** `pgmig gate`: may migrations be deployed now? The calendar's windows, then the health checks. */
export async function runGate(opts: GateOptions): Promise<GateResult> {
  const config = loadConfig(opts.cwd, opts.config);
  const now = opts.now ?? new Date();
  const at = opts.at ?? now;
  if (opts.emergency !== undefined && !opts.emergency.trim()) throw new UserError('--emergency needs the reason, such as --emergency "checkout fails for every order (INC-4711)"');
  const result: GateResult = { at: at.toISOString(), decision: 'deploy', reasons: [], windows: [], checks: [] };

  const cal = config.calendar;
  if (cal) {
    const day = localDay(at, cal.timezone);
    result.timezone = cal.timezone;
    result.day = day;
    result.windows = windowsOn(cal, day);
    if (result.windows.length > 0) {
      const open = nextOpenDay(cal, day);
      if (open) {
        result.nextOpenDay = open;
        result.heldUntil = open;
      }
      const names = result.windows.map((w) => w.name);
      if (opts.emergency) {
        const by = opts.emergencyBy || opts.env.GITHUB_ACTOR || opts.env.USER || opts.env.USERNAME || 'someone unnamed';
        result.emergency = { reason: opts.emergency.trim(), by, windows: names };
        result.reasons.push(`EMERGENCY DEPLOY inside ${list(names)} by ${by}: ${opts.emergency.trim()}`);
      } else {
        result.decision = 'held';
        for (const w of result.windows) {
          result.reasons.push(`${w.name} (${w.start} to ${w.end}, ${cal.timezone})${w.reason ? `: ${w.reason}` : ''}`);
        }
      }
    } else if (opts.emergency) {
      result.reasons.push(`no blackout window on ${day} (${cal.timezone}): --emergency was not needed`);
    }
  } else if (opts.emergency) {
    result.reasons.push('no calendar in the config: --emergency was not needed');
  }

  const checks = config.gates?.checks ?? [];
  const base = opts.prometheusUrl ?? opts.env.PGMIG_PROMETHEUS_URL ?? config.gates?.prometheus;
  if (checks.length === 0) {
    result.checksSkipped = 'no health checks configured (gates.checks)';
  } else if (!base) {
    throw new UserError('gates.checks are configured but no Prometheus to ask: set gates.prometheus in .pgmig.yml, PGMIG_PROMETHEUS_URL, or --prometheus-url');
  } else if (!isHttpUrl(base)) {
    throw new UserError(`the Prometheus URL ${JSON.stringify(base)} is not an http(s) URL`);
  } else if (at.getTime() > now.getTime() + 60_000) {
    result.checksSkipped = `--at is in the future: the health checks can only be judged when the deploy happens`;
  } else {
    result.checks = await Promise.all(checks.map((c) => evaluate(base, c, opts.at)));
    for (const c of result.checks.filter((x) => !x.ok)) {
      result.decision = 'held';
      result.reasons.push(`health check ${c.name} failed: ${c.error ?? describeFailure(c)}`);
    }
  }
  return result;
}

/** One check: every series the query returns must be within the bounds; none at all is a failure. */
export async function evaluate(base: string, c: GateCheck, time?: Date): Promise<CheckOutcome> {
  const out: CheckOutcome = { name: c.name, query: c.query, ...(c.max !== undefined ? { max: c.max } : {}), ...(c.min !== undefined ? { min: c.min } : {}), ...(c.unit ? { unit: c.unit } : {}), ok: false };
  const r = await instantQuery(base, c.query, { time });
  if (!r.ok) return { ...out, error: r.error };
  if (r.values.length === 0) return { ...out, error: 'the query returned no value (no data is not a pass: is the metric scraped?)' };
  const bad = (v: number) => Number.isNaN(v) || (c.max !== undefined && v > c.max) || (c.min !== undefined && v < c.min);
  // the series furthest past its bound decides; with all within bounds, the closest to one
  const score = (v: number) => (Number.isNaN(v) ? Infinity : Math.max(c.max !== undefined ? v - c.max : -Infinity, c.min !== undefined ? c.min - v : -Infinity));
  const worst = r.values.reduce((a, b) => (score(b.value) > score(a.value) ? b : a));
  if (Number.isNaN(worst.value)) return { ...out, error: 'the query returned NaN (no requests in the window?): not a pass' };
  return { ...out, value: worst.value, ok: !bad(worst.value) };
}

function describeFailure(c: CheckOutcome): string {
  const unit = c.unit ? ` ${c.unit}` : '';
  const bound = c.max !== undefined && c.value! > c.max ? `above max ${c.max}${unit}` : `below min ${c.min}${unit}`;
  return `${round(c.value!)}${unit}, ${bound}`;
}

export function formatGateText(r: GateResult): string {
  const lines: string[] = [];
  const where = r.day ? ` on ${r.day} (${r.timezone})` : '';
  if (r.emergency) lines.push(`pgmig gate: EMERGENCY — deploy let through ${list(r.emergency.windows)}${where}`);
  else lines.push(`pgmig gate: ${r.decision === 'deploy' ? 'may deploy' : 'HELD'}${where}`);
  for (const reason of r.reasons) lines.push(`  ${reason}`);
  if (r.decision === 'held' && r.windows.length > 0 && !r.emergency) {
    lines.push(r.nextOpenDay ? `  held until ${r.nextOpenDay}, the next open day` : '  no open day in the next two years: check the calendar');
  }
  for (const c of r.checks) {
    const unit = c.unit ? ` ${c.unit}` : '';
    const bounds = [c.max !== undefined ? `max ${c.max}${unit}` : '', c.min !== undefined ? `min ${c.min}${unit}` : ''].filter(Boolean).join(', ');
    lines.push(`  check ${c.name}: ${c.value !== undefined ? `${round(c.value)}${unit}` : 'no value'} (${bounds}) ${c.ok ? 'ok' : 'FAILED'}`);
  }
  if (r.checksSkipped) lines.push(`  checks: ${r.checksSkipped}`);
  return lines.join('\n') + '\n';
}

/** The job summary's section: an emergency is said where reviewers look. */
export function formatGateMarkdown(r: GateResult): string {
  const out: string[] = [];
  if (r.emergency) {
    out.push(`## ⚠️ Emergency migration deploy inside ${list(r.emergency.windows)}`, '', `**By:** ${md(r.emergency.by)}  `, `**Why:** ${md(r.emergency.reason)}  `, `**When:** ${r.at}`, '');
  } else {
    out.push(`## Migration gate: ${r.decision === 'deploy' ? 'may deploy' : 'held'}`, '');
    for (const reason of r.reasons) out.push(`- ${md(reason)}`);
    if (r.nextOpenDay && r.decision === 'held' && r.windows.length) out.push(`- held until ${r.nextOpenDay}`);
    out.push('');
  }
  if (r.checks.length) {
    out.push('| check | value | bound | |', '|---|---|---|---|');
    for (const c of r.checks) {
      const unit = c.unit ? ` ${c.unit}` : '';
      out.push(`| ${md(c.name)} | ${c.value !== undefined ? `${round(c.value)}${unit}` : md(c.error ?? 'no value')} | ${[c.max !== undefined ? `≤ ${c.max}${unit}` : '', c.min !== undefined ? `≥ ${c.min}${unit}` : ''].filter(Boolean).join(', ')} | ${c.ok ? '✅' : '❌'} |`);
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}

export interface CalendarListing {
  timezone: string;
  from: string;
  windows: Occurrence[];
}

/** `pgmig calendar`: the windows of the coming year (or `days`). */
export function runCalendar(opts: { cwd: string; config?: string; from?: Date; days?: number }): CalendarListing {
  const config = loadConfig(opts.cwd, opts.config);
  if (!config.calendar) throw new UserError(`no calendar in ${config.file ?? '.pgmig.yml (none found)'}: add calendar: { timezone, blackouts: [...] } to hold deploys in blackout windows`);
  const from = localDay(opts.from ?? new Date(), config.calendar.timezone);
  return { timezone: config.calendar.timezone, from, windows: upcoming(config.calendar, from, opts.days ?? 365) };
}

export function formatCalendarText(c: CalendarListing): string {
  if (c.windows.length === 0) return `No blackout windows from ${c.from} on (${c.timezone}).\n`;
  const lines = [`Blackout windows from ${c.from} (${c.timezone}):`];
  for (const w of c.windows) lines.push(`  ${w.start} to ${w.end}  ${w.name}${w.reason ? ` — ${w.reason}` : ''}`);
  return lines.join('\n') + '\n';
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : v.toPrecision(2);
}

function md(s: string): string {
  return s.replace(/[|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export interface WatchOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  config?: string;
  prometheusUrl?: string;
  durationMs: number;
  intervalMs: number;
  /** Roll back when a check fails: the versions above `to`, one at a time, newest first, stopping at the first failure. */
  rollback?: { to: string; databaseUrl?: string };
  /** One line per evaluation, as it happens. */
  log?: (line: string) => void;
  /** For tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
}

export interface WatchResult {
  status: 'healthy' | 'failed' | 'rolled back' | 'rollback failed';
  startedAt: string;
  evaluations: number;
  /** The evaluation that failed: what was seen, against which bound, when. */
  failure?: { at: string; checks: CheckOutcome[] };
  rollback?: {
    /** rolled back, partly rolled back (a later version failed), or the first call's status (refused, failed). */
    status: string;
    /** Rolled back, newest first. */
    versions: string[];
    durationMs: number;
    /** One per version tried, newest first: the last one is the failure, if any. */
    steps: WatchRollbackStep[];
    /** The deploy's versions that are not rolled back (still applied, or never applied), newest first. */
    notRolledBack: string[];
    problem?: string;
    blockers?: string[];
  };
}

export interface WatchRollbackStep {
  version: string;
  status: string;
  durationMs: number;
  problem?: string;
}

/**
 * `pgmig gate --watch`: after a deploy, the health checks every interval for the duration. The
 * first evaluation with a failed check ends the watch; with --rollback-on-fail the versions the
 * deploy applied are rolled back with the rollback engine and its safeguards (undo files as the
 * checkout has them, under lock_timeout with retries), one version per transaction, newest first.
 */
export async function runWatch(opts: WatchOptions): Promise<WatchResult> {
  const config = loadConfig(opts.cwd, opts.config);
  const checks = config.gates?.checks ?? [];
  if (checks.length === 0) throw new UserError('--watch needs health checks to watch: add gates.checks to .pgmig.yml');
  const base = opts.prometheusUrl ?? opts.env.PGMIG_PROMETHEUS_URL ?? config.gates?.prometheus;
  if (!base || !isHttpUrl(base)) throw new UserError('--watch needs a Prometheus to ask: set gates.prometheus in .pgmig.yml, PGMIG_PROMETHEUS_URL, or --prometheus-url');
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = Date.now();
  const result: WatchResult = { status: 'healthy', startedAt: new Date(started).toISOString(), evaluations: 0 };
  for (;;) {
    const at = new Date();
    const outcomes = await Promise.all(checks.map((c) => evaluate(base, c)));
    result.evaluations++;
    const failed = outcomes.filter((o) => !o.ok);
    opts.log?.(`${at.toISOString()} ${failed.length ? 'FAILED' : 'ok'}: ${outcomes.map((o) => `${o.name} ${o.value !== undefined ? round(o.value) : 'no value'}${o.unit ? ` ${o.unit}` : ''}`).join(', ')}`);
    if (failed.length) {
      result.status = 'failed';
      result.failure = { at: at.toISOString(), checks: outcomes };
      break;
    }
    const left = opts.durationMs - (Date.now() - started);
    if (left <= 0) return result;
    await sleep(Math.min(opts.intervalMs, left));
  }
  if (!opts.rollback) return result;
  const { runRollback } = await import('./rollback.js');
  const { discoverMigrations } = await import('../migrations/discover.js');
  const { compareVersions, isNameProblem, versionParts } = await import('../migrations/name.js');
  // the deploy's migrations: every versioned file above the version that was live before it
  const { resolve, relative } = await import('node:path');
  const dirs = config.migrations.map((d) => relative(opts.cwd, resolve(config.root, d)) || '.');
  const files = discoverMigrations(opts.cwd, dirs, config.placeholder).filter(
    (e) => !isNameProblem(e.name) && e.name.kind === 'versioned' && compareVersions(e.name.parts, versionParts(opts.rollback!.to)) > 0,
  );
  const t0 = Date.now();
  if (files.length === 0) {
    result.status = 'rollback failed';
    result.rollback = { status: 'refused', versions: [], durationMs: 0, steps: [], notRolledBack: [], problem: `no migration above version ${opts.rollback.to} in ${dirs.join(', ')}: nothing to roll back` };
    return result;
  }
  const deployVersions = files.map((e) => e.name as MigrationName).sort((a, b) => compareVersions(b.parts, a.parts)).map((n) => n.version);
  const scope = { label: `the deploy (versions above ${opts.rollback.to})`, files: files.map((e) => ({ path: e.path, abs: e.absPath })) };
  // one version per call, newest applied first, as /migrate rollback last does it: an undo of
  // CONCURRENTLY statements must run alone outside a transaction, so the deploy cannot share one
  // transaction; each call keeps the engine's safeguards (history checks, lock_timeout with
  // retries, newer versions first), and the first failure stops the rest
  const steps: WatchRollbackStep[] = [];
  let last: Awaited<ReturnType<typeof runRollback>> | undefined;
  for (let i = 0; i < files.length; i++) {
    const s0 = Date.now();
    const r = await runRollback({ cwd: opts.cwd, env: opts.env, config: opts.config, databaseUrl: opts.rollback.databaseUrl, target: { kind: 'last' }, scope, log: opts.log });
    last = r;
    // after the first step, "none of the deploy's migrations is applied" means all are back
    if (steps.length > 0 && r.status === 'refused' && r.steps.length === 0 && r.blockers.length === 1 && /^none of /.test(r.blockers[0]!)) break;
    const version = r.steps[0]?.version ?? '?';
    if (r.status === 'rolled back') {
      steps.push({ version, status: 'rolled back', durationMs: Date.now() - s0 });
      opts.log?.(`rolled back version ${version} in ${((Date.now() - s0) / 1000).toFixed(1)} s`);
      continue;
    }
    steps.push({ version, status: r.status, durationMs: Date.now() - s0, problem: r.problem ?? (r.error ? `${r.error.file}:${r.error.line}: ${r.error.message}` : undefined) ?? (r.blockers.join('; ') || undefined) });
    break;
  }
  const done = steps.filter((s) => s.status === 'rolled back').map((s) => s.version);
  const failedStep = steps.find((s) => s.status !== 'rolled back');
  result.status = failedStep || done.length === 0 ? 'rollback failed' : 'rolled back';
  result.rollback = {
    status: failedStep ? (done.length ? 'partly rolled back' : failedStep.status) : 'rolled back',
    versions: done,
    durationMs: Date.now() - t0,
    steps,
    notRolledBack: deployVersions.filter((v) => !done.includes(v)),
    ...(failedStep?.problem ? { problem: failedStep.problem } : {}),
    ...(failedStep && last?.blockers.length ? { blockers: last.blockers } : {}),
  };
  return result;
}

export function formatWatchText(w: WatchResult): string {
  const lines: string[] = [];
  if (w.status === 'healthy') {
    lines.push(`pgmig gate --watch: healthy, ${w.evaluations} evaluation${w.evaluations === 1 ? '' : 's'} since ${w.startedAt}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`pgmig gate --watch: a health check FAILED at ${w.failure!.at} (evaluation ${w.evaluations} since ${w.startedAt})`);
  for (const c of w.failure!.checks.filter((x) => !x.ok)) {
    const unit = c.unit ? ` ${c.unit}` : '';
    const bound = [c.max !== undefined ? `max ${c.max}${unit}` : '', c.min !== undefined ? `min ${c.min}${unit}` : ''].filter(Boolean).join(', ');
    lines.push(`  ${c.name}: ${c.error ?? `${round(c.value!)}${unit}`} (${bound})`, `    query: ${c.query}`);
  }
  if (w.rollback) {
    const rb = w.rollback;
    const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    if (w.status === 'rolled back') lines.push(`  rolled back version${rb.versions.length === 1 ? '' : 's'} ${rb.versions.join(', ')} in ${secs(rb.durationMs)}`);
    else if (rb.versions.length) lines.push(`  the rollback stopped part way (${secs(rb.durationMs)}): rolled back ${rb.versions.join(', ')}; NOT rolled back ${rb.notRolledBack.join(', ')}`);
    else lines.push(`  the rollback did not happen (${rb.status}): ${rb.problem ?? rb.blockers?.join('; ') ?? 'see above'}`);
    for (const st of rb.steps) lines.push(`    version ${st.version}: ${st.status} in ${secs(st.durationMs)}${st.problem ? `: ${st.problem}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
