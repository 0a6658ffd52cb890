import * as core from '@actions/core';
import { runnerSafe } from '../report/workflow-commands.js';

/**
 * The action's plain log lines. `core.info` prints its text as it is, and that text holds file
 * names, identifiers and server messages from the pull request: a line of them starting with
 * `::` would be a workflow command. Commands pgmig means (core.warning, core.error, …) are
 * escaped by the toolkit and go out through it directly.
 */
export function info(text: string): void {
  core.info(runnerSafe(text));
}

/** Plain report text (the lint and test text formats) for the log. */
export function writePlain(text: string): void {
  process.stdout.write(runnerSafe(text));
}
