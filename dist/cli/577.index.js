export const id = 577;
export const ids = [577];
export const modules = {

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainMarkdown: () => (/* binding */ explainMarkdown),
/* harmony export */   explainRule: () => (/* binding */ explainRule),
/* harmony export */   listRules: () => (/* binding */ listRules),
/* harmony export */   rulesTable: () => (/* binding */ rulesTable),
/* harmony export */   withRulesTable: () => (/* binding */ withRulesTable),
/* harmony export */   writeDocs: () => (/* binding */ writeDocs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6439);




function listRules(json) {
    const rows = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__.RULES.map((r) => ({ id: r.id, severity: r.optIn ? 'off' : r.severity, why: r.docs.why }));
    if (json)
        return JSON.stringify(rows, null, 2) + '\n';
    const width = Math.max(...rows.map((r) => r.id.length));
    return rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${firstSentence(r.why)}`).join('\n') + '\n';
}
function explainRule(id) {
    const rule = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__.findRule)(id);
    if (!rule) {
        const near = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__.RULES.map((r) => r.id).filter((r) => r.includes(id) || id.includes(r.split('-').slice(0, 2).join('-')));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`unknown rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; \`pgmig rules\` lists them`);
    }
    const d = rule.docs;
    const out = [`${rule.id} (default: ${rule.optIn ? 'off' : rule.severity})`, '', `Why: ${d.why}`];
    if (d.lock)
        out.push('', `Lock: ${d.lock}`);
    out.push('', `Instead: ${d.instead}`);
    if (d.example) {
        if (d.example.config)
            out.push('', 'With this .pgmig.yml:', indent(d.example.config.trimEnd()));
        out.push('', 'Bad:', indent(d.example.bad), '', 'Good:', indent(d.example.good));
    }
    out.push('', `Silence once: -- pgmig-ignore ${rule.id}   (on the line above the statement)`);
    return out.join('\n') + '\n';
}
/** The rule's page under docs/rules/, generated from the same metadata as `explain`. */
function explainMarkdown(id) {
    const rule = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_3__.findRule)(id);
    if (!rule)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`unknown rule "${id}"; \`pgmig rules\` lists them`);
    const d = rule.docs;
    const out = [
        `# ${rule.id}`,
        '',
        `Default severity: **${rule.optIn ? 'off' : rule.severity}**${rule.optIn ? ` (turn it on with \`rules: { ${rule.id}: error }\`)` : ''}`,
        '',
        '## Why it matters',
        '',
        d.why,
    ];
    if (d.lock)
        out.push('', '## Lock', '', d.lock);
    out.push('', '## Instead', '', d.instead);
    if (d.example) {
        out.push('', '## Example', '');
        if (d.example.config)
            out.push('With this `.pgmig.yml`:', '', '```yaml', d.example.config.trimEnd(), '```', '');
        out.push('Before:', '', '```sql', d.example.bad, '```', '', 'After:', '', '```sql', d.example.good, '```');
    }
    out.push('', '## Silencing', '', '```sql', `-- pgmig-ignore ${rule.id}`, '```', '', 'on the line above the statement, or `-- pgmig-ignore-file ' + rule.id + '` anywhere in the file.', '', '_Generated from `src/rules/' + rule.id + '.ts` by `npm run docs`._');
    return out.join('\n') + '\n';
}
/** The README's rule table. */
function rulesTable() {
    const rows = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__.RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.optIn ? 'off' : r.severity} | ${firstSentence(r.docs.why).replace(/\|/g, '\\|')} |`);
    return ['| rule | default | why |', '|---|---|---|', ...rows].join('\n') + '\n';
}
function indent(s) {
    return s.split('\n').map((l) => `    ${l}`).join('\n');
}
function firstSentence(s) {
    const m = /^(.*?[.!?])(\s|$)/.exec(s);
    return m ? m[1] : s;
}
const TABLE_START = '<!-- rules-table:start -->';
const TABLE_END = '<!-- rules-table:end -->';
/** Regenerates docs/rules/ and the README table (run by `npm run docs`; a test checks they are current). */
function writeDocs(root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'docs', 'rules');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    for (const r of _rules_index_js__WEBPACK_IMPORTED_MODULE_3__.RULES)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${r.id}.md`), explainMarkdown(r.id));
    const readme = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'README.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(readme, withRulesTable((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(readme, 'utf8')));
}
function withRulesTable(readme) {
    const a = readme.indexOf(TABLE_START);
    const b = readme.indexOf(TABLE_END);
    if (a < 0 || b < a)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
    return readme.slice(0, a + TABLE_START.length) + '\n' + rulesTable() + readme.slice(b);
}


/***/ })

};
