-- {{migration}}: index {{index}} on {{table}} ({{columns}}), built without blocking writes.
--
-- CREATE INDEX CONCURRENTLY lets reads and writes go on during the build (it takes SHARE
-- UPDATE EXCLUSIVE, not SHARE). It cannot run inside a transaction, so it is alone in its
-- file: Flyway, and pgmig test, then run the file without one.
-- A build that fails or is cancelled leaves an INVALID index behind, which costs every write
-- and serves no query; the DROP first makes the file safe to run again (the first time, it
-- does nothing); the build has no IF NOT EXISTS, which would keep the INVALID index of a
-- failed run instead of building it again. lock_timeout bounds the waits for the lock;
-- statement_timeout bounds the build itself, which waits for the transactions already running on {{table}} to finish.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30min';

DROP INDEX CONCURRENTLY IF EXISTS {{table|schema_prefix}}{{index}};
CREATE INDEX CONCURRENTLY {{index}}
  ON {{table}} ({{columns}}){{#where}}
  WHERE {{where}}{{/where}};
