-- Deals in progress against an account.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE opportunity (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id      bigint NOT NULL,
  account_id        bigint NOT NULL,
  name              text NOT NULL,
  stage             text NOT NULL DEFAULT 'prospecting'
                      CHECK (stage IN ('prospecting', 'qualification', 'proposal', 'negotiation', 'won', 'lost')),
  amount            numeric(14, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
  currency          text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  expected_close_on date,
  owner_user_id     text NOT NULL,
  closed_at         timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT opportunity_account_fkey FOREIGN KEY (account_id, territory_id)
    REFERENCES account (id, territory_id),
  CONSTRAINT opportunity_closed_stage CHECK ((closed_at IS NOT NULL) = (stage IN ('won', 'lost')))
);
CREATE INDEX opportunity_account_id_idx ON opportunity (account_id);

ALTER TABLE opportunity ENABLE ROW LEVEL SECURITY;
ALTER TABLE opportunity FORCE ROW LEVEL SECURITY;

CREATE POLICY opportunity_territory_isolation ON opportunity
  USING (app.can_access_territory(territory_id))
  WITH CHECK (app.can_access_territory(territory_id));

REVOKE ALL ON opportunity FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON opportunity TO crm_app;
