import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { PageArgs, type ConnectionResult } from '../pagination/connection.types.js';
import { keysetPlan, toConnection, validatePage } from '../pagination/keyset.js';
import { AuditEventConnection, AuditFilterArgs, type AuditEventType } from './audit.types.js';

interface Row {
  /** bigint, parsed as a number. */
  id: number;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: Record<string, unknown>;
}

/** The audit log, newest first: all of it for admins, their networks' content for coordinators. */
@Resolver()
export class AuditResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => AuditEventConnection, {
    description: "Changes, newest first (admins; coordinators for their networks' content).",
  })
  async auditLog(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args() filter: AuditFilterArgs,
  ): Promise<ConnectionResult<AuditEventType>> {
    const valid = validatePage(page);
    const params: unknown[] = [];
    const where: string[] = [];
    if (!ctx.isAdmin) {
      if (ctx.principal.kind !== 'user') ctx.deny();
      const coordinated = [...(await ctx.access()).coordinatedNetworks];
      if (coordinated.length === 0) ctx.deny();
      params.push(coordinated);
      where.push(`network_ids && $${params.length}::uuid[]`);
    }
    if (filter.entityType) {
      params.push(filter.entityType);
      where.push(`entity_type = $${params.length}`);
    }
    if (filter.entityId) {
      params.push(filter.entityId);
      where.push(`entity_id = $${params.length}::uuid`);
    }
    const conditions = () => (where.length ? `WHERE ${where.join(' AND ')}` : '');
    const countParams = [...params];
    const countSql = `SELECT count(*) AS n FROM audit_event ${conditions()}`;
    const plan = keysetPlan(valid, 'DESC');
    for (const bound of plan.bounds) {
      if (!/^\d{1,18}$/.test(bound.position.id)) throw AppError.invalidField(bound.argument, 'cursor');
      params.push(bound.position.id);
      where.push(`id ${bound.operator} $${params.length}::bigint`);
    }
    params.push(valid.size + 1);
    const rows =
      valid.size === 0
        ? []
        : ((await this.dataSource.query(
            `SELECT * FROM audit_event ${conditions()} ORDER BY id ${plan.order} LIMIT $${params.length}`,
            params,
          )) as Row[]);
    return toConnection(
      rows,
      valid,
      (r) => ({ sortKey: String(r.id), id: String(r.id) }),
      (r): AuditEventType => ({
        id: String(r.id),
        occurredAt: r.occurred_at,
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        changes: r.changes,
      }),
      async () => ((await this.dataSource.query(countSql, countParams)) as [{ n: number }])[0].n,
    );
  }
}
