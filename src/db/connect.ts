import pg from 'pg';
import { UserError } from '../errors.js';

/** Where the server to test against came from. */
export type TargetSource = '--database-url' | 'DATABASE_URL' | 'PG* variables' | 'throwaway cluster';

/**
 * A server and the database to connect to first. Every other database pgmig uses (the fresh
 * one per run) is reached by swapping the database name, so the target is kept as parts.
 */
export interface DbTarget {
  source: TargetSource;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  /** Query parameters of a URL (sslmode, options, …) passed on unchanged. */
  params: Record<string, string>;
}

/** The PG* variables libpq reads that name a server; with none of them set there is no target. */
const PG_VARS = ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER'] as const;

/**
 * `--database-url`, else `DATABASE_URL`, else the PG* variables; undefined when none is given
 * (the caller then starts a throwaway cluster).
 */
export function resolveTarget(databaseUrl: string | undefined, env: NodeJS.ProcessEnv): DbTarget | undefined {
  if (databaseUrl) return parseDatabaseUrl(databaseUrl, '--database-url');
  if (env.DATABASE_URL) return parseDatabaseUrl(env.DATABASE_URL, 'DATABASE_URL');
  if (PG_VARS.some((v) => env[v])) {
    const port = env.PGPORT ? Number(env.PGPORT) : undefined;
    if (port !== undefined && (!Number.isInteger(port) || port <= 0 || port > 65535)) {
      throw new UserError(`PGPORT=${env.PGPORT} is not a port number`);
    }
    const params: Record<string, string> = {};
    if (env.PGSSLMODE) params.sslmode = env.PGSSLMODE;
    if (env.PGOPTIONS) params.options = env.PGOPTIONS;
    return {
      source: 'PG* variables',
      host: env.PGHOSTADDR || env.PGHOST || undefined,
      port,
      user: env.PGUSER || undefined,
      password: env.PGPASSWORD || undefined,
      database: env.PGDATABASE || undefined,
      params,
    };
  }
  return undefined;
}

export function parseDatabaseUrl(url: string, source: TargetSource): DbTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`${source} is not a URL: expected postgresql://user:password@host:5432/database`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new UserError(`${source} must start with postgresql:// (got ${u.protocol}//)`);
  }
  const params: Record<string, string> = {};
  let host = u.hostname ? decodeURIComponent(u.hostname) : undefined;
  for (const [k, v] of u.searchParams) {
    // libpq's form for a socket directory: postgresql:///db?host=/var/run/postgresql
    if (k === 'host') host = v;
    else params[k] = v;
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined;
  return {
    source,
    host,
    port: u.port ? Number(u.port) : undefined,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database,
    params,
  };
}

/** The target with another database name. */
export function withDatabase(t: DbTarget, database: string): DbTarget {
  return { ...t, database };
}

/** A URL for people (printed with --keep): the password is left out. */
export function displayUrl(t: DbTarget): string {
  return toUrl(t, false);
}

export function toUrl(t: DbTarget, withPassword = true): string {
  const hostIsSocket = !!t.host && t.host.startsWith('/');
  const auth = t.user ? `${encodeURIComponent(t.user)}${withPassword && t.password ? `:${encodeURIComponent(t.password)}` : ''}@` : '';
  const hostPart = t.host && !hostIsSocket ? (t.host.includes(':') ? `[${t.host}]` : t.host) : '';
  const port = t.port ? `:${t.port}` : '';
  const params = new URLSearchParams(t.params);
  if (hostIsSocket) params.set('host', t.host!);
  const q = params.toString();
  return `postgresql://${auth}${hostPart}${port}/${encodeURIComponent(t.database ?? '')}${q ? `?${q}` : ''}`;
}

function clientConfig(t: DbTarget, applicationName: string): pg.ClientConfig {
  const cfg: pg.ClientConfig = {
    host: t.host,
    port: t.port,
    user: t.user,
    password: t.password,
    database: t.database,
    application_name: applicationName,
  };
  const ssl = t.params.sslmode;
  if (ssl && ssl !== 'disable') {
    // verify-* check the certificate; require/prefer only encrypt, as libpq does
    cfg.ssl = ssl === 'verify-full' || ssl === 'verify-ca' ? true : { rejectUnauthorized: false };
  }
  if (t.params.options) cfg.options = t.params.options;
  return cfg;
}

/**
 * Opens a connection. A server that cannot be reached or refuses the login is the user's
 * environment (exit 2), so the message says where pgmig tried and where that came from.
 */
export async function connect(t: DbTarget, applicationName = 'pgmig'): Promise<pg.Client> {
  const client = new pg.Client(clientConfig(t, applicationName));
  // an idle connection the server drops must not crash the process; the next query reports it
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    const e = err as { code?: string; message?: string };
    throw new UserError(
      `cannot connect to PostgreSQL at ${displayUrl(t)} (from ${t.source}): ${e.message ?? String(err)}` +
        (e.code === 'ECONNREFUSED' ? '; is the server running and listening there?' : ''),
    );
  }
  return client;
}
