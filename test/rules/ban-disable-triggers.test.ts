import { describe, expect, it } from 'vitest';
import { lintSql } from '../helpers/project.js';

const rule = 'ban-disable-triggers';

describe(rule, () => {
  it('fires on DISABLE TRIGGER ALL of an existing table', async () => {
    const f = await lintSql('ALTER TABLE shipment DISABLE TRIGGER ALL;', { rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('foreign keys');
  });

  it('fires on DISABLE TRIGGER USER when the folder made triggers on the table, naming them', async () => {
    const before = ['CREATE TABLE shipment (id bigint);\nCREATE TRIGGER shipment_audit AFTER UPDATE ON shipment FOR EACH ROW EXECUTE FUNCTION audit();'];
    const f = await lintSql('ALTER TABLE shipment DISABLE TRIGGER USER;', { before, rule });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('shipment_audit');
  });

  it('does not fire on USER without known triggers, on one named trigger, on ENABLE, or on a new table', async () => {
    expect(await lintSql('ALTER TABLE shipment DISABLE TRIGGER USER;\nALTER TABLE shipment DISABLE TRIGGER shipment_audit;\nALTER TABLE shipment ENABLE TRIGGER ALL;', { rule })).toEqual([]);
    const dropped = ['CREATE TRIGGER shipment_audit AFTER UPDATE ON shipment FOR EACH ROW EXECUTE FUNCTION audit();\nDROP TRIGGER shipment_audit ON shipment;'];
    expect(await lintSql('ALTER TABLE shipment DISABLE TRIGGER USER;', { before: dropped, rule })).toEqual([]);
    expect(await lintSql('CREATE TABLE bulk (id bigint);\nALTER TABLE bulk DISABLE TRIGGER ALL;', { rule })).toEqual([]);
  });
});
