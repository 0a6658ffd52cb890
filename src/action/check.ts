import * as core from '@actions/core';
import { info, writePlain } from './log.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { runLint } from '../commands/lint.js';
import { runTest, type TestResult } from '../commands/test.js';
import { UserError } from '../errors.js';
import { changesSince, filesAt } from '../git/git.js';
import { commonAncestor, workTreeRoot } from '../git/history.js';
import { createClient, describeApiError, type GitHubClient } from '../github/client.js';
import { stickyMarker, upsertStickyComment } from '../github/comments.js';
import type { EventContext, PullRequestInfo } from '../github/event.js';
import { listPullRequestFiles } from '../github/pulls.js';
import { planIfMerged, type MergePreviewInput } from '../migrations/assign-plan.js';
import { confine } from '../migrations/inside-repository.js';
import { formatActionComment, formatActionSummary, type ActionReport, type MergePreview } from '../report/action-markdown.js';
import { ANNOTATIONS_PER_KIND, formatGithub } from '../report/github.js';
import { formatSarifReport } from '../report/sarif.js';
import { redact } from '../secrets.js';
import { formatTestJson } from '../report/test-json.js';
import { formatTestJunit } from '../report/test-junit.js';
import { formatTestText } from '../report/test-text.js';
import { formatText } from '../report/text.js';
import type { LintResult } from '../rules/finding.js';
import { RULES } from '../rules/index.js';
import { detectChanges, shown, type Changes } from './changes.js';
import { resolveActionConfig, type ActionConfig } from './config.js';
import type { ActionInputs } from './inputs.js';
import { actionTempDir, reportFileName, setOutputs, VERSION, writeJsonReport, writeSummary } from './outputs.js';
import { LINT_ONLY_TARGET, type Route } from './route.js';

