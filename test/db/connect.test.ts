import { chmodSync, writeFileSync } from 'node:fs';
import { createServer, connect as netConnect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientAttempt, connect, displayUrl, parseDatabaseUrl, resolveTarget, toUrl, type DbTarget } from '../../src/db/connect.js';
import { UserError } from '../../src/errors.js';
import { project } from '../helpers/project.js';
import { serverUrl } from './helpers.js';

/** The shared cluster's port and socket directory. */
async function server(): Promise<{ port: number; socketDir: string }> {
  const t = parseDatabaseUrl(serverUrl(), '--database-url');
  const c = await connect(t);
  try {
    const r = await c.query<{ d: string }>(`SELECT current_setting('unix_socket_directories') AS d`);
    return { port: t.port!, socketDir: r.rows[0]!.d };
  } finally {
    await c.end();
  }
}

/** Connects to `t` and says where it landed. */
async function where(t: DbTarget): Promise<{ port: string; db: string; socket: boolean; app: string }> {
  const c = await connect(t, 'pgmig connect test');
  try {
    const r = await c.query(`SELECT current_setting('port') AS port, current_database() AS db, inet_server_addr() IS NULL AS socket, current_setting('application_name') AS app`);
    return r.rows[0];
  } finally {
    await c.end();
  }
}

const err = (f: () => unknown): UserError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
};

