import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who changed what, when: one row per change, kept for admins and network coordinators. */
export class Audit1763780050000 implements MigrationInterface {
  name = 'Audit1763780050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_kind varchar(16) NOT NULL,
        actor_id uuid,
        entity_type varchar(40) NOT NULL,
        entity_id uuid NOT NULL,
        action varchar(40) NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        -- Networks the record is shared with when the change happened: their coordinators may read it.
        network_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, id DESC)`);
    await q.query(`CREATE INDEX audit_event_networks_idx ON audit_event USING gin (network_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
  }
}
