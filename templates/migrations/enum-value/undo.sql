-- Undo of {{migration}}: removes {{value|literal}} from {{type}}.
--
-- PostgreSQL cannot drop a value from an enum, so the type is built again without it and every
-- column of the type converted (defaults kept). That rewrites those tables under ACCESS
-- EXCLUSIVE: on large tables, plan it like any table rewrite. It fails, and changes nothing,
-- while a row still holds {{value|literal}} (move those rows first) or a view uses such a column.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5min';

DO $undo$
DECLARE
  labels text;
  col    record;
BEGIN
  SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) INTO labels
  FROM pg_enum AS e
  WHERE e.enumtypid = {{type|literal}}::regtype AND e.enumlabel <> {{value|literal}};

  ALTER TYPE {{type}} RENAME TO {{type|bare}}__pgmig_undo;
  EXECUTE format('CREATE TYPE {{type}} AS ENUM (%s)', labels);

  FOR col IN
    SELECT a.attrelid::regclass AS tbl, a.attname, pg_get_expr(d.adbin, d.adrelid) AS dflt
    FROM pg_attribute AS a
    JOIN pg_class AS c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
    LEFT JOIN pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.atttypid = '{{type|schema_prefix}}{{type|bare}}__pgmig_undo'::regtype AND a.attnum > 0 AND NOT a.attisdropped
  LOOP
    IF col.dflt IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', col.tbl, col.attname);
    END IF;
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE {{type}} USING %I::text::{{type}}', col.tbl, col.attname, col.attname);
    IF col.dflt IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s', col.tbl, col.attname,
        replace(col.dflt, '{{type|bare}}__pgmig_undo', '{{type|bare}}'));
    END IF;
  END LOOP;

  DROP TYPE {{type|schema_prefix}}{{type|bare}}__pgmig_undo;
END
$undo$;
