import { describe, expect, inject, it } from 'vitest';
import { connect, parseDatabaseUrl } from '../../src/db/connect.js';

describe('throwaway cluster', () => {
  it('accepts connections on 127.0.0.1 with durability off, as a non-root server', async () => {
    const c = await connect(parseDatabaseUrl(inject('pgUrl'), '--database-url'));
    try {
      const r = await c.query(`select current_setting('fsync') f, current_setting('full_page_writes') fpw,
        current_setting('synchronous_commit') sc, current_setting('listen_addresses') la,
        current_setting('server_encoding') enc, current_setting('unix_socket_directories') sock`);
      expect(r.rows[0]).toMatchObject({ f: 'off', fpw: 'off', sc: 'off', la: '127.0.0.1', enc: 'UTF8' });
      expect(r.rows[0].sock).toMatch(/pgmig-pg-.*\/sock$/);
    } finally {
      await c.end();
    }
  });
});
