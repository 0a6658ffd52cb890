import * as core from '@actions/core';
import { resolve } from 'node:path';
import { runRollback, type RollbackResult, type ScopeFile } from '../commands/rollback.js';
import { resolveTarget } from '../db/connect.js';
import { UserError } from '../errors.js';
import { copyFromCommit, type CommitSource } from '../commands/rollback-source.js';
import { ensureCommit, hasCommitObject, renamesAfter } from '../git/commit-tree.js';
import { workTreeRoot } from '../git/history.js';
import { addReaction, collaboratorRole, getPullRequest, issueCommentOf, postComment, roleRank, type IssueCommentEvent, type PullRequestState, type Reaction, type Role } from '../github/chatops.js';
import { createClient, describeApiError, type GitHubClient } from '../github/client.js';
import { defaultBranchOf, type EventContext } from '../github/event.js';
import { listPullRequestFiles, type RepoRef } from '../github/pulls.js';
import { codeSpan, escapeText } from '../report/markdown.js';
import { formatRollbackMarkdown, formatRollbackText, replyHeader, rollbackVerdict, type ReplyContext } from '../report/rollback.js';
import { redact } from '../secrets.js';
import { describeCommand, HELP, parseMigrateCommand, type MigrateCommand } from './chatops-command.js';
import type { ActionInputs } from './inputs.js';
import { actionTempDir, setOutputs, VERSION, writeJsonReport, writeSummary } from './outputs.js';

/** One line of the audit: every /migrate command pgmig saw, whether it ran it or not. */
export interface AuditEntry {
  at: string;
  user: string;
  role?: Role;
  pullRequest: number;
  comment?: string;
  command: string;
  decision: 'accepted' | 'refused';
  reason?: string;
  commit?: string;
  result?: string;
}

const short = (sha: string) => sha.slice(0, 7);
// GitHub logins: letters, digits and single hyphens, at most 39 characters; apps end in [bot]
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;

/**
 * `/migrate …` in a pull-request comment. The comment, the commenter and the pull request are
 * checked (in that order, each before anything that costs more or touches more) and only a
 * command that passes them all reaches the database. Every command gets one reply; the
 * accepted ones also a 👀 reaction at once and 🚀 or 😕 when done.
 */
export async function runChatOps(event: EventContext, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const comment = issueCommentOf(event.payload);
  if (!comment) throw new UserError('an issue_comment event without a comment in its payload (GITHUB_EVENT_PATH); is this step running on the runner?');
  const command = parseMigrateCommand(comment.body);
  if (!command) {
    core.info('pgmig: the comment is not a /migrate command; nothing to do');
    setOutputs({ errors: 0, warnings: 0, assigned: [] });
    return;
  }
  const session = new Session(event, inputs, env, comment, command);
  await session.run();
}

class Session {
  private readonly audit: AuditEntry;
  private gh?: GitHubClient;
  private readonly repo?: RepoRef;
  private replied = false;

  constructor(
    private readonly event: EventContext,
    private readonly inputs: ActionInputs,
    private readonly env: NodeJS.ProcessEnv,
    private readonly comment: IssueCommentEvent,
    private readonly command: MigrateCommand,
  ) {
    this.repo = event.repo;
    this.audit = {
      at: new Date().toISOString(),
      user: comment.user.login,
      pullRequest: comment.issueNumber,
      ...(comment.url ? { comment: comment.url } : {}),
      command: describeCommand(command),
      decision: 'refused',
    };
    if (inputs.token && this.repo) this.gh = createClient(inputs.token, { log: (m) => core.info(m), userAgent: `pgmig/${VERSION}` });
  }

  private ctx(source?: string): ReplyContext {
    return { login: this.comment.user.login, command: this.audit.command, pullNumber: this.comment.issueNumber, source, runUrl: this.event.runUrl };
  }