describe('--database-url: libpq URI parameters', () => {
  it('?port= and ?host= override the URL parts, as libpq does', async () => {
    const { port } = await server();
    const t = resolveTarget(`postgresql://postgres@nosuch.invalid:1/postgres?port=${port}&host=127.0.0.1&dbname=template1`, {})!;
    expect(t).toMatchObject({ host: '127.0.0.1', port, database: 'template1', user: 'postgres' });
    expect(await where(t)).toMatchObject({ port: String(port), db: 'template1', socket: false });
  });

  it('a socket directory in ?host= or percent-encoded as the host, with no SSL over a socket', async () => {
    const { port, socketDir } = await server();
    const viaQuery = resolveTarget(`postgresql://postgres@/postgres?host=${socketDir}&port=${port}&sslmode=require`, {})!;
    expect(await where(viaQuery)).toMatchObject({ socket: true, db: 'postgres' });
    const encoded = resolveTarget(`postgresql://postgres@${encodeURIComponent(socketDir)}:${port}/postgres`, {})!;
    expect(encoded.host).toBe(socketDir);
    expect(await where(encoded)).toMatchObject({ socket: true });
    // the URL printed for --keep takes the socket back to the query, readable
    expect(displayUrl(encoded)).toBe(`postgresql://postgres@:${port}/postgres?host=${socketDir}`);
  });

  it('sslmode=prefer falls back to a plain connection when the server has no SSL; require does not', async () => {
    const { port } = await server();
    const prefer = resolveTarget(`postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=prefer`, {})!;
    expect(await where(prefer)).toMatchObject({ port: String(port) });
    const require_ = resolveTarget(`postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=require`, {})!;
    await expect(connect(require_)).rejects.toThrow(/cannot connect to PostgreSQL at .*sslmode=require \(from --database-url\): The server does not support SSL connections/);
  });

  it('sslmode=prefer asks a server that said no to SSL only once: later connections go plain at once', async () => {
    const { port } = await server();
    // a TCP relay in front of the server counts the connections pgmig opens
    let opened = 0;
    const relay = createServer((inbound) => {
      opened++;
      const outbound = netConnect(port, '127.0.0.1');
      inbound.pipe(outbound).pipe(inbound);
      inbound.on('error', () => outbound.destroy());
      outbound.on('error', () => inbound.destroy());
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    try {
      const relayPort = (relay.address() as AddressInfo).port;
      const t = resolveTarget(`postgresql://postgres@127.0.0.1:${relayPort}/postgres`, {})!;
      expect(await where(t)).toMatchObject({ port: String(port) });
      // the first: an SSL request refused, then the plain connection
      expect(opened).toBe(2);
      expect(await where(t)).toMatchObject({ port: String(port) });
      expect(opened).toBe(3);
      // what is remembered is that server's answer, not a downgrade of sslmode=require
      await expect(connect(resolveTarget(`postgresql://postgres@127.0.0.1:${relayPort}/postgres?sslmode=require`, {})!)).rejects.toThrow(/does not support SSL/);
    } finally {
      relay.close();
    }
  });

  it('application_name, options and connect_timeout reach the server', async () => {
    const { port } = await server();
    const t = resolveTarget(`postgresql://postgres@127.0.0.1:${port}/postgres?application_name=ci%20job&options=-c%20search_path%3Dpg_catalog&connect_timeout=5`, {})!;
    expect(clientAttempt(t, 'x').config).toMatchObject({ connectionTimeoutMillis: 5000, options: '-c search_path=pg_catalog' });
    const c = await connect(t);
    try {
      const r = await c.query(`SELECT current_setting('application_name') AS app, current_setting('search_path') AS sp`);
      expect(r.rows[0]).toEqual({ app: 'ci job', sp: 'pg_catalog' });
    } finally {
      await c.end();
    }
  });

  it("libpq's keyword=value form", async () => {
    const { port } = await server();
    const t = resolveTarget(`host=127.0.0.1 port = ${port} user=postgres dbname='template1' application_name='it\\'s a \\\\ test'`, {})!;
    expect(t).toMatchObject({ host: '127.0.0.1', port, database: 'template1', params: { application_name: "it's a \\ test" } });
    expect(await where(t)).toMatchObject({ db: 'template1', app: "it's a \\ test" });
    expect(err(() => resolveTarget("host=x dbname='open", {})).message).toMatch(/unterminated quoted value of dbname/);
  });

  it('PG* variables and a service fill what the URL leaves out; the URL wins', async () => {
    const { port } = await server();
    expect(resolveTarget('postgresql://postgres@127.0.0.1/postgres', { PGPORT: String(port), PGAPPNAME: 'from env' })).toMatchObject({ port, params: { application_name: 'from env' } });
    expect(resolveTarget(`postgresql://postgres@127.0.0.1:${port}/postgres`, { PGPORT: '1' })!.port).toBe(port);
    const dir = project({ 'pg_service.conf': `# ours\n[other]\nport=1\n[pgmig_ci]\nhost=127.0.0.1\nport=${port}\ndbname=template1\n` });
    const env = { PGSERVICEFILE: join(dir, 'pg_service.conf') };
    const t = resolveTarget('postgresql://postgres@/?service=pgmig_ci', env)!;
    expect(t).toMatchObject({ host: '127.0.0.1', port, database: 'template1' });
    expect(await where(t)).toMatchObject({ db: 'template1' });
    // PGSERVICE alone names a server, as PGHOST would
    expect(resolveTarget(undefined, { ...env, PGSERVICE: 'pgmig_ci' })).toMatchObject({ source: 'PG* variables', port });
    expect(err(() => resolveTarget('postgresql:///x?service=nosuch', env)).message).toMatch(/definition of service "nosuch" not found/);
  });

  it('reads the password from a password file (passfile, PGPASSFILE)', () => {
    const dir = project({ pgpass: '# host:port:db:user:password\nother:*:*:*:no\n127.0.0.1:5433:*:app:se\\:cret\n*:*:*:app:fallback\n' });
    const file = join(dir, 'pgpass');
    chmodSync(file, 0o600);
    expect(resolveTarget(`postgresql://app@127.0.0.1:5433/db?passfile=${file}`, {})!.password).toBe('se:cret');
    expect(resolveTarget('postgresql://app@127.0.0.1:5432/db', { PGPASSFILE: file })!.password).toBe('fallback');
    expect(resolveTarget('postgresql://app:given@127.0.0.1:5433/db', { PGPASSFILE: file })!.password).toBe('given');
    // the password never shows in what pgmig prints: *** says there is one
    expect(displayUrl(resolveTarget('postgresql://app:given@127.0.0.1:5433/db', {})!)).toBe('postgresql://app:***@127.0.0.1:5433/db');
    expect(displayUrl(resolveTarget('postgresql://app@127.0.0.1:5433/db', {})!)).toBe('postgresql://app@127.0.0.1:5433/db');
  });

  it('maps the TLS parameters: verify-ca checks the chain only, verify-full the name too, require only encrypts', () => {
    const dir = project({ 'root.crt': 'CA', 'client.crt': 'CERT', 'client.key': 'KEY' });
    const home = project({});
    const env = { HOME: home };
    const tls = (q: string) => clientAttempt(resolveTarget(`postgresql://u@db.example.com/x?${q}`, env)!, 'pgmig', env);
    const require_ = tls('sslmode=require');
    expect(require_.config.ssl).toMatchObject({ rejectUnauthorized: false });
    expect(require_.fallback).toBeUndefined();
    const ca = tls(`sslmode=verify-ca&sslrootcert=${dir}/root.crt&sslcert=${dir}/client.crt&sslkey=${dir}/client.key&ssl_min_protocol_version=TLSv1.3`);
    expect(ca.config.ssl).toMatchObject({ rejectUnauthorized: true, ca: Buffer.from('CA'), cert: Buffer.from('CERT'), key: Buffer.from('KEY'), minVersion: 'TLSv1.3' });
    expect(typeof (ca.config.ssl as { checkServerIdentity?: unknown }).checkServerIdentity).toBe('function');
    const full = tls(`sslmode=verify-full&sslrootcert=${dir}/root.crt`);
    expect(full.config.ssl).toMatchObject({ rejectUnauthorized: true });
    expect((full.config.ssl as { checkServerIdentity?: unknown }).checkServerIdentity).toBeUndefined();
    // with a root certificate at hand, libpq's require verifies the chain too
    expect(tls(`sslmode=require&sslrootcert=${dir}/root.crt`).config.ssl).toMatchObject({ rejectUnauthorized: true });
    expect(tls('sslmode=disable').config.ssl).toBe(false);
    expect(tls('sslmode=allow')).toMatchObject({ config: { ssl: false }, fallback: { config: { ssl: { rejectUnauthorized: false } } } });
    // no sslmode: libpq's prefer
    expect(tls('')).toMatchObject({ config: { ssl: { rejectUnauthorized: false } }, fallback: { config: { ssl: false } } });
    expect(tls('sslmode=verify-full&sslrootcert=system').config.ssl).toMatchObject({ rejectUnauthorized: true });
    expect(tls('requiressl=1').fallback).toBeUndefined();
    // hostaddr: connect to the address, check the certificate against the name
    const byAddr = tls(`hostaddr=192.0.2.7&sslmode=verify-full&sslrootcert=${dir}/root.crt`);
    expect(byAddr.config).toMatchObject({ host: '192.0.2.7', ssl: { servername: 'db.example.com' } });
    expect(() => tls('sslmode=verify-full')).toThrow(/root certificate file ".*\.postgresql\/root\.crt" does not exist; give sslrootcert=<file>, or sslrootcert=system/);
    expect(() => tls('sslmode=require&sslrootcert=system')).toThrow(/weak sslmode "require" may not be used with sslrootcert=system/);
    expect(() => tls('sslcert=/nonexistent/c.crt&sslmode=require')).toThrow(/cannot read sslcert file \/nonexistent\/c\.crt: ENOENT/);
  });

  it('refuses what it cannot honour, and what libpq refuses, naming the parameter', () => {
    const m = (url: string) => err(() => resolveTarget(url, {})).message;
    expect(m('postgresql://h/db?foo=1')).toMatch(/--database-url: invalid URI query parameter "foo"/);
    expect(m('postgresql://h/db?sslmode=sometimes')).toMatch(/invalid sslmode value "sometimes"; expected one of disable, allow, prefer, require, verify-ca, verify-full/);
    expect(m('postgresql://h/db?require_auth=scram-sha-256')).toMatch(/require_auth=scram-sha-256 is not supported: pgmig cannot restrict the authentication methods/);
    expect(m('postgresql://h/db?channel_binding=require')).toMatch(/channel_binding=require is not supported/);
    expect(m('postgresql://h/db?gssencmode=require')).toMatch(/gssencmode=require is not supported/);
    expect(m('postgresql://h/db?replication=database')).toMatch(/replication=database is not supported/);
    expect(m('postgresql://h/db?client_encoding=LATIN1')).toMatch(/client_encoding=LATIN1 is not supported: pgmig reads and sends text as UTF-8/);
    expect(m('postgresql://h1:5432,h2:5433/db')).toMatch(/lists several hosts \(h1:5432,h2:5433\); pgmig tests against one server/);
    expect(m('postgresql://h/db?host=a,b')).toMatch(/lists several hosts \(a,b\)/);
    expect(m('postgresql://h:54x2/db')).toMatch(/invalid port number "54x2"/);
    expect(m('postgresql://h/db?connect_timeout=soon')).toMatch(/invalid integer value "soon" for connect_timeout/);
    expect(m('mysql://h/db')).toMatch(/must start with postgresql:\/\/ \(got mysql:\/\/\)/);
    expect(err(() => resolveTarget(undefined, { DATABASE_URL: 'postgresql://h/db?sslmode=nope' })).message).toMatch(/^DATABASE_URL: invalid sslmode/);
    // tuning libpq applies where the system has it, and so may pgmig ignore
    expect(resolveTarget('postgresql://h/db?keepalives_count=3&tcp_user_timeout=1000&sslcompression=1', {})!.params).toMatchObject({ keepalives_count: '3' });
  });

  it('decodes percent-encoding only (a + stays a +) and IPv6 hosts in brackets', () => {
    const t = parseDatabaseUrl('postgresql://us%40er:p%2Bw+d@[::1]:6543/my%20db?options=-c+x', '--database-url');
    expect(t).toMatchObject({ user: 'us@er', password: 'p+w+d', host: '::1', port: 6543, database: 'my db', params: { options: '-c+x' } });
    expect(toUrl(t)).toBe('postgresql://us%40er:p%2Bw%2Bd@[::1]:6543/my%20db?options=-c%2Bx');
    expect(parseDatabaseUrl(toUrl(t), '--database-url')).toEqual(t);
  });
});
