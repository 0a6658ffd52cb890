-- Calls, e-mails, meetings and tasks logged against an account, optionally tied to one
-- contact and one opportunity.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE activity (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id   bigint NOT NULL,
  account_id     bigint NOT NULL,
  contact_id     bigint REFERENCES contact (id) ON DELETE SET NULL,
  opportunity_id bigint REFERENCES opportunity (id) ON DELETE SET NULL,
  kind           text NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'task')),
  subject        text NOT NULL,
  notes          text,
  due_at         timestamptz,
  done_at        timestamptz,
  owner_user_id  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT activity_account_fkey FOREIGN KEY (account_id, territory_id)
    REFERENCES account (id, territory_id) ON DELETE CASCADE
);
CREATE INDEX activity_account_id_idx ON activity (account_id);
CREATE INDEX activity_contact_id_idx ON activity (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX activity_opportunity_id_idx ON activity (opportunity_id) WHERE opportunity_id IS NOT NULL;

ALTER TABLE activity ENABLE ROW LEVEL SECURITY;
ALTER TABLE activity FORCE ROW LEVEL SECURITY;

CREATE POLICY activity_territory_isolation ON activity
  USING (app.can_access_territory(territory_id))
  WITH CHECK (app.can_access_territory(territory_id));

REVOKE ALL ON activity FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON activity TO crm_app;
