import { defineRule } from './rule.js';

// Reported by the engine from the parser's error; this file carries its id, severity and docs.
export default defineRule({
  id: 'syntax-error',
  severity: 'error',
  builtIn: true,
  docs: {
    why: 'PostgreSQL cannot parse the file, so the migration fails at deploy time, possibly after earlier statements of the file ran.',
    instead: 'Fix the SQL at the position shown. pgmig parses with the PostgreSQL grammar itself (libpg-query), so what it rejects the server rejects too.',
    example: { bad: 'CREATE TABLE t (id int,, name text);', good: 'CREATE TABLE t (id int, name text);' },
  },
});
