\set ECHO none
\set n 3
\set who 'O''Brien \\ co'
\set tbl users

SELECT plan(:n);
SELECT is(:'who'::text, E'O''Brien \\ co'::text, 'a literal');
SELECT has_table(:'tbl');
SELECT is((SELECT count(*)::int FROM :"tbl"), 0, 'an identifier');
SELECT 1::int;
\unset n
SELECT '1:n' AS not_a_var;
