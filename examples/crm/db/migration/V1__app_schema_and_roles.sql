-- The private schema holds the access-control internals (territory tree, access check,
-- audit trigger). The application reaches them only through functions it is granted.
CREATE SCHEMA IF NOT EXISTS app;
REVOKE ALL ON SCHEMA app FROM PUBLIC;

-- The role the application works as. Each service logs in with its own role and is granted
-- crm_app; none of them owns a table, so policies always apply to them.
-- Roles are cluster-wide: another database on the same cluster may have created it already.
DO $roles$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'crm_app') THEN
    CREATE ROLE crm_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$roles$;

GRANT USAGE ON SCHEMA app TO crm_app;
GRANT USAGE ON SCHEMA public TO crm_app;
