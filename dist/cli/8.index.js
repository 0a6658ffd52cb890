export const id = 8;
export const ids = [8];
export const modules = {

/***/ 8008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   bb: () => (/* binding */ toUrl),
/* harmony export */   kR: () => (/* binding */ withDatabase),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports parseDatabaseUrl, clientAttempt */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3849);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7194);








/**
 * libpq's environment variables and the parameter each one defaults. They apply under a URL
 * too, as with psql: `PGPASSWORD=… psql postgresql://app@db/app`.
 */
const ENV_DEFAULTS = {
    PGHOST: 'host',
    PGHOSTADDR: 'hostaddr',
    PGPORT: 'port',
    PGDATABASE: 'dbname',
    PGUSER: 'user',
    PGPASSWORD: 'password',
    PGPASSFILE: 'passfile',
    PGOPTIONS: 'options',
    PGAPPNAME: 'application_name',
    PGSSLMODE: 'sslmode',
    PGREQUIRESSL: 'requiressl',
    PGSSLNEGOTIATION: 'sslnegotiation',
    PGSSLCOMPRESSION: 'sslcompression',
    PGSSLCERT: 'sslcert',
    PGSSLKEY: 'sslkey',
    PGSSLCERTMODE: 'sslcertmode',
    PGSSLROOTCERT: 'sslrootcert',
    PGSSLCRL: 'sslcrl',
    PGSSLCRLDIR: 'sslcrldir',
    PGSSLSNI: 'sslsni',
    PGREQUIREPEER: 'requirepeer',
    PGSSLMINPROTOCOLVERSION: 'ssl_min_protocol_version',
    PGSSLMAXPROTOCOLVERSION: 'ssl_max_protocol_version',
    PGGSSENCMODE: 'gssencmode',
    PGKRBSRVNAME: 'krbsrvname',
    PGGSSLIB: 'gsslib',
    PGGSSDELEGATION: 'gssdelegation',
    PGCONNECT_TIMEOUT: 'connect_timeout',
    PGCLIENTENCODING: 'client_encoding',
    PGTARGETSESSIONATTRS: 'target_session_attrs',
    PGLOADBALANCEHOSTS: 'load_balance_hosts',
    PGREQUIREAUTH: 'require_auth',
    PGCHANNELBINDING: 'channel_binding',
    PGMINPROTOCOLVERSION: 'min_protocol_version',
    PGMAXPROTOCOLVERSION: 'max_protocol_version',
};
/** The PG* variables that name a server; with none of them set (and no URL) there is no target. */
const PG_VARS = ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'];
/**
 * libpq parameters pgmig cannot honour. Ignoring them would connect in a way the user ruled out
 * (weaker authentication, no peer check) or to something else (a replication connection), so
 * they are refused with the reason.
 */
const UNSUPPORTED = {
    require_auth: () => 'pgmig cannot restrict the authentication methods the server may ask for; leave require_auth out of the URL used for testing',
    requirepeer: () => 'pgmig cannot check the server process owner of a Unix socket; leave requirepeer out',
    replication: (v) => (['0', 'false', 'off', 'no'].includes(v.toLowerCase()) ? undefined : 'pgmig needs a normal connection, not a replication one; leave replication out'),
    channel_binding: (v) => (v === 'require' ? 'pgmig cannot guarantee SCRAM channel binding; use channel_binding=prefer' : undefined),
    gssencmode: (v) => (v === 'require' ? 'pgmig cannot use GSSAPI encryption; use sslmode=require (or verify-full) instead of gssencmode=require' : undefined),
    sslkeylogfile: () => 'pgmig cannot write TLS key logs; leave sslkeylogfile out',
    sslsni: (v) => (v === '0' ? 'pgmig always sends the host name (SNI) in the TLS handshake; leave sslsni=0 out' : undefined),
    sslcrldir: () => 'pgmig reads a certificate revocation list from one file only; use sslcrl=<file> instead of sslcrldir',
    min_protocol_version: (v) => (v === '3.0' ? undefined : `pgmig speaks protocol version 3.0 only, but min_protocol_version=${v}`),
    scram_client_key: () => 'pgmig cannot authenticate with SCRAM keys; give a password',
    scram_server_key: () => 'pgmig cannot authenticate with SCRAM keys; give a password',
    oauth_issuer: () => 'pgmig cannot authenticate with OAuth; give a password',
    oauth_client_id: () => 'pgmig cannot authenticate with OAuth; give a password',
    oauth_client_secret: () => 'pgmig cannot authenticate with OAuth; give a password',
    oauth_scope: () => 'pgmig cannot authenticate with OAuth; give a password',
};
/**
 * Parameters pgmig accepts and maps, or accepts because they change nothing for it (the last
 * group: tuning of dead-connection detection that Node's sockets do not expose, Kerberos names
 * only used by GSSAPI authentication, which the pg client does not offer anyway, compression
 * libpq itself no longer negotiates, and the fallback name, never used since pgmig names every
 * connection).
 */
