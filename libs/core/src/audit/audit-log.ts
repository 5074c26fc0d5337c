import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context.js';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  /** Field → { from, to } (or any JSON describing the change). */
  changes?: Record<string, unknown>;
  networkIds?: readonly string[];
}

/** Writes audit events inside the caller's transaction: a change and its record commit together. */
@Injectable()
export class AuditLog {
  async record(em: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const p = ctx.principal;
    const actorId = p.kind === 'user' ? p.userId : p.kind === 'api-key' ? p.keyId : null;
    await em.query(
      `INSERT INTO audit_event (actor_kind, actor_id, entity_type, entity_id, action, changes, network_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        p.kind,
        actorId,
        entry.entityType,
        entry.entityId,
        entry.action,
        JSON.stringify(entry.changes ?? {}),
        [...(entry.networkIds ?? [])],
      ],
    );
  }
}

/** The fields whose values differ between two snapshots, as { field: { from, to } }. */
export function diff<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = (before as Record<string, unknown>)[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
