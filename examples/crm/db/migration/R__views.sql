-- Repeatable: Flyway runs it after the versioned migrations whenever its content changes.
--
-- security_invoker (PostgreSQL 15) makes a view apply the policies of the user who queries
-- it. Without it a view reads its tables as the view's owner, and the owner's reads are not
-- filtered by territory: every rep would see every territory's pipeline.
-- Replacing a view takes ACCESS EXCLUSIVE on it, so do not queue behind a long report.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

CREATE OR REPLACE VIEW opportunity_pipeline
WITH (security_invoker = true) AS
SELECT
  o.territory_id,
  t.code                 AS territory_code,
  o.stage,
  o.currency,
  count(*)               AS open_opportunities,
  sum(o.amount)          AS open_amount,
  min(o.expected_close_on) AS next_close_on
FROM opportunity AS o
JOIN territory AS t ON t.id = o.territory_id
WHERE o.closed_at IS NULL
GROUP BY o.territory_id, t.code, o.stage, o.currency;

CREATE OR REPLACE VIEW overdue_activity
WITH (security_invoker = true) AS
SELECT
  a.id,
  a.territory_id,
  a.account_id,
  acc.name AS account_name,
  a.kind,
  a.subject,
  a.due_at,
  a.owner_user_id
FROM activity AS a
JOIN account AS acc ON acc.id = a.account_id
WHERE a.done_at IS NULL
  AND a.due_at < now();

REVOKE ALL ON opportunity_pipeline, overdue_activity FROM PUBLIC;
GRANT SELECT ON opportunity_pipeline, overdue_activity TO crm_app;
