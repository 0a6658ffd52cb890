-- Row-level audit trail for the territory-scoped tables. Reps can read the history of the
-- territories they can see; nobody but the trigger writes it.
-- CREATE TRIGGER takes SHARE ROW EXCLUSIVE on each audited table: writes wait meanwhile.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  territory_id bigint NOT NULL,
  table_name   text NOT NULL,
  row_id       bigint NOT NULL,
  action       text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
  db_user      text NOT NULL,
  app_user_id  text,
  changed_at   timestamptz NOT NULL DEFAULT now(),
  old_row      jsonb,
  new_row      jsonb
);
CREATE INDEX audit_log_territory_changed_at_idx ON audit_log (territory_id, changed_at);
CREATE INDEX audit_log_row_idx ON audit_log (table_name, row_id);

-- Not FORCEd on purpose: the trigger function below runs as the table owner and must record
-- changes made by jobs that run without a territory (backfills, administrators). The
-- application role owns nothing, so the policy binds it regardless.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY audit_log_read ON audit_log
  FOR SELECT
  USING (app.can_access_territory(territory_id));

REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT ON audit_log TO crm_app;

-- SECURITY DEFINER: the application may not INSERT into audit_log itself.
-- The application tags its transactions with SET LOCAL app.user_id = '<user>'.
CREATE FUNCTION app.audit_row_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $audit$
DECLARE
  v_old     jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  v_new     jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  v_subject jsonb := coalesce(v_new, v_old);
BEGIN
  -- an UPDATE that changed nothing is not history
  IF TG_OP = 'UPDATE' AND v_old = v_new THEN
    RETURN NULL;
  END IF;
  INSERT INTO public.audit_log (territory_id, table_name, row_id, action, db_user, app_user_id, old_row, new_row)
  VALUES (
    (v_subject ->> 'territory_id')::bigint,
    TG_TABLE_NAME,
    (v_subject ->> 'id')::bigint,
    TG_OP,
    session_user,
    nullif(current_setting('app.user_id', true), ''),
    v_old,
    v_new
  );
  RETURN NULL;
END
$audit$;
REVOKE ALL ON FUNCTION app.audit_row_change() FROM PUBLIC;

CREATE TRIGGER account_audit
  AFTER INSERT OR UPDATE OR DELETE ON account
  FOR EACH ROW EXECUTE FUNCTION app.audit_row_change();
CREATE TRIGGER contact_audit
  AFTER INSERT OR UPDATE OR DELETE ON contact
  FOR EACH ROW EXECUTE FUNCTION app.audit_row_change();
CREATE TRIGGER lead_audit
  AFTER INSERT OR UPDATE OR DELETE ON lead
  FOR EACH ROW EXECUTE FUNCTION app.audit_row_change();
CREATE TRIGGER opportunity_audit
  AFTER INSERT OR UPDATE OR DELETE ON opportunity
  FOR EACH ROW EXECUTE FUNCTION app.audit_row_change();
