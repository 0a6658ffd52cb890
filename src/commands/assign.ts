import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../errors.js';
import {
  ACTIONS_BOT,
  arrivals,
  commitAs,
  commitChanges,
  commitsAhead,
  currentBranch,
  DEFAULT_NETWORK_TIMEOUT_MS,
  fetchBranch,
  headCommit,
  integrate,
  isShallowAsync,
  isValidBranchName,
  listTree,
  moveFile,
  parseIdentity,
  pushHead,
  remoteExists,
  repoRootAsync,
  resetHard,
  stage,
  unshallow,
  workTreeState,
  type GitIdentity,
  type LocalCommit,
} from '../git/git.js';
import { planAssignments, type AssignPlan, type PlanFile, type PlannedAssignment } from '../migrations/assign-plan.js';
import { loadConfig, type Config } from '../migrations/config.js';
import { confine } from '../migrations/inside-repository.js';
import { isNameProblem, parseMigrationName } from '../migrations/name.js';

export interface AssignOptions {
  cwd: string;
  config?: string;
  remote?: string;
  branch?: string;
  dryRun?: boolean;
  push?: boolean;
  maxTries?: number;
  /** Who commits, `Name <email>` or an identity (default: the GitHub Actions bot). */
  author?: string | GitIdentity;
  /** Least first wait window after a rejected push, in ms (else the time one attempt took); it doubles with each try, and the wait is a random part of it. */
  backoffMs?: number;
  /** Overrides of the config (action inputs). */
  migrations?: string[];
  tests?: string;
  placeholder?: string;
  /** For the branch name when HEAD is detached (GITHUB_REF_NAME in Actions). */
  env?: NodeJS.ProcessEnv;
  /** Progress lines (fetches, rejected pushes, waits). */
  log?: (line: string) => void;
  /** How long one git push or fetch may take before pgmig gives it up (default 5 minutes). */
  networkTimeoutMs?: number;
  /** Called just before each push; tests use it to have someone else merge at that moment. */
  beforePush?: (attempt: number) => void | Promise<void>;
}

export interface AssignedMigration {
  /** Repository-relative paths of the migration before and after. */
  from: string;
  to: string;
  version: string;
  description?: string;
  /** Set when the file moved because another file reached the branch with its version first. */
  previousVersion?: string;
  keptBy?: string;
  /** The commit that brought the pending file to the branch (its pull request's merge). */
  arrivedIn?: string;
  /** Every file renamed for it: the migration, its undo file, its pgTAP tests. */
  files?: Array<{ from: string; to: string }>;
}

export interface AssignResult {
  assigned: AssignedMigration[];
  commit?: string;
  pushed: boolean;
  dryRun?: boolean;
  branch?: string;
  remote?: string;
  /** Push attempts made (0 when nothing was pushed). */
  tries?: number;
  /** The commit message, when a commit was made (or would be, in a dry run). */
  message?: string;
  warnings?: string[];
  /** The placeholder the run looked for. */
  placeholder?: string;
  /**
   * Numbering commits an earlier run made but did not push (killed before its push, or
   * --no-push), found ahead of the remote: pushed by this run, or (with --no-push or
   * --dry-run) still waiting to be.
   */
  earlier?: string[];
  /**
   * The commit to deploy: the branch's tip on the remote once no pending file is left there
   * (the numbering commit when there was something to number). Unset when the remote does not
   * have it yet (a dry run, --no-push, commits still to push).
   */
  deploy?: string;
}

export const DEFAULT_MAX_TRIES = 10;
const DEFAULT_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 5000;

