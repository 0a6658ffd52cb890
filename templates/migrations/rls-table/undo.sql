-- Undo of {{migration}}: drops {{table}} with its index and policy.
-- The rows written since are lost with it: roll the application back first.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30s';

-- pgmig-ignore ban-drop-table -- the undo removes the table its migration created
DROP TABLE IF EXISTS {{table}};