const SUPPORTED = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service',
    'connect_timeout', 'client_encoding', 'options', 'application_name',
    'keepalives', 'keepalives_idle',
    'sslmode', 'requiressl', 'sslnegotiation', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode', 'sslrootcert', 'sslcrl',
    'ssl_min_protocol_version', 'ssl_max_protocol_version', 'target_session_attrs', 'load_balance_hosts', 'max_protocol_version',
    'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'krbsrvname', 'gsslib', 'gssdelegation', 'sslcompression', 'fallback_application_name',
]);
/** Allowed values, where libpq has a fixed list. */
const CHOICES = {
    sslmode: ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'],
    sslnegotiation: ['postgres', 'direct'],
    sslcertmode: ['disable', 'allow', 'require'],
    target_session_attrs: ['any', 'read-write', 'read-only', 'primary', 'standby', 'prefer-standby'],
    load_balance_hosts: ['disable', 'random'],
    gssencmode: ['disable', 'prefer', 'require'],
    channel_binding: ['disable', 'prefer', 'require'],
    ssl_min_protocol_version: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
    ssl_max_protocol_version: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
    min_protocol_version: ['3.0', '3.2', 'latest'],
    max_protocol_version: ['3.0', '3.2', 'latest'],
    keepalives: ['0', '1'],
    requiressl: ['0', '1'],
    sslsni: ['0', '1'],
};
/** Parameters kept in DbTarget's own fields rather than in `params`. */
const PARTS = new Set(['host', 'port', 'dbname', 'user', 'password']);
/**
 * `--database-url`, else `DATABASE_URL`, else the PG* variables; undefined when none is given
 * (the caller then starts a throwaway cluster). Like libpq, what the URL leaves out comes from
 * a `service` in pg_service.conf, then from the PG* variables.
 */
function resolveTarget(databaseUrl, env) {
    let source;
    let given;
    if (databaseUrl) {
        source = '--database-url';
        given = parseConnectionString(databaseUrl, source);
    }
    else if (env.DATABASE_URL) {
        source = 'DATABASE_URL';
        given = parseConnectionString(env.DATABASE_URL, source);
    }
    else if (PG_VARS.some((v) => env[v])) {
        source = 'PG* variables';
        given = new Map();
    }
    else {
        return undefined;
    }
    return toTarget(withDefaults(given, env, source), source, env);
}
/** A connection URL (or libpq `key=value` string) on its own, without service or PG* defaults. */
function parseDatabaseUrl(url, source) {
    return toTarget(parseConnectionString(url, source), source, {});
}
/** `postgresql://…` as libpq reads it, or libpq's `host=… dbname=…` form. */
function parseConnectionString(s, source) {
    if (/^postgres(ql)?:\/\//i.test(s))
        return parseUri(s, source);
    if (/^\s*[A-Za-z_]+\s*=/.test(s))
        return parseKeywordValue(s, source);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)?.[1];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(scheme
        ? `${source} must start with postgresql:// (got ${scheme}://)`
        : `${source} is not a URL: expected postgresql://user:password@host:5432/database`);
}
/**
 * libpq's URI grammar, `postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]`:
 * percent-decoding only (a `+` stays a `+`), a host in brackets for IPv6, a percent-encoded
 * path for a socket directory, and query parameters that override the parts before them.
 */
