/** `gates:` in .pgmig.yml: the PromQL health checks a deploy must pass, before it and after it. */

export interface GateCheck {
  name: string;
  query: string;
  /** The value must not be above max / below min. */
  max?: number;
  min?: number;
  /** For people only (ms, %, req/s): values are compared as Prometheus returns them. */
  unit?: string;
}

export interface Gates {
  prometheus?: string;
  checks: GateCheck[];
}

type Bad = (path: string, what: string) => Error;

export function parseGates(value: unknown, bad: Bad): Gates {
  if (!isObject(value)) throw bad('gates', 'expected a mapping with prometheus and checks');
  const gates: Gates = { checks: [] };
  for (const [k, v] of Object.entries(value)) {
    if (k === 'prometheus') {
      if (typeof v !== 'string' || !isHttpUrl(v)) throw bad('gates.prometheus', `expected the http(s) URL of a Prometheus server, such as http://127.0.0.1:9090, got ${JSON.stringify(v)}`);
      gates.prometheus = v;
    } else if (k === 'checks') {
      if (!Array.isArray(v)) throw bad('gates.checks', 'expected a list like [{name: api-p95, query: "…", max: 200, unit: ms}]');
      const names = new Set<string>();
      gates.checks = v.map((c, i) => {
        const item = `item ${i + 1}`;
        if (!isObject(c)) throw bad('gates.checks', `${item}: expected {name, query, max or min, unit}`);
        for (const key of Object.keys(c)) if (!['name', 'query', 'max', 'min', 'unit'].includes(key)) throw bad('gates.checks', `${item}: unknown key ${key} (expected name, query, max, min, unit)`);
        if (typeof c.name !== 'string' || !c.name.trim()) throw bad('gates.checks', `${item}: expected a name`);
        if (names.has(c.name)) throw bad('gates.checks', `${item}: a second check named ${c.name}`);
        names.add(c.name);
        if (typeof c.query !== 'string' || !c.query.trim()) throw bad('gates.checks', `${item} (${c.name}): expected a PromQL query`);
        for (const bound of ['max', 'min'] as const) {
          if (c[bound] !== undefined && (typeof c[bound] !== 'number' || !Number.isFinite(c[bound]))) throw bad('gates.checks', `${item} (${c.name}): ${bound} must be a number`);
        }
        if (c.max === undefined && c.min === undefined) throw bad('gates.checks', `${item} (${c.name}): give max or min, the threshold the value must stay within`);
        if (c.unit !== undefined && typeof c.unit !== 'string') throw bad('gates.checks', `${item} (${c.name}): unit must be text`);
        return {
          name: c.name,
          query: c.query,
          ...(c.max !== undefined ? { max: c.max as number } : {}),
          ...(c.min !== undefined ? { min: c.min as number } : {}),
          ...(c.unit !== undefined ? { unit: c.unit as string } : {}),
        };
      });
    } else {
      throw bad(`gates.${k}`, 'unknown key (expected prometheus or checks)');
    }
  }
  return gates;
}

export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
