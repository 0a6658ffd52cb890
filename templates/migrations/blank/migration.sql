-- {{migration}}: {{description}}
-- Say what changes and why it is safe while the application runs. A statement that locks an
-- existing table gives up after lock_timeout instead of queueing every query on the table
-- behind a long transaction; statement_timeout bounds how long it may then hold that lock.
SET lock_timeout = '{{lock_timeout}}';
SET statement_timeout = '30s';

-- The change goes here.
