-- Undo of {{migration}}: drops {{table}}.{{column}} with what it holds.
-- Roll the application back first: a release that writes {{column}} fails once it is gone.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5s';

-- pgmig-ignore ban-drop-column -- the undo removes the column its migration added
ALTER TABLE {{table}} DROP COLUMN IF EXISTS {{column}};
