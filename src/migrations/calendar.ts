/**
 * The deploy calendar: blackout windows in which no migration may reach production (a
 * wholesaler's Oktoberfest, the year end), read from `calendar:` in .pgmig.yml, and the days
 * they hold a deploy. Days are the calendar's own time zone's: a window "to 10-04" ends at
 * midnight in Berlin, not in UTC.
 */

export interface Blackout {
  name: string;
  reason?: string;
  /** `MM-DD` (yearly) or `YYYY-MM-DD` (dated), inclusive. */
  from: string;
  to: string;
  yearly: boolean;
}

export interface Calendar {
  timezone: string;
  blackouts: Blackout[];
  emergency?: { label: string; approvers: string[] };
}

/** One window as it falls on real days: a yearly window gives one of these a year. */
export interface Occurrence {
  name: string;
  reason?: string;
  /** First and last day held, `YYYY-MM-DD` in the calendar's zone. */
  start: string;
  end: string;
}

type Bad = (path: string, what: string) => Error;

/** Reads `calendar:`; `bad` makes the error that names the key and its line. */
export function parseCalendar(value: unknown, bad: Bad): Calendar {
  if (!isObject(value)) throw bad('calendar', 'expected a mapping with timezone, blackouts and emergency');
  const cal: Calendar = { timezone: 'UTC', blackouts: [] };
  for (const [k, v] of Object.entries(value)) {
    if (k === 'timezone') {
      if (typeof v !== 'string' || !isTimeZone(v)) throw bad('calendar.timezone', `unknown time zone ${JSON.stringify(v)}; use an IANA name such as Europe/Berlin or UTC`);
      cal.timezone = v;
    } else if (k === 'blackouts') {
      if (!Array.isArray(v)) throw bad('calendar.blackouts', 'expected a list like [{name: Oktoberfest, from: "09-16", to: "10-04"}]');
      cal.blackouts = v.map((b, i) => parseBlackout(b, i, bad));
    } else if (k === 'emergency') {
      if (!isObject(v)) throw bad('calendar.emergency', 'expected {label: <pull-request label>, approvers: [user, "team:slug"]}');
      const label = v.label;
      const approvers = v.approvers;
      for (const key of Object.keys(v)) if (key !== 'label' && key !== 'approvers') throw bad(`calendar.emergency.${key}`, 'unknown key (expected label or approvers)');
      if (typeof label !== 'string' || !label.trim()) throw bad('calendar.emergency.label', 'expected the name of a pull-request label');
      if (!Array.isArray(approvers) || approvers.length === 0 || !approvers.every((a) => typeof a === 'string' && /^(?:team:[A-Za-z0-9][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.-]+)?|[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?)$/.test(a))) {
        // a bot (its login ends in [bot]) is named as such: a label it adds counts only then
        throw bad('calendar.emergency.approvers', 'expected a non-empty list of GitHub users (a bot as name[bot]) and "team:<slug>" entries');
      }
      cal.emergency = { label, approvers: approvers as string[] };
    } else {
      throw bad(`calendar.${k}`, 'unknown key (expected timezone, blackouts or emergency)');
    }
  }
  return cal;
}

function parseBlackout(b: unknown, i: number, bad: Bad): Blackout {
  const at = `calendar.blackouts`;
  const item = `item ${i + 1}`;
  if (!isObject(b)) throw bad(at, `${item}: expected {name, from, to, reason}`);
  for (const key of Object.keys(b)) if (!['name', 'from', 'to', 'reason'].includes(key)) throw bad(at, `${item}: unknown key ${key} (expected name, from, to, reason)`);
  const name = b.name;
  if (typeof name !== 'string' || !name.trim()) throw bad(at, `${item}: expected a name`);
  const from = day(b.from);
  const to = day(b.to);
  const what = `${item} (${name})`;
  if (!from) throw bad(at, `${what}: from ${JSON.stringify(b.from)} is not a day; expected "MM-DD" (every year) or "YYYY-MM-DD"`);
  if (!to) throw bad(at, `${what}: to ${JSON.stringify(b.to)} is not a day; expected "MM-DD" (every year) or "YYYY-MM-DD"`);
  if (from.yearly !== to.yearly) throw bad(at, `${what}: from and to must both be "MM-DD" (every year) or both "YYYY-MM-DD"`);
  if (!from.yearly && to.text < from.text) throw bad(at, `${what}: to ${to.text} is before from ${from.text}`);
  if (b.reason !== undefined && typeof b.reason !== 'string') throw bad(at, `${what}: reason must be text`);
  return { name, from: from.text, to: to.text, yearly: from.yearly, ...(typeof b.reason === 'string' ? { reason: b.reason } : {}) };
}

/** `MM-DD` or `YYYY-MM-DD`, checked against the real calendar (02-29 is a yearly day; 2027-02-29 is not). */
function day(v: unknown): { text: string; yearly: boolean } | undefined {
  const text = v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.trim() : undefined;
  if (!text) return undefined;
  const yearly = /^(\d{2})-(\d{2})$/.exec(text);
  if (yearly) {
    const [m, d] = [Number(yearly[1]), Number(yearly[2])];
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(2024, m) ? { text, yearly: true } : undefined;
  }
  const dated = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dated) {
    const [y, m, d] = [Number(dated[1]), Number(dated[2]), Number(dated[3])];
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? { text, yearly: false } : undefined;
  }
  return undefined;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The day `instant` falls on in `tz`, as `YYYY-MM-DD`. */
export function localDay(instant: Date, tz: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The windows that hold `date` (`YYYY-MM-DD`). */
export function windowsOn(cal: Calendar, date: string): Occurrence[] {
  const year = Number(date.slice(0, 4));
  const out: Occurrence[] = [];
  for (const b of cal.blackouts) {
    for (const o of occurrences(b, year - 1, year + 1)) if (o.start <= date && date <= o.end) out.push(o);
  }
  return out;
}

/** The first day from `date` on that no window holds; undefined when none in the next two years. */
export function nextOpenDay(cal: Calendar, date: string): string | undefined {
  let d = date;
  for (let i = 0; i < 800; i++) {
    if (windowsOn(cal, d).length === 0) return d;
    d = addDays(d, 1);
  }
  return undefined;
}

/** Every window that holds a day in [from, from + days), in the order they start. */
export function upcoming(cal: Calendar, from: string, days = 365): Occurrence[] {
  const until = addDays(from, days - 1);
  const year = Number(from.slice(0, 4));
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const b of cal.blackouts) {
    for (const o of occurrences(b, year - 1, year + Math.ceil(days / 365) + 1)) {
      const key = `${o.name}|${o.start}`;
      if (o.end >= from && o.start <= until && !seen.has(key)) {
        seen.add(key);
        out.push(o);
      }
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.name < b.name ? -1 : 1));
}

/** A window's occurrences starting in the years given (a yearly window that crosses the new year ends in the next). */
function occurrences(b: Blackout, fromYear: number, toYear: number): Occurrence[] {
  const base = { name: b.name, ...(b.reason ? { reason: b.reason } : {}) };
  if (!b.yearly) return [{ ...base, start: b.from, end: b.to }];
  const out: Occurrence[] = [];
  const wraps = b.to < b.from;
  for (let y = fromYear; y <= toYear; y++) out.push({ ...base, start: onYear(y, b.from), end: onYear(wraps ? y + 1 : y, b.to) });
  return out;
}

/** `MM-DD` in year `y`; 02-29 in a year without it is 02-28. */
function onYear(y: number, md: string): string {
  const [m, d] = md.split('-').map(Number) as [number, number];
  return `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`;
}

export function addDays(date: string, n: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
