-- People at an account.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE contact (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id bigint NOT NULL,
  account_id   bigint NOT NULL,
  first_name   text NOT NULL,
  last_name    text NOT NULL,
  email        text CHECK (email LIKE '%_@_%'),
  phone        text,
  job_title    text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT contact_account_fkey FOREIGN KEY (account_id, territory_id)
    REFERENCES account (id, territory_id) ON DELETE CASCADE
);
CREATE INDEX contact_account_id_idx ON contact (account_id);

ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact FORCE ROW LEVEL SECURITY;

CREATE POLICY contact_territory_isolation ON contact
  USING (app.can_access_territory(territory_id))
  WITH CHECK (app.can_access_territory(territory_id));

REVOKE ALL ON contact FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON contact TO crm_app;
