import type pg from 'pg';

/**
 * What a migration or a test can change beyond its own database: the server's databases,
 * roles (attributes, memberships, settings), ALTER SYSTEM settings and tablespaces. `pgmig
 * test` reads it before and after the run, so a change its SQL made to a shared server (a
 * dropped database, a new superuser, `ALTER SYSTEM`) is reported rather than left unsaid.
 */
export interface ServerState {
  /** name -> description; each map compared entry by entry. */
  databases: Map<string, string>;
  roles: Map<string, string>;
  memberships: Map<string, string>;
  roleSettings: Map<string, string>;
  /** ALTER SYSTEM (postgresql.auto.conf) and the other configuration files, as pg_file_settings reads them. */
  fileSettings: Map<string, string>;
  tablespaces: Map<string, string>;
  /** What could not be read (a missing privilege), so the report says it was not checked. */
  unreadable: string[];
}

export interface ServerChange {
  kind: 'database' | 'role' | 'membership' | 'role setting' | 'server setting' | 'tablespace';
  change: 'created' | 'dropped' | 'changed';
  name: string;
  before?: string;
  after?: string;
}

const ROLE_FLAGS: Array<[string, string]> = [
  ['rolsuper', 'SUPERUSER'],
  ['rolcreaterole', 'CREATEROLE'],
  ['rolcreatedb', 'CREATEDB'],
  ['rolcanlogin', 'LOGIN'],
  ['rolreplication', 'REPLICATION'],
  ['rolbypassrls', 'BYPASSRLS'],
];

/** Reads the server-wide state (a few catalog queries). */
export async function snapshotServer(client: pg.Client): Promise<ServerState> {
  const state: ServerState = {
    databases: new Map(),
    roles: new Map(),
    memberships: new Map(),
    roleSettings: new Map(),
    fileSettings: new Map(),
    tablespaces: new Map(),
    unreadable: [],
  };
  const dbs = await client.query<{ datname: string; owner: string; allow: boolean; template: boolean; limit: number }>(
    `SELECT d.datname, pg_get_userbyid(d.datdba) AS owner, d.datallowconn AS allow, d.datistemplate AS template, d.datconnlimit AS limit FROM pg_database d`,
  );
  for (const d of dbs.rows) {
    state.databases.set(d.datname, [`owner ${d.owner}`, ...(d.template ? ['template'] : []), ...(d.allow ? [] : ['no connections']), ...(d.limit >= 0 ? [`connection limit ${d.limit}`] : [])].join(', '));
  }
  const roles = await client.query<Record<string, unknown> & { rolname: string; rolconnlimit: number; rolvaliduntil: string | null }>(
    `SELECT rolname, ${ROLE_FLAGS.map(([c]) => c).join(', ')}, rolconnlimit, rolvaliduntil::text AS rolvaliduntil FROM pg_roles`,
  );
  for (const r of roles.rows) {
    const flags = ROLE_FLAGS.filter(([c]) => r[c] === true).map(([, w]) => w);
    if (r.rolconnlimit >= 0) flags.push(`CONNECTION LIMIT ${r.rolconnlimit}`);
    if (r.rolvaliduntil) flags.push(`VALID UNTIL ${r.rolvaliduntil}`);
    state.roles.set(r.rolname, flags.join(' ') || 'no attributes');
  }
  const members = await client.query<{ role: string; member: string; admin: boolean }>(
    `SELECT pg_get_userbyid(roleid) AS role, pg_get_userbyid(member) AS member, admin_option AS admin FROM pg_auth_members`,
  );
  for (const m of members.rows) state.memberships.set(`${m.member} in ${m.role}`, m.admin ? 'WITH ADMIN OPTION' : 'member');
  const settings = await client.query<{ role: string | null; db: string | null; setconfig: string[] }>(
    `SELECT CASE WHEN s.setrole <> 0 THEN pg_get_userbyid(s.setrole) END AS role, d.datname AS db, s.setconfig
     FROM pg_db_role_setting s LEFT JOIN pg_database d ON d.oid = s.setdatabase`,
  );
  for (const s of settings.rows) {
    const who = s.role ? `role ${s.role}` : '';
    const where = s.db ? `database ${s.db}` : '';
    state.roleSettings.set([who, where].filter(Boolean).join(' in ') || 'everyone', [...s.setconfig].sort().join(', '));
  }
  try {
    const files = await client.query<{ sourcefile: string | null; name: string | null; setting: string | null; applied: boolean; error: string | null }>(
      `SELECT sourcefile, name, setting, applied, error FROM pg_file_settings ORDER BY sourcefile, sourceline`,
    );
    for (const f of files.rows) {
      const file = (f.sourcefile ?? '').split('/').pop() || '?';
      state.fileSettings.set(`${f.name ?? '?'} (${file})`, `${f.setting ?? ''}${f.error ? ` (${f.error})` : ''}`);
    }
  } catch {
    state.unreadable.push('server settings (pg_file_settings: needs a superuser or pg_read_all_settings), so ALTER SYSTEM was not checked');
  }
  const spaces = await client.query<{ spcname: string; owner: string; location: string }>(
    `SELECT spcname, pg_get_userbyid(spcowner) AS owner, pg_tablespace_location(oid) AS location FROM pg_tablespace`,
  );
  for (const t of spaces.rows) state.tablespaces.set(t.spcname, `owner ${t.owner}${t.location ? `, at ${t.location}` : ''}`);
  return state;
}

/**
 * What changed between two snapshots, but for the databases `ignoreDatabase` says are the run's
 * own or another run's test database (those come and go by design).
 */
export function diffServer(before: ServerState, after: ServerState, ignoreDatabase: (name: string) => boolean): ServerChange[] {
  const out: ServerChange[] = [];
  const compare = (kind: ServerChange['kind'], a: Map<string, string>, b: Map<string, string>, skip: (k: string) => boolean = () => false) => {
    for (const [name, was] of a) {
      if (skip(name)) continue;
      const now = b.get(name);
      if (now === undefined) out.push({ kind, change: 'dropped', name, before: was });
      else if (now !== was) out.push({ kind, change: 'changed', name, before: was, after: now });
    }
    for (const [name, now] of b) if (!a.has(name) && !skip(name)) out.push({ kind, change: 'created', name, after: now });
  };
  compare('database', before.databases, after.databases, ignoreDatabase);
  compare('role', before.roles, after.roles);
  compare('membership', before.memberships, after.memberships);
  compare('role setting', before.roleSettings, after.roleSettings, (k) => {
    const db = / in database (.*)$|^database (.*)$/.exec(k);
    return !!db && ignoreDatabase(db[1] ?? db[2]!);
  });
  compare('server setting', before.fileSettings, after.fileSettings);
  compare('tablespace', before.tablespaces, after.tablespaces);
  return out;
}

/** `created role app_admin (SUPERUSER LOGIN)`, `changed ALTER SYSTEM … from … to …`. */
export function describeServerChange(c: ServerChange): string {
  if (c.change === 'created') return `created ${c.kind} ${c.name}${c.after ? ` (${c.after})` : ''}`;
  if (c.change === 'dropped') return `dropped ${c.kind} ${c.name}${c.before ? ` (was ${c.before})` : ''}`;
  return `changed ${c.kind} ${c.name}: ${c.before} -> ${c.after}`;
}
