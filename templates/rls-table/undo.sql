-- Undo of {{description}}: drops the table with its policy.
DROP TABLE IF EXISTS {{table}};
