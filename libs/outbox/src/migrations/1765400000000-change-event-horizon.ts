import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transaction below which change events are final (readChangeEventsAfter): the oldest running
 * transaction that may belong to this database, rather than the oldest on the whole server, so a
 * long write in another database (another application, another test run) no longer holds events
 * back. A running transaction is left out only when pg_stat_activity shows it in another database;
 * anything it cannot place (a session gone since the snapshot, a background process, a
 * subtransaction) still counts, so the horizon errs early, never late.
 */
export class ChangeEventHorizon1765400000000 implements MigrationInterface {
  name = 'ChangeEventHorizon1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION px_change_event_horizon() RETURNS xid8
      LANGUAGE sql STABLE PARALLEL RESTRICTED AS $$
        WITH snapshot AS (SELECT pg_current_snapshot() AS s),
        elsewhere AS (
          SELECT a.backend_xid::text::bigint AS xid FROM pg_stat_activity a
          WHERE a.backend_xid IS NOT NULL AND a.datname IS DISTINCT FROM current_database()
            AND a.datname IS NOT NULL
        )
        SELECT coalesce(
          (SELECT min(x) FROM snapshot, pg_snapshot_xip(snapshot.s) AS x
           WHERE (x::text::numeric % 4294967296)::bigint NOT IN (SELECT xid FROM elsewhere)),
          (SELECT pg_snapshot_xmax(snapshot.s) FROM snapshot))
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION px_change_event_horizon()`);
  }
}