export async function runAssign(options: AssignOptions): Promise<AssignResult> {
  const cwd = resolve(options.cwd);
  const config = loadConfig(cwd, options.config);
  if (options.migrations?.length) {
    config.migrations = options.migrations;
    config.root = cwd;
  }
  if (options.tests) config.tests = resolve(cwd, options.tests);
  if (options.placeholder) {
    if (!/^V[A-Za-z]+$/.test(options.placeholder)) throw new UserError(`placeholder "${options.placeholder}": expected V followed by letters, e.g. VXXX`);
    config.placeholder = options.placeholder;
  }
  const maxTries = options.maxTries ?? DEFAULT_MAX_TRIES;
  if (!Number.isInteger(maxTries) || maxTries < 1) throw new UserError(`--max-tries: expected a whole number, 1 or more, got ${maxTries}`);
  const who = identityOf(options.author);
  const remote = options.remote ?? 'origin';
  const dryRun = !!options.dryRun;
  const push = options.push ?? true;
  const log = options.log ?? (() => {});
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const netTimeout = options.networkTimeoutMs ?? DEFAULT_NETWORK_TIMEOUT_MS;

  const root = realpath(await repoRootAsync(cwd));
  const dirs = folders(root, config);
  const onBranch = await currentBranch(root);
  const env = options.env ?? {};
  const fromEnv = env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME ? env.GITHUB_REF_NAME : undefined;
  const branch = options.branch ?? onBranch ?? fromEnv;
  if (branch !== undefined && !(await isValidBranchName(root, branch))) throw new UserError(`--branch "${branch}" is not a valid branch name`);
  if (options.branch && onBranch && options.branch !== onBranch) {
    throw new UserError(`--branch ${options.branch} but the checkout is on ${onBranch}; check out ${options.branch} first (pgmig assign pushes the checked-out commit)`);
  }
  const pushing = push && !dryRun;
  if (pushing && !branch) {
    throw new UserError('HEAD is detached, so pgmig assign does not know which branch to push to; pass --branch <name>, or check out the branch (git switch <name>) to commit there with --no-push');
  }
  if (!pushing && !dryRun && !onBranch) {
    // a commit on a detached HEAD is on no branch: the next checkout leaves it behind, unseen
    throw new UserError(
      `HEAD is detached, so the numbering commit would be on no branch and lost at the next checkout; check out the branch first (git switch ${branch ?? '<name>'}), or drop --no-push and pass --branch <name> to push it there`,
    );
  }

  // a dry run changes nothing, so it may look at a work tree in progress; the plan is for HEAD
  const state = await workTreeState(root, [...dirs.migrations, dirs.tests]);
  const early: string[] = [];
  if (dryRun) {
    const inFolders = [...state.changed.map((l) => l.slice(3)), ...state.untracked].filter((p) => [...dirs.migrations, dirs.tests].some((d) => under(p, d)));
    if (inFolders.length > 0) {
      early.push(`the plan is for the committed files; uncommitted changes in the migrations or tests folders are not in it (${inFolders.slice(0, 5).join(', ')})`);
    }
  } else if (state.changed.length > 0) {
    const shown = state.changed.slice(0, 5).map((l) => l.slice(3)).join(', ');
    const more = state.changed.length > 5 ? ` and ${state.changed.length - 5} more` : '';
    throw new UserError(
      `the work tree has uncommitted changes (${shown}${more}); commit or stash them first: pgmig assign commits renames and, when a push is refused, resets the branch to the remote tip`,
    );
  } else if (state.untracked.length > 0) {
    throw new UserError(
      `untracked files in the migrations or tests folders (${state.untracked.slice(0, 5).join(', ')}); commit them (pgmig assign numbers committed files only) or remove them`,
    );
  }
  if (pushing && !(await remoteExists(root, remote))) {
    throw new UserError(`there is no git remote named "${remote}"; pass --remote <name> (see git remote -v), or --no-push to commit only`);
  }

  const base: Omit<AssignResult, 'assigned' | 'pushed'> = { dryRun, branch: branch ?? 'HEAD', remote, tries: 0, placeholder: config.placeholder };
  if (pushing) await syncWithRemote(root, remote, branch!, log, netTimeout);

  let tries = 0;
  let unshallowTried = false;
  for (;;) {
    const attemptStarted = performance.now();
    const start = await headCommit(root);
    const planAt = async () => {
      const p = await computePlan(root, start, config, dirs);
      p.warnings.unshift(...early);
      return p;
    };
    let plan = await planAt();
    if (needsOrder(plan) && (await isShallowAsync(root))) {
      if (pushing && !unshallowTried) {
        unshallowTried = true;
        log(`the clone is shallow; fetching the history of ${remote} to know which file reached the branch first`);
        if (await unshallow(root, remote)) plan = await planAt();
      }
      if (await isShallowAsync(root)) {
        plan.warnings.push(
          'this clone is shallow, so the order in which the files reached the branch is partly unknown and files of equal standing were ordered by name; fetch the whole history (actions/checkout with fetch-depth: 0) for the exact order',
        );
      }
    }
    let assigned = plan.assignments.map(toResult);
    let message: string | undefined;
    let commit: string;
    let earlier: string[] | undefined;
    if (plan.assignments.length === 0) {
      // nothing new to number; a numbering commit of an earlier run may still be waiting for its push
      const unpushed = branch && (await remoteExists(root, remote)) ? await unpushedNumbering(root, remote, branch, dirs, config.placeholder) : undefined;
      const where = `${remote} ${branch}`;
      if (!unpushed || unpushed.own.length === 0) {
        if (unpushed && unpushed.ahead.length > 0 && pushing) {
          plan.warnings.push(
            `the checkout has ${plural(unpushed.ahead.length, 'commit')} that ${where} lacks (${list(unpushed.ahead)}), none of them a numbering commit of pgmig assign; ` +
              `pgmig pushes other commits only together with a numbering of its own, so push them yourself if they belong there (git push ${remote} HEAD:${branch})`,
          );
        }
        const deploy = pushing && (!unpushed || unpushed.ahead.length === 0) ? { deploy: start } : {};
        return { ...base, tries, assigned, pushed: false, warnings: plan.warnings, ...deploy };
      }
      earlier = unpushed.own.map((c) => c.sha);
      assigned = unpushed.assigned;
      message = unpushed.own.map((c) => c.subject).join('\n');
      if (!pushing) {
        plan.warnings.push(
          `${plural(unpushed.own.length, 'numbering commit')} of an earlier run ${unpushed.own.length === 1 ? 'is' : 'are'} not on ${where} (${list(unpushed.own)}); ` +
            `run pgmig assign without ${dryRun ? '--dry-run' : '--no-push'} to push ${unpushed.own.length === 1 ? 'it' : 'them'} (or git push ${remote} HEAD:${branch})`,
        );
        return { ...base, tries, assigned, pushed: false, earlier, warnings: plan.warnings };
      }
      log(`pushing ${plural(unpushed.own.length, 'numbering commit')} an earlier run made but did not push (${list(unpushed.own)})`);
      commit = start;
    } else {
      message = commitMessage(plan.assignments);
      if (dryRun) return { ...base, assigned, pushed: false, message, warnings: plan.warnings };
      commit = await applyPlan(root, plan, message, who, start);
      if (!pushing) return { ...base, assigned, commit, pushed: false, message, warnings: plan.warnings };
    }
    const done = (): AssignResult => ({ ...base, tries, assigned, commit, pushed: true, message, warnings: plan.warnings, deploy: commit, ...(earlier ? { earlier } : {}) });

    tries++;
    await options.beforePush?.(tries);
    const outcome = await pushHead(root, remote, branch!, netTimeout);
    if (outcome.ok) return done();

    // the commit is not known to be on the remote; drop it so the checkout is as it was (or the
    // next try starts from the remote state). If it did land, fetching brings it back.
    await resetHard(root, start);
    const where = `${remote} ${branch}`;
    if (outcome.kind === 'refused') throw refusal(where, outcome.message, outcome.remote);
    if (outcome.kind === 'lost') {
      // a connection lost after the server took the push looks like a failure: look before saying so
      let tip: string | undefined;
      try {
        tip = await fetchBranch(root, remote, branch!, netTimeout);
      } catch (err) {
        throw new UserError(
          `git push to ${where} failed: ${outcome.message}${said(outcome.remote)}, and pgmig could not look whether it landed (${(err as Error).message}). ` +
            `The local branch is back where it was. Once ${remote} is reachable, run pgmig assign again: it numbers only files that are still pending, so a push that did land is not repeated`,
          1,
        );
      }
      if (tip === commit) {
        await integrate(root, tip);
        log(`git push to ${where} reported a failure (${outcome.message}), but ${remote} has the commit`);
        return done();
      }
      throw new UserError(
        `git push to ${where} failed: ${outcome.message}${said(outcome.remote)}. ${where} does not have pgmig's commit, and the local branch is back where it was. ` +
          `Check that ${remote} is reachable (git remote -v) and the token may push, then run pgmig assign again: it numbers only files that are still pending, so a push that lands late is not repeated`,
        1,
      );
    }
    if (tries >= maxTries) {
      throw new UserError(
        `could not push the numbering to ${remote} ${branch}: it moved under pgmig ${tries} times in a row (${outcome.message}). ` +
          `Nothing was pushed and ${remote} ${branch} is as others left it; run pgmig assign again, or raise --max-tries`,
        1,
      );
    }
    // Full jitter over a window that doubles with each try. The window starts at the time one
    // attempt took (plan, commit, push): racers spread over a window shorter than the work each
    // does would mostly collide again, so on a slow machine or network the wait grows with it.
    const window = Math.max(backoff, performance.now() - attemptStarted) * 2 ** (tries - 1);
    const wait = Math.round(Math.random() * Math.min(MAX_BACKOFF_MS, window));
    log(`push ${tries} refused (${outcome.message}): someone else pushed to ${branch}; retrying in ${wait} ms from the new tip`);
    await sleep(wait);
    let tip: string | undefined;
    try {
      tip = await fetchBranch(root, remote, branch!, netTimeout);
    } catch (err) {
      throw new UserError(
        `${(err as Error).message}. This was after push ${tries} to ${remote} ${branch} was refused because the branch had moved; nothing of pgmig's was pushed and the local branch is back where it was. Run pgmig assign again once ${remote} is reachable`,
        1,
      );
    }
    if (tip) await integrate(root, tip);
  }
}

