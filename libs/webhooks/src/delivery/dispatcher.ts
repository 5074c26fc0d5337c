import type { DataSource, EntityManager } from 'typeorm';
import type { GrantHolder } from '#core';
import { readChangeEventsAfter, type ChangeEvent } from '#outbox';
import type { WebhookRecordView, WebhookSources } from './record-views.js';

const CURSOR = 'webhooks';

interface MatchingHook {
  id: string;
  network_id: string;
}

/** What a network's webhook may read: what the network's members and API keys read. */
function networkHolder(networkId: string): GrantHolder {
  return { kind: 'scoped', memberNetworkIds: [networkId], coordinatorNetworkIds: [], organizationIds: [] };
}

/**
 * Turns change events into deliveries: reads the events after its stored position, finds the
 * webhooks that want each one (network, event type, topics, created before the event) and writes
 * one delivery per webhook with the body it will carry — the record as the webhook's network may
 * read it, or nothing when it may not. The position and the deliveries commit together, and only
 * one dispatcher holds the position at a time (others skip), so each event is dispatched once.
 */
export class WebhookDispatcher {
  private readonly views: Map<string, WebhookRecordView>;

  constructor(
    private readonly dataSource: DataSource,
    sources: WebhookSources,
    private readonly batchSize = 200,
  ) {
    this.views = new Map(sources.views.map((v) => [v.kind, v]));
  }

  /** Dispatches one batch; returns how many events it read (0: nothing new, or another holds it). */
  async dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [cursor] = (await em.query(
        `SELECT position FROM webhook_dispatch_cursor WHERE name = $1 FOR UPDATE SKIP LOCKED`,
        [CURSOR],
      )) as { position: string }[];
      if (!cursor) return 0;
      const events = await readChangeEventsAfter(em, cursor.position, this.batchSize);
      // Without an enabled webhook there is nothing to match: the position just moves on.
      if (events.length > 0 && (await this.anyEnabled(em))) {
        for (const event of events) await this.dispatch(em, event);
      }
      if (events.length > 0) {
        await em.query(`UPDATE webhook_dispatch_cursor SET position = $2 WHERE name = $1`, [
          CURSOR,
          events.at(-1)!.position,
        ]);
      }
      return events.length;
    });
  }

  /** Dispatches until no event is left. */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.dispatchBatch(); n > 0; n = await this.dispatchBatch()) total += n;
    return total;
  }

  private async anyEnabled(em: EntityManager): Promise<boolean> {
    const [row] = (await em.query(
      `SELECT EXISTS (SELECT 1 FROM webhook WHERE disabled_at IS NULL) AS any`,
    )) as {
      any: boolean;
    }[];
    return row?.any === true;
  }

  private async dispatch(em: EntityManager, event: ChangeEvent): Promise<void> {
    const view = this.views.get(event.recordKind);
    if (!view || event.networkIds.length === 0) return;
    const hooks = (await em.query(
      `SELECT id, network_id FROM webhook
       WHERE disabled_at IS NULL AND $1 = ANY(events) AND network_id = ANY($2::uuid[])
         AND (cardinality(topic_ids) = 0 OR topic_ids && $3::uuid[]) AND created_at <= $4`,
      [event.type, event.networkIds, event.topicIds, event.occurredAt],
    )) as MatchingHook[];
    let data: Promise<object | null> | undefined;
    for (const hook of hooks) {
      const shown = await this.shownTo(em, view, event, hook.network_id);
      if (shown === 'nothing') continue;
      if (shown === 'record') data ??= this.readData(em, view, event.recordId);
      const record = shown === 'record' ? await data : { id: event.recordId, kind: event.recordKind };
      if (!record) continue;
      const body = JSON.stringify({
        type: event.type,
        timestamp: event.occurredAt.toISOString(),
        data: record,
      });
      await em.query(
        `INSERT INTO webhook_delivery (webhook_id, event_id, event_type, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (webhook_id, event_id) DO NOTHING`,
        [hook.id, event.id, event.type, body],
      );
    }
  }

  /** Whether the network may read the record now, may be told its id only, or neither. */
  private async shownTo(
    em: EntityManager,
    view: WebhookRecordView,
    event: ChangeEvent,
    networkId: string,
  ): Promise<'record' | 'id' | 'nothing'> {
    const params: unknown[] = [event.recordId];
    const readable = view.readable(networkHolder(networkId), params);
    const tombstone = view.tombstone?.eventTypes.includes(event.type) ? view.tombstone.condition : 'FALSE';
    const [row] = (await em.query(
      `SELECT ${readable} AS readable, ${tombstone} AS tombstone
       FROM ${view.from} WHERE ${view.alias}.id = $1`,
      params,
    )) as { readable: boolean; tombstone: boolean }[];
    if (!row) return 'nothing';
    if (row.readable) return 'record';
    return row.tombstone ? 'id' : 'nothing';
  }

  private async readData(
    em: EntityManager,
    view: WebhookRecordView,
    recordId: string,
  ): Promise<object | null> {
    const [row] = (await em.query(view.data, [[recordId]])) as { data: object }[];
    return row?.data ?? null;
  }
}
