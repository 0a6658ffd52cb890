SELECT plan(1);
VACUUM users;
SELECT pass('vacuumed');
