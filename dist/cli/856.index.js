export const id = 856;
export const ids = [856];
export const modules = {

/***/ 5856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatCalendarText: () => (/* binding */ formatCalendarText),
  formatGateMarkdown: () => (/* binding */ formatGateMarkdown),
  formatGateText: () => (/* binding */ formatGateText),
  formatWatchText: () => (/* binding */ formatWatchText),
  runCalendar: () => (/* binding */ runCalendar),
  runGate: () => (/* binding */ runGate),
  runWatch: () => (/* binding */ runWatch)
});

// UNUSED EXPORTS: evaluate

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/migrations/calendar.ts
var calendar = __webpack_require__(3347);
// EXTERNAL MODULE: ./src/migrations/config.ts
var migrations_config = __webpack_require__(11);
// EXTERNAL MODULE: ./src/migrations/gates.ts
var gates = __webpack_require__(7761);
;// CONCATENATED MODULE: ./src/prometheus/query.ts
/**
 * One instant query against Prometheus' HTTP API (GET /api/v1/query). The API is a single
 * endpoint returning JSON, so Node's fetch serves it; a client library would add a transport
 * (axios) to the bundle for nothing.
 */
async function instantQuery(base, query, opts = {}) {
    const url = new URL('api/v1/query', base.endsWith('/') ? base : `${base}/`);
    url.searchParams.set('query', query);
    if (opts.time)
        url.searchParams.set('time', (opts.time.getTime() / 1000).toFixed(3));
    let res;
    try {
        res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000), headers: { accept: 'application/json' } });
    }
    catch (err) {
        const e = err;
        const why = e.name === 'TimeoutError' ? `no answer within ${Math.round((opts.timeoutMs ?? 10_000) / 1000)}s` : (e.cause?.code ?? e.cause?.message ?? e.message);
        return { ok: false, error: `cannot reach Prometheus at ${base}: ${why}` };
    }
    let body;
    try {
        body = (await res.json());
    }
    catch {
        return { ok: false, error: `Prometheus at ${base} answered HTTP ${res.status} with something that is not its API's JSON` };
    }
    if (body.status !== 'success')
        return { ok: false, error: `Prometheus refused the query (${body.errorType ?? `HTTP ${res.status}`}): ${body.error ?? 'no reason given'}` };
    const { resultType, result } = body.data ?? {};
    if (resultType === 'scalar') {
        const v = Number(result[1]);
        return { ok: true, values: [{ labels: {}, value: v }] };
    }
    if (resultType === 'vector' && Array.isArray(result)) {
        return {
            ok: true,
            values: result.map((r) => ({ labels: r.metric ?? {}, value: Number(r.value?.[1]) })),
        };
    }
    return { ok: false, error: `the query returns a ${resultType ?? 'result'} of no single value; a gate needs an instant vector or a scalar` };
}

;// CONCATENATED MODULE: ./src/commands/gate.ts





