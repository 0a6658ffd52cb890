-- pgmig example: THIS FILE IS WRONG ON PURPOSE (a pending migration, numbered at merge).
-- `pgmig lint` reports:
--   require-rls (error) on CREATE TABLE lead_protection: the table is created in schema
--     public without ALTER TABLE lead_protection ENABLE ROW LEVEL SECURITY, so the policy
--     below is never applied and crm_app sees the protections of every territory.
--   rls-setting-missing-ok (error) on the policy: current_setting('app.territory') without
--     missing_ok raises "unrecognized configuration parameter" in any session that has not
--     set the territory, instead of matching no rows. Write
--     nullif(current_setting('app.territory', true), '')::bigint as in V6.
--
-- A rep may protect a lead for a while so that nobody else in the territory takes it over.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE lead_protection (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  lead_id         bigint NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
  territory_id    bigint NOT NULL REFERENCES territory (id),
  protected_by    text NOT NULL,
  protected_until timestamptz NOT NULL,
  reason          text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (protected_until > created_at)
);
CREATE UNIQUE INDEX lead_protection_lead_id_key ON lead_protection (lead_id);

CREATE POLICY lead_protection_own_territory ON lead_protection
  USING (territory_id = current_setting('app.territory')::bigint);

REVOKE ALL ON lead_protection FROM PUBLIC;
GRANT SELECT, INSERT, DELETE ON lead_protection TO crm_app;