function parseUri(s, source) {
    const out = new Map();
    const dec = (part, what) => {
        try {
            return decodeURIComponent(part);
        }
        catch {
            // the password is the one part never quoted back
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid percent-encoding in the ${what}${what === 'password' ? ' (write % as %25)' : ` (${part})`}`);
        }
    };
    let rest = s.replace(/^postgres(ql)?:\/\//i, '');
    let query = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        query = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    const slash = rest.indexOf('/');
    const authority = slash >= 0 ? rest.slice(0, slash) : rest;
    if (slash >= 0 && rest.length > slash + 1)
        out.set('dbname', dec(rest.slice(slash + 1), 'database name'));
    const at = authority.lastIndexOf('@');
    const hostspec = at >= 0 ? authority.slice(at + 1) : authority;
    if (at >= 0) {
        const userinfo = authority.slice(0, at);
        const colon = userinfo.indexOf(':');
        const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
        if (user)
            out.set('user', dec(user, 'user name'));
        if (colon >= 0) {
            // known as a secret before anything can fail and quote it
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(userinfo.slice(colon + 1));
            out.set('password', dec(userinfo.slice(colon + 1), 'password'));
        }
    }
    if (hostspec.includes(','))
        throw multipleHosts(source, hostspec);
    let host = hostspec;
    let port = '';
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        if (close < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: missing "]" after the IPv6 address in ${hostspec}`);
        port = host.slice(close + 1).replace(/^:/, '');
        host = host.slice(1, close);
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon >= 0) {
            port = host.slice(colon + 1);
            host = host.slice(0, colon);
        }
    }
    if (host)
        out.set('host', dec(host, 'host'));
    if (port)
        out.set('port', port);
    for (const pair of query.split('&')) {
        if (!pair)
            continue;
        const eq = pair.indexOf('=');
        if (eq < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: missing "=" after the URI query parameter "${dec(pair, 'query')}"`);
        const key = dec(pair.slice(0, eq), 'query');
        if (!SUPPORTED.has(key) && !(key in UNSUPPORTED)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid URI query parameter "${key}" (libpq rejects it too); see https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS`);
        }
        if (SECRET_KEYS.has(key))
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(pair.slice(eq + 1));
        out.set(key, dec(pair.slice(eq + 1), SECRET_KEYS.has(key) ? 'password' : `value of ${key}`));
    }
    return out;
}
/** libpq's `keyword = value` form: values may be single-quoted, with `\'` and `\\` escapes. */
function parseKeywordValue(s, source) {
    const out = new Map();
    let i = 0;
    let last = '';
    const ws = () => {
        while (i < s.length && /\s/.test(s[i]))
            i++;
    };
    for (;;) {
        ws();
        if (i >= s.length)
            return out;
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i))?.[0];
        if (!key) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(SECRET_KEYS.has(last)
                ? `${source}: expected keyword=value after the value of ${last}: quote a value with spaces in single quotes (${last}='…')`
                : `${source}: expected keyword=value at "${hidePasswords(s.slice(i, i + 20))}"`);
        }
        i += key.length;
        ws();
        if (s[i] !== '=') {
            // a word without "=" after a password is most likely the rest of an unquoted password
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(SECRET_KEYS.has(last)
                ? `${source}: missing "=" after the value of ${last}: quote a value with spaces in single quotes (${last}='…')`
                : `${source}: missing "=" after "${key}" in the connection string`);
        }
        i++;
        ws();
        let value = '';
        if (s[i] === "'") {
            i++;
            for (;;) {
                if (i >= s.length)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: unterminated quoted value of ${key}`);
                const c = s[i++];
                if (c === "'")
                    break;
                value += c === '\\' && i < s.length ? s[i++] : c;
            }
        }
        else {
            while (i < s.length && !/\s/.test(s[i])) {
                const c = s[i++];
                value += c === '\\' && i < s.length ? s[i++] : c;
            }
        }
        if (SECRET_KEYS.has(key))
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(value);
        if (!SUPPORTED.has(key) && !(key in UNSUPPORTED)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid connection option "${key}"; see https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS`);
        }
        out.set(key, value);
        last = key;
    }
}
/** Parameters whose values are secrets: remembered for redaction, never quoted in a message. */
const SECRET_KEYS = new Set(['password', 'sslpassword']);
/** `password=…` in a piece of a connection string quoted in a message, hidden. */
function hidePasswords(s) {
    return s.replace(/\b(ssl)?password\s*=\s*('(?:\\.|[^'])*'?|\S*)/gi, `$1password=${_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .MASK */ .v5}`);
}
function multipleHosts(source, hosts) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source} lists several hosts (${hosts}); pgmig tests against one server: give only the one to use`);
}
/** Fills what the string left out: first from its service in pg_service.conf, then from PG* variables. */
function withDefaults(given, env, source) {
    const out = new Map(given);
    const service = out.get('service') ?? env.PGSERVICE;
    if (service) {
        for (const [k, v] of readService(service, env, source))
            if (!out.has(k))
                out.set(k, v);
    }
    for (const [name, key] of Object.entries(ENV_DEFAULTS)) {
        const v = env[name];
        if (v !== undefined && v !== '' && !out.has(key))
            out.set(key, v);
    }
    out.delete('service');
    return out;
}
/**
 * A service's parameters: the user's file ($PGSERVICEFILE or ~/.pg_service.conf) first, then the
 * system's ($PGSYSCONFDIR or `pg_config --sysconfdir`, /pg_service.conf), as libpq looks.
 */
function readService(name, env, source) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)();
    const files = [env.PGSERVICEFILE || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.pg_service.conf')];
    let sysconf = env.PGSYSCONFDIR;
    if (!sysconf) {
        try {
            sysconf = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('pg_config', ['--sysconfdir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        }
        catch {
            // no pg_config: only the user's file
        }
    }
    if (sysconf)
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(sysconf, 'pg_service.conf'));
    for (const file of files) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        let inSection = false;
        let found = false;
        const out = new Map();
        for (const [n, raw] of text.split(/\r?\n/).entries()) {
            const line = raw.trim();
            if (!line || line.startsWith('#'))
                continue;
            const section = /^\[(.*)\]$/.exec(line);
            if (section) {
                inSection = section[1] === name;
                found ||= inSection;
                continue;
            }
            if (!inSection)
                continue;
            const eq = line.indexOf('=');
            if (eq < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file}:${n + 1}: expected key=value in service "${name}"`);
            const key = line.slice(0, eq).trim();
            if (key === 'service')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file}:${n + 1}: a service cannot name another service`);
            if (!SUPPORTED.has(key) && !(key in UNSUPPORTED))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${file}:${n + 1}: unknown connection option "${key}" in service "${name}"`);
            if (SECRET_KEYS.has(key))
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .holdSecret */ .Q7)(line.slice(eq + 1).trim());
            out.set(key, line.slice(eq + 1).trim());
        }
        if (found)
            return out;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: definition of service "${name}" not found (looked in ${files.join(' and ')})`);
}
function toTarget(kv, source, env) {
    for (const [key, value] of kv) {
        const refuse = UNSUPPORTED[key]?.(value);
        if (refuse)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: ${key}=${value} is not supported: ${refuse}`);
        const choices = CHOICES[key];
        if (choices && !choices.includes(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid ${key} value "${value}"; expected one of ${choices.join(', ')}`);
    }
    const host = kv.get('host') || undefined;
    if (host?.includes(','))
        throw multipleHosts(source, host);
    if (kv.get('hostaddr')?.includes(','))
        throw multipleHosts(source, kv.get('hostaddr'));
    const portText = kv.get('port') || undefined;
    if (portText?.includes(','))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source} lists several ports (${portText}); pgmig tests against one server: give only the one to use`);
    const port = portText === undefined ? undefined : Number(portText);
    if (port !== undefined && (!/^\d+$/.test(portText) || port <= 0 || port > 65535)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid port number "${portText}"`);
    }
    for (const key of ['connect_timeout', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout']) {
        const v = kv.get(key);
        if (v !== undefined && !/^-?\d+$/.test(v.trim()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: invalid integer value "${v}" for ${key}`);
    }
    const enc = kv.get('client_encoding');
    if (enc && !/^(utf-?8|unicode|auto)$/i.test(enc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: client_encoding=${enc} is not supported: pgmig reads and sends text as UTF-8; leave client_encoding out or set it to UTF8`);
    }
    if (kv.get('sslrootcert') === 'system' && ['disable', 'allow', 'prefer', 'require'].includes(sslMode(kv))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: weak sslmode "${sslMode(kv)}" may not be used with sslrootcert=system (use "verify-full")`);
    }
    if (kv.get('sslnegotiation') === 'direct' && ['disable', 'allow', 'prefer'].includes(sslMode(kv))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: weak sslmode "${sslMode(kv)}" may not be used with sslnegotiation=direct (use "require", "verify-ca", or "verify-full")`);
    }
    const params = {};
    for (const [k, v] of kv)
        if (!PARTS.has(k))
            params[k] = v;
    const target = {
        source,
        host,
        port,
        user: kv.get('user') || undefined,
        password: kv.get('password') || undefined,
        database: kv.get('dbname') || undefined,
        params,
    };
    if (target.password === undefined) {
        const pw = passwordFromFile(target, kv.get('passfile') || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.pgpass'));
        if (pw !== undefined)
            target.password = pw;
    }
    // every target pgmig connects to is made here: wherever its password came from (the URL,
    // PGPASSWORD, a password or service file), it is redacted from all output from now on, unless
    // it is the user name (see settleSecrets)
    const userName = target.password !== undefined && target.password === target.user;
    if (!userName)
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(target.password);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(params.sslpassword);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .settleSecrets */ .Hy)(userName ? target.password : undefined);
    return target;
}
/** sslmode as libpq settles it: requiressl=1 means require; unset means prefer. */
function sslMode(kv) {
    const get = (k) => (kv instanceof Map ? kv.get(k) : kv[k]);
    return get('sslmode') ?? (get('requiressl') === '1' ? 'require' : 'prefer');
}
/**
 * The password for the target from a password file (`host:port:database:user:password`, `*`
 * for any, `\` escapes), as libpq reads ~/.pgpass; a socket directory matches `localhost`.
 */
function passwordFromFile(t, file) {
    let text;
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
            return undefined;
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const host = !t.host || t.host.startsWith('/') ? 'localhost' : t.host;
    const want = [host, String(t.port ?? 5432), t.database ?? t.user ?? '', t.user ?? ''];
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        const fields = [''];
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '\\' && i + 1 < line.length)
                fields[fields.length - 1] += line[++i];
            else if (c === ':' && fields.length < 5)
                fields.push('');
            else
                fields[fields.length - 1] += c;
        }
        if (fields.length < 5)
            continue;
        if (want.every((w, k) => fields[k] === '*' || fields[k] === w))
            return fields[4];
    }
    return undefined;
}
/** The target with another database name. */
function withDatabase(t, database) {
    return { ...t, database };
}
/**
 * A URL for people (printed with --keep, named in connection errors): a password shows as ***,
 * so the reader sees one is needed without seeing it.
 */
function displayUrl(t) {
    return toUrl(t, false);
}
function toUrl(t, withPassword = true) {
    const enc = (s) => encodeURIComponent(s);
    const hostIsSocket = !!t.host && t.host.startsWith('/');
    const auth = t.user ? `${enc(t.user)}${t.password ? `:${withPassword ? enc(t.password) : _secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .MASK */ .v5}` : ''}@` : '';
    const hostPart = t.host && !hostIsSocket ? (t.host.includes(':') ? `[${t.host}]` : enc(t.host)) : '';
    const port = t.port ? `:${t.port}` : '';
    const params = Object.entries(t.params).map(([k, v]) => [k, withPassword || k !== 'sslpassword' ? v : _secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .MASK */ .v5]);
    if (hostIsSocket)
        params.unshift(['host', t.host]);
    // a socket path reads better unencoded, and libpq takes `/` in a query value as it is
    const q = params.map(([k, v]) => `${enc(k)}=${enc(v).replace(/%2F/gi, '/')}`).join('&');
    return `postgresql://${auth}${hostPart}${port}/${enc(t.database ?? '')}${q ? `?${q}` : ''}`;
}
/**
 * Servers (host:port) that answered sslmode=prefer's SSL request with "no". libpq goes on in
 * plain text on the same socket; the pg client cannot, and opens a second connection (a new
 * server process) each time, which a run that connects three times would pay thrice.
 */
