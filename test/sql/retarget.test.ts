import { beforeAll, describe, expect, it } from 'vitest';
import { ensureParser } from '../../src/sql/parse.js';
import { retarget } from '../../src/sql/retarget.js';

const lead = { schema: 'public', name: 'lead' };
const copy = { schema: 'pgmig_estimate', name: 'lead' };

beforeAll(() => ensureParser());

describe('retarget', () => {
  it('points every reference to the table at the copy, however it is written', () => {
    expect(retarget('CREATE INDEX lead_owner ON lead (owner)', lead, copy)).toBe('CREATE INDEX lead_owner ON "pgmig_estimate"."lead" (owner)');
    expect(retarget('ALTER TABLE "public".lead ALTER COLUMN lead TYPE bigint', lead, copy)).toBe('ALTER TABLE "pgmig_estimate"."lead" ALTER COLUMN lead TYPE bigint');
    expect(retarget('CLUSTER public . lead USING lead_pkey', lead, copy)).toBe('CLUSTER "pgmig_estimate"."lead" USING lead_pkey');
  });

  it('leaves columns, strings, other tables and other schemas alone', () => {
    const sql = "ALTER TABLE lead ADD CONSTRAINT c CHECK (note <> 'lead'), ADD COLUMN other_id bigint";
    expect(retarget(sql, lead, copy)).toBe(`ALTER TABLE "pgmig_estimate"."lead" ADD CONSTRAINT c CHECK (note <> 'lead'), ADD COLUMN other_id bigint`);
    expect(retarget('CREATE INDEX ON app.lead (x)', lead, copy)).toBeUndefined();
    expect(retarget('CREATE INDEX ON app.lead (x)', { schema: 'app', name: 'lead' }, copy)).toBe('CREATE INDEX ON "pgmig_estimate"."lead" (x)');
    expect(retarget('CREATE INDEX ON account (x)', lead, copy)).toBeUndefined();
  });

  it('keeps multi-byte text before and after the name intact', () => {
    expect(retarget("UPDATE lead SET note = 'für' FROM lead AS l2 WHERE l2.note = 'Straße'", lead, copy)).toBe(
      `UPDATE "pgmig_estimate"."lead" SET note = 'für' FROM "pgmig_estimate"."lead" AS l2 WHERE l2.note = 'Straße'`,
    );
    expect(retarget(`ALTER TABLE "lëad" ADD x int`, { schema: 'public', name: 'lëad' }, copy)).toBe('ALTER TABLE "pgmig_estimate"."lead" ADD x int');
  });

  it('is undefined for SQL that does not parse', () => {
    expect(retarget('ALTER TABLE lead ADD', lead, copy)).toBeUndefined();
  });
});
