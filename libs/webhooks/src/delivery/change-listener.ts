import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { CHANGE_EVENTS_CHANNEL } from '#outbox';

/**
 * Wakes a worker when another process commits change events (PostgreSQL LISTEN on the outbox's
 * channel), so delivery does not wait for the next poll. Holds one connection of the pool while it
 * listens; polling stays the safety net (a notification may be lost with its connection, and the
 * connection is taken again after an error). Returns the stop function.
 */
export function listenForChangeEvents(dataSource: DataSource, wake: () => void): () => Promise<void> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  let client: PoolClient | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    try {
      client = await pool.connect();
      client.on('notification', () => wake());
      client.once('error', () => {
        client?.release(true);
        client = null;
        if (!stopped) setTimeout(() => void connect(), 1000).unref();
      });
      await client.query(`LISTEN ${CHANGE_EVENTS_CHANNEL}`);
    } catch {
      client?.release(true);
      client = null;
      if (!stopped) setTimeout(() => void connect(), 1000).unref();
    }
  };
  void connect();
  return async () => {
    stopped = true;
    const held = client;
    client = null;
    if (held) {
      await held.query(`UNLISTEN ${CHANGE_EVENTS_CHANNEL}`).catch(() => undefined);
      held.release();
    }
  };
}
