export const id = 638;
export const ids = [638];
export const modules = {

/***/ 2638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyText: () => (/* binding */ historyText),
/* harmony export */   runHistory: () => (/* binding */ runHistory)
/* harmony export */ });
/* harmony import */ var _db_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8008);
/* harmony import */ var _db_rollback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1468);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _migrations_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7194);





/**
 * What a database's history records, read with the same reader as pgmig rollback (the config's
 * history table and schema). A deploy job reads `live` before it deploys, so that a rollback
 * after a failed health check takes back only what the deploy applied: versions are compared
 * as Flyway compares them (1.10 after 1.9), never as integers or text.
 */
async function runHistory(opts) {
    const config = (0,_migrations_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(opts.cwd, opts.config);
    const server = (0,_db_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveTarget */ .u1)(opts.databaseUrl, opts.env);
    if (!server)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('no database to read: give --database-url (or set DATABASE_URL)');
    let client;
    try {
        client = await (0,_db_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .Ng)(server, 'pgmig history', opts.env);
    }
    catch (err) {
        throw (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactError */ .ki)(err);
    }
    try {
        const db = (await client.query('SELECT current_database() AS db')).rows[0].db;
        const result = { database: { name: db, url: (0,_db_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .displayUrl */ .Qy)(server) }, rows: [], failed: [] };
        const found = await (0,_db_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .findHistoryTable */ .GV)(client, config.flyway);
        if (!found)
            return result;
        if ('ambiguous' in found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`database ${db} has several ${(0,_db_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .historyTableName */ .k2)(config.flyway)} tables (${found.ambiguous.join(', ')}) and the search_path picks none: set historyTable.schema in .pgmig.yml, or the search_path (options=-csearch_path=… in the URL)`);
        }
        result.history = found.shown;
        result.rows = await (0,_db_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .readHistory */ .Lu)(client, found);
        const states = [...(0,_db_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .versionStates */ .XZ)(result.rows).values()];
        const applied = states.filter((s) => s.applied).sort((a, b) => (0,_db_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .compareKeys */ .YD)(a.key, b.key));
        if (applied.length)
            result.live = applied[applied.length - 1].version;
        result.failed = states.filter((s) => !s.last.success).sort((a, b) => (0,_db_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .compareKeys */ .YD)(a.key, b.key)).map((s) => s.version);
        return result;
    }
    catch (err) {
        throw (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redactError */ .ki)(err);
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/** One line a row: rank, version, type, script and whether it succeeded. */
function historyText(r) {
    if (!r.history)
        return `database ${r.database.name} has no history table: no migration is recorded as applied\n`;
    const lines = [`${r.history} of database ${r.database.name}: ${r.rows.length} row${r.rows.length === 1 ? '' : 's'}`];
    for (const row of r.rows) {
        lines.push(`  ${String(row.rank).padStart(4)}  ${(row.version ?? '-').padEnd(10)} ${row.type.padEnd(12)} ${row.success ? 'ok    ' : 'FAILED'} ${row.script}`);
    }
    lines.push(r.live ? `live version: ${r.live}` : 'no version is applied');
    if (r.failed.length)
        lines.push(`failed runs on top of their version: ${r.failed.join(', ')} (flyway repair removes them)`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