/** A push the server looked at and refused: a hook, branch protection or missing permission. */
function refusal(where: string, reason: string, remoteSaid: string[]): UserError {
  return new UserError(
    `git push to ${where} was refused: ${reason}${said(remoteSaid)}. Nothing was pushed and the local branch is back where it was. ` +
      'This is not a race, so pgmig does not try again: the branch is protected, or a server hook or the token does not allow this push. ' +
      'Let the identity pgmig pushes as through (add github-actions[bot], or your GitHub App, to the bypass list of the branch protection rule or ruleset), ' +
      'or give pgmig a token that may push to the branch (a fine-grained personal access token or a GitHub App installation token, passed to actions/checkout as `token:`), then run pgmig assign again',
    1,
  );
}

/** What the server printed (`remote: …` lines), quoted. */
function said(lines: string[]): string {
  return lines.length ? ` (the server said: ${lines.join(' / ')})` : '';
}

async function syncWithRemote(root: string, remote: string, branch: string, log: (line: string) => void, timeoutMs: number) {
  const tip = await fetchBranch(root, remote, branch, timeoutMs);
  if (!tip) {
    log(`${remote} has no branch ${branch} yet; it will be created by the push`);
    return;
  }
  const how = await integrate(root, tip);
  if (how !== 'up-to-date') log(`brought ${branch} up to date with ${remote} (${how})`);
}