const withoutSsl = new Set();
function readPem(file, key, source) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${source}: cannot read ${key} file ${file}: ${err.code ?? err}`);
    }
}
/** The TLS options libpq's ssl* parameters describe. */
function tlsOptions(t, env) {
    const p = t.params;
    const mode = sslMode(p);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.postgresql');
    const opts = {};
    const rootcert = p.sslrootcert ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crt')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crt') : undefined);
    let verify = mode === 'verify-ca' || mode === 'verify-full';
    if (rootcert === undefined && verify) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${t.source}: sslmode=${mode} needs the server's root certificate: root certificate file "${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crt')}" does not exist; ` +
            'give sslrootcert=<file>, or sslrootcert=system to trust the system roots, or use sslmode=require');
    }
    if (rootcert !== undefined && rootcert !== 'system') {
        opts.ca = readPem(rootcert, 'sslrootcert', t.source);
        // libpq: with a root certificate at hand, require checks the chain as verify-ca does
        if (mode === 'require')
            verify = true;
    }
    opts.rejectUnauthorized = verify;
    // verify-ca checks the chain only; verify-full (and sslrootcert=system) the host name too
    if (verify && mode !== 'verify-full' && rootcert !== 'system')
        opts.checkServerIdentity = () => undefined;
    if (p.hostaddr && t.host && !t.host.startsWith('/') && (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(t.host) === 0)
        opts.servername = t.host;
    if (p.sslcertmode !== 'disable') {
        const cert = p.sslcert ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'postgresql.crt')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'postgresql.crt') : undefined);
        if (cert) {
            opts.cert = readPem(cert, 'sslcert', t.source);
            opts.key = readPem(p.sslkey ?? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'postgresql.key'), 'sslkey', t.source);
            if (p.sslpassword)
                opts.passphrase = p.sslpassword;
        }
        else if (p.sslcertmode === 'require') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`${t.source}: sslcertmode=require, but there is no client certificate: give sslcert=<file> and sslkey=<file>`);
        }
    }
    const crl = p.sslcrl ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crl')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'root.crl') : undefined);
    if (crl)
        opts.crl = readPem(crl, 'sslcrl', t.source);
    if (p.ssl_min_protocol_version)
        opts.minVersion = p.ssl_min_protocol_version;
    if (p.ssl_max_protocol_version)
        opts.maxVersion = p.ssl_max_protocol_version;
    return opts;
}
/**
 * Where libpq goes when no host is given: its socket directory (Debian's /var/run/postgresql,
 * else /tmp) when a server listens there; the pg client alone would try localhost over TCP.
 */
