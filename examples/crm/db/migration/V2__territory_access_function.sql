-- Territories form a tree (EMEA > DACH > Germany). A request runs in one territory, set per
-- transaction with `SET LOCAL app.territory = '<id>'` (transaction-scoped, so it is safe
-- behind a connection pooler in transaction mode), and may see that territory and every
-- territory below it.
--
-- The tree is kept as a closure table in the private schema, so the access check does not
-- read `territory` through territory's own policies (a policy that queries the table it
-- protects recurses). Rows are added by a trigger on territory (V3).
CREATE TABLE app.territory_closure (
  ancestor_id   bigint NOT NULL,
  descendant_id bigint NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id)
);
REVOKE ALL ON app.territory_closure FROM PUBLIC;

-- Used by the policies of every territory-scoped table. STABLE: within one statement the
-- answer does not change, so the planner may evaluate it once per distinct argument.
-- SECURITY DEFINER so callers need no privilege on the closure table; a definer function
-- pins search_path so a caller cannot shadow pg_catalog objects with its own.
-- An unset setting reads as NULL (missing_ok) and, after a SET LOCAL has ended, as '';
-- both mean "no territory" and grant nothing, rather than raising an error.
CREATE FUNCTION app.can_access_territory(target_territory bigint)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT EXISTS (
    SELECT 1
    FROM app.territory_closure AS c
    WHERE c.ancestor_id = nullif(current_setting('app.territory', true), '')::bigint
      AND c.descendant_id = target_territory
  );
$fn$;

REVOKE ALL ON FUNCTION app.can_access_territory(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.can_access_territory(bigint) TO crm_app;

COMMENT ON FUNCTION app.can_access_territory(bigint) IS
  'true when the territory is the session''s app.territory or lies below it';
