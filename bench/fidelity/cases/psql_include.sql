SELECT plan(2);
\ir inc/two.psql
