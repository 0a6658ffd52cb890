import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';

/** The rule's page in this repository, generated into docs/rules/ from the rule's own docs. */
export function docsPath(rule: string): string {
  return `docs/rules/${rule}.md`;
}

/**
 * Where a reader of a finding can open the rule's page, wherever pgmig runs:
 * - in GitHub Actions, the repository and ref the workflow took the action from
 *   (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF);
 * - else pgmig's own repository from its package.json `repository`, at this release's tag;
 * - else the page shipped in the installed package (a file: URL);
 * - else nothing (`pgmig explain <rule>` says the same everywhere).
 * pgmig's repository is never guessed: a made-up address could be someone else's.
 */
export function docsUrl(rule: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return pageUrl(docsPath(rule), env);
}

/** Any page of pgmig's docs/ (`docs/lint.md`), found the same way as a rule's page. */
export function pageUrl(page: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (repo && ref && GITHUB_REPO.test(repo)) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repo}/blob/${encodeURIComponent(ref).replace(/%2F/g, '/')}/${page}`;
  }
  const pkg = ownPackage();
  if (pkg?.repository) return `https://github.com/${pkg.repository}/blob/v${VERSION}/${page}`;
  if (pkg && existsSync(join(pkg.root, page))) return pathToFileURL(join(pkg.root, page)).href;
  return undefined;
}

const GITHUB_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;

let cached: { root: string; repository?: string } | null | undefined;

/** pgmig's own package.json, found from this module (src/report in a checkout, dist/ in a bundle). */
function ownPackage(): { root: string; repository?: string } | undefined {
  if (cached !== undefined) return cached ?? undefined;
  cached = null;
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    try {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; repository?: unknown };
      if (json.name !== 'pgmig') continue;
      cached = { root: dir, ...githubRepository(json.repository) };
      return cached;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** `github:owner/name`, `owner/name` or a github.com URL, as npm reads `repository`. */
function githubRepository(value: unknown): { repository?: string } {
  const raw = typeof value === 'string' ? value : typeof value === 'object' && value && typeof (value as { url?: unknown }).url === 'string' ? (value as { url: string }).url : '';
  const m = /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:)?([^/\s:]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(raw.trim());
  return m && GITHUB_REPO.test(m[1]!) ? { repository: m[1]! } : {};
}
