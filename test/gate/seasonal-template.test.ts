import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

// templates/config/seasonal.pgmig.yml is the plan's calendar: it must parse and hold the days it names.
const config = resolve(__dirname, '../../templates/config/seasonal.pgmig.yml');

async function gate(at: string) {
  let stdout = '';
  let stderr = '';
  // a future moment: only the calendar is judged, so no Prometheus is asked
  const code = await runCli(['gate', '-c', config, '--at', at, '--format', 'json'], { cwd: resolve(__dirname, '../..'), stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} });
  return { code, stderr, json: stdout ? JSON.parse(stdout) : undefined };
}

describe('the sample seasonal config', () => {
  it('holds Oktoberfest, the asparagus season and year end (across the new year), and lets an ordinary day through', async () => {
    for (const [at, window] of [['2030-10-04T12:00:00+02:00', 'Oktoberfest'], ['2030-04-15T12:00:00+02:00', 'Asparagus season'], ['2031-01-02T12:00:00+01:00', 'Year end']] as const) {
      const r = await gate(at);
      expect(r.code, at).toBe(1);
      expect(JSON.stringify(r.json), at).toContain(window);
    }
    const open = await gate('2030-06-10T12:00:00+02:00');
    expect(open.stderr).toBe('');
    expect(open.code).toBe(0);
  });
});
