import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { project } from './project.js';

/** Runs git in `cwd` with the machine's own git config kept out of the way. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
  });
}

export interface Repo {
  dir: string;
  git(...args: string[]): string;
  /** Writes files (paths relative to the repository), creating folders as needed. */
  write(files: Record<string, string>): Repo;
  remove(...paths: string[]): Repo;
  /** `git mv`, creating the target folder first. */
  move(from: string, to: string): Repo;
  /** Stages everything (additions, edits, deletions) and commits it. */
  commit(message: string): Repo;
}

export function openRepo(dir: string): Repo {
  const repo: Repo = {
    dir,
    git: (...args) => git(dir, ...args),
    write(files) {
      for (const [path, content] of Object.entries(files)) {
        const abs = join(dir, path);
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
      return repo;
    },
    remove(...paths) {
      for (const p of paths) rmSync(join(dir, p));
      return repo;
    },
    move(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      git(dir, 'mv', from, to);
      return repo;
    },
    commit(message) {
      git(dir, 'add', '--all');
      git(dir, 'commit', '--quiet', '--no-verify', '-m', message);
      return repo;
    },
  };
  return repo;
}

/**
 * A git repository in a temporary folder (removed after the test file) whose branch `main`
 * holds `files` in one commit.
 */
export function gitRepo(files: Record<string, string>): Repo {
  const dir = project({});
  git(dir, 'init', '--quiet', '-b', 'main');
  git(dir, 'config', 'user.name', 'pgmig test');
  git(dir, 'config', 'user.email', 'test@pgmig.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return openRepo(dir).write(files).commit('base migrations');
}

/** `git clone` of `from` into a new temporary folder; `args` go before the two paths. */
export function cloneRepo(from: string, ...args: string[]): Repo {
  const dir = project({});
  git(dir, 'clone', '--quiet', ...args, from, dir);
  git(dir, 'config', 'user.name', 'pgmig test');
  git(dir, 'config', 'user.email', 'test@pgmig.invalid');
  return openRepo(dir);
}

export interface Origin {
  /** The bare repository, usable as a clone URL. */
  dir: string;
  /** A new clone (a runner, or a developer) with its own identity configured. */
  clone(): Repo;
  /** `git` run in the bare repository. */
  git(...args: string[]): string;
  /** Paths of the files on `branch` (default main) under `under`. */
  files(under?: string, branch?: string): string[];
  /** The commit `branch` (default main) points at. */
  tip(branch?: string): string;
}

/** A bare repository (an "origin") whose branch `main` holds `files` in one commit. */
export function bareOrigin(files: Record<string, string>): Origin {
  const seed = gitRepo(files);
  const dir = project({});
  git(dir, 'clone', '--quiet', '--bare', seed.dir, dir);
  const origin: Origin = {
    dir,
    clone: () => cloneRepo(dir),
    git: (...args) => git(dir, ...args),
    files: (under = '.', branch = 'main') =>
      git(dir, 'ls-tree', '-r', '--name-only', branch, '--', under).split('\n').filter(Boolean),
    tip: (branch = 'main') => git(dir, 'rev-parse', branch).trim(),
  };
  return origin;
}

/**
 * Installs a server-side hook (pre-receive, update, post-receive) in a bare repository, or
 * removes it when `script` is undefined. The script runs with /bin/sh in the repository.
 */
export function setHook(bareDir: string, name: string, script: string | undefined): void {
  const path = join(bareDir, 'hooks', name);
  if (script === undefined) return rmSync(path, { force: true });
  writeFileSync(path, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

/**
 * Shell lines for a hook that moves `main` itself, as if someone else's push landed first: the
 * receiving push then fails its ref update ("cannot lock ref … but expected …"), the way a
 * server reports a race. Ref updates are refused inside the push's quarantine, and objects
 * written there vanish with it, so the lines step out of it.
 */
export const OUTSIDE_QUARANTINE = 'env -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES';