function identityOf(author: AssignOptions['author']): GitIdentity {
  if (author === undefined) return ACTIONS_BOT;
  if (typeof author !== 'string') return author;
  const who = parseIdentity(author);
  if (!who) throw new UserError(`--author "${author}": expected "Name <email>", e.g. "github-actions[bot] <${ACTIONS_BOT.email}>"`);
  return who;
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

interface Folders {
  migrations: string[];
  tests: string;
}

/** The configured folders, relative to the repository root (git's paths). */
function folders(root: string, config: Config): Folders {
  const rel = (d: string, what: string) => {
    const abs = resolve(config.root, d);
    const real = existsSync(abs) ? realpath(abs) : abs;
    const r = relative(root, real);
    if (r.startsWith('..') || isAbsolute(r)) throw new UserError(`${what} folder ${d} is outside the git repository at ${root}`);
    return r === '' ? '.' : r.split(sep).join('/');
  };
  const migrations = config.migrations.map((d) => rel(d, 'migrations'));
  if (!migrations.some((d) => existsSync(join(root, d)))) {
    throw new UserError(`migrations folder ${config.migrations.join(', ')} does not exist; set "migrations" in .pgmig.yml or pass --config`);
  }
  return { migrations, tests: rel(config.tests, 'tests') };
}

function under(path: string, dir: string): boolean {
  return dir === '.' || path.startsWith(`${dir}/`);
}

async function computePlan(root: string, commit: string, config: Config, dirs: Folders): Promise<AssignPlan> {
  const paths = [...dirs.migrations, dirs.tests];
  const [files, arrived] = await Promise.all([listTree(root, commit, paths), arrivals(root, paths)]);
  // a link committed as a migration would have its target read and rewritten through it
  for (const f of files) confine(root, join(root, f), f);
  let latest = 0;
  for (const a of arrived.values()) latest = Math.max(latest, a.order + 1);
  const fileOf = (path: string): PlanFile => {
    const a = arrived.get(path);
    return a ? { path, arrival: a.order, commit: a.commit } : { path, arrival: latest };
  };
  return planAssignments({
    placeholder: config.placeholder,
    ranges: config.versionRanges,
    migrations: files.filter((f) => dirs.migrations.some((d) => under(f, d))).map(fileOf),
    migrationDirs: dirs.migrations,
    tests: files.filter((f) => under(f, dirs.tests)).map(fileOf),
    read: (p) => {
      confine(root, join(root, p), p);
      return readFileSync(join(root, p), 'utf8');
    },
  });
}

/** Only several pending files, or a collision, depend on the order they arrived in. */
function needsOrder(plan: AssignPlan): boolean {
  return plan.assignments.length > 1 || plan.assignments.some((a) => a.reason === 'collision');
}

async function applyPlan(root: string, plan: AssignPlan, message: string, who: GitIdentity, start: string): Promise<string> {
  try {
    const edited: string[] = [];
    for (const a of plan.assignments) {
      for (const mv of a.moves) await moveFile(root, mv.from, mv.to);
      for (const [path, text] of Object.entries(a.edits)) {
        confine(root, join(root, path), path);
        writeFileSync(join(root, path), text);
        edited.push(path);
      }
    }
    await stage(root, edited);
    return await commitAs(root, message, who);
  } catch (err) {
    // the work tree was clean before: put it back so nothing half-renamed is left behind
    await resetHard(root, start).catch(() => {});
    throw err;
  }
}

function toResult(a: PlannedAssignment): AssignedMigration {
  return {
    from: a.from,
    to: a.to,
    version: a.version,
    description: a.description,
    ...(a.previousVersion !== undefined ? { previousVersion: a.previousVersion, keptBy: a.keptBy } : {}),
    ...(a.arrivedIn ? { arrivedIn: a.arrivedIn } : {}),
    files: a.moves.map((m) => ({ from: m.from, to: m.to })),
  };
}

/** `migrations: assign V227 to user_lead_protection`; several files share one subject line. */
export function commitMessage(assignments: PlannedAssignment[]): string {
  const part = (a: PlannedAssignment) => `V${a.version} to ${a.description}${a.previousVersion !== undefined ? ` (was V${a.previousVersion})` : ''}`;
  let subject = `migrations: assign ${assignments.map(part).join(', ')}`;
  if (subject.length > 72 && assignments.length > 1) {
    const versions = assignments.map((a) => BigInt(a.version));
    const consecutive = versions.every((v, i) => i === 0 || v === versions[i - 1]! + 1n);
    subject = consecutive
      ? `migrations: assign V${versions[0]}-V${versions[versions.length - 1]} to ${assignments.length} pending migrations`
      : `migrations: assign versions to ${assignments.length} pending migrations`;
  }
  const body = assignments.flatMap((a) => [
    ...(a.previousVersion !== undefined ? [`V${a.previousVersion} was already taken by ${a.keptBy}, which reached the branch first:`] : []),
    ...a.moves.map((m) => `${m.from} -> ${m.to}`),
  ]);
  return `${subject}\n\n${body.join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function list(commits: LocalCommit[]): string {
  const shown = commits.slice(0, 3).map((c) => `${c.sha.slice(0, 12)} "${c.subject}"`);
  return `${shown.join(', ')}${commits.length > 3 ? ` and ${commits.length - 3} more` : ''}`;
}

/** The subject every numbering commit starts with (see {@link commitMessage}). */
const SUBJECT = 'migrations: assign ';

interface Unpushed {
  /** Every commit of HEAD the remote branch lacks, oldest first. */
  ahead: LocalCommit[];
  /** Those that are numbering commits of pgmig assign. */
  own: LocalCommit[];
  /** What the numbering commits renamed. */
  assigned: AssignedMigration[];
}

/**
 * Commits the remote branch lacks, and which of them pgmig assign made: its subject, and
 * nothing but renames and edits inside the migrations and tests folders.
 */
async function unpushedNumbering(root: string, remote: string, branch: string, dirs: Folders, placeholder: string): Promise<Unpushed> {
  const ahead = await commitsAhead(root, remote, branch);
  const own: LocalCommit[] = [];
  const assigned: AssignedMigration[] = [];
  const folders = [...dirs.migrations, dirs.tests];
  const inside = (p: string) => folders.some((d) => under(p, d));
  let arrived: Awaited<ReturnType<typeof arrivals>> | undefined;
  for (const c of ahead) {
    if (!c.subject.startsWith(SUBJECT)) continue;
    const changes = await commitChanges(root, c.sha);
    const mechanical = changes.length > 0 && changes.every((ch) => (ch.status === 'R' || ch.status === 'M') && inside(ch.path) && (!ch.from || inside(ch.from)));
    if (!mechanical) continue;
    own.push(c);
    arrived ??= await arrivals(root, folders);
    assigned.push(...numberedIn(changes, dirs, placeholder, arrived));
  }
  return { ahead, own, assigned };
}

/** The migrations a numbering commit renamed, each with its undo and test files. */
function numberedIn(changes: Awaited<ReturnType<typeof commitChanges>>, dirs: Folders, placeholder: string, arrived: Awaited<ReturnType<typeof arrivals>>): AssignedMigration[] {
  const renames = changes.filter((c): c is typeof c & { from: string } => c.status === 'R' && !!c.from);
  const out: AssignedMigration[] = [];
  for (const r of renames) {
    if (!dirs.migrations.some((d) => under(r.path, d))) continue;
    const to = parseMigrationName(r.path, placeholder);
    const from = parseMigrationName(r.from, placeholder);
    if (isNameProblem(to) || isNameProblem(from) || to.kind !== 'versioned' || (from.kind !== 'pending' && from.kind !== 'versioned')) continue;
    const token = new RegExp(`(?<![A-Za-z0-9])[VU]${to.version.replace(/\./g, '\\.')}(?![A-Za-z0-9]|[._]\\d)`);
    const others = renames.filter((o) => {
      if (o === r) return false;
      const name = parseMigrationName(o.path, placeholder);
      if (!isNameProblem(name) && name.kind === 'undo') return name.version === to.version;
      return under(o.path, dirs.tests) && token.test(o.path.split('/').pop()!) && o.path.includes(to.description);
    });
    const a = arrived.get(r.from);
    out.push({
      from: r.from,
      to: r.path,
      version: to.version,
      description: to.description,
      ...(from.kind === 'versioned' ? { previousVersion: from.version } : {}),
      ...(a ? { arrivedIn: a.commit } : {}),
      files: [{ from: r.from, to: r.path }, ...others.map((o) => ({ from: o.from, to: o.path }))],
    });
  }
  return out;
}
