import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'enum-value-used-in-transaction';

describe(rule, () => {
  it('fires, as an error, where the new value is used before the transaction commits', async () => {
    const sql = "BEGIN;\nALTER TYPE ticket_state ADD VALUE 'escalated';\nALTER TABLE ticket ALTER COLUMN state SET DEFAULT 'escalated';\nINSERT INTO ticket (state) VALUES ('escalated'::ticket_state);\nCOMMIT;";
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column, x.severity])).toEqual([
      [3, 51, 'error'],
      [4, 36, 'error'],
    ]);
    expect(f[0]!.message).toContain('ticket_state on line 2');
  });

  it('fires in the runner\'s transaction (assumeInTransaction), in a CHECK', async () => {
    const sql = "ALTER TYPE s.kind ADD VALUE 'bulk';\nALTER TABLE job ADD CONSTRAINT job_kind CHECK (kind <> 'bulk') NOT VALID;";
    expect(await lintSql(sql, { rule, config: 'assumeInTransaction: true\n' })).toHaveLength(1);
  });

  it('does not fire once the transaction that added the value has committed, or outside one', async () => {
    const committed = "BEGIN;\nALTER TYPE ticket_state ADD VALUE 'escalated';\nCOMMIT;\nUPDATE ticket SET state = 'escalated' WHERE id = 4;";
    expect(await lintSql(committed, { rule })).toEqual([]);
    const autocommit = "ALTER TYPE ticket_state ADD VALUE 'escalated';\nUPDATE ticket SET state = 'escalated' WHERE id = 4;";
    expect(await lintSql(autocommit, { rule })).toEqual([]);
  });

  it('does not fire on an enum created in the same transaction, nor on other strings', async () => {
    const created = "BEGIN;\nCREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood ADD VALUE 'sad';\nCREATE TABLE diary (m mood DEFAULT 'sad');\nCOMMIT;";
    expect(await lintSql(created, { rule })).toEqual([]);
    const other = "BEGIN;\nALTER TYPE ticket_state ADD VALUE 'escalated';\nUPDATE ticket SET note = 'closed' WHERE id = 4;\nCOMMIT;";
    expect(await lintSql(other, { rule })).toEqual([]);
  });
});
