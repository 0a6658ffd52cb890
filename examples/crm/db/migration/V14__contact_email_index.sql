-- Case-insensitive contact lookup by e-mail within a territory (duplicate detection on
-- import). Built CONCURRENTLY, alone in its file, re-runnable after a failed build; see V13.
SET lock_timeout = '3s';
SET statement_timeout = '30min';

DROP INDEX CONCURRENTLY IF EXISTS contact_territory_email_idx;
CREATE INDEX CONCURRENTLY contact_territory_email_idx
  ON contact (territory_id, lower(email))
  WHERE email IS NOT NULL;
