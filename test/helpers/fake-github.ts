import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

/**
 * A stand-in for the GitHub REST API at the HTTP boundary, on 127.0.0.1 and a random port: it
 * records every request and answers the endpoints pgmig uses (a pull request's files, a
 * commit's pull requests, issue comments: list, create, edit) the way GitHub does, pagination
 * and Link headers included.
 * Tests point GITHUB_API_URL at it and can make it fail, page, or refuse a read-only token.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  /** What the fake answered (for the contract test, which checks it against GitHub's schemas). */
  response?: { status: number; body: unknown };
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface PullFileEntry {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface Failure {
  method?: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail; then the endpoint answers normally again. */
  times?: number;
  /** Runs when the failure is served: a request GitHub carried out although the answer was lost. */
  onFail?: (req: RecordedRequest, state: { comments: FakeComment[]; nextId: () => number }) => void;
}

export interface FakeReaction {
  id: number;
  commentId: number;
  content: string;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  /** The files of a pull request, as `GET /repos/{o}/{r}/pulls/{n}/files` lists them. */
  setPullFiles(pull: number, files: PullFileEntry[]): void;
  /** `GET /repos/{o}/{r}/pulls/{n}` answers with this object (the fields GitHub sends that pgmig reads, and some more). */
  setPull(pull: number, data: Record<string, unknown>): void;
  /** The pull requests `GET /repos/{o}/{r}/commits/{sha}/pulls` lists for a commit (none when not set, as for a direct push). */
  setCommitPulls(sha: string, pulls: Array<Record<string, unknown>>): void;
  /** The user's repository role (admin, maintain, write, triage, read, none); an unknown user is a 404, as for a login that does not exist. */
  setPermission(login: string, role: string): void;
  /** `GET /repos/{o}/{r}/environments/{name}` answers with this object (404 when not set). */
  setEnvironment(name: string, data: Record<string, unknown>): void;
  /** Reactions created on issue comments, in order. */
  reactions: FakeReaction[];
  /** Makes matching requests fail (first rule that matches wins). */
  fail(f: Failure): void;
  /** Tokens that may read but not write (a fork pull request's GITHUB_TOKEN). */
  readOnlyTokens: Set<string>;
  /** Requests whose path matches, optionally of one method. */
  requestsTo(path: RegExp, method?: string): RecordedRequest[];
  close(): Promise<void>;
  /** Queues a fault for matching requests (checked before `fail` rules; first match wins). */
  fault(f: Fault): void;
  /**
   * Makes `token` a user's personal access token: `GET /user` and GraphQL's `viewer` name the
   * user, and what it writes is theirs. Any other token is an installation token (the default
   * GITHUB_TOKEN): `GET /user` is 403, `viewer` is the Actions bot, and so is what it writes.
   */
  setTokenUser(token: string, login: string): void;
  /**
   * An issue's (or pull request's) events, oldest first, as `GET /repos/{o}/{r}/issues/{n}/events`
   * lists them: `labeled`/`unlabeled` with the label's name and who did it.
   */
  addIssueEvent(issue: number, e: { event: string; label?: string; actor: string; actorType?: string; at?: string }): void;
  /** A team membership as `GET /orgs/{org}/teams/{slug}/memberships/{user}` answers it (404 when not set). */
  setTeamMember(org: string, slug: string, login: string, state?: 'active' | 'pending'): void;
  /** Turns GraphQL off (404), as some GitHub Enterprise proxies do. */
  graphqlOff: boolean;
}

/**
 * Faults beyond an error status, for the client's timeouts and parsing:
 * - `delay`: answer normally, but only after `ms` (the request is carried out then);
 * - `stall`: send the status line and part of the body, then nothing more (never carried out);
 * - `malformed`: answer `status` (default 200) with `body` as raw text under a JSON content type;
 * - `lost-answer`: carry the request out, then answer `status` (default 502) with `body`, or
 *   with `raw` text under a JSON content type, as when a proxy loses or cuts GitHub's answer;
 * - `drop`: close the connection without an answer (never carried out).
 */
export type Fault = { method?: string; path: RegExp; times?: number } & (
  | { kind: 'delay'; ms: number }
  | { kind: 'stall' }
  | { kind: 'malformed'; status?: number; body: string }
  | { kind: 'lost-answer'; status?: number; body?: unknown; raw?: string }
  | { kind: 'drop' }
);

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export async function startFakeGitHub(owner = 'acme', repo = 'crm'): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const comments: FakeComment[] = [];
  const pullFiles = new Map<number, PullFileEntry[]>();
  const failures: Array<Failure & { left: number }> = [];
  const readOnlyTokens = new Set<string>();
  const pulls = new Map<number, Record<string, unknown>>();
  const permissions = new Map<string, string>();
  const commitPulls = new Map<string, Array<Record<string, unknown>>>();
  const reactions: FakeReaction[] = [];
  const tokenUsers = new Map<string, string>();
  const state = { graphqlOff: false };
  const environments = new Map<string, Record<string, unknown>>();
  const issueEvents = new Map<number, Array<Record<string, unknown>>>();
  const teamMembers = new Map<string, 'active' | 'pending'>();
  let nextId = 1000;
  let base = '';

  const answering = new WeakMap<ServerResponse, RecordedRequest>();
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const req = answering.get(res);
    if (req) req.response = { status, body };
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `FAKE:${requests.length}`, ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const notFound = (res: ServerResponse) => send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

  /** GitHub's pagination: per_page (default 30, at most 100), page from 1, a Link header with next/last. */
  const page = <T>(req: RecordedRequest, res: ServerResponse, all: T[]) => {
    const perPage = Math.min(100, Math.max(1, Number(req.query.per_page ?? 30)));
    const n = Math.max(1, Number(req.query.page ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(p) });
      return `<${base}${req.path}?${q}>; rel="${rel}"`;
    };
    const links = [];
    if (n > 1) links.push(link(n - 1, 'prev'), link(1, 'first'));
    if (n < last) links.push(link(n + 1, 'next'), link(last, 'last'));
    send(res, 200, all.slice((n - 1) * perPage, n * perPage), links.length ? { link: links.join(', ') } : {});
  };

  // GitHub's documented answers, with this fake's values over them: code that reads a field
  // GitHub always sends sees it here too
  // (a copy of the examples, kept equal to the package's by the contract test: the whole
  // description is 13 MB, too much to parse in every test that starts the fake)
  const examples = createRequire(import.meta.url)('./github-examples.json') as Record<string, any>;
  const exampleComment = structuredClone(examples['issue-comment']) as Record<string, unknown>;
  const exampleFile = structuredClone(examples['diff-entry-items'][0]) as Record<string, unknown>;
  const examplePull = structuredClone(examples['pull-request']) as Record<string, unknown>;
  const exampleUser = structuredClone(examples['issue-comment'].user) as Record<string, unknown>;
  const exampleReaction = structuredClone(examples['reaction']) as Record<string, unknown>;
  const exampleEnvironment = structuredClone(examples['environment']) as Record<string, unknown>;
  const exampleIssueEvent = structuredClone(examples['issue-event-for-issue-items'][0]) as Record<string, unknown>;
  const exampleMembership = structuredClone(examples['team-membership-response-if-user-is-a-team-maintainer']) as Record<string, unknown>;
  const exampleUserOf = (u: { login: string; type: string }) => ({ ...exampleUser, login: u.login, type: u.type, url: `${base}/users/${encodeURIComponent(u.login)}`, html_url: `https://github.com/${u.login}` });
  const commentJson = (c: FakeComment) => ({
    ...exampleComment,
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: exampleUserOf(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'NONE',
  });

  const handle = (req: RecordedRequest, res: ServerResponse) => {
    let m0: RegExpExecArray | null;
    const failure = failures.find((f) => f.left > 0 && (!f.method || f.method === req.method) && f.path.test(req.path));
    if (failure) {
      failure.left--;
      failure.onFail?.(req, { comments, nextId: () => nextId++ });
      return send(res, failure.status, failure.body ?? { message: `fake failure ${failure.status}` }, failure.headers);
    }
    const auth = String(req.headers.authorization ?? '');
    if (!auth) return send(res, 401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const tokenUser = tokenUsers.get(token);
    const author = tokenUser ? { login: tokenUser, type: 'User' } : BOT;
    if (req.method === 'GET' && req.path === '/user') {
      if (!tokenUser) return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
      return send(res, 200, { login: tokenUser, id: 1, type: 'User' });
    }
    if (req.method === 'POST' && req.path === '/graphql') {
      if (state.graphqlOff) return notFound(res);
      const query = String((req.body as { query?: unknown } | undefined)?.query ?? '');
      if (!/\bviewer\s*\{\s*login\s*\}/.test(query)) return send(res, 200, { errors: [{ message: 'the fake knows only viewer { login }' }] });
      return send(res, 200, { data: { viewer: { login: author.login } } });
    }
    if (req.method === 'GET' && (m0 = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(req.path))) {
      const [org, slug, login] = [m0[1]!, m0[2]!, decodeURIComponent(m0[3]!)];
      const st = teamMembers.get(`${org.toLowerCase()}/${slug.toLowerCase()}/${login.toLowerCase()}`);
      if (!st) return notFound(res);
      return send(res, 200, { ...exampleMembership, url: `${base}/teams/1/memberships/${login}`, role: 'member', state: st });
    }
    const prefix = `/repos/${owner}/${repo}`;
    if (!req.path.startsWith(prefix + '/')) return notFound(res);
    const rest = req.path.slice(prefix.length);
    let m: RegExpExecArray | null;

    if (req.method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const files = pullFiles.get(Number(m[1]));
      if (!files) return notFound(res);
      return page(
        req,
        res,
        files.map((f, i) => ({ ...exampleFile, sha: `${i}`.padStart(40, '0'), additions: 1, deletions: 0, changes: 1, patch: undefined, ...f })),
      );
    }
    if (req.method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pr = pulls.get(Number(m[1]));
      // what a test sets wins; the merge state is the test's to say, not the example's
      if (!pr) return notFound(res);
      // GitHub's example for the rest, its head and base under the test's (a head repository the
      // test sets to null, a deleted fork's, stays null); the example's requested team is older
      // than the schema, which now wants a type
      const side = (ex: Record<string, any>, given: Record<string, any> | undefined) =>
        given === undefined ? ex : { ...ex, ...given, repo: given.repo === null ? null : { ...ex.repo, ...(given.repo ?? {}) } };
      return send(res, 200, {
        ...examplePull,
        merged: false,
        merged_at: null,
        merge_commit_sha: null,
        merged_by: null,
        requested_teams: [],
        ...pr,
        head: side(examplePull.head as Record<string, any>, pr.head as Record<string, any> | undefined),
        base: side(examplePull.base as Record<string, any>, pr.base as Record<string, any> | undefined),
      });
    }
    if (req.method === 'GET' && (m = /^\/environments\/([^/]+)$/.exec(rest))) {
      const name = decodeURIComponent(m[1]!);
      const env = environments.get(name);
      return env ? send(res, 200, { ...exampleEnvironment, name, url: `${base}${req.path}`, protection_rules: [], ...env }) : notFound(res);
    }
    if (req.method === 'GET' && (m = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest))) {
      return page(req, res, commitPulls.get(m[1]!) ?? []);
    }
    if (req.method === 'GET' && (m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const login = decodeURIComponent(m[1]!);
      const role = permissions.get(login);
      if (role === undefined) return send(res, 404, { message: `${login} is not a user`, documentation_url: 'https://docs.github.com/rest/collaborators/collaborators', status: '404' });
      // the older `permission` field folds maintain into write and triage into read
      const legacy = ({ maintain: 'write', triage: 'read' } as Record<string, string>)[role] ?? role;
      return send(res, 200, { permission: legacy, role_name: role, user: { ...exampleUserOf({ login, type: 'User' }), permissions: { admin: role === 'admin', maintain: ['admin', 'maintain'].includes(role), push: ['admin', 'maintain', 'write'].includes(role), triage: role !== 'read' && role !== 'none', pull: role !== 'none' }, role_name: role } });
    }
    if (req.method === 'GET' && (m = /^\/issues\/(\d+)\/events$/.exec(rest))) {
      return page(req, res, issueEvents.get(Number(m[1])) ?? []);
    }
    if (req.method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      return page(req, res, comments.filter((c) => c.issue === issue).map(commentJson));
    }
    const writes = req.method === 'POST' || req.method === 'PATCH';
    if (writes && readOnlyTokens.has(token)) {
      return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
    }
    const text = (req.body as { body?: unknown } | undefined)?.body;
    if (req.method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      if (typeof text !== 'string') return send(res, 422, { message: 'Invalid request: body is required' });
      if (text.length > 65_536) return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
      const now = new Date().toISOString();
      const c: FakeComment = { id: nextId++, issue: Number(m[1]), body: text, user: author, created_at: now, updated_at: now };
      comments.push(c);
      return send(res, 201, commentJson(c));
    }
    if (req.method === 'POST' && (m = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest))) {
      const content = (req.body as { content?: unknown } | undefined)?.content;
      if (typeof content !== 'string' || !['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'].includes(content)) {
        return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Reaction', code: 'invalid', field: 'content' }] });
      }
      const commentId = Number(m[1]);
      const same = reactions.find((r) => r.commentId === commentId && r.content === content);
      const r = same ?? { id: nextId++, commentId, content };
      if (!same) reactions.push(r);
      return send(res, same ? 200 : 201, { ...exampleReaction, id: r.id, node_id: `REA_${r.id}`, content: r.content, user: exampleUserOf(BOT), created_at: new Date().toISOString() });
    }
    if (req.method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return notFound(res);
      if (typeof text !== 'string') return send(res, 422, { message: 'Invalid request: body is required' });
      if (text.length > 65_536) return send(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      c.body = text;
      c.updated_at = new Date().toISOString();
      return send(res, 200, commentJson(c));
    }
    return notFound(res);
  };

  const faults: Array<Fault & { left: number }> = [];
  /** A response that goes nowhere: for requests carried out whose answer is lost. */
  const sink = (): ServerResponse => {
    const r = { writeHead: () => r, end: () => r, write: () => true, destroyed: false };
    return r as unknown as ServerResponse;
  };
  /** Serves a queued fault for `req`; false when none matches. */
  const applyFault = (req: RecordedRequest, res: ServerResponse): boolean => {
    const f = faults.find((x) => x.left > 0 && (!x.method || x.method === req.method) && x.path.test(req.path));
    if (!f) return false;
    f.left--;
    const safely = (to = res) => {
      try {
        handle(req, to);
      } catch (err) {
        send(to, 500, { message: `fake GitHub crashed: ${(err as Error).message}` });
      }
    };
    switch (f.kind) {
      case 'delay':
        // carried out even when the client gave up meanwhile, as a server does
        setTimeout(() => safely(res.destroyed ? sink() : res), f.ms).unref();
        break;
      case 'stall':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.write('[{"id": 1, "bo');
        break;
      case 'malformed':
        res.writeHead(f.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(f.body);
        break;
      case 'lost-answer': {
        safely(sink());
        if (f.raw === undefined) send(res, f.status ?? 502, f.body ?? { message: 'Bad Gateway' });
        else {
          res.writeHead(f.status ?? 502, { 'content-type': 'application/json; charset=utf-8' });
          res.end(f.raw);
        }
        break;
      }
      case 'drop':
        res.socket?.destroy();
        break;
    }
    return true;
  };

  const server = createServer((inc: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    inc.on('data', (c: Buffer) => chunks.push(c));
    inc.on('end', () => {
      const url = new URL(inc.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const req: RecordedRequest = { method: inc.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: inc.headers, body };
      requests.push(req);
      answering.set(res, req);
      if (applyFault(req, res)) return;
      try {
        handle(req, res);
      } catch (err) {
        send(res, 500, { message: `fake GitHub crashed: ${(err as Error).message}` });
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    owner,
    repo,
    requests,
    comments,
    readOnlyTokens,
    reactions,
    setPullFiles: (pull, files) => pullFiles.set(pull, files),
    setPull: (pull, data) => pulls.set(pull, data),
    setPermission: (login, role) => permissions.set(login, role),
    setEnvironment: (name, data) => environments.set(name, data),
    setCommitPulls: (sha, list) => commitPulls.set(sha, list),
    addIssueEvent: (issue, e) => {
      const list = issueEvents.get(issue) ?? [];
      const id = nextId++;
      list.push({
        ...exampleIssueEvent,
        id,
        node_id: `LE_${id}`,
        url: `${base}/repos/${owner}/${repo}/issues/events/${id}`,
        actor: exampleUserOf({ login: e.actor, type: e.actorType ?? 'User' }),
        event: e.event,
        commit_id: null,
        commit_url: null,
        created_at: e.at ?? new Date(Date.UTC(2026, 8, 1) + list.length * 60_000).toISOString(),
        ...(e.label ? { label: { name: e.label, color: 'd73a4a' } } : {}),
      });
      issueEvents.set(issue, list);
    },
    setTeamMember: (org, slug, login, st = 'active') => teamMembers.set(`${org.toLowerCase()}/${slug.toLowerCase()}/${login.toLowerCase()}`, st),
    fail: (f) => failures.push({ ...f, left: f.times ?? 1 }),
    requestsTo: (path, method) => requests.filter((r) => path.test(r.path) && (!method || r.method === method)),
    fault: (f) => faults.push({ ...f, left: f.times ?? 1 }),
    setTokenUser: (token, login) => tokenUsers.set(token, login),
    get graphqlOff() {
      return state.graphqlOff;
    },
    set graphqlOff(v: boolean) {
      state.graphqlOff = v;
    },
    close: () =>
      new Promise<void>((ok, bad) => {
        server.closeAllConnections();
        server.close((err) => (err ? bad(err) : ok()));
      }),
  };
}
