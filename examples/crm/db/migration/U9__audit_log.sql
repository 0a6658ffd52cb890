-- Undo of V9: removes the audit triggers, their function and the audit table.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

DROP TRIGGER IF EXISTS opportunity_audit ON opportunity;
DROP TRIGGER IF EXISTS lead_audit ON lead;
DROP TRIGGER IF EXISTS contact_audit ON contact;
DROP TRIGGER IF EXISTS account_audit ON account;
DROP FUNCTION IF EXISTS app.audit_row_change();
-- An undo removes what V9 created: audit rows written since are lost with it.
DROP TABLE IF EXISTS audit_log;
