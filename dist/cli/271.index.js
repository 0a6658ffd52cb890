export const id = 271;
export const ids = [271];
export const modules = {

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _commands_test_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5670);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




/**
 * One report from the JSON reports of the shards of one run (`pgmig test --shard i/n --format
 * json`). Every shard applied the same migrations and rehearsed the same undos, so those come
 * from the first report; the pgTAP files are the union, in path order (the order of an unsharded
 * run), and problems are kept once each. A file reported by two shards is a mistake in the split
 * (two different --shard counts, say) and is refused rather than counted twice.
 */
function mergeReports(reports) {
    if (!reports.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y('merge-reports: give the JSON reports of the shards (pgmig test --shard i/n --format json)');
    const seen = new Map();
    for (const { file, report } of reports) {
        for (const t of report.tests) {
            const other = seen.get(t.file);
            if (other)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`merge-reports: ${t.file} is in both ${other} and ${file}; were the shards cut with different --shard counts?`);
            seen.set(t.file, file);
        }
    }
    const first = reports[0].report;
    const problems = new Map();
    for (const { report } of reports)
        for (const p of report.problems)
            problems.set(`${p.severity}\0${p.file ?? ''}\0${p.message}`, p);
    const merged = {
        ...first,
        tests: reports.flatMap((r) => r.report.tests).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
        problems: [...problems.values()],
        summary: { ...first.summary },
    };
    (0,_commands_test_js__WEBPACK_IMPORTED_MODULE_2__.summarise)(merged);
    return merged;
}
function readReport(cwd, file) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`merge-reports: cannot read ${file} as JSON (${err.message}); give the output of pgmig test --format json`);
    }
    const r = data;
    if (!r || typeof r !== 'object' || !Array.isArray(r.tests) || !Array.isArray(r.migrations) || !r.summary) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`merge-reports: ${file} is not a pgmig test JSON report (no tests, migrations and summary); give the output of pgmig test --format json`);
    }
    return { file, report: r };
}


/***/ })

};
