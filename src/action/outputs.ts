import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { redact } from '../secrets.js';

export { VERSION } from '../version.js';

/** Where the action keeps its files: the runner's temp folder, emptied after each job. */
export function actionTempDir(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || tmpdir();
}

export interface StepOutputs {
  errors: number;
  warnings: number;
  assigned: unknown[];
  /** Path of the JSON report; empty when the step wrote none. */
  report?: string;
}

export function setOutputs(o: StepOutputs): void {
  core.setOutput('errors', o.errors);
  core.setOutput('warnings', o.warnings);
  core.setOutput('assigned', JSON.stringify(o.assigned));
  core.setOutput('report', o.report ?? '');
}

/** The JSON report's file name for a folder key. */
export function reportFileName(key: string): string {
  const slug = key.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'root';
  return `pgmig-report-${slug}.json`;
}

/** Writes the JSON report and returns its path; the name carries the folder key, so two pgmig steps in one job keep a report each. */
export function writeJsonReport(env: NodeJS.ProcessEnv, key: string, report: unknown): string {
  const path = join(actionTempDir(env), reportFileName(key));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, redact(JSON.stringify(report, null, 2)) + '\n');
  return path;
}

/** Appends to the job summary when the runner gave one; a failure to write it is a warning. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('no GITHUB_STEP_SUMMARY: the job summary is not written outside a runner');
    return;
  }
  try {
    await core.summary.addRaw(redact(markdown), true).write();
  } catch (err) {
    core.warning(`pgmig could not write the job summary: ${(err as Error).message}`);
  }
}