function defaultHost(port) {
    for (const dir of ['/var/run/postgresql', '/tmp']) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `.s.PGSQL.${port ?? 5432}`)))
            return dir;
    }
    return undefined;
}
function clientAttempt(t, applicationName, env = process.env) {
    const p = t.params;
    const host = p.hostaddr ?? t.host ?? defaultHost(t.port) ?? 'localhost';
    const connectTimeout = p.connect_timeout !== undefined ? Number(p.connect_timeout) : 0;
    const base = {
        host,
        port: t.port,
        user: t.user,
        password: t.password,
        database: t.database,
        application_name: p.application_name ?? applicationName,
        // libpq: zero or negative waits forever, and anything below 2 seconds means 2
        ...(connectTimeout > 0 ? { connectionTimeoutMillis: Math.max(connectTimeout, 2) * 1000 } : {}),
        keepAlive: p.keepalives !== '0',
        ...(p.keepalives_idle !== undefined && Number(p.keepalives_idle) > 0 ? { keepAliveInitialDelayMillis: Number(p.keepalives_idle) * 1000 } : {}),
        ...(p.options ? { options: p.options } : {}),
        // libpq prefers channel binding by default; the pg client's support is newer and fails on
        // some certificate signature algorithms, so it is used when asked for only
        enableChannelBinding: p.channel_binding === 'prefer',
        ssl: false,
    };
    const mode = sslMode(p);
    // libpq never uses SSL over a Unix socket, whatever sslmode says
    const socket = host.startsWith('/');
    if (socket || mode === 'disable')
        return { config: base };
    const withSsl = { ...base, ssl: tlsOptions(t, env), ...(p.sslnegotiation === 'direct' ? { sslnegotiation: 'direct' } : {}) };
    if (mode === 'prefer') {
        return { config: withSsl, fallback: { when: (e) => /does not support SSL/i.test(e.message ?? ''), config: base, remember: `${host}:${t.port}` } };
    }
    if (mode === 'allow') {
        // the server refused a plain connection (pg_hba.conf hostssl): try again with SSL
        return { config: base, fallback: { when: (e) => e.code === '28000' || e.code === '28P01', config: withSsl } };
    }
    return { config: withSsl };
}
async function open(config) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_5__/* ["default"].Client */ .Ay.Client(config);
    // an idle connection the server drops must not crash the process; the next query reports it
    client.on('error', () => { });
    try {
        await client.connect();
        return client;
    }
    catch (err) {
        await client.end().catch(() => { });
        throw err;
    }
}
/** libpq's target_session_attrs, checked on the one server there is. */
async function checkSessionAttrs(client, t) {
    const want = t.params.target_session_attrs;
    if (!want || want === 'any' || want === 'prefer-standby')
        return;
    const r = await client.query(`SELECT current_setting('transaction_read_only') AS ro, pg_is_in_recovery() AS standby`);
    const { ro, standby } = r.rows[0];
    const ok = want === 'read-write' ? ro === 'off' : want === 'read-only' ? ro === 'on' : want === 'primary' ? !standby : standby;
    if (!ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`the server at ${displayUrl(t)} (from ${t.source}) does not satisfy target_session_attrs=${want} (${standby ? 'a standby' : 'a primary'}, transaction_read_only=${ro})`);
    }
}
/**
 * Opens a connection. A server that cannot be reached or refuses the login is the user's
 * environment (exit 2), so the message says where pgmig tried and where that came from.
 */
