export const id = 995;
export const ids = [995];
export const modules = {

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatTestJson: () => (/* binding */ formatTestJson)
/* harmony export */ });
/**
 * `pgmig test --format json`: the database used, every migration (the new ones with their
 * statements, locks, rewrites and durations), the pgTAP files with their tests, the undo
 * rehearsals with their schema differences, the problems and a summary. Durations are rounded
 * to 0.1 ms so the output stays readable.
 */
function formatTestJson(result) {
    return JSON.stringify(result, (k, v) => (typeof v === 'number' && /durationMs$/.test(k) ? Math.round(v * 10) / 10 : v), 2) + '\n';
}


/***/ })

};
