import * as core from '@actions/core';
import { checkApprovalGate } from './action/approval-gate.js';
import { runAssignStep } from './action/assign.js';
import { runAuthorize } from './action/authorize.js';
import { runChatOps } from './action/chatops.js';
import { runGateStep } from './action/gate.js';
import { runCheck } from './action/check.js';
import { readInputs } from './action/inputs.js';
import { runMergeReports } from './action/merge-reports.js';
import { setOutputs } from './action/outputs.js';
import { route } from './action/route.js';
import { UserError } from './errors.js';
import { readEvent } from './github/event.js';

/**
 * The action's entry: read the inputs and the event, decide what to do (route.ts), do it.
 * Mistakes the user can fix fail the step with their message alone; anything else is a bug in
 * pgmig and keeps its stack.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const env = process.env;
    const event = readEvent(env);
    const r = route(event, inputs, env);
    switch (r.kind) {
      case 'notice':
        core.notice(r.message);
        setOutputs({ errors: 0, warnings: 0, assigned: [] });
        return;
      case 'assign':
        await runAssignStep(event, inputs, r.branch, env);
        return;
      case 'check':
        await runCheck({ event, inputs, route: r, env });
        return;
      case 'merge-reports':
        await runMergeReports(event, inputs, r.pr, env);
        return;
      case 'authorize':
        await runAuthorize(event, inputs, env);
        return;
      case 'gate':
        await runGateStep(event, inputs, env);
        return;
      case 'chatops':
        if (r.approval && !(await checkApprovalGate(event, inputs, r.approval.environment))) return;
        await runChatOps(event, inputs, env);
        return;
    }
  } catch (err) {
    core.setFailed(err instanceof UserError ? `pgmig: ${err.message}` : `pgmig failed unexpectedly (please report this): ${(err as Error)?.stack ?? err}`);
  }
}
