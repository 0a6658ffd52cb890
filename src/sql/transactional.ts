import type { Node, ReindexObjectType } from '@pgsql/types';
import { nodeAs } from './node-types.js';
import type { StatementNode } from './parse.js';

/**
 * Which statements PostgreSQL refuses inside a transaction block ("… cannot run inside a
 * transaction block", the server's PreventInTransactionBlock). The lint rules and `pgmig test`
 * (which must apply such a file statement by statement, not in one transaction) share this list.
 *
 * Only what the statement's text decides is known here. A few statements are refused only
 * because of the catalog (REINDEX TABLE or CLUSTER on a partitioned table, DROP SUBSCRIPTION of
 * a subscription without a slot is allowed); those follow the common case or are left out,
 * as noted below.
 */
export interface NonTransactional {
  /** Short, canonical name of the operation, e.g. `CREATE INDEX CONCURRENTLY`. */
  label: string;
  /** True for the CONCURRENTLY forms, which exist to avoid long locks on live tables. */
  concurrently: boolean;
}

export interface TransactionalOptions {
  /** Server major version (config `postgresVersion`); defaults to 16. */
  postgresVersion?: number;
}

/** A statement's kind and node: all that decides whether it can run in a transaction block. */
type StatementLike = StatementNode;

/** The label of a statement that cannot run in a transaction block, or undefined when it can. */
export function nonTransactional(stmt: StatementLike, options: TransactionalOptions = {}): string | undefined {
  return nonTransactionalInfo(stmt, options)?.label;
}

export function nonTransactionalInfo(stmt: StatementLike, options: TransactionalOptions = {}): NonTransactional | undefined {
  const { kind, node: n } = stmt;
  const plain = (label: string): NonTransactional => ({ label, concurrently: false });
  const concurrent = (label: string): NonTransactional => ({ label, concurrently: true });
  switch (kind) {
    case 'IndexStmt':
      return n.concurrent ? concurrent(n.unique ? 'CREATE UNIQUE INDEX CONCURRENTLY' : 'CREATE INDEX CONCURRENTLY') : undefined;
    case 'DropStmt':
      return n.concurrent && n.removeType === 'OBJECT_INDEX' ? concurrent('DROP INDEX CONCURRENTLY') : undefined;
    case 'ReindexStmt': {
      const what = (n.kind && REINDEX_TARGET[n.kind]) ?? 'INDEX';
      if (optionEnabled(n.params, 'concurrently')) return concurrent(`REINDEX ${what} CONCURRENTLY`);
      // these commit after each table, so the server cannot let them run inside a block
      return what === 'SCHEMA' || what === 'DATABASE' || what === 'SYSTEM' ? plain(`REINDEX ${what}`) : undefined;
    }
    case 'AlterTableStmt':
      for (const c of n.cmds ?? []) {
        const cmd = nodeAs(c, 'AlterTableCmd');
        if (cmd?.subtype === 'AT_DetachPartition' && nodeAs(cmd.def, 'PartitionCmd')?.concurrent) {
          return concurrent('DETACH PARTITION CONCURRENTLY');
        }
      }
      return undefined;
    case 'VacuumStmt':
      // ANALYZE alone is transactional; VACUUM (with or without ANALYZE) is not
      return n.is_vacuumcmd ? plain('VACUUM') : undefined;
    case 'ClusterStmt':
      // CLUSTER without a table reclusters every table, one transaction each
      return n.relation ? undefined : plain('CLUSTER');
    case 'AlterSystemStmt':
      return plain('ALTER SYSTEM');
    case 'CreatedbStmt':
      return plain('CREATE DATABASE');
    case 'DropdbStmt':
      return plain('DROP DATABASE');
    case 'AlterDatabaseStmt':
      return (n.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname === 'tablespace') ? plain('ALTER DATABASE SET TABLESPACE') : undefined;
    case 'CreateTableSpaceStmt':
      return plain('CREATE TABLESPACE');
    case 'DropTableSpaceStmt':
      return plain('DROP TABLESPACE');
    case 'DiscardStmt':
      return n.target === 'DISCARD_ALL' ? plain('DISCARD ALL') : undefined;
    case 'AlterEnumStmt':
      // PostgreSQL 12 lifted the restriction (the new value still cannot be used before COMMIT)
      return n.newVal !== undefined && n.oldVal === undefined && (options.postgresVersion ?? 16) < 12 ? plain('ALTER TYPE … ADD VALUE') : undefined;
    case 'CreateSubscriptionStmt':
      // creating the replication slot on the publisher cannot be rolled back
      return optionEnabled(n.options, 'connect') !== false && optionEnabled(n.options, 'create_slot') !== false
        ? plain('CREATE SUBSCRIPTION')
        : undefined;
    case 'DropSubscriptionStmt':
      // refused only when the subscription has a slot to drop: the usual case
      return plain('DROP SUBSCRIPTION');
    case 'AlterSubscriptionStmt':
      if (n.kind === 'ALTER_SUBSCRIPTION_REFRESH') return plain('ALTER SUBSCRIPTION … REFRESH PUBLICATION');
      if (
        (n.kind === 'ALTER_SUBSCRIPTION_SET_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_ADD_PUBLICATION' || n.kind === 'ALTER_SUBSCRIPTION_DROP_PUBLICATION') &&
        optionEnabled(n.options, 'refresh') !== false
      ) {
        return plain('ALTER SUBSCRIPTION … PUBLICATION');
      }
      return undefined;
    default:
      return undefined;
  }
}

const REINDEX_TARGET: Partial<Record<ReindexObjectType, string>> = {
  REINDEX_OBJECT_INDEX: 'INDEX',
  REINDEX_OBJECT_TABLE: 'TABLE',
  REINDEX_OBJECT_SCHEMA: 'SCHEMA',
  REINDEX_OBJECT_DATABASE: 'DATABASE',
  REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};

/**
 * A boolean option of a parenthesised option list (`REINDEX (CONCURRENTLY false)`, `WITH (refresh =
 * off)`): true or false as PostgreSQL reads it, undefined when the option is absent. A bare
 * option name means true. The parser drops zero and false values from the JSON, so an empty
 * Integer or Boolean node is 0 or false.
 */
export function optionEnabled(options: Node[] | undefined, name: string): boolean | undefined {
  if (!Array.isArray(options)) return undefined;
  let result: boolean | undefined;
  for (const o of options) {
    const d = nodeAs(o, 'DefElem');
    if (d?.defname !== name) continue;
    const arg = d.arg;
    const int = nodeAs(arg, 'Integer');
    const bool = nodeAs(arg, 'Boolean');
    if (!arg) result = true;
    else if (int) result = (int.ival ?? 0) !== 0;
    else if (bool) result = bool.boolval ?? false;
    else result = !isFalseWord(String(nodeAs(arg, 'String')?.sval ?? ''));
  }
  return result;
}

/** PostgreSQL's parse_bool accepts any unambiguous prefix of false/no/off, and 0. */
function isFalseWord(text: string): boolean {
  const t = text.toLowerCase();
  if (t === '0') return true;
  return (t.length >= 1 && ('false'.startsWith(t) || 'no'.startsWith(t))) || (t.length >= 2 && 'off'.startsWith(t));
}