  async run(): Promise<void> {
    const c = this.comment;
    core.info(`pgmig ${VERSION}: ${this.audit.command} from @${c.user.login} on #${c.issueNumber}${c.url ? ` (${c.url})` : ''}`);
    if (!this.gh || !this.repo) {
      await this.refuse('there is no github-token (or GITHUB_REPOSITORY), so pgmig cannot check who asked, nor answer', false);
      throw new UserError('/migrate commands need the github-token input (the default, ${{ github.token }}, will do) with `permissions: pull-requests: write`');
    }
    if (c.action !== 'created') {
      // an edit could turn an old, answered comment into a new command nobody sees posted
      return this.refuse(`the comment was ${c.action || 'changed'}: only a newly posted comment runs a command; post the command as a new comment`, c.action === 'edited');
    }
    if (!c.onPullRequest) return this.refuse(`#${c.issueNumber} is an issue, not a pull request: /migrate commands work on pull requests`);
    if (!LOGIN.test(c.user.login)) return this.refuse('the commenter has no GitHub login pgmig can check', false);
    if (c.user.type === 'Bot' || c.user.login.endsWith('[bot]')) return this.refuse(`@${c.user.login} is a bot: bots may not run /migrate commands`);

    let role: Role;
    try {
      role = await collaboratorRole(this.gh, this.repo, c.user.login);
    } catch (err) {
      return this.refuse(`could not check @${c.user.login}'s permission on the repository: ${describeApiError(err)}`);
    }
    this.audit.role = role;
    if (roleRank(role) < roleRank(this.inputs.permission)) {
      return this.refuse(`@${c.user.login} has ${role === 'none' ? 'no' : role} permission on the repository; /migrate commands need ${this.inputs.permission} or more`);
    }

    if (this.command.kind === 'help' || this.command.kind === 'invalid') return this.help();

    let pr: PullRequestState;
    try {
      pr = await getPullRequest(this.gh, this.repo, c.issueNumber);
    } catch (err) {
      return this.refuse(`could not read pull request #${c.issueNumber}: ${describeApiError(err)}`);
    }
    if (pr.fromFork && !this.inputs.allowForks) {
      return this.refuse(
        `pull request #${pr.number} comes from a fork${pr.headRepo ? ` (${pr.headRepo})` : ''}: /migrate commands are not accepted there unless the workflow sets allow-forks: true`,
      );
    }
    const source = this.trustedSource();
    if ('refusal' in source) return this.refuse(source.refusal);
    this.audit.commit = source.commit;
    await this.accepted(pr, source);
  }

  /**
   * The commit whose undo files and config a rollback reads: the default branch's tip, which
   * issue_comment runs on (GITHUB_SHA), read with git whatever the workspace has checked out. A
   * pull request's head is never read: its SQL is not reviewed and merged until it is merged.
   */
  private trustedSource(): { commit: string; label: string; root: string } | { refusal: string } {
    const workspace = resolve(this.event.workspace);
    const root = workTreeRoot(workspace);
    const main = defaultBranchOf(this.event.payload);
    if (!root) return { refusal: `the workspace ${workspace} is not a git checkout: pgmig reads the default branch's undo files with git, from a checkout of the repository (actions/checkout)` };
    const sha = this.event.sha;
    if (!sha) return { refusal: "GITHUB_SHA is not set: under issue_comment it is the default branch's tip, the only commit whose undo files pgmig runs" };
    if (main && this.event.ref && this.event.ref !== `refs/heads/${main}`) {
      return { refusal: `this run is for ${this.event.ref}, not the default branch ${main}: pgmig runs only the default branch's undo files (issue_comment runs on it)` };
    }
    try {
      ensureCommit(root, sha);
    } catch (err) {
      return { refusal: (err as Error).message };
    }
    return { commit: sha, label: `${codeSpan(short(sha))} (default branch ${codeSpan(main ?? 'of the repository')})`, root };
  }

