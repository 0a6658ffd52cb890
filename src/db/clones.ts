import type pg from 'pg';
import { quoteIdent } from './apply.js';
import { withDatabase, type DbTarget } from './connect.js';

export interface Clone {
  name: string;
  target: DbTarget;
}

/** One admin session and the statements waiting for it: a session runs one at a time, in order. */
interface Lane {
  client: pg.Client;
  queue: Promise<unknown>;
  waiting: number;
  /** Opened for the clones (not the caller's admin session): closed by close(). */
  own: boolean;
}

/**
 * Copies of one database (`CREATE DATABASE … TEMPLATE`), each a clean start for work that must
 * not see another's writes: a pgTAP file runs as written, commits included, on a clone of its
 * own. The template must have no other session while a clone is made (the server refuses), so
 * the caller ends its own sessions on it first. Every clone made is remembered until dropped,
 * so dropAll() on every exit path leaves none behind.
 *
 * A clone takes about as long to make as a small pgTAP file takes to run, so with more admin
 * sessions (addSession) clones are made and dropped side by side, on the least busy session.
 */
export class Clones {
  private readonly live = new Set<string>();
  private made = 0;
  private readonly lanes: Lane[];
  // creations under way: dropAll waits for them, since a clone being made may be on another lane
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    /** A session on another database of the server (pgmig's admin connection). */
    admin: pg.Client,
    private readonly server: DbTarget,
    readonly template: string,
  ) {
    this.lanes = [{ client: admin, queue: Promise.resolve(), waiting: 0, own: false }];
  }

  /** Another admin session to make and drop clones on; close() ends it. */
  addSession(client: pg.Client): void {
    this.lanes.push({ client, queue: Promise.resolve(), waiting: 0, own: true });
  }

  get sessions(): number {
    return this.lanes.length;
  }

  /** The clones not dropped yet (for a signal handler to end their sessions). */
  names(): string[] {
    return [...this.live];
  }

  private onLane<T>(f: (client: pg.Client) => Promise<T>): Promise<T> {
    // the least busy session; on a tie the first, so one session behaves as before
    const lane = this.lanes.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    lane.waiting++;
    const g = () => f(lane.client).finally(() => lane.waiting--);
    const run = lane.queue.then(g, g);
    lane.queue = run.catch(() => {});
    return run;
  }

  create(): Promise<Clone> {
    // under PostgreSQL's 63-byte limit: the template's name is pgmig's own, ASCII and short
    const name = `${this.template.slice(0, 50)}_c${++this.made}`;
    this.live.add(name);
    const made = this.onLane(async (client) => {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(this.template)}`);
      } catch (err) {
        this.live.delete(name);
        throw err;
      }
      return { name, target: withDatabase(this.server, name) };
    });
    const tracked = made.catch(() => {});
    this.pending.add(tracked);
    void tracked.then(() => this.pending.delete(tracked));
    return made;
  }

  /** Drops a clone, ending any session still on it (FORCE, PostgreSQL 13+; else plainly). */
  drop(name: string): Promise<void> {
    return this.onLane(async (client) => {
      if (!this.live.has(name)) return;
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } catch {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      }
      this.live.delete(name);
    });
  }

  /** Drops every clone still there, once the ones being made are made; failures are left for the caller's own cleanup to report. */
  async dropAll(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
    await Promise.all(this.names().map((name) => this.drop(name).catch(() => {})));
    // a clone session that broke left its drops undone: the caller's own session tries again
    for (const name of this.names()) {
      await this.lanes[0]!.client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).then(() => this.live.delete(name), () => {});
    }
  }

  /** Ends the sessions added for the clones (the caller's admin session stays open). */
  async close(): Promise<void> {
    await Promise.all(this.lanes.filter((l) => l.own).map((l) => l.client.end().catch(() => {})));
  }
}
