import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { planIfMerged, type MergePreviewInput } from '../../src/migrations/assign-plan.js';
import { formatActionComment, mergePreview, type ActionReport } from '../../src/report/action-markdown.js';
import { formatAssignComment } from '../../src/report/assign-comment.js';
import { RULES } from '../../src/rules/index.js';

const M = 'db/migration';
const T = 'db/tests';

function preview(base: string[], added: string[], extra: Partial<MergePreviewInput> = {}) {
  return planIfMerged({ placeholder: 'VXXX', ranges: [], migrationDirs: [M], testsDir: T, base, added, read: () => '', ...extra });
}

const onMain = [`${M}/V1__init.sql`, `${M}/V226__lead.sql`, `${M}/U226__lead.sql`, `${M}/R__views.sql`, `${T}/01_base_test.sql`];

describe('the plan if the pull request were merged now', () => {
  it('gives a placeholder the next number on the base branch, and renames its undo and test with it', () => {
    const p = preview(onMain, [`${M}/VXXX__user_lead_protection.sql`, `${M}/UXXX__user_lead_protection.sql`, `${T}/VXXX__user_lead_protection_test.sql`]);
    expect(p.assignments).toHaveLength(1);
    expect(p.assignments[0]).toMatchObject({ from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V227__user_lead_protection.sql`, version: '227', reason: 'placeholder' });
    expect(p.assignments[0]!.moves.map((m) => m.to)).toEqual([`${M}/V227__user_lead_protection.sql`, `${M}/U227__user_lead_protection.sql`, `${T}/V227__user_lead_protection_test.sql`]);
  });

  it("moves the pull request's file when its version is already on the base branch, never the base's", () => {
    // by name V226__aaa sorts before V226__lead; on the branch lead came first, so aaa moves
    const p = preview(onMain, [`${M}/V226__aaa.sql`]);
    expect(p.assignments).toEqual([expect.objectContaining({ from: `${M}/V226__aaa.sql`, to: `${M}/V227__aaa.sql`, previousVersion: '226', keptBy: `${M}/V226__lead.sql` })]);
  });

  it('leaves a pull request with a free version alone', () => {
    expect(preview(onMain, [`${M}/V227__fine.sql`]).assignments).toEqual([]);
  });

  it("numbers the base branch's own pending files with the pull request's, by name as pgmig test ran them, and shows only the pull request's", () => {
    const p = preview([...onMain, `${M}/VXXX__waiting_on_main.sql`], [`${M}/VXXX__mine.sql`]);
    expect(p.assignments.map((a) => [a.from, a.version])).toEqual([[`${M}/VXXX__mine.sql`, '227']]);
    const q = preview([...onMain, `${M}/VXXX__aaa_waiting_on_main.sql`], [`${M}/VXXX__mine.sql`]);
    expect(q.assignments.map((a) => [a.from, a.version])).toEqual([[`${M}/VXXX__mine.sql`, '228']]);
  });

  it('forgets base files the pull request deletes, and counts what the base gained since the branch point', () => {
    const p = preview([...onMain, `${M}/V230__merged_meanwhile.sql`], [`${M}/VXXX__mine.sql`], { removed: [`${M}/V226__lead.sql`, `${M}/U226__lead.sql`] });
    expect(p.assignments[0]!.version).toBe('231');
    const q = preview([`${M}/V1__init.sql`, `${M}/V5__x.sql`], [`${M}/V5__y.sql`], { removed: [`${M}/V5__x.sql`] });
    expect(q.assignments).toEqual([]);
  });

  it('reads range hints from the pull request file and refuses as assign would', () => {
    const text: Record<string, string> = { [`${M}/VXXX__seed.sql`]: '-- pgmig-range: 20000\n' };
    const read = (p: string) => text[p] ?? '';
    const ranges = [{ from: 1, to: 999 }, { from: 20000 }];
    expect(preview(onMain.filter((f) => !f.includes('226')), [`${M}/VXXX__seed.sql`], { ranges, read }).assignments[0]!.version).toBe('20000');
    expect(() => preview(onMain, [`${M}/VXXX__x.sql`], { ranges: [{ from: 1, to: 226 }] })).toThrow(UserError);
  });
});

describe('the "if merged now" lines of the sticky comment', () => {
  const lint = { findings: [], summary: { files: 1, errors: 0, warnings: 0 }, sources: new Map() } as unknown as ActionReport['lint'];

  it('names one file, its new name, and that the merge decides', () => {
    const text = mergePreview({ branch: 'main', items: [{ from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V227__user_lead_protection.sql`, version: '227' }] });
    expect(text).toMatch(/^🔢 \*\*If merged now:\*\* `VXXX__user_lead_protection.sql` would become `V227__user_lead_protection.sql`<br>\n/);
    expect(text).toMatch(/merged into `main`, and works the numbers out again then/);
  });

  it('lists several, with the file that holds a taken version', () => {
    const text = mergePreview({
      branch: 'main',
      items: [
        { from: `${M}/VXXX__a.sql`, to: `${M}/V227__a.sql`, version: '227' },
        { from: `${M}/V226__b.sql`, to: `${M}/V228__b.sql`, version: '228', previousVersion: '226', keptBy: `${M}/V226__lead.sql` },
      ],
    })!;
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- `VXXX__a.sql` would become `V227__a.sql`',
      '- `V226__b.sql` would become `V228__b.sql` (V226 is taken on `main` by `V226__lead.sql`)',
    ]);
  });

  it('is in the comment under the verdict, and absent when nothing would be renamed', () => {
    const ifMerged = { branch: 'main', items: [{ from: `${M}/VXXX__x.sql`, to: `${M}/V9__x.sql`, version: '9' }] };
    const body = formatActionComment({ title: M, lint, notes: [], ifMerged }, { rules: RULES });
    const lines = body.split('\n');
    expect(lines[0]).toMatch(/^✅ \*\*pgmig: no findings\*\*/);
    expect(lines[2]).toMatch(/^🔢 \*\*If merged now:\*\* `VXXX__x.sql` would become `V9__x.sql`/);
    expect(formatActionComment({ title: M, lint, notes: [] }, { rules: RULES })).not.toMatch(/If merged now/);
    expect(mergePreview({ branch: 'main', items: [] })).toBeUndefined();
  });
});