  private async accepted(pr: PullRequestState, trusted: { commit: string; label: string; root: string }): Promise<void> {
    this.audit.decision = 'accepted';
    await this.react('eyes');
    const cmd = this.command as Extract<MigrateCommand, { kind: 'plan' | 'rollback' }>;
    const ctx = this.ctx(trusted.label);
    let result: RollbackResult;
    let source: CommitSource | undefined;
    try {
      const workspace = resolve(this.event.workspace);
      if (!resolveTarget(this.inputs.databaseUrl, this.env)) {
        throw new UserError('the database-url input is empty (and there is no DATABASE_URL): pgmig has no database to read or roll back; pass the database URL secret as database-url');
      }
      // the config and the undo files as the default branch holds them; the workspace's copy
      // may be a pull request's head, whose .pgmig.yml could loosen lock_timeout or move folders
      source = copyFromCommit({ repoRoot: trusted.root, workspace, commit: trusted.commit, config: this.inputs.config, migrations: this.inputs.migrations, tempDir: actionTempDir(this.env) });
      const listed = await listPullRequestFiles(this.gh!, this.repo!, this.comment.issueNumber).catch((err: unknown) => {
        throw new UserError(`could not list pull request #${this.comment.issueNumber}'s files: ${describeApiError(err)}`);
      });
      const root = source.root;
      const kept = listed.filter((f) => f.status !== 'removed');
      const files: ScopeFile[] = kept.map((f) => ({ path: f.filename, abs: resolve(root, f.filename) }));
      // after the merge the default branch holds what was reviewed; before it, the pull request's undo files are its own
      const changedUndos = pr.merged ? [] : files.filter((f) => /(^|\/)U[^/]*\.sql$/.test(f.path));
      const main = defaultBranchOf(this.event.payload) ?? 'default branch';
      // how assign numbered this pull request's pending files: its rename commit after the merge
      const renamed = new Map<string, string>();
      if (pr.merged && pr.mergeCommit && hasCommitObject(trusted.root, pr.mergeCommit)) {
        const pending = kept.map((f) => f.filename);
        for (const [from, to] of renamesAfter(trusted.root, pr.mergeCommit, trusted.commit, pending.length ? [...new Set(pending.map((p) => p.slice(0, p.lastIndexOf('/') + 1) || '.'))] : [])) {
          renamed.set(resolve(root, from), resolve(root, to));
        }
      }
      core.startGroup(`pgmig ${this.audit.command}`);
      try {
        result = await runRollback({
          cwd: source.cwd,
          env: this.env,
          databaseUrl: this.inputs.databaseUrl,
          config: source.configFile,
          migrations: this.inputs.migrations,
          placeholder: this.inputs.placeholder,
          target: cmd.kind === 'rollback' ? cmd.target : { kind: 'all' },
          dryRun: cmd.kind === 'rollback' && cmd.dryRun,
          planOnly: cmd.kind === 'plan',
          scope: { label: `pull request #${this.comment.issueNumber}`, files, merged: pr.merged, changedUndos, renamed },
          source: { commit: trusted.commit, label: `${main} at ${short(trusted.commit)}` },
          log: (line) => core.info(line),
        });
        for (const l of source.links) result.notes.push(`${l} is a symbolic link on the default branch: pgmig does not follow links, so it was not read`);
        process.stdout.write(formatRollbackText(result));
      } finally {
        core.endGroup();
      }
    } catch (err) {
      const message = redact(err instanceof UserError ? err.message : (err as Error)?.message ?? String(err));
      this.audit.result = `could not run: ${message}`;
      await this.reply(`${replyHeader('😕', `${this.audit.command} could not run`, ctx)}\n\n${escapeText(message)}\n\nNothing was committed to the database.`);
      await this.react('confused');
      await this.finish('failed');
      if (err instanceof UserError) {
        core.setFailed(`pgmig: ${this.audit.command}: ${message}`);
        return;
      }
      throw err;
    } finally {
      source?.remove();
    }

    const ok = result.status === 'planned' || result.status === 'rolled back' || result.status === 'dry run';
    const verdict = rollbackVerdict(result);
    this.audit.result = verdict;
    await this.reply(`${replyHeader(ok ? '🚀' : '😕', verdict, ctx)}\n\n${formatRollbackMarkdown(result)}`);
    await this.react(ok ? 'rocket' : 'confused');
    await this.finish(result.status === 'failed' ? 'failed' : ok ? 'ok' : 'refused', result);
    if (result.status === 'failed') {
      const where = result.error ? ` at ${result.error.file}:${result.error.line}` : '';
      core.error(`${this.audit.command} failed${where}: ${result.error?.message ?? result.problem ?? ''}; the transaction was rolled back`, {
        title: 'pgmig rollback',
        ...(result.error ? { file: result.error.file, startLine: result.error.line, startColumn: result.error.column } : {}),
      });
      core.setFailed(`pgmig: ${verdict}`);
    } else if (result.status === 'refused') {
      core.warning(`${this.audit.command} was not run: ${result.blockers.join('; ')}`, { title: 'pgmig: /migrate refused' });
    }
  }

