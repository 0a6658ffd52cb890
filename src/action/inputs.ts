import * as core from '@actions/core';
import { parseDatabaseUrl } from '../db/connect.js';
import { UserError } from '../errors.js';
import { addSecret, onSecret } from '../secrets.js';
import { parseShard, type Shard } from '../tests/shard.js';

export const COMMANDS = ['auto', 'lint', 'test', 'assign', 'rollback', 'authorize', 'merge-reports', 'gate'] as const;
export type Command = (typeof COMMANDS)[number];
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
// /migrate rollback changes a database: never for people who cannot push
export const PERMISSIONS = ['write', 'maintain', 'admin'] as const;

export interface ActionInputs {
  command: Command;
  migrations?: string[];
  tests?: string;
  config?: string;
  databaseUrl?: string;
  token?: string;
  comment: boolean;
  annotations: boolean;
  sarifFile?: string;
  failOn: FailOn;
  permission: (typeof PERMISSIONS)[number];
  allowForks: boolean;
  placeholder?: string;
  /** The GitHub environment the job runs in; /migrate plan|rollback checks its reviewers. */
  environment?: string;
  /** Refuse /migrate plan|rollback when `environment` has no required reviewers (default true). */
  requireReviewers?: boolean;
  /** The artifact name the workflow uploads the JSON report under, for the summary to point at. */
  reportArtifact?: string;
  /** A `pgmig stats` file (relative to the workspace) for lint and test; overrides the config's `stats`. */
  statsFile?: string;
  /** Globs of the running release's queries files (relative to the workspace) for pgmig test. */
  queries?: string[];
  /** command test: only this shard of the pgTAP files (pgmig test --shard i/n). */
  shard?: Shard;
  /** command test: also write the test results as JUnit XML here (relative to the workspace). */
  junitFile?: string;
  /** command test: the base-schema snapshot folder (relative to the workspace; pgmig test --snapshot-cache). */
  snapshotCache?: string;
  /** command merge-reports: the folder holding the shards' JSON reports (searched recursively). */
  reports?: string;
  /** command gate: the moment to judge instead of now (planning, tests). */
  at?: Date;
}

// Outside a runner (or in a test) an input may be missing: action.yml's defaults only apply there.
const input = (name: string) => core.getInput(name) || undefined;

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = input(name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UserError(`input ${name}: "${v}" is not one of ${allowed.join(', ')}`);
  }
  return v as T;
}

function flag(name: string, fallback: boolean): boolean {
  const v = input(name);
  if (v === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new UserError(`input ${name}: "${v}" is not true or false`);
}

/**
 * The runner hides registered secrets wherever they appear in the log. Only the password is one:
 * masking the whole URL would also hide the host in "cannot connect to …" messages. Parsing the
 * URL registers its password (connect.ts does, for every target it makes), and so does every
 * password pgmig learns later (PGPASSWORD, ~/.pgpass): onSecret hands each to the runner too.
 */
function maskPassword(url: string): void {
  try {
    parseDatabaseUrl(url, '--database-url');
  } catch {
    // unreadable: the error will say so, without quoting a password; what the runner can still
    // find of a password it hides (all of a key=value string it cannot read)
    let password = '';
    try {
      password = decodeURIComponent(new URL(url).password);
    } catch {
      core.setSecret(url);
      return;
    }
    if (password) core.setSecret(password);
  }
}

function shardInput(): Shard | undefined {
  const v = input('shard');
  if (!v) return undefined;
  try {
    return parseShard(v);
  } catch {
    throw new UserError(`input shard: "${v}" should be i/n with 1 ≤ i ≤ n, e.g. 2/4 (empty: every pgTAP file)`);
  }
}

/** The inputs of action.yml, checked; a bad value names the input and what it accepts. */
export function readInputs(): ActionInputs {
  const queries = input('queries')
    ?.split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const migrations = input('migrations')
    ?.split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  onSecret((secret) => core.setSecret(secret));
  const token = input('github-token');
  // once: addSecret hands it to the runner through the onSecret sink above
  if (token) addSecret(token);
  const databaseUrl = input('database-url');
  if (databaseUrl) maskPassword(databaseUrl);
  const placeholder = input('placeholder');
  if (placeholder && !/^V[A-Za-z]+$/.test(placeholder)) {
    throw new UserError(`input placeholder: "${placeholder}" should be V followed by letters, e.g. VXXX`);
  }
  const atText = input('at');
  let at: Date | undefined;
  if (atText) {
    // as pgmig gate --at: a time without a zone would be the runner's, so it must say its zone
    at = new Date(atText);
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(atText) || Number.isNaN(at.getTime())) {
      throw new UserError(`input at: "${atText}" is not an ISO time with its zone, such as 2026-10-01T09:00:00+02:00, or a day such as 2026-10-01`);
    }
  }
  return {
    at,
    command: oneOf('command', COMMANDS, 'auto'),
    migrations: migrations?.length ? migrations : undefined,
    tests: input('tests'),
    config: input('config'),
    databaseUrl,
    token,
    comment: flag('comment', true),
    annotations: flag('annotations', true),
    sarifFile: input('sarif-file'),
    failOn: oneOf('fail-on', FAIL_ON, 'error'),
    permission: oneOf('permission', PERMISSIONS, 'write'),
    allowForks: flag('allow-forks', false),
    placeholder,
    environment: input('environment'),
    requireReviewers: flag('require-reviewers', true),
    reportArtifact: input('report-artifact'),
    statsFile: input('stats-file'),
    queries: queries?.length ? queries : undefined,
    shard: shardInput(),
    junitFile: input('junit-file'),
    snapshotCache: input('snapshot-cache'),
    reports: input('reports'),
  };
}