describe('the comment on a merged pull request', () => {
  const commit = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  const commitUrl = `https://github.com/acme/crm/commit/${commit}`;

  it('says the version, the rename and the commit in one line for one migration', () => {
    const body = formatAssignComment({
      branch: 'main',
      commit,
      commitUrl,
      items: [{ from: `${M}/VXXX__user_lead_protection.sql`, to: `${M}/V227__user_lead_protection.sql`, version: '227', description: 'user_lead_protection' }],
    });
    expect(body.split('\n')[0]).toBe(
      `🔢 pgmig assigned **V227** to \`user_lead_protection\` (\`VXXX__user_lead_protection.sql\` → \`V227__user_lead_protection.sql\`) in [\`a1b2c3d\`](${commitUrl}).`,
    );
    expect(body).toMatch(/rebase onto `main`/);
  });

  it('lists several, with the files renamed along and why a numbered file moved', () => {
    const body = formatAssignComment({
      branch: 'main',
      commit,
      items: [
        {
          from: `${M}/VXXX__a.sql`,
          to: `${M}/V227__a.sql`,
          version: '227',
          description: 'a',
          files: [
            { from: `${M}/VXXX__a.sql`, to: `${M}/V227__a.sql` },
            { from: `${M}/UXXX__a.sql`, to: `${M}/U227__a.sql` },
          ],
        },
        { from: `${M}/V226__b.sql`, to: `${M}/V228__b.sql`, version: '228', description: 'b', previousVersion: '226', keptBy: `${M}/V226__lead.sql` },
      ],
    });
    expect(body.split('\n')[0]).toBe("🔢 pgmig numbered this pull request's migrations in `a1b2c3d`:");
    expect(body.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- **V227** to `a` (`VXXX__a.sql` → `V227__a.sql`); renamed with it: `UXXX__a.sql` → `U227__a.sql`',
      '- **V228** to `b` (`V226__b.sql` → `V228__b.sql`); V226 was taken by `V226__lead.sql`, which reached `main` first',
    ]);
  });
});
