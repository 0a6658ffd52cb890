-- Undo of VXXX__user_lead_protection (numbered with it at merge): removes the protection
-- table; its index, policy and grants go with it.
SET lock_timeout = '3s';
SET statement_timeout = '30s';

-- An undo removes what its migration created: protections written since are lost with it.
DROP TABLE IF EXISTS lead_protection;