/** `pgmig gate`: may migrations be deployed now? The calendar's windows, then the health checks. */
async function runGate(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config);
    const now = opts.now ?? new Date();
    const at = opts.at ?? now;
    if (opts.emergency !== undefined && !opts.emergency.trim())
        throw new errors/* UserError */.y('--emergency needs the reason, such as --emergency "checkout fails for every order (INC-4711)"');
    const result = { at: at.toISOString(), decision: 'deploy', reasons: [], windows: [], checks: [] };
    const cal = config.calendar;
    if (cal) {
        const day = (0,calendar/* localDay */.u7)(at, cal.timezone);
        result.timezone = cal.timezone;
        result.day = day;
        result.windows = (0,calendar/* windowsOn */.dz)(cal, day);
        if (result.windows.length > 0) {
            const open = (0,calendar/* nextOpenDay */.Ik)(cal, day);
            if (open) {
                result.nextOpenDay = open;
                result.heldUntil = open;
            }
            const names = result.windows.map((w) => w.name);
            if (opts.emergency) {
                const by = opts.emergencyBy || opts.env.GITHUB_ACTOR || opts.env.USER || opts.env.USERNAME || 'someone unnamed';
                result.emergency = { reason: opts.emergency.trim(), by, windows: names };
                result.reasons.push(`EMERGENCY DEPLOY inside ${list(names)} by ${by}: ${opts.emergency.trim()}`);
            }
            else {
                result.decision = 'held';
                for (const w of result.windows) {
                    result.reasons.push(`${w.name} (${w.start} to ${w.end}, ${cal.timezone})${w.reason ? `: ${w.reason}` : ''}`);
                }
            }
        }
        else if (opts.emergency) {
            result.reasons.push(`no blackout window on ${day} (${cal.timezone}): --emergency was not needed`);
        }
    }
    else if (opts.emergency) {
        result.reasons.push('no calendar in the config: --emergency was not needed');
    }
    const checks = config.gates?.checks ?? [];
    const base = opts.prometheusUrl ?? opts.env.PGMIG_PROMETHEUS_URL ?? config.gates?.prometheus;
    if (checks.length === 0) {
        result.checksSkipped = 'no health checks configured (gates.checks)';
    }
    else if (!base) {
        throw new errors/* UserError */.y('gates.checks are configured but no Prometheus to ask: set gates.prometheus in .pgmig.yml, PGMIG_PROMETHEUS_URL, or --prometheus-url');
    }
    else if (!(0,gates/* isHttpUrl */.q)(base)) {
        throw new errors/* UserError */.y(`the Prometheus URL ${JSON.stringify(base)} is not an http(s) URL`);
    }
    else if (at.getTime() > now.getTime() + 60_000) {
        result.checksSkipped = `--at is in the future: the health checks can only be judged when the deploy happens`;
    }
    else {
        result.checks = await Promise.all(checks.map((c) => evaluate(base, c, opts.at)));
        for (const c of result.checks.filter((x) => !x.ok)) {
            result.decision = 'held';
            result.reasons.push(`health check ${c.name} failed: ${c.error ?? describeFailure(c)}`);
        }
    }
    return result;
}
/** One check: every series the query returns must be within the bounds; none at all is a failure. */
async function evaluate(base, c, time) {
    const out = { name: c.name, query: c.query, ...(c.max !== undefined ? { max: c.max } : {}), ...(c.min !== undefined ? { min: c.min } : {}), ...(c.unit ? { unit: c.unit } : {}), ok: false };
    const r = await instantQuery(base, c.query, { time });
    if (!r.ok)
        return { ...out, error: r.error };
    if (r.values.length === 0)
        return { ...out, error: 'the query returned no value (no data is not a pass: is the metric scraped?)' };
    const bad = (v) => Number.isNaN(v) || (c.max !== undefined && v > c.max) || (c.min !== undefined && v < c.min);
    // the series furthest past its bound decides; with all within bounds, the closest to one
    const score = (v) => (Number.isNaN(v) ? Infinity : Math.max(c.max !== undefined ? v - c.max : -Infinity, c.min !== undefined ? c.min - v : -Infinity));
    const worst = r.values.reduce((a, b) => (score(b.value) > score(a.value) ? b : a));
    if (Number.isNaN(worst.value))
        return { ...out, error: 'the query returned NaN (no requests in the window?): not a pass' };
    return { ...out, value: worst.value, ok: !bad(worst.value) };
}
function describeFailure(c) {
    const unit = c.unit ? ` ${c.unit}` : '';
    const bound = c.max !== undefined && c.value > c.max ? `above max ${c.max}${unit}` : `below min ${c.min}${unit}`;
    return `${round(c.value)}${unit}, ${bound}`;
}
function formatGateText(r) {
    const lines = [];
    const where = r.day ? ` on ${r.day} (${r.timezone})` : '';
    if (r.emergency)
        lines.push(`pgmig gate: EMERGENCY — deploy let through ${list(r.emergency.windows)}${where}`);
    else
        lines.push(`pgmig gate: ${r.decision === 'deploy' ? 'may deploy' : 'HELD'}${where}`);
    for (const reason of r.reasons)
        lines.push(`  ${reason}`);
    if (r.decision === 'held' && r.windows.length > 0 && !r.emergency) {
        lines.push(r.nextOpenDay ? `  held until ${r.nextOpenDay}, the next open day` : '  no open day in the next two years: check the calendar');
    }
    for (const c of r.checks) {
        const unit = c.unit ? ` ${c.unit}` : '';
        const bounds = [c.max !== undefined ? `max ${c.max}${unit}` : '', c.min !== undefined ? `min ${c.min}${unit}` : ''].filter(Boolean).join(', ');
        lines.push(`  check ${c.name}: ${c.value !== undefined ? `${round(c.value)}${unit}` : 'no value'} (${bounds}) ${c.ok ? 'ok' : 'FAILED'}`);
    }
    if (r.checksSkipped)
        lines.push(`  checks: ${r.checksSkipped}`);
    return lines.join('\n') + '\n';
}
/** The job summary's section: an emergency is said where reviewers look. */
function formatGateMarkdown(r) {
    const out = [];
    if (r.emergency) {
        out.push(`## ⚠️ Emergency migration deploy inside ${list(r.emergency.windows)}`, '', `**By:** ${md(r.emergency.by)}  `, `**Why:** ${md(r.emergency.reason)}  `, `**When:** ${r.at}`, '');
    }
    else {
        out.push(`## Migration gate: ${r.decision === 'deploy' ? 'may deploy' : 'held'}`, '');
        for (const reason of r.reasons)
            out.push(`- ${md(reason)}`);
        if (r.nextOpenDay && r.decision === 'held' && r.windows.length)
            out.push(`- held until ${r.nextOpenDay}`);
        out.push('');
    }
    if (r.checks.length) {
        out.push('| check | value | bound | |', '|---|---|---|---|');
        for (const c of r.checks) {
            const unit = c.unit ? ` ${c.unit}` : '';
            out.push(`| ${md(c.name)} | ${c.value !== undefined ? `${round(c.value)}${unit}` : md(c.error ?? 'no value')} | ${[c.max !== undefined ? `≤ ${c.max}${unit}` : '', c.min !== undefined ? `≥ ${c.min}${unit}` : ''].filter(Boolean).join(', ')} | ${c.ok ? '✅' : '❌'} |`);
        }
        out.push('');
    }
    return out.join('\n') + '\n';
}
/** `pgmig calendar`: the windows of the coming year (or `days`). */
function runCalendar(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config);
    if (!config.calendar)
        throw new errors/* UserError */.y(`no calendar in ${config.file ?? '.pgmig.yml (none found)'}: add calendar: { timezone, blackouts: [...] } to hold deploys in blackout windows`);
    const from = (0,calendar/* localDay */.u7)(opts.from ?? new Date(), config.calendar.timezone);
    return { timezone: config.calendar.timezone, from, windows: (0,calendar/* upcoming */.n6)(config.calendar, from, opts.days ?? 365) };
}
function formatCalendarText(c) {
    if (c.windows.length === 0)
        return `No blackout windows from ${c.from} on (${c.timezone}).\n`;
    const lines = [`Blackout windows from ${c.from} (${c.timezone}):`];
    for (const w of c.windows)
        lines.push(`  ${w.start} to ${w.end}  ${w.name}${w.reason ? ` — ${w.reason}` : ''}`);
    return lines.join('\n') + '\n';
}
function list(names) {
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
function round(v) {
    return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : v.toPrecision(2);
}
function md(s) {
    return s.replace(/[|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
/**
 * `pgmig gate --watch`: after a deploy, the health checks every interval for the duration. The
 * first evaluation with a failed check ends the watch; with --rollback-on-fail the versions the
 * deploy applied are rolled back with the rollback engine and its safeguards (undo files as the
 * checkout has them, under lock_timeout with retries), one version per transaction, newest first.
 */
async function runWatch(opts) {
    const config = (0,migrations_config/* loadConfig */.Z9)(opts.cwd, opts.config);
    const checks = config.gates?.checks ?? [];
    if (checks.length === 0)
        throw new errors/* UserError */.y('--watch needs health checks to watch: add gates.checks to .pgmig.yml');
    const base = opts.prometheusUrl ?? opts.env.PGMIG_PROMETHEUS_URL ?? config.gates?.prometheus;
    if (!base || !(0,gates/* isHttpUrl */.q)(base))
        throw new errors/* UserError */.y('--watch needs a Prometheus to ask: set gates.prometheus in .pgmig.yml, PGMIG_PROMETHEUS_URL, or --prometheus-url');
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const started = Date.now();
    const result = { status: 'healthy', startedAt: new Date(started).toISOString(), evaluations: 0 };
    for (;;) {
        const at = new Date();
        const outcomes = await Promise.all(checks.map((c) => evaluate(base, c)));
        result.evaluations++;
        const failed = outcomes.filter((o) => !o.ok);
        opts.log?.(`${at.toISOString()} ${failed.length ? 'FAILED' : 'ok'}: ${outcomes.map((o) => `${o.name} ${o.value !== undefined ? round(o.value) : 'no value'}${o.unit ? ` ${o.unit}` : ''}`).join(', ')}`);
        if (failed.length) {
            result.status = 'failed';
            result.failure = { at: at.toISOString(), checks: outcomes };
            break;
        }
        const left = opts.durationMs - (Date.now() - started);
        if (left <= 0)
            return result;
        await sleep(Math.min(opts.intervalMs, left));
    }
    if (!opts.rollback)
        return result;
    const { runRollback } = await Promise.all(/* import() */[__webpack_require__.e(627), __webpack_require__.e(849), __webpack_require__.e(901), __webpack_require__.e(935), __webpack_require__.e(340), __webpack_require__.e(154), __webpack_require__.e(8), __webpack_require__.e(64), __webpack_require__.e(468), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 7827));
    const { discoverMigrations } = await __webpack_require__.e(/* import() */ 605).then(__webpack_require__.bind(__webpack_require__, 2986));
    const { compareVersions, isNameProblem, versionParts } = await __webpack_require__.e(/* import() */ 726).then(__webpack_require__.bind(__webpack_require__, 8726));
    // the deploy's migrations: every versioned file above the version that was live before it
    const { resolve, relative } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const dirs = config.migrations.map((d) => relative(opts.cwd, resolve(config.root, d)) || '.');
    const files = discoverMigrations(opts.cwd, dirs, config.placeholder).filter((e) => !isNameProblem(e.name) && e.name.kind === 'versioned' && compareVersions(e.name.parts, versionParts(opts.rollback.to)) > 0);
    const t0 = Date.now();
    if (files.length === 0) {
        result.status = 'rollback failed';
        result.rollback = { status: 'refused', versions: [], durationMs: 0, steps: [], notRolledBack: [], problem: `no migration above version ${opts.rollback.to} in ${dirs.join(', ')}: nothing to roll back` };
        return result;
    }
    const deployVersions = files.map((e) => e.name).sort((a, b) => compareVersions(b.parts, a.parts)).map((n) => n.version);
    const scope = { label: `the deploy (versions above ${opts.rollback.to})`, files: files.map((e) => ({ path: e.path, abs: e.absPath })) };
    // one version per call, newest applied first, as /migrate rollback last does it: an undo of
    // CONCURRENTLY statements must run alone outside a transaction, so the deploy cannot share one
    // transaction; each call keeps the engine's safeguards (history checks, lock_timeout with
    // retries, newer versions first), and the first failure stops the rest
    const steps = [];
    let last;
    for (let i = 0; i < files.length; i++) {
        const s0 = Date.now();
        const r = await runRollback({ cwd: opts.cwd, env: opts.env, config: opts.config, databaseUrl: opts.rollback.databaseUrl, target: { kind: 'last' }, scope, log: opts.log });
        last = r;
        // after the first step, "none of the deploy's migrations is applied" means all are back
        if (steps.length > 0 && r.status === 'refused' && r.steps.length === 0 && r.blockers.length === 1 && /^none of /.test(r.blockers[0]))
            break;
        const version = r.steps[0]?.version ?? '?';
        if (r.status === 'rolled back') {
            steps.push({ version, status: 'rolled back', durationMs: Date.now() - s0 });
            opts.log?.(`rolled back version ${version} in ${((Date.now() - s0) / 1000).toFixed(1)} s`);
            continue;
        }
        steps.push({ version, status: r.status, durationMs: Date.now() - s0, problem: r.problem ?? (r.error ? `${r.error.file}:${r.error.line}: ${r.error.message}` : undefined) ?? (r.blockers.join('; ') || undefined) });
        break;
    }
    const done = steps.filter((s) => s.status === 'rolled back').map((s) => s.version);
    const failedStep = steps.find((s) => s.status !== 'rolled back');
    result.status = failedStep || done.length === 0 ? 'rollback failed' : 'rolled back';
    result.rollback = {
        status: failedStep ? (done.length ? 'partly rolled back' : failedStep.status) : 'rolled back',
        versions: done,
        durationMs: Date.now() - t0,
        steps,
        notRolledBack: deployVersions.filter((v) => !done.includes(v)),
        ...(failedStep?.problem ? { problem: failedStep.problem } : {}),
        ...(failedStep && last?.blockers.length ? { blockers: last.blockers } : {}),
    };
    return result;
}
function formatWatchText(w) {
    const lines = [];
    if (w.status === 'healthy') {
        lines.push(`pgmig gate --watch: healthy, ${w.evaluations} evaluation${w.evaluations === 1 ? '' : 's'} since ${w.startedAt}`);
        return lines.join('\n') + '\n';
    }
    lines.push(`pgmig gate --watch: a health check FAILED at ${w.failure.at} (evaluation ${w.evaluations} since ${w.startedAt})`);
    for (const c of w.failure.checks.filter((x) => !x.ok)) {
        const unit = c.unit ? ` ${c.unit}` : '';
        const bound = [c.max !== undefined ? `max ${c.max}${unit}` : '', c.min !== undefined ? `min ${c.min}${unit}` : ''].filter(Boolean).join(', ');
        lines.push(`  ${c.name}: ${c.error ?? `${round(c.value)}${unit}`} (${bound})`, `    query: ${c.query}`);
    }
    if (w.rollback) {
        const rb = w.rollback;
        const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
        if (w.status === 'rolled back')
            lines.push(`  rolled back version${rb.versions.length === 1 ? '' : 's'} ${rb.versions.join(', ')} in ${secs(rb.durationMs)}`);
        else if (rb.versions.length)
            lines.push(`  the rollback stopped part way (${secs(rb.durationMs)}): rolled back ${rb.versions.join(', ')}; NOT rolled back ${rb.notRolledBack.join(', ')}`);
        else
            lines.push(`  the rollback did not happen (${rb.status}): ${rb.problem ?? rb.blockers?.join('; ') ?? 'see above'}`);
        for (const st of rb.steps)
            lines.push(`    version ${st.version}: ${st.status} in ${secs(st.durationMs)}${st.problem ? `: ${st.problem}` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
