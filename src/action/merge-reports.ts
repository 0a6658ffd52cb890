import * as core from '@actions/core';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { TestResult } from '../commands/test.js';
import { UserError } from '../errors.js';
import { createClient, describeApiError } from '../github/client.js';
import { COMMENT_MAX_LENGTH, stickyMarker, upsertStickyComment } from '../github/comments.js';
import type { EventContext, PullRequestInfo } from '../github/event.js';
import { formatTestJunit } from '../report/test-junit.js';
import { formatTestJson } from '../report/test-json.js';
import { formatTestMarkdown } from '../report/test-markdown.js';
import { redact } from '../secrets.js';
import { mergeReports } from '../tests/merge-reports.js';
import { resolveActionConfig } from './config.js';
import type { ActionInputs } from './inputs.js';
import { info } from './log.js';
import { actionTempDir, setOutputs, VERSION, writeJsonReport, writeSummary } from './outputs.js';

/** The sticky comment of the merged test shards: its own, so the lint job's comment and this one never race over one body. */
export const testStickyKey = (key: string) => `${key} (test shards)`;

interface ShardReport {
  file: string;
  report?: TestResult;
  /** The shard could not run pgmig test: its message. */
  testError?: string;
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/**
 * A shard's report: the action's JSON report (the test results under `test`) or the output of
 * `pgmig test --format json`. A shard with nothing to test (no migration changed) has neither.
 */
function readShard(workspace: string, path: string): ShardReport {
  const file = relative(workspace, path) || path;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new UserError(`merge-reports: cannot read ${file} as JSON (${(err as Error).message}); give the JSON reports of the test shards`);
  }
  const looksLikeTest = (v: unknown): v is TestResult => !!v && typeof v === 'object' && Array.isArray((v as TestResult).tests) && Array.isArray((v as TestResult).migrations) && !!(v as TestResult).summary;
  if (looksLikeTest(data)) return { file, report: data };
  if (looksLikeTest(data.test)) return { file, report: data.test };
  if (typeof data.testError === 'string') return { file, testError: data.testError };
  if (Array.isArray(data.findings)) return { file };
  throw new UserError(`merge-reports: ${file} is not a pgmig JSON report (neither the action's report nor pgmig test --format json)`);
}

/**
 * command merge-reports: the test shards of one run (one PostgreSQL version) as one report, as
 * if the run had not been split: the job summary, the JSON report, optionally JUnit XML, and
 * one sticky comment on the pull request; the step fails as fail-on says.
 */
export async function runMergeReports(event: EventContext, inputs: ActionInputs, pr: PullRequestInfo | undefined, env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = resolve(event.workspace);
  const dir = resolve(workspace, inputs.reports!);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`input reports: ${inputs.reports} is not a folder; download the shards' report artifacts there first (actions/download-artifact with a pattern and path)`);
  }
  const files = jsonFiles(dir);
  if (!files.length) throw new UserError(`input reports: no .json file under ${inputs.reports}; did the test shards upload their reports (report-artifact)?`);
  const shards = files.map((f) => readShard(workspace, f));
  const cfg = resolveActionConfig(workspace, inputs, actionTempDir(env));
  info(`pgmig ${VERSION}: merging ${shards.length} shard report${shards.length === 1 ? '' : 's'} of ${cfg.key}`);

  const broken = shards.filter((s) => s.testError);
  const withTests = shards.filter((s): s is ShardReport & { report: TestResult } => !!s.report);
  const merged = withTests.length ? mergeReports(withTests.map((s) => ({ file: s.file, report: s.report }))) : undefined;

  const lines: string[] = [];
  for (const b of broken) lines.push(`- ❌ ${b.file}: pgmig test could not run: ${b.testError}`);
  const body = [
    `## pgmig test: ${cfg.key}, ${shards.length} shard${shards.length === 1 ? '' : 's'} merged`,
    '',
    ...(lines.length ? [...lines, ''] : []),
    merged ? formatTestMarkdown(merged) : 'Nothing was tested: no shard applied a migration (none changed).',
    ...(event.runUrl ? ['', `[The run](${event.runUrl})`] : []),
  ].join('\n');
  await writeSummary(body + '\n');

  const errors = (merged?.summary.errors ?? 0) + broken.length;
  const warnings = merged?.summary.warnings ?? 0;
  const report = writeJsonReport(env, testStickyKey(cfg.key), {
    event: event.name,
    ...(pr ? { pullRequest: pr.number } : {}),
    shards: shards.map((s) => s.file),
    ...(merged ? { test: JSON.parse(formatTestJson(merged)) } : {}),
    ...(broken.length ? { testErrors: broken.map((b) => ({ file: b.file, message: b.testError })) } : {}),
  });
  if (merged && inputs.junitFile) {
    const path = resolve(workspace, inputs.junitFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, redact(formatTestJunit(merged)));
    info(`JUnit XML of the merged shards written to ${relative(workspace, path)}`);
  }
  setOutputs({ errors, warnings, assigned: [], report });

  let problem: string | undefined;
  if (pr && inputs.comment) {
    if (!inputs.token || !event.repo) core.warning('pgmig: no github-token (or GITHUB_REPOSITORY), so no pull-request comment; the merged results are in the job summary');
    else {
      const gh = createClient(inputs.token, { log: (m) => info(m), userAgent: `pgmig/${VERSION}` });
      const text = redact(body);
      try {
        const outcome = await upsertStickyComment(gh, event.repo, {
          issueNumber: pr.number,
          marker: stickyMarker(testStickyKey(cfg.key)),
          body: text.length > COMMENT_MAX_LENGTH - 200 ? `${text.slice(0, COMMENT_MAX_LENGTH - 400)}\n\n_Cut to GitHub's comment limit: the job summary has the rest._` : text,
          create: !!merged || broken.length > 0,
        });
        if (outcome.action === 'forbidden') core.warning(`pgmig could not comment on pull request #${pr.number}: ${outcome.message}. The merged results are in the job summary.`);
        else info(`pull-request comment ${outcome.action}`);
      } catch (err) {
        problem = `pgmig could not update its pull-request comment: ${describeApiError(err)}`;
      }
    }
  }
  const tally = `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const fails = (inputs.failOn === 'error' && errors > 0) || (inputs.failOn === 'warning' && errors + warnings > 0);
  if (problem) core.setFailed(problem);
  else if (fails) core.setFailed(`pgmig: the test shards found ${tally} (fail-on: ${inputs.failOn})`);
  else info(`the test shards found ${tally} (fail-on: ${inputs.failOn})`);
}
