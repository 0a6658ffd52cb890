import type { TestResult } from '../commands/test.js';

/**
 * `pgmig test --format json`: the database used, every migration (the new ones with their
 * statements, locks, rewrites and durations), the pgTAP files with their tests, the undo
 * rehearsals with their schema differences, the problems and a summary. Durations are rounded
 * to 0.1 ms so the output stays readable.
 */
export function formatTestJson(result: TestResult): string {
  return JSON.stringify(result, (k, v) => (typeof v === 'number' && /durationMs$/.test(k) ? Math.round(v * 10) / 10 : v), 2) + '\n';
}
