import { createRequire } from 'node:module';

/**
 * GitHub's published REST description (@octokit/openapi, api.github.com, OpenAPI 3.0.3) for
 * the fake API and the contract test: the examples GitHub documents, as the fake's answers, and
 * every operation's parameters, request body and response schemas, checked with ajv 6.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;
const require = createRequire(import.meta.url);

let spec: Json | undefined;
/** The description, with OpenAPI 3.0's `nullable` turned into JSON Schema (ajv knows no `nullable`). */
export function githubSpec(): Json {
  if (spec) return spec;
  const raw = require('@octokit/openapi/generated/api.github.com.json');
  const fix = (o: Json): Json => {
    if (Array.isArray(o)) return o.map(fix);
    if (!o || typeof o !== 'object') return o;
    const out: Json = {};
    for (const [k, v] of Object.entries(o)) out[k] = fix(v);
    if (out.nullable === true) {
      delete out.nullable;
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
      else if (out.enum) out.enum = [...out.enum, null];
      else if (out.allOf || out.oneOf || out.anyOf || out.$ref) {
        const { description, ...rest } = out;
        return { description, anyOf: [rest, { type: 'null' }] };
      }
    }
    return out;
  };
  spec = { openapi: raw.openapi, paths: raw.paths, components: fix(raw.components) };
  // paths hold schemas too (inline request bodies and responses)
  spec.paths = fix(raw.paths);
  return spec;
}

/** A copy of one of GitHub's documented examples (components.examples), e.g. `issue-comment`. */
export function githubExample<T = Json>(name: string): T {
  // the raw file: the examples need no schema fixes, and the fake reads them in every test file
  const e = require('@octokit/openapi/generated/api.github.com.json').components.examples[name];
  if (!e) throw new Error(`no example ${name} in GitHub's REST description`);
  return structuredClone(e.value) as T;
}

export interface Operation {
  template: string;
  method: string;
  operationId: string;
  op: Json;
  params: Record<string, string>;
}

const deref = (o: Json): Json => {
  let cur = o;
  while (cur && cur.$ref) {
    const path = String(cur.$ref).replace(/^#\//, '').split('/');
    cur = path.reduce((a: Json, k: string) => a?.[k], githubSpec());
  }
  return cur;
};

/** The documented operation a request goes to, with its path parameters; undefined when GitHub has none. */
export function findOperation(method: string, path: string): Operation | undefined {
  const s = githubSpec();
  const m = method.toLowerCase();
  // literal segments beat parameters: /issues/comments/{id} over /issues/{issue_number}/comments
  const candidates: Operation[] = [];
  for (const [template, item] of Object.entries<Json>(s.paths)) {
    if (!item[m]) continue;
    const names: string[] = [];
    const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_x, n: string) => (names.push(n), '([^/]+)'))}$`);
    const hit = re.exec(path);
    if (!hit) continue;
    candidates.push({ template, method: m, operationId: item[m].operationId, op: item[m], params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(hit[i + 1]!)])) });
  }
  candidates.sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
  return candidates[0];
}

let ajv: Json | undefined;
function compiler(): Json {
  if (ajv) return ajv;
  const Ajv = require('ajv');
  ajv = new Ajv({ allErrors: true, logger: false, unknownFormats: 'ignore', schemaId: 'auto' });
  ajv.addSchema({ components: githubSpec().components }, 'gh');
  return ajv;
}

/** Errors of `value` against `schema` (refs into the description's components), as `path: message`. */
export function schemaErrors(schema: Json, value: unknown): string[] {
  const withRefs = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/'));
  const validate = compiler().compile(withRefs);
  return validate(value) ? [] : (validate.errors as Json[]).map((e) => `${e.dataPath || '(root)'}: ${e.message}`);
}

/** What is wrong with a request, by the operation's parameters and request body; [] when nothing. */
export function requestProblems(op: Operation, query: Record<string, string>, body: unknown): string[] {
  const problems: string[] = [];
  const params: Json[] = [...(githubSpec().paths[op.template].parameters ?? []), ...(op.op.parameters ?? [])].map(deref);
  for (const p of params) {
    const value = p.in === 'path' ? op.params[p.name] : p.in === 'query' ? query[p.name] : undefined;
    if (p.in === 'path' && value === undefined) problems.push(`path parameter ${p.name} missing`);
    if (value === undefined || (p.in !== 'path' && p.in !== 'query')) continue;
    const typed = p.schema?.type === 'integer' || p.schema?.type === 'number' ? Number(value) : p.schema?.type === 'boolean' ? value === 'true' : value;
    for (const e of schemaErrors(p.schema ?? {}, typed)) problems.push(`${p.in} parameter ${p.name}=${value}: ${e}`);
  }
  const known = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const q of Object.keys(query)) if (!known.has(q)) problems.push(`query parameter ${q} is not one of the operation's`);
  const rb = deref(op.op.requestBody);
  if (rb) {
    const schema = rb.content?.['application/json']?.schema;
    if (body === undefined && rb.required) problems.push('the request body is required');
    else if (body !== undefined && schema) for (const e of schemaErrors(schema, body)) problems.push(`body ${e}`);
  } else if (body !== undefined && body !== '') problems.push('the operation takes no request body');
  return problems;
}

/** What is wrong with an answer the fake gave, by the operation's documented response for that status. */
export function responseProblems(op: Operation, status: number, body: unknown): string[] {
  const r = deref(op.op.responses[String(status)]);
  if (!r) return [`status ${status} is not documented for ${op.operationId}`];
  const schema = r.content?.['application/json']?.schema;
  return schema ? schemaErrors(schema, body) : [];
}
