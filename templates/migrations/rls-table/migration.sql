-- {{migration}}: {{table}}, a territory-scoped table that fails closed.
--
-- The application names its territory in each transaction: SET LOCAL {{setting}} = '<id>'.
-- * ENABLE ROW LEVEL SECURITY binds every role but the owner, superusers and BYPASSRLS roles
--   to the policy; FORCE binds the owner too, so a job running as the owner cannot read
--   across territories by mistake.
-- * current_setting('{{setting}}', true) reads as NULL when the setting was never made, and
--   nullif turns the '' it reads as after a SET LOCAL ended into NULL: no territory, no rows,
--   and no error.
-- * REVOKE ALL … FROM PUBLIC: nobody reaches the table unless granted. Grant it to the role
--   the application works as (one that owns nothing and has no BYPASSRLS).
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30s';

CREATE TABLE IF NOT EXISTS {{table}} (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id bigint NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS {{table|bare}}_territory_id_idx ON {{table}} (territory_id);

ALTER TABLE {{table}} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS {{table|bare}}_territory_isolation ON {{table}};
CREATE POLICY {{table|bare}}_territory_isolation ON {{table}}
  USING (territory_id = nullif(current_setting({{setting|literal}}, true), '')::bigint)
  WITH CHECK (territory_id = nullif(current_setting({{setting|literal}}, true), '')::bigint);

REVOKE ALL ON {{table}} FROM PUBLIC;
-- GRANT SELECT, INSERT, UPDATE, DELETE ON {{table}} TO app_role;
