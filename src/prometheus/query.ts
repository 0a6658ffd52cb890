/**
 * One instant query against Prometheus' HTTP API (GET /api/v1/query). The API is a single
 * endpoint returning JSON, so Node's fetch serves it; a client library would add a transport
 * (axios) to the bundle for nothing.
 */

export type QueryResult = { ok: true; values: Array<{ labels: Record<string, string>; value: number }> } | { ok: false; error: string };

export async function instantQuery(base: string, query: string, opts: { time?: Date; timeoutMs?: number } = {}): Promise<QueryResult> {
  const url = new URL('api/v1/query', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('query', query);
  if (opts.time) url.searchParams.set('time', (opts.time.getTime() / 1000).toFixed(3));
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000), headers: { accept: 'application/json' } });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${Math.round((opts.timeoutMs ?? 10_000) / 1000)}s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, error: `cannot reach Prometheus at ${base}: ${why}` };
  }
  let body: { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: unknown } };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    return { ok: false, error: `Prometheus at ${base} answered HTTP ${res.status} with something that is not its API's JSON` };
  }
  if (body.status !== 'success') return { ok: false, error: `Prometheus refused the query (${body.errorType ?? `HTTP ${res.status}`}): ${body.error ?? 'no reason given'}` };
  const { resultType, result } = body.data ?? {};
  if (resultType === 'scalar') {
    const v = Number((result as [number, string])[1]);
    return { ok: true, values: [{ labels: {}, value: v }] };
  }
  if (resultType === 'vector' && Array.isArray(result)) {
    return {
      ok: true,
      values: (result as Array<{ metric?: Record<string, string>; value?: [number, string] }>).map((r) => ({ labels: r.metric ?? {}, value: Number(r.value?.[1]) })),
    };
  }
  return { ok: false, error: `the query returns a ${resultType ?? 'result'} of no single value; a gate needs an instant vector or a scalar` };
}
