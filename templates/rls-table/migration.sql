-- {{description}}: a territory-scoped table that fails closed.
-- RLS is enabled and forced, so even the owner sees nothing without app.territory set;
-- current_setting(..., true) returns NULL instead of raising when the setting is absent.
CREATE TABLE {{table}} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE {{table}} ENABLE ROW LEVEL SECURITY;
ALTER TABLE {{table}} FORCE ROW LEVEL SECURITY;

CREATE POLICY {{table}}_territory ON {{table}}
  USING (territory_id = current_setting('app.territory', true)::bigint)
  WITH CHECK (territory_id = current_setting('app.territory', true)::bigint);

REVOKE ALL ON {{table}} FROM PUBLIC;