async function connect(t, applicationName = 'pgmig', env = process.env) {
    const attempt = clientAttempt(t, applicationName, env);
    let client;
    try {
        const { fallback } = attempt;
        if (fallback?.remember && withoutSsl.has(fallback.remember)) {
            client = await open(fallback.config);
        }
        else {
            try {
                client = await open(attempt.config);
            }
            catch (err) {
                if (!fallback?.when(err))
                    throw err;
                client = await open(fallback.config);
                if (fallback.remember)
                    withoutSsl.add(fallback.remember);
            }
        }
    }
    catch (err) {
        const e = err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot connect to PostgreSQL at ${displayUrl(t)} (from ${t.source}): ${e.message ?? String(err)}` +
            (e.code === 'ECONNREFUSED' ? '; is the server running and listening there?' : ''));
    }
    try {
        await checkSessionAttrs(client, t);
    }
    catch (err) {
        await client.end().catch(() => { });
        throw err;
    }
    return client;
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Hy: () => (/* binding */ settleSecrets),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Q7: () => (/* binding */ holdSecret),
/* harmony export */   ki: () => (/* binding */ redactError),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony exports onSecret, resetSecrets */
/**
 * The secrets of a run (database passwords, the GitHub token) and the one function that scrubs
 * them from text pgmig writes. pgmig learns a password where it reads it (a URL, PGPASSWORD,
 * ~/.pgpass, a service file); every report is scrubbed before it is formatted, and the files and
 * comments the action writes once more as they go out, so a password that reached a message by
 * a way nobody foresaw (a server error quoting the SQL that set it) still never shows.
 */
const MASK = '***';
/**
 * Shorter "secrets" are not hidden: a two-letter password would turn every such pair of letters
 * in every message into ***, and guessing it takes no help from the log anyway.
 */
const MIN_LENGTH = 4;
const secrets = new Set();
/** Hidden in pgmig's output already, not yet handed to the sinks: see holdSecret. */
const held = new Set();
/** Every form a secret may take in output, longest first, so that no shorter one splits a longer. */
let forms = [];
const sinks = [];
function rebuildForms() {
    const all = new Set();
    for (const v of [...secrets, ...held])
        for (const f of encodings(v))
            if (f.length >= MIN_LENGTH)
                all.add(f);
    forms = [...all].sort((a, b) => b.length - a.length);
}
// a password in a connection URL pgmig never learnt (another server's, in a pg message)
const URL_PASSWORD = /(postgres(?:ql)?:\/\/[^:/?#@\s]*):[^@/?#\s]+@/gi;
/** Remembers a secret; the sinks (the runner's log masking in the action) hear of each new one. */
function addSecret(value) {
    if (!value || value.length < MIN_LENGTH || secrets.has(value))
        return;
    held.delete(value);
    secrets.add(value);
    rebuildForms();
    for (const sink of sinks)
        sink(value);
}
/**
 * A password read before the user name it goes with is known (a URL, a connection string, a
 * service, PGPASSWORD): hidden in pgmig's own output at once, so that an error a moment later
 * cannot quote it, and handed to the sinks by settleSecrets when the connection target is
 * complete.
 */
function holdSecret(value) {
    if (!value || value.length < MIN_LENGTH || secrets.has(value) || held.has(value))
        return;
    held.add(value);
    rebuildForms();
}
/**
 * The connection target is complete: every held password becomes a secret, except `notSecret`
 * (in any of the spellings it was read in): a password that is the user name itself hides
 * nothing the output does not show already (postgres:postgres, the default of the PostgreSQL
 * service containers), and masking it would turn every "postgres" in a log into ***.
 */
function settleSecrets(notSecret) {
    const spelled = (v) => {
        try {
            return decodeURIComponent(v);
        }
        catch {
            return v;
        }
    };
    const release = [...held].filter((v) => notSecret !== undefined && !secrets.has(notSecret) && (v === notSecret || spelled(v) === notSecret));
    for (const v of release)
        held.delete(v);
    if (release.length)
        rebuildForms();
    for (const v of [...held])
        addSecret(v);
}
/** Also hands every secret, those known now and those learnt later, to `sink` (core.setSecret in the action). */
function onSecret(sink) {
    sinks.push(sink);
    for (const s of secrets)
        sink(s);
}
/**
 * The ways a secret gets written: as is, percent-encoded (in a URL), escaped in JSON, and
 * escaped as pgmig's markdown escapes text (the report files and comments are checked after
 * formatting).
 */
function encodings(s) {
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
    }
    catch {
        // a lone surrogate: no URL holds it
    }
    return [s, uri, json, markdown, JSON.stringify(markdown).slice(1, -1)];
}
/** `text` with every known secret, and any password in a postgresql:// URL, replaced by ***. */
function redact(text) {
    let out = text.includes('://') ? text.replace(URL_PASSWORD, `$1:${MASK}@`) : text;
    for (const f of forms)
        if (out.includes(f))
            out = out.split(f).join(MASK);
    return out;
}
/**
 * A copy of a report with every string in it redacted: plain objects and arrays are copied,
 * anything else (a Map, a class instance) is kept as it is.
 */
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value !== null && typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = redactDeep(v);
        return out;
    }
    return value;
}
/**
 * The error with its message, stack and the text fields pg's errors carry redacted, changed in
 * place so that its class (UserError: exit 2, no stack) stays what it was.
 */
function redactError(err) {
    if (err === null || typeof err !== 'object')
        return err;
    const e = err;
    for (const key of ['message', 'stack', 'detail', 'hint', 'where', 'internalQuery', 'query']) {
        const v = e[key];
        if (typeof v === 'string') {
            try {
                e[key] = redact(v);
            }
            catch {
                // a frozen or getter-only field: nothing pgmig prints
            }
        }
    }
    return err;
}
/** Forgets every secret and sink; for tests, which run many "runs" in one process. */
function resetSecrets() {
    secrets.clear();
    held.clear();
    forms = [];
    sinks.length = 0;
}


/***/ })

};
