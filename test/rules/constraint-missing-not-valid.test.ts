import { describe, expect, it } from 'vitest';
import { lintProject, lintSql } from '../helpers/project.js';

const rule = 'constraint-missing-not-valid';

describe(rule, () => {
  it('fires on ADD CONSTRAINT without NOT VALID, at the action', async () => {
    const sql = 'ALTER TABLE account\n  ADD COLUMN code text,\n  ADD CONSTRAINT code_len CHECK (length(code) < 10);';
    const f = await lintSql(sql, { rule });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 3, severity: 'warning' });
    expect(f[0]!.message).toContain('code_len');
    expect(f[0]!.message).toContain('account');
  });

  it('gives the safe form for constraints that cannot be NOT VALID', async () => {
    const f = await lintSql('ALTER TABLE account ADD CONSTRAINT code_key UNIQUE (code);', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.help).toContain('USING INDEX');
    // PostgreSQL rejects NOT VALID on UNIQUE, PRIMARY KEY and EXCLUDE: the message must not offer it
    const all = await lintSql('ALTER TABLE account ADD CONSTRAINT code_key UNIQUE (code);\nALTER TABLE account ADD PRIMARY KEY (id);\nALTER TABLE booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);', { rule });
    expect(all).toHaveLength(3);
    for (const x of all) expect(x.message).not.toContain('NOT VALID');
    expect(all[0]!.message).toContain('CONCURRENTLY first and add the constraint USING INDEX');
  });

  it('does not fire with NOT VALID or USING INDEX', async () => {
    const sql = [
      'ALTER TABLE account ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;',
      'ALTER TABLE account ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b (id) NOT VALID;',
      'ALTER TABLE account ADD CONSTRAINT code_key UNIQUE USING INDEX code_idx;',
      'ALTER TABLE account ADD CONSTRAINT account_pkey PRIMARY KEY USING INDEX pkey_idx;',
    ].join('\n');
    expect(await lintSql(sql, { rule })).toEqual([]);
  });

  it('fires on VALIDATE in the transaction that added the constraint NOT VALID', async () => {
    const sql = [
      'BEGIN;',
      'ALTER TABLE account ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;',
      'ALTER TABLE account VALIDATE CONSTRAINT positive;',
      'COMMIT;',
      'BEGIN;',
      'ALTER TABLE account VALIDATE CONSTRAINT positive;',
      'COMMIT;',
    ].join('\n');
    const f = await lintSql(sql, { rule });
    expect(f.map((x) => [x.line, x.column])).toEqual([[3, 21]]);
    expect(f[0]!.message).toContain('same transaction');
  });

  it('treats the whole file as one transaction with assumeInTransaction', async () => {
    const sql = 'ALTER TABLE account ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE account VALIDATE CONSTRAINT positive;';
    expect(await lintSql(sql, { rule })).toEqual([]);
    expect((await lintSql(sql, { rule, config: 'assumeInTransaction: true\n' })).map((x) => x.line)).toEqual([2]);
  });

  it('does not fire on a table created in the same change', async () => {
    const f = await lintProject(
      {
        'db/migration/V1__ledger.sql': 'CREATE TABLE ledger (id bigint, amount numeric);',
        'db/migration/V2__ledger.sql': 'ALTER TABLE ledger ADD CONSTRAINT amount_nonzero CHECK (amount <> 0);',
      },
      { files: ['db/migration/V1__ledger.sql', 'db/migration/V2__ledger.sql'] },
    );
    expect(f.filter((x) => x.rule === rule)).toEqual([]);
  });

  it('says reads wait too under the ACCESS EXCLUSIVE of CHECK, UNIQUE, PRIMARY KEY and EXCLUDE, and gives each its own remedy', async () => {
    const sql = [
      'ALTER TABLE lead ADD CONSTRAINT lead_score CHECK (score > 0);',
      'ALTER TABLE lead ADD CONSTRAINT lead_email_key UNIQUE (email);',
      'ALTER TABLE lead ADD CONSTRAINT lead_pk PRIMARY KEY (id);',
      'ALTER TABLE lead ADD CONSTRAINT lead_span EXCLUDE USING gist (span WITH &&);',
      'ALTER TABLE lead ADD CONSTRAINT lead_account_fk FOREIGN KEY (account_id) REFERENCES account (id);',
    ].join('\n');
    const m = (await lintSql(sql, { rule: 'constraint-missing-not-valid' })).map((f) => f.message);
    expect(m[0]).toBe('ADD constraint lead_score on lead checks every existing row while blocking reads and writes on lead (ACCESS EXCLUSIVE); add it NOT VALID and VALIDATE it in a later transaction');
    expect(m[1]).toBe('ADD constraint lead_email_key on lead checks every existing row while blocking reads and writes on lead (ACCESS EXCLUSIVE); build its index CONCURRENTLY first and add the constraint USING INDEX');
    expect(m[2]).toContain('blocking reads and writes on lead (ACCESS EXCLUSIVE); build its index CONCURRENTLY');
    expect(m[3]).toContain('blocking reads and writes on lead (ACCESS EXCLUSIVE); it has no online form');
    expect(m[4]).toBe('ADD constraint lead_account_fk on lead checks every existing row while blocking writes to lead and to the table it references; add it NOT VALID and VALIDATE it in a later transaction');
  });
});
