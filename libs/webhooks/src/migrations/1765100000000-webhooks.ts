import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhooks of networks, their deliveries and the dispatcher's position in change_events. */
export class Webhooks1765100000000 implements MigrationInterface {
  name = 'Webhooks1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // `secret_box`: the signing secret encrypted with AES-256-GCM (secret-box.ts), never in clear.
    await q.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        url varchar(2048) NOT NULL,
        events varchar(40)[] NOT NULL CHECK (cardinality(events) > 0),
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        secret_box text NOT NULL,
        disabled_at timestamptz,
        disabled_reason varchar(500),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_network_idx ON webhook (network_id, created_at)`);
    // One row per (webhook, event): the unique key makes a replayed dispatch harmless, and its id
    // is the stable webhook-id header of every attempt.
    await q.query(`
      CREATE TABLE webhook_delivery (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhook(id) ON DELETE CASCADE,
        event_id bigint NOT NULL,
        event_type varchar(40) NOT NULL,
        body text NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SUCCEEDED','FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_status_code int,
        last_duration_ms int,
        last_error varchar(500),
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(
      `CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(`
      CREATE TABLE webhook_dispatch_cursor (
        name varchar(40) PRIMARY KEY,
        position varchar(64) NOT NULL
      )`);
    await q.query(`INSERT INTO webhook_dispatch_cursor (name, position) VALUES ('webhooks', '0/0')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_dispatch_cursor`);
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook`);
  }
}
