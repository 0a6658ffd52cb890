import { UserError } from '../errors.js';
import { RULES, findRule } from '../rules/index.js';

export function listRules(json: boolean): string {
  const rows = RULES.map((r) => ({ id: r.id, severity: r.optIn ? 'off' : r.severity, why: r.docs.why }));
  if (json) return JSON.stringify(rows, null, 2) + '\n';
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${firstSentence(r.why)}`).join('\n') + '\n';
}

export function explainRule(id: string): string {
  const rule = findRule(id);
  if (!rule) {
    const near = RULES.map((r) => r.id).filter((r) => r.includes(id) || id.includes(r.split('-').slice(0, 2).join('-')));
    throw new UserError(`unknown rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; \`pgmig rules\` lists them`);
  }
  const d = rule.docs;
  const out = [`${rule.id} (default: ${rule.optIn ? 'off' : rule.severity})`, '', `Why: ${d.why}`];
  if (d.lock) out.push('', `Lock: ${d.lock}`);
  out.push('', `Instead: ${d.instead}`);
  if (d.example) {
    out.push('', 'Bad:', indent(d.example.bad), '', 'Good:', indent(d.example.good));
  }
  out.push('', `Silence once: -- pgmig-ignore ${rule.id}   (on the line above the statement)`);
  return out.join('\n') + '\n';
}

function indent(s: string): string {
  return s.split('\n').map((l) => `    ${l}`).join('\n');
}

function firstSentence(s: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(s);
  return m ? m[1]! : s;
}
