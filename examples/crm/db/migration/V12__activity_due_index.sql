-- pgmig example: THIS FILE IS WRONG ON PURPOSE. `pgmig lint` reports, on the CREATE INDEX:
--   require-concurrent-index-creation (error): activity already exists and the index is built
--     without CONCURRENTLY, so a SHARE lock blocks every INSERT, UPDATE and DELETE on
--     activity for the whole build.
--   require-lock-timeout (error): no SET lock_timeout before it, so while it waits for the
--     lock every later query on activity queues behind it.
--   require-statement-timeout (warning): no SET statement_timeout before it.
-- The safe form is the one in V13 and V14: SET lock_timeout, then CREATE INDEX CONCURRENTLY
-- alone in its file.
CREATE INDEX activity_owner_due_idx ON activity (owner_user_id, due_at)
  WHERE done_at IS NULL;
