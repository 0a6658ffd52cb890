import { posix } from 'node:path';
import type { AssignedMigration } from '../commands/assign.js';
import { codeSpan } from './markdown.js';

/** One migration numbered at merge, as the comment on its pull request tells it. */
export type AssignedItem = Pick<AssignedMigration, 'from' | 'to' | 'version' | 'description' | 'previousVersion' | 'keptBy' | 'files'>;

export interface AssignCommentInput {
  items: AssignedItem[];
  /** The full sha of the commit that made the renames. */
  commit: string;
  /** Link to that commit, e.g. https://github.com/acme/crm/commit/<sha>. */
  commitUrl?: string;
  branch: string;
}

const base = (p: string) => posix.basename(p);
const rename = (f: { from: string; to: string }) => `${codeSpan(base(f.from))} → ${codeSpan(base(f.to))}`;

/** `**V227** to `desc` (`VXXX__desc.sql` → `V227__desc.sql`)`, and what else to say about it. */
function describe(a: AssignedItem, branch: string): { head: string; more: string[] } {
  const what = a.description ? ` to ${codeSpan(a.description)}` : '';
  const more: string[] = [];
  if (a.previousVersion !== undefined) {
    more.push(`V${a.previousVersion} was taken by ${a.keptBy ? codeSpan(base(a.keptBy)) : 'a file'}, which reached ${codeSpan(branch)} first`);
  }
  const others = (a.files ?? []).filter((f) => f.from !== a.from);
  if (others.length) more.push(`renamed with it: ${others.map(rename).join(', ')}`);
  return { head: `**V${a.version}**${what} (${rename(a)})`, more };
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + '.';

/**
 * The comment (without its marker) on a merged pull request whose migrations pgmig numbered:
 * the version each got, the renames, and the commit that made them.
 */
export function formatAssignComment(input: AssignCommentInput): string {
  const short = input.commit.slice(0, 7);
  const at = input.commitUrl ? `[\`${short}\`](${input.commitUrl})` : codeSpan(short);
  // the merge commit still has the placeholder names, and a push made with GITHUB_TOKEN starts no workflow
  const deploy = `Deploy ${at} (or a later commit of ${codeSpan(input.branch)}), not the merge commit before it, which still has the old names.`;
  const after = `<sub>${deploy} Branches that build on this pull request still have the old names; merge or rebase onto ${codeSpan(input.branch)} to pick up the renames.</sub>`;
  if (input.items.length === 1) {
    const one = describe(input.items[0]!, input.branch);
    return `🔢 pgmig assigned ${[`${one.head} in ${at}.`, ...one.more.map(sentence)].join(' ')}\n\n${after}\n`;
  }
  const list = input.items
    .map((a) => describe(a, input.branch))
    .map((d) => `- ${[d.head, ...d.more].join('; ')}`)
    .join('\n');
  return `🔢 pgmig numbered this pull request's migrations in ${at}:\n\n${list}\n\n${after}\n`;
}
