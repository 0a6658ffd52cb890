import type { RollbackTarget } from '../commands/rollback.js';

/**
 * The `/migrate` comment grammar. A comment is text anyone can write, so it is only ever
 * matched against a fixed set of words and a version pattern: what comes out is a small
 * value object, and no part of the comment's text is kept to be put into SQL, a shell or a
 * path later. A version is only compared with the versions of files in the checkout.
 */

export type MigrateCommand =
  | { kind: 'help' }
  | { kind: 'plan' }
  | { kind: 'rollback'; target: RollbackTarget; dryRun: boolean }
  /** Addressed to pgmig but not understood: answered with the help text and `reason`. */
  | { kind: 'invalid'; reason: string };

/** A command line longer than this is not one of the commands (the longest is well under it). */
export const MAX_COMMAND_LENGTH = 120;
/** Digits, dotted parts allowed, as Flyway versions are written; bounded so it stays a version. */
const VERSION = /^[0-9]{1,18}(?:\.[0-9]{1,18}){0,7}$/;

export const HELP = [
  '`/migrate help` — this text',
  '`/migrate plan` — what a rollback of this pull request would run, in order, and what would block it',
  "`/migrate rollback` — run the undo files of this pull request's migrations, newest first, in one transaction",
  '`/migrate rollback <version>` — only that migration of this pull request (e.g. `/migrate rollback 12` or `1.2`)',
  "`/migrate rollback last` — only the newest of this pull request's migrations that is applied",
  '`--dry-run` after `rollback` — run it all, then roll the transaction back: nothing changes',
].join('\n');

/**
 * The command in a comment, or undefined when the comment does not start with `/migrate` (then
 * pgmig stays silent). A comment that starts with it must hold the command alone, on one line.
 */
export function parseMigrateCommand(body: string | null | undefined): MigrateCommand | undefined {
  if (typeof body !== 'string') return undefined;
  const text = body.replace(/^\uFEFF/, '').replace(/^\s+/, '');
  // `/migrated`, `/migrate-foo`: somebody else's command, or prose
  if (!/^\/migrate(?=\s|$)/.test(text)) return undefined;
  const trimmed = text.trimEnd();
  const eol = trimmed.search(/[\r\n]/);
  if (eol >= 0) return { kind: 'invalid', reason: 'a /migrate comment holds the command alone, on one line; put any explanation in another comment' };
  if (trimmed.length > MAX_COMMAND_LENGTH) return { kind: 'invalid', reason: `the command is longer than ${MAX_COMMAND_LENGTH} characters` };
  const words = trimmed.split(/\s+/).slice(1);
  const [sub, ...args] = words;
  if (sub === undefined) return { kind: 'help' };
  if (sub === 'help' || sub === 'plan') {
    if (args.length) return { kind: 'invalid', reason: `"/migrate ${sub}" takes no arguments` };
    return { kind: sub };
  }
  if (sub !== 'rollback') return { kind: 'invalid', reason: 'unknown subcommand: the subcommands are help, plan and rollback' };
  let target: RollbackTarget | undefined;
  let dryRun = false;
  for (const a of args) {
    if (a === '--dry-run') {
      if (dryRun) return { kind: 'invalid', reason: '--dry-run is given twice' };
      dryRun = true;
    } else if (a === 'last' || VERSION.test(a)) {
      if (target) return { kind: 'invalid', reason: '"/migrate rollback" takes at most one version (or "last")' };
      target = a === 'last' ? { kind: 'last' } : { kind: 'version', version: a };
    } else {
      return { kind: 'invalid', reason: '"/migrate rollback" takes a version (digits, dotted parts allowed), "last" and "--dry-run", nothing else' };
    }
  }
  return { kind: 'rollback', target: target ?? { kind: 'all' }, dryRun };
}

/** The command as pgmig understood it, for replies and the audit (built from the parsed value, never from the comment). */
export function describeCommand(c: MigrateCommand): string {
  switch (c.kind) {
    case 'help':
    case 'plan':
      return `/migrate ${c.kind}`;
    case 'rollback': {
      const t = c.target.kind === 'all' ? '' : c.target.kind === 'last' ? ' last' : ` ${c.target.version}`;
      return `/migrate rollback${t}${c.dryRun ? ' --dry-run' : ''}`;
    }
    case 'invalid':
      return '/migrate (not understood)';
  }
}
