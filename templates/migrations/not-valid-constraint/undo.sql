-- Undo of {{migration}}: drops {{constraint}} from {{table}}.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '5s';

ALTER TABLE {{table}} DROP CONSTRAINT IF EXISTS {{constraint}};
