/**
 * The secrets of a run (database passwords, the GitHub token) and the one function that scrubs
 * them from text pgmig writes. pgmig learns a password where it reads it (a URL, PGPASSWORD,
 * ~/.pgpass, a service file); every report is scrubbed before it is formatted, and the files and
 * comments the action writes once more as they go out, so a password that reached a message by
 * a way nobody foresaw (a server error quoting the SQL that set it) still never shows.
 */

export const MASK = '***';

/**
 * Shorter "secrets" are not hidden: a two-letter password would turn every such pair of letters
 * in every message into ***, and guessing it takes no help from the log anyway.
 */
const MIN_LENGTH = 4;

const secrets = new Set<string>();
/** Hidden in pgmig's output already, not yet handed to the sinks: see holdSecret. */
const held = new Set<string>();
/** Every form a secret may take in output, longest first, so that no shorter one splits a longer. */
let forms: string[] = [];
const sinks: Array<(secret: string) => void> = [];

function rebuildForms(): void {
  const all = new Set<string>();
  for (const v of [...secrets, ...held]) for (const f of encodings(v)) if (f.length >= MIN_LENGTH) all.add(f);
  forms = [...all].sort((a, b) => b.length - a.length);
}

// a password in a connection URL pgmig never learnt (another server's, in a pg message)
const URL_PASSWORD = /(postgres(?:ql)?:\/\/[^:/?#@\s]*):[^@/?#\s]+@/gi;

/** Remembers a secret; the sinks (the runner's log masking in the action) hear of each new one. */
export function addSecret(value: string | undefined): void {
  if (!value || value.length < MIN_LENGTH || secrets.has(value)) return;
  held.delete(value);
  secrets.add(value);
  rebuildForms();
  for (const sink of sinks) sink(value);
}

/**
 * A password read before the user name it goes with is known (a URL, a connection string, a
 * service, PGPASSWORD): hidden in pgmig's own output at once, so that an error a moment later
 * cannot quote it, and handed to the sinks by settleSecrets when the connection target is
 * complete.
 */
export function holdSecret(value: string | undefined): void {
  if (!value || value.length < MIN_LENGTH || secrets.has(value) || held.has(value)) return;
  held.add(value);
  rebuildForms();
}

/**
 * The connection target is complete: every held password becomes a secret, except `notSecret`
 * (in any of the spellings it was read in): a password that is the user name itself hides
 * nothing the output does not show already (postgres:postgres, the default of the PostgreSQL
 * service containers), and masking it would turn every "postgres" in a log into ***.
 */
export function settleSecrets(notSecret?: string): void {
  const spelled = (v: string) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  };
  const release = [...held].filter((v) => notSecret !== undefined && !secrets.has(notSecret) && (v === notSecret || spelled(v) === notSecret));
  for (const v of release) held.delete(v);
  if (release.length) rebuildForms();
  for (const v of [...held]) addSecret(v);
}

/** Also hands every secret, those known now and those learnt later, to `sink` (core.setSecret in the action). */
export function onSecret(sink: (secret: string) => void): void {
  sinks.push(sink);
  for (const s of secrets) sink(s);
}

/**
 * The ways a secret gets written: as is, percent-encoded (in a URL), escaped in JSON, and
 * escaped as pgmig's markdown escapes text (the report files and comments are checked after
 * formatting).
 */
function encodings(s: string): string[] {
  const json = JSON.stringify(s).slice(1, -1);
  const markdown = s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/@(?=\w)/g, '@&#8203;');
  let uri = s;
  try {
    uri = encodeURIComponent(s);
  } catch {
    // a lone surrogate: no URL holds it
  }
  return [s, uri, json, markdown, JSON.stringify(markdown).slice(1, -1)];
}

/** `text` with every known secret, and any password in a postgresql:// URL, replaced by ***. */
export function redact(text: string): string {
  let out = text.includes('://') ? text.replace(URL_PASSWORD, `$1:${MASK}@`) : text;
  for (const f of forms) if (out.includes(f)) out = out.split(f).join(MASK);
  return out;
}

/**
 * A copy of a report with every string in it redacted: plain objects and arrays are copied,
 * anything else (a Map, a class instance) is kept as it is.
 */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v);
    return out as T;
  }
  return value;
}

/**
 * The error with its message, stack and the text fields pg's errors carry redacted, changed in
 * place so that its class (UserError: exit 2, no stack) stays what it was.
 */
export function redactError<E>(err: E): E {
  if (err === null || typeof err !== 'object') return err;
  const e = err as Record<string, unknown>;
  for (const key of ['message', 'stack', 'detail', 'hint', 'where', 'internalQuery', 'query']) {
    const v = e[key];
    if (typeof v === 'string') {
      try {
        e[key] = redact(v);
      } catch {
        // a frozen or getter-only field: nothing pgmig prints
      }
    }
  }
  return err;
}

/** Forgets every secret and sink; for tests, which run many "runs" in one process. */
export function resetSecrets(): void {
  secrets.clear();
  held.clear();
  forms = [];
  sinks.length = 0;
}
