import { UserError } from '../errors.js';
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
        const by = opts.env.GITHUB_ACTOR || opts.env.USER || opts.env.USERNAME || 'someone unnamed';
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