  private async help(): Promise<void> {
    this.audit.decision = 'accepted';
    await this.react('eyes');
    const invalid = this.command.kind === 'invalid' ? this.command.reason : undefined;
    this.audit.result = invalid ? `answered with help: ${invalid}` : 'answered with help';
    const intro = invalid ? `pgmig did not run anything: ${invalid}.` : 'Commands pgmig answers in pull-request comments:';
    const body = `${replyHeader(invalid ? '😕' : '🚀', invalid ? 'command not understood' : 'help', this.ctx())}\n\n${escapeText(intro)}\n\n${HELP.split('\n').map((l) => `- ${l}`).join('\n')}\n\n${permissionNote(this.inputs)}`;
    await this.reply(body);
    await this.react(invalid ? 'confused' : 'rocket');
    await this.finish('ok');
  }

  /** Says no, with the reason, in a reply (unless there is nobody to tell) and the audit; nothing else happens. */
  private async refuse(reason: string, reply = true): Promise<void> {
    this.audit.decision = 'refused';
    this.audit.reason = reason;
    core.warning(`${this.audit.command} from @${this.comment.user.login} refused: ${reason}`, { title: 'pgmig: /migrate refused' });
    if (reply) {
      await this.reply(`${replyHeader('⛔', 'not run', this.ctx())}\n\n${escapeText(reason)}.\n\nNothing was run against the database.`);
    }
    await this.finish('refused');
  }

  private async react(content: Reaction): Promise<void> {
    try {
      await addReaction(this.gh!, this.repo!, this.comment.commentId, content);
    } catch (err) {
      core.warning(`pgmig could not react to the comment: ${describeApiError(err)}`);
    }
  }

  private async reply(body: string): Promise<void> {
    if (this.replied || !this.gh || !this.repo) return;
    this.replied = true;
    try {
      // a comment stays public: the last line of defence for a secret quoted in a message
      const { url } = await postComment(this.gh, this.repo, this.comment.issueNumber, redact(body));
      core.info(`pgmig replied: ${url ?? '(no link)'}`);
    } catch (err) {
      core.warning(
        `pgmig could not reply on #${this.comment.issueNumber}: ${describeApiError(err)}. Give the job \`permissions: pull-requests: write\` (and issues: write); the result is in this log and the job summary.`,
        { title: 'pgmig: no reply' },
      );
    }
  }

  /** The audit: one line in the log, a table in the job summary, the JSON report and the outputs. */
  private async finish(outcome: 'ok' | 'refused' | 'failed', result?: RollbackResult): Promise<void> {
    const a = this.audit;
    core.info(
      `pgmig audit: ${a.decision} ${a.command} from @${a.user}${a.role ? ` (${a.role})` : ''} on #${a.pullRequest}` +
        `${a.commit ? ` with undo files from ${short(a.commit)}` : ''}${a.reason ? `: ${a.reason}` : ''}${a.result ? ` -> ${a.result}` : ''}`,
    );
    const cell = (s: string | undefined) => (s ? escapeText(s) : '');
    const row = `| ${a.at} | ${escapeText(`@${a.user}`)} | ${a.role ?? ''} | ${codeSpan(a.command, true)} | ${a.decision} | ${cell(a.reason ?? a.result)} | ${a.commit ? codeSpan(short(a.commit), true) : ''} |`;
    const link = a.comment ? ` ([comment](${a.comment}))` : '';
    let summary = `## pgmig /migrate on #${a.pullRequest}${link}\n\n| When | Who | Permission | Command | Decision | Result | Undo files from |\n|---|---|---|---|---|---|---|\n${row}\n`;
    if (result) summary += `\n${formatRollbackMarkdown(result)}\n`;
    await writeSummary(summary);
    const report = writeJsonReport(this.env, 'migrate', { event: this.event.name, audit: a, ...(result ? { rollback: result } : {}) });
    setOutputs({ errors: outcome === 'failed' ? 1 : 0, warnings: outcome === 'refused' ? 1 : 0, assigned: [], report });
  }
}

function permissionNote(inputs: ActionInputs): string {
  return `Only people with ${inputs.permission} permission or more on the repository may run them${inputs.allowForks ? '' : ', and not on pull requests from forks'}; bots never. The undo files and the settings come from the default branch (read with git from its latest commit), never from this pull request's head: an undo file the pull request adds or changes runs only once it is merged.`;
}
