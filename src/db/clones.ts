import type pg from 'pg';
import { quoteIdent } from './apply.js';
import { withDatabase, type DbTarget } from './connect.js';

export interface Clone {
  name: string;
  target: DbTarget;
}

/**
 * Copies of one database (`CREATE DATABASE … TEMPLATE`), each a clean start for work that must
 * not see another's writes: a pgTAP file runs as written, commits included, on a clone of its
 * own. The template must have no other session while a clone is made (the server refuses), so
 * the caller ends its own sessions on it first. Every clone made is remembered until dropped,
 * so dropAll() on every exit path leaves none behind.
 */
export class Clones {
  private readonly live = new Set<string>();
  private made = 0;
  // one admin session serves every worker: its statements go one at a time, in order
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** A session on another database of the server (pgmig's admin connection). */
    private readonly admin: pg.Client,
    private readonly server: DbTarget,
    readonly template: string,
  ) {}

  /** The clones not dropped yet (for a signal handler to end their sessions). */
  names(): string[] {
    return [...this.live];
  }

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const run = this.queue.then(f, f);
    this.queue = run.catch(() => {});
    return run;
  }

  create(): Promise<Clone> {
    return this.serial(() => this.createNow());
  }

  private async createNow(): Promise<Clone> {
    // under PostgreSQL's 63-byte limit: the template's name is pgmig's own, ASCII and short
    const name = `${this.template.slice(0, 50)}_c${++this.made}`;
    this.live.add(name);
    try {
      await this.admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(this.template)}`);
    } catch (err) {
      this.live.delete(name);
      throw err;
    }
    return { name, target: withDatabase(this.server, name) };
  }

  /** Drops a clone, ending any session still on it (FORCE, PostgreSQL 13+; else plainly). */
  drop(name: string): Promise<void> {
    return this.serial(() => this.dropNow(name));
  }

  private async dropNow(name: string): Promise<void> {
    if (!this.live.has(name)) return;
    try {
      await this.admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch {
      await this.admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
    this.live.delete(name);
  }

  /** Drops every clone still there; failures are left for the caller's own cleanup to report. */
  async dropAll(): Promise<void> {
    for (const name of this.names()) await this.drop(name).catch(() => {});
  }
}
