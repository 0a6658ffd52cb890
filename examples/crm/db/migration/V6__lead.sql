-- Inbound leads. A lead is routed to exactly one territory and worked only by that
-- territory's reps, so its policy compares with the session's territory directly instead
-- of rolling up the tree (managers see lead figures through reports, not this table).
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE lead (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id         bigint NOT NULL REFERENCES territory (id),
  company_name         text NOT NULL,
  contact_name         text,
  email                text,
  source               text NOT NULL CHECK (source IN ('web', 'event', 'referral', 'outbound', 'partner')),
  status               text NOT NULL DEFAULT 'new'
                         CHECK (status IN ('new', 'working', 'qualified', 'disqualified', 'converted')),
  owner_user_id        text,
  converted_account_id bigint REFERENCES account (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'converted') = (converted_account_id IS NOT NULL))
);
CREATE INDEX lead_territory_status_idx ON lead (territory_id, status);
CREATE INDEX lead_converted_account_id_idx ON lead (converted_account_id)
  WHERE converted_account_id IS NOT NULL;

ALTER TABLE lead ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead FORCE ROW LEVEL SECURITY;

-- missing_ok (the `true`) makes an unset territory match nothing instead of raising an
-- error; nullif covers the empty string the setting reads as once a SET LOCAL has ended.
CREATE POLICY lead_own_territory ON lead
  USING (territory_id = nullif(current_setting('app.territory', true), '')::bigint)
  WITH CHECK (territory_id = nullif(current_setting('app.territory', true), '')::bigint);

REVOKE ALL ON lead FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON lead TO crm_app;
