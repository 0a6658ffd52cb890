import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { project } from '../helpers/project.js';
import { freePort, startPrometheus, waitForSeries, type Prometheus } from '../helpers/prometheus.js';

let prom: Prometheus;

beforeAll(async () => {
  prom = await startPrometheus();
  // a real scraped series: Prometheus scrapes itself every second
  await waitForSeries(prom.url, 'up{job="prometheus"}');
}, 60_000);

afterAll(async () => {
  await prom?.stop();
});

function config(checks: string, url = prom.url): string {
  return `calendar:\n  timezone: Europe/Berlin\n  blackouts:\n    - { name: Oktoberfest, from: "09-16", to: "10-04" }\ngates:\n  prometheus: ${url}\n  checks:\n${checks}`;
}

async function gate(cfg: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const cwd = project({ '.pgmig.yml': cfg });
  let stdout = '';
  let stderr = '';
  const code = await runCli(['gate', ...args], { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env });
  return { code, stdout, stderr };
}

describe('pgmig gate: health checks against a real Prometheus', () => {
  it('passes when every check is within its bound', async () => {
    const r = await gate(config(`    - { name: scrape-up, query: 'up{job="prometheus"}', min: 1 }\n    - { name: api-p95, query: 'vector(153)', max: 200, unit: ms }\n`), ['--at', new Date().toISOString()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pgmig gate: may deploy on \d{4}-\d{2}-\d{2} \(Europe\/Berlin\)\n  check scrape-up: 1\.0 \(min 1\) ok\n  check api-p95: 153 ms \(max 200 ms\) ok\n$/);
  });

  it('holds a deploy onto a degraded system, naming the query, value and bound', async () => {
    const r = await gate(config(`    - { name: db-p95, query: 'vector(73.4)', max: 50, unit: ms }\n`), ['--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.decision).toBe('held');
    expect(json.checks).toEqual([{ name: 'db-p95', query: 'vector(73.4)', max: 50, unit: 'ms', ok: false, value: 73.4 }]);
    expect(json.reasons).toContain('health check db-p95 failed: 73.4 ms, above max 50 ms');
  });

  it('takes the worst series of a query that returns several', async () => {
    const r = await gate(config(`    - { name: worst, query: 'label_replace(vector(10), "s", "a", "", "") or label_replace(vector(300), "s", "b", "", "")', max: 200 }\n`), ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).checks[0].value).toBe(300);
  });

  it('an empty result, NaN and a bad query are failed gates, never a pass', async () => {
    const r = await gate(
      config(`    - { name: no-data, query: 'pgmig_no_such_metric', max: 1 }\n    - { name: nan, query: 'vector(0) / vector(0) > -1 or vector(0) / vector(0)', max: 1 }\n    - { name: typo, query: 'sum(rate(', max: 1 }\n`),
      ['--format', 'json'],
    );
    expect(r.code).toBe(1);
    const byName = Object.fromEntries(JSON.parse(r.stdout).checks.map((c: { name: string }) => [c.name, c]));
    expect(byName['no-data'].error).toMatch(/returned no value/);
    expect(byName.nan.error).toMatch(/NaN/);
    expect(byName.typo.error).toMatch(/^Prometheus refused the query \(bad_data\): /);
  });

  it('an unreachable Prometheus is a failed gate with a clear message', async () => {
    const port = await freePort();
    const r = await gate(config(`    - { name: api-p95, query: 'vector(1)', max: 200 }\n`, `http://127.0.0.1:${port}`));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`health check api-p95 failed: cannot reach Prometheus at http://127\\.0\\.0\\.1:${port}: ECONNREFUSED`));
  });

  it('a server that answers with something else is a failed gate', async () => {
    const server: Server = createServer((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = await gate(config(`    - { name: api-p95, query: 'vector(1)', max: 200 }\n`, url));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/answered HTTP 502 with something that is not its API's JSON/);
    } finally {
      server.close();
    }
  });

  it('--prometheus-url and PGMIG_PROMETHEUS_URL override the config', async () => {
    const port = await freePort();
    const cfg = config(`    - { name: ok, query: 'vector(1)', max: 2 }\n`, `http://127.0.0.1:${port}`);
    expect((await gate(cfg, ['--prometheus-url', prom.url])).code).toBe(0);
    expect((await gate(cfg, [], { PGMIG_PROMETHEUS_URL: prom.url })).code).toBe(0);
  });

  it('a blackout holds even when the checks pass, and a future --at judges only the calendar', async () => {
    const r = await gate(config(`    - { name: ok, query: 'vector(1)', max: 2 }\n`), ['--at', '2099-09-20']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/HELD on 2099-09-20[\s\S]*checks: --at is in the future/);
  });

  it('refuses bad gate config with the line', async () => {
    const r = await gate('gates:\n  prometheus: localhost:9090\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.pgmig\.yml:2: gates\.prometheus: expected the http\(s\) URL/);
    const noBound = await gate('gates:\n  checks:\n    - { name: x, query: up }\n');
    expect(noBound.code).toBe(2);
    expect(noBound.stderr).toMatch(/gates\.checks: item 1 \(x\): give max or min/);
  });
});
