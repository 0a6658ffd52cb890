-- Undo of V10 (run V15's undo first if it was applied: the check constraints go with the
-- column anyway).
SET lock_timeout = '3s';
SET statement_timeout = '5s';

-- pgmig-ignore ban-drop-column -- an undo removes what V10 added; roll the application back first
ALTER TABLE account DROP COLUMN IF EXISTS segment;
