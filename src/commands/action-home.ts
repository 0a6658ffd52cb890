import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';

/**
 * The GitHub repository the caller workflow takes pgmig's reusable workflow and action from,
 * at a ref. It is one setting (`pgmig init --action-repo`, else package.json's `repository`):
 * a name written into users' workflows runs with their write token and their secrets, so pgmig
 * never guesses one. Until pgmig has a published home there is no default, and the workflow
 * gets {@link UNPUBLISHED_REPOSITORY}, which no GitHub account can own, so it fails to resolve
 * instead of running somebody else's code.
 */
export interface ActionHome {
  /** owner/name */
  repository: string;
  /** A tag, branch or commit of it. */
  ref: string;
  /** Where it came from: the flag, package.json, or nothing (the placeholder). */
  source: 'flag' | 'package.json' | 'none';
}

export const RELEASE = `v${VERSION}`;
/** `<` and `>` are in no GitHub owner or repository name: a `uses:` with this never resolves. */
export const UNPUBLISHED_REPOSITORY = '<owner>/<name>';

// GitHub owners: letters, digits, single hyphens (39 at most); repositories: letters, digits, . _ -
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
// a tag, branch or commit as git allows them in a ref, without what a workflow's `uses:` cannot hold
const REF = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/+-]{1,200}$/;

/** `owner/name` or `owner/name@ref` (default ref: this release's tag). */
export function parseActionRepo(value: string, what = '--action-repo'): Omit<ActionHome, 'source'> {
  const v = value.trim();
  const at = v.indexOf('@');
  const repository = at < 0 ? v : v.slice(0, at);
  const ref = at < 0 ? RELEASE : v.slice(at + 1);
  const [owner, name, ...more] = repository.split('/');
  if (!owner || !name || more.length || !OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') {
    throw new UserError(`${what} ${JSON.stringify(value)}: expected owner/name[@ref], the GitHub repository that holds pgmig (its action.yml and dist/), e.g. my-org/pgmig@${RELEASE}`);
  }
  if (!REF.test(ref)) throw new UserError(`${what} ${JSON.stringify(value)}: "${ref}" is not a tag, branch or commit name`);
  return { repository: `${owner}/${name}`, ref };
}

/**
 * package.json's `repository` when it names a GitHub repository: `github:owner/name`,
 * `owner/name`, or a github.com URL, as npm accepts them.
 */
export function repositoryOfPackage(pkg: { repository?: unknown }): string | undefined {
  const r = pkg.repository;
  const text = typeof r === 'string' ? r : r && typeof r === 'object' && typeof (r as { url?: unknown }).url === 'string' ? (r as { url: string }).url : undefined;
  if (!text) return undefined;
  const m =
    /^(?:github:)?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)$/.exec(text) ??
    /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(text) ??
    /^git@github\.com:([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?$/.exec(text);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** pgmig's own package.json: found by walking up from this module (src/commands, dist/cli, node_modules/pgmig/…). */
function ownPackage(): { repository?: unknown } | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; repository?: unknown };
        if (pkg.name === 'pgmig') return pkg;
      } catch {
        // not ours, or unreadable: keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The home the caller workflow names: the flag, else package.json's repository, else the placeholder. */
export function resolveActionHome(flag: string | undefined, pkg = ownPackage()): ActionHome {
  if (flag !== undefined) return { ...parseActionRepo(flag), source: 'flag' };
  const fromPackage = pkg ? repositoryOfPackage(pkg) : undefined;
  if (fromPackage) return { ...parseActionRepo(fromPackage, 'package.json repository'), source: 'package.json' };
  return { repository: UNPUBLISHED_REPOSITORY, ref: RELEASE, source: 'none' };
}
