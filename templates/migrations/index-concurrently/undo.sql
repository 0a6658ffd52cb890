-- Undo of {{migration}}: drops {{index}} without blocking {{table}} (alone in its file, as
-- CONCURRENTLY needs).
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '10min';

DROP INDEX CONCURRENTLY IF EXISTS {{table|schema_prefix}}{{index}};
