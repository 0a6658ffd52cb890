export const id = 789;
export const ids = [789];
export const modules = {

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatAssignJson: () => (/* binding */ formatAssignJson),
/* harmony export */   formatAssignText: () => (/* binding */ formatAssignText)
/* harmony export */ });
/** The plan (dry run) or what was done, for people. */
function formatAssignText(r, placeholder = 'VXXX') {
    const out = [];
    const on = r.branch ? ` on ${r.branch}` : '';
    const n = r.assigned.length;
    const what = `${n} migration${n === 1 ? '' : 's'}`;
    const earlier = r.earlier ?? [];
    if (n === 0 && earlier.length === 0) {
        out.push(`Nothing to assign${on}: no ${placeholder}__*.sql files and no versions used twice.`);
    }
    else if (earlier.length > 0 && !r.pushed) {
        out.push(`Nothing new to assign${on}, but ${earlier.length === 1 ? 'a numbering commit' : `${earlier.length} numbering commits`} of an earlier run ${earlier.length === 1 ? 'is' : 'are'} not pushed yet:`);
    }
    else {
        const head = earlier.length > 0 ? `Pushed the numbering an earlier run committed but did not push: ${what}${on}:` : `Assigned ${what}${on}:`;
        out.push(r.dryRun ? `Dry run: would assign ${what}${on} (nothing renamed, committed or pushed):` : head);
        const width = Math.max(...r.assigned.map((a) => a.version.length)) + 1;
        for (const a of r.assigned) {
            const files = a.files ?? [{ from: a.from, to: a.to }];
            files.forEach((f, i) => {
                const label = i === 0 ? `V${a.version}`.padEnd(width) : ' '.repeat(width);
                out.push(`  ${label}  ${f.from} -> ${f.to}`);
            });
            if (a.previousVersion !== undefined) {
                out.push(`  ${' '.repeat(width)}  (V${a.previousVersion} was taken by ${a.keptBy ?? 'a file'} that reached the branch first)`);
            }
        }
        const subject = r.message?.split('\n')[0];
        if (r.dryRun) {
            if (subject)
                out.push(`Commit message: ${subject}`);
        }
        else if (r.commit && earlier.length > 0) {
            const tries = r.tries ? ` (${r.tries} ${r.tries === 1 ? 'try' : 'tries'})` : '';
            out.push(`Pushed ${earlier.map((c) => c.slice(0, 12)).join(', ')} to ${r.remote} ${r.branch}${tries}.`);
        }
        else if (r.commit) {
            const tries = r.tries ? ` (${r.tries} ${r.tries === 1 ? 'try' : 'tries'})` : '';
            out.push(r.pushed
                ? `Committed ${r.commit.slice(0, 12)} "${subject}" and pushed it to ${r.remote} ${r.branch}${tries}.`
                : `Committed ${r.commit.slice(0, 12)} "${subject}" (not pushed: --no-push).`);
        }
        if (r.deploy) {
            out.push(`Deploy ${r.deploy} (or a later commit of ${r.branch}): the commit before it still has the ${placeholder} names.`);
        }
    }
    for (const w of r.warnings ?? [])
        out.push(`warning: ${w}`);
    return `${out.join('\n')}\n`;
}
function formatAssignJson(r) {
    return `${JSON.stringify(r, null, 2)}\n`;
}


/***/ })

};
