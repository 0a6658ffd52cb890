-- Territories. Root territories (no parent) are created by an administrator whose role has
-- BYPASSRLS; the application creates sub-territories under one it can already see.
CREATE TABLE territory (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id  bigint REFERENCES territory (id),
  code       text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX territory_parent_id_idx ON territory (parent_id);

-- Keeps app.territory_closure in step: a new territory is below everything its parent is
-- below, and below itself. Moving a territory is not supported (no UPDATE on parent_id
-- is granted), which keeps the closure append-only.
CREATE FUNCTION app.territory_closure_insert()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $closure$
BEGIN
  INSERT INTO app.territory_closure (ancestor_id, descendant_id)
  SELECT c.ancestor_id, NEW.id
  FROM app.territory_closure AS c
  WHERE c.descendant_id = NEW.parent_id
  UNION ALL
  SELECT NEW.id, NEW.id;
  RETURN NULL;
END
$closure$;
REVOKE ALL ON FUNCTION app.territory_closure_insert() FROM PUBLIC;

CREATE TRIGGER territory_closure_insert
  AFTER INSERT ON territory
  FOR EACH ROW EXECUTE FUNCTION app.territory_closure_insert();

ALTER TABLE territory ENABLE ROW LEVEL SECURITY;
-- FORCE: the owner is bound by the policies too, unless it has BYPASSRLS.
ALTER TABLE territory FORCE ROW LEVEL SECURITY;

CREATE POLICY territory_read ON territory
  FOR SELECT
  USING (app.can_access_territory(id));

CREATE POLICY territory_create_child ON territory
  FOR INSERT
  WITH CHECK (app.can_access_territory(parent_id));

CREATE POLICY territory_rename ON territory
  FOR UPDATE
  USING (app.can_access_territory(id))
  WITH CHECK (app.can_access_territory(id));

REVOKE ALL ON territory FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE (name) ON territory TO crm_app;