export interface CheckContext {
  event: EventContext;
  inputs: ActionInputs;
  route: Extract<Route, { kind: 'check' }>;
  env: NodeJS.ProcessEnv;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function emptyLint(): LintResult {
  return { findings: [], summary: { files: 0, errors: 0, warnings: 0 }, sources: new Map() };
}

/**
 * Lint (and test) the migrations of a pull request, or all of them, and report everywhere the
 * action reports: the log with annotations, the job summary, the sticky comment, SARIF, the
 * JSON report and the outputs; then fail the step as `fail-on` says.
 */
export async function runCheck(ctx: CheckContext): Promise<void> {
  const { event, inputs, route, env } = ctx;
  const workspace = resolve(event.workspace);
  const temp = actionTempDir(env);
  const cfg = resolveActionConfig(workspace, inputs, temp);
  const pr = route.pr;
  info(`pgmig ${VERSION}: ${pr ? `pull request #${pr.number}` : 'every migration'} in ${cfg.key}${cfg.config.file ? ` (config ${shown(workspace, cfg.config.file)})` : ''}`);

  const gh = inputs.token && event.repo ? createClient(inputs.token, { log: (m) => info(m), userAgent: `pgmig/${VERSION}` }) : undefined;
  const commentNotes: string[] = [];
  const summaryNotes: string[] = [];
  if (event.name === 'pull_request_target') {
    if (route.lintOnly) {
      core.notice(route.lintOnly, { title: 'pgmig: lint only' });
      commentNotes.push(route.lintOnly);
    } else info(LINT_ONLY_TARGET);
    summaryNotes.push(LINT_ONLY_TARGET);
  }

  let changes: Changes | undefined;
  let selection: { changedSince?: string; files?: string[] } = {};
  if (pr) {
    changes = await detectChanges({
      workspace,
      pr,
      dirs: cfg.dirs,
      listFiles: gh && event.repo ? () => listPullRequestFiles(gh, event.repo!, pr.number) : undefined,
      requireHead: event.name === 'pull_request_target',
    });
    info(changes.description);
    for (const w of changes.warnings) core.warning(w);
    selection = changes.source === 'git' ? { changedSince: changes.changedSince } : { files: changes.files };
  } else if (route.mergeGroup) {
    // the queue's merge commit is checked out: what it adds to the base it would land on
    selection = { changedSince: route.mergeGroup.baseSha };
    core.info(`merge queue: the merge commit ${route.mergeGroup.headSha.slice(0, 7)} against ${route.mergeGroup.baseRef || 'its base'} (${route.mergeGroup.baseSha.slice(0, 7)})`);
  }

  const ifMerged = pr && changes ? previewMerge(workspace, cfg, pr, changes) : undefined;

  const noneChanged = changes?.source === 'api' && changes.files.length === 0;
  const lint = noneChanged ? emptyLint() : (await runLint({ cwd: workspace, config: cfg.configFile, migrations: cfg.migrations, stats: inputs.statsFile, ...selection })).result;
  if (pr && lint.summary.files === 0) info(`no migration in ${cfg.key} changed in pull request #${pr.number}`);

  let test: TestResult | undefined;
  let testError: string | undefined;
  if (route.test && pr && lint.summary.files === 0) {
    info('nothing to test: no migration changed');
  } else if (route.test) {
    core.startGroup('pgmig test');
    try {
      test = await runTest({
        cwd: workspace,
        env,
        databaseUrl: inputs.databaseUrl,
        config: cfg.configFile,
        migrations: cfg.migrations,
        tests: inputs.tests,
        stats: inputs.statsFile,
        queries: inputs.queries,
        shard: inputs.shard,
        snapshotCache: inputs.snapshotCache,
        progress: (line) => info(line),
        // a long migration would otherwise leave the log silent between two files
        heartbeat: (line) => info(line),
        ...selection,
      });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      testError = err.message;
    } finally {
      core.endGroup();
    }
  }

  // missing or stale production stats: said once, as a notice, never a failure
  for (const n of new Set([...(lint.notices ?? []), ...(test?.notices ?? [])])) {
    core.notice(n, { title: 'pgmig: production statistics' });
    summaryNotes.push(n);
  }

  const errors = lint.summary.errors + (test?.summary.errors ?? 0) + (testError ? 1 : 0);
  const warnings = lint.summary.warnings + (test?.summary.warnings ?? 0);
  const tally = `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`;
  // known before any annotation: said first, since GitHub keeps only the first 10 of a kind
  const verdict: string[] = [];
  if (testError) verdict.push(`pgmig test could not run: ${testError}`);
  if (inputs.failOn === 'error' && errors > 0) verdict.push(`pgmig found ${tally} (fail-on: error)`);
  else if (inputs.failOn === 'warning' && errors + warnings > 0) verdict.push(`pgmig found ${tally} (fail-on: warning)`);
  if (verdict.length) core.error(verdict.join('\n'), { title: 'pgmig: failed' });
  // a slot each for what may come after the findings: a comment that fails, or may not be written
  const commenting = !!(pr && inputs.comment);
  const errorSlots = ANNOTATIONS_PER_KIND - (verdict.length ? 1 : 0) - (commenting ? 1 : 0);
  const warningSlots = ANNOTATIONS_PER_KIND - (changes?.warnings.length ?? 0) - (commenting ? 1 : 0);

  // the log: annotations (errors first, within GitHub's limits) or plain text
  // (formatGithub makes its own plain lines safe; its commands are pgmig's)
  if (inputs.annotations) process.stdout.write(formatGithub(lint, { errors: errorSlots, warnings: warningSlots }));
  else writePlain(formatText(lint, { color: false }));
  if (test) {
    writePlain(formatTestText(test, { color: false }));
    if (inputs.annotations) annotateTest(test, Math.max(0, errorSlots - lint.summary.errors));
  }

  if (test && inputs.junitFile) {
    const path = resolve(workspace, inputs.junitFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, redact(formatTestJunit(test)));
    info(`JUnit XML written to ${shown(workspace, path)}`);
  }

  if (inputs.sarifFile) {
    const path = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(path), { recursive: true });
    const sarif = formatSarifReport(lint, { rules: RULES, version: VERSION, srcRoot: workspace });
    writeFileSync(path, redact(sarif.text));
    info(`SARIF written to ${shown(workspace, path)}; upload it with github/codeql-action/upload-sarif`);
    if (sarif.notice) {
      // the upload step would otherwise fail, and code scanning show nothing
      core.warning(sarif.notice, { title: 'pgmig: SARIF cut to GitHub\'s limits' });
      summaryNotes.push(sarif.notice);
    }
  }

  const base: ActionReport = { title: cfg.key, lint, test, testError, notes: [], changes: changes?.description, runUrl: event.runUrl, ifMerged };
  const reportPath = join(temp, reportFileName(cfg.key));
  await writeSummary(
    formatActionSummary(
      { ...base, notes: [...summaryNotes, ...(changes?.warnings ?? [])] },
      { rules: RULES, reportWhere: inputs.reportArtifact ? `the artifact ${inputs.reportArtifact} of this run` : `${reportPath} on the runner (the step's report output)` },
    ),
  );

  const report = writeJsonReport(env, cfg.key, {
    findings: lint.findings,
    summary: lint.summary,
    event: event.name,
    ...(pr ? { pullRequest: pr.number } : {}),
    ...(changes ? { changes: { source: changes.source, description: changes.description, ...(changes.source === 'api' ? { files: changes.files.map((f) => shown(workspace, f)) } : {}) } } : {}),
    ...(test ? { test: JSON.parse(formatTestJson(test)) } : {}),
    ...(testError ? { testError } : {}),
    ...(ifMerged ? { ifMerged: ifMerged.items } : {}),
  });
  setOutputs({ errors, warnings, assigned: [], report });

  let problem: string | undefined;
  if (commenting) problem = await comment(gh, event, pr!, cfg.key, { ...base, notes: commentNotes }, lint.summary.files > 0 || !!test || !!testError);

  if (!verdict.length) info(`pgmig found ${tally} (fail-on: ${inputs.failOn})`);
  // the verdict is annotated already: only a failure found since gets an annotation of its own
  if (problem) core.setFailed(problem);
  else if (verdict.length) process.exitCode = 1;
}

/**
 * The sticky comment. Returns a message when the step should fail for it; a token that may not
 * comment (a fork's) is only a warning, since the annotations and the summary carry it all.
 */
async function comment(gh: GitHubClient | undefined, event: EventContext, pr: PullRequestInfo, key: string, report: ActionReport, create: boolean): Promise<string | undefined> {
  if (!gh || !event.repo) {
    core.warning('pgmig: no github-token (or GITHUB_REPOSITORY), so no pull-request comment; the findings are in the annotations and the job summary');
    return undefined;
  }
  try {
    const outcome = await upsertStickyComment(gh, event.repo, {
      issueNumber: pr.number,
      marker: stickyMarker(key),
      body: redact(formatActionComment(report, { rules: RULES })),
      create,
    });
    switch (outcome.action) {
      case 'forbidden':
        core.warning(
          pr.fromFork
            ? `pgmig could not comment on pull request #${pr.number}: it comes from a fork, and GitHub gives fork pull requests a read-only token (${outcome.message}). The findings are in the annotations and the job summary.`
            : `pgmig could not comment on pull request #${pr.number}: the token may not write comments (${outcome.message}). Give the job \`permissions: pull-requests: write\`, or set comment: false. The findings are in the annotations and the job summary.`,
          { title: 'pgmig: no pull-request comment' },
        );
        return undefined;
      case 'skipped':
        info('no migration changed and no earlier pgmig comment: no comment');
        return undefined;
      default:
        info(`pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
        if (outcome.duplicates.length) info(`other pgmig comments for ${key} left as they were: ${outcome.duplicates.join(', ')}`);
        if (outcome.others?.length) info(`comments carrying pgmig's marker that another account wrote were not edited: ${outcome.others.join(', ')}`);
        return undefined;
    }
  } catch (err) {
    return `pgmig could not update its pull-request comment: ${describeApiError(err)}`;
  }
}

/**
 * The names the pull request's pending migrations (placeholders, and versions already taken on
 * the base branch) would get if it were merged now: the assign plan for the base branch with
 * the pull request's files arriving last. The merge works them out again, so this is a preview;
 * it never fails the check: without it the comment goes without the line, and the log says why.
 */
function previewMerge(workspace: string, cfg: ActionConfig, pr: PullRequestInfo, changes: Changes): MergePreview | undefined {
  let input: MergePreviewInput;
  try {
    input = mergeFacts(workspace, cfg, changes);
  } catch (err) {
    info(`pgmig cannot tell which numbers the pull request's pending migrations would get: ${(err as Error).message}`);
    return undefined;
  }
  try {
    const plan = planIfMerged(input);
    if (plan.assignments.length === 0) return undefined;
    const items = plan.assignments.map((a) => ({
      from: a.from,
      to: a.to,
      version: a.version,
      ...(a.previousVersion !== undefined ? { previousVersion: a.previousVersion, keptBy: a.keptBy } : {}),
    }));
    for (const i of items) info(`if merged now: ${i.from} would become ${i.to}`);
    return { branch: pr.baseRef, items };
  } catch (err) {
    if (!(err instanceof UserError)) {
      info(`pgmig cannot tell which numbers the pull request's pending migrations would get: ${(err as Error).message}`);
      return undefined;
    }
    // the same refusal would stop pgmig assign after the merge: better said now
    core.warning(`pgmig assign would fail if pull request #${pr.number} were merged now: ${err.message}`, { title: 'pgmig: numbering at merge' });
    return undefined;
  }
}

/** The base branch's files and the pull request's, repository-relative, for {@link planIfMerged}. */
function mergeFacts(workspace: string, cfg: ActionConfig, changes: Changes): MergePreviewInput {
  const root = real(workTreeRoot(workspace) ?? workspace);
  const rel = (abs: string) => {
    const r = relative(root, real(abs)).split(sep).join('/');
    if (r.startsWith('..')) throw new UserError(`${abs} is outside the repository at ${root}`);
    return r || '.';
  };
  const migrationDirs = cfg.dirs.map(rel);
  const testsDir = rel(resolve(cfg.config.root, cfg.config.tests));
  const folders = [...migrationDirs, testsDir];
  const read = (p: string) => {
    try {
      confine(root, join(root, p), p);
      return readFileSync(join(root, p), 'utf8');
    } catch {
      return '';
    }
  };
  const common = { placeholder: cfg.config.placeholder, ranges: cfg.config.versionRanges, migrationDirs, testsDir, read };
  if (changes.source === 'git') {
    const since = commonAncestor(root, changes.changedSince, 'HEAD');
    if (!since) throw new UserError(`the checkout has no commit in common with the base ${changes.changedSince.slice(0, 7)}`);
    const diff = changesSince(root, since, folders);
    return {
      ...common,
      base: filesAt(root, changes.changedSince, folders),
      added: diff.filter((c) => c.status === 'A').map((c) => c.path),
      removed: diff.filter((c) => c.status === 'D').map((c) => c.path),
    };
  }
  // no base commit in the checkout: the files the pull request does not touch stand for the base
  const added = changes.files.map(rel);
  const touched = new Set(added);
  return { ...common, base: listFolders(root, folders).filter((p) => !touched.has(p)), added };
}

function real(p: string): string {
  return existsSync(p) ? realpathSync(p) : p;
}

/** Files under the folders (repository-relative), as the work tree holds them. */
function listFolders(root: string, folders: string[]): string[] {
  const out = new Set<string>();
  for (const f of folders) {
    const abs = join(root, f);
    if (!existsSync(abs)) continue;
    for (const n of readdirSync(abs, { recursive: true, encoding: 'utf8' })) {
      if (statSync(join(abs, n)).isFile()) out.add(relative(root, join(abs, n)).split(sep).join('/'));
    }
  }
  return [...out];
}

/** Annotations for what failed in the database, within what GitHub still shows after the lint's. */
function annotateTest(test: TestResult, room: number): void {
  const items: Array<{ message: string; file?: string; line?: number; column?: number }> = [];
  for (const m of test.migrations) {
    if (m.status === 'failed' && m.error) items.push({ message: `${m.error.sqlstate ? `ERROR ${m.error.sqlstate}: ` : ''}${m.error.message}`, file: m.error.file, line: m.error.line, column: m.error.column });
  }
  for (const t of test.tests.filter((x) => x.status === 'failed')) {
    items.push({ message: `pgTAP: ${t.passed}/${t.ran} passed${t.problems.length ? `; ${t.problems.join('; ')}` : ''}`, file: t.error?.file ?? t.file, line: t.error?.line });
  }
  for (const h of test.rehearsals.filter((x) => x.status === 'failed')) {
    items.push({ message: `undo rehearsal failed: ${h.messages.join('; ')}`, file: h.error?.file ?? h.undo, line: h.error?.line });
  }
  for (const p of test.problems.filter((x) => x.severity === 'error')) items.push({ message: p.message, file: p.file });
  for (const it of items.slice(0, room)) {
    core.error(it.message, { title: 'pgmig test', file: it.file, startLine: it.line, startColumn: it.column });
  }
  if (items.length > room) info(`${items.length - room} more test failures are not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} error annotations per step); they are in the job summary`);
}
