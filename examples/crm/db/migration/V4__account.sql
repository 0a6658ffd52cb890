-- Accounts (customer companies). Every territory-scoped table carries territory_id itself,
-- so its policy is one indexed comparison and never a join.
-- The foreign key locks territory (SHARE ROW EXCLUSIVE) while the table is created.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE account (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id   bigint NOT NULL REFERENCES territory (id),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  domain         text CHECK (domain = lower(domain)),
  employee_count bigint CHECK (employee_count >= 0),
  owner_user_id  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  -- lets child tables reference (account_id, territory_id), so a contact or an
  -- opportunity can never sit in another territory than its account
  CONSTRAINT account_id_territory_key UNIQUE (id, territory_id)
);
CREATE INDEX account_territory_id_idx ON account (territory_id);
CREATE UNIQUE INDEX account_territory_domain_key ON account (territory_id, domain)
  WHERE domain IS NOT NULL;

ALTER TABLE account ENABLE ROW LEVEL SECURITY;
ALTER TABLE account FORCE ROW LEVEL SECURITY;

CREATE POLICY account_territory_isolation ON account
  USING (app.can_access_territory(territory_id))
  WITH CHECK (app.can_access_territory(territory_id));

REVOKE ALL ON account FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON account TO crm_app;
