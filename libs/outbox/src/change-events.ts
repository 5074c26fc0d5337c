import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { AfterCommit } from './after-commit.js';

/** What happened to a record, as portals subscribe to it (webhooks, GraphQL subscriptions). */
export const CHANGE_EVENT_TYPES = [
  'practice.published',
  'practice.updated',
  'practice.archived',
  'meeting.created',
  'meeting.updated',
  'studyVisit.created',
  'studyVisit.updated',
  'actionItem.overdue',
] as const;
export type ChangeEventType = (typeof CHANGE_EVENT_TYPES)[number];

export type ChangeEventRecordKind = 'PRACTICE' | 'MEETING' | 'STUDY_VISIT' | 'ACTION_ITEM';

/** An event as a write records it, inside the write's transaction. */
export interface ChangeEventDraft {
  type: ChangeEventType;
  recordKind: ChangeEventRecordKind;
  recordId: string;
  /** The networks the record belongs to or is shared with when the event happens. */
  networkIds: readonly string[];
  topicIds: readonly string[];
}

/** A committed event. `position` orders events for consumers (see readChangeEventsAfter). */
export interface ChangeEvent extends ChangeEventDraft {
  id: string;
  position: string;
  occurredAt: Date;
}

/** The PostgreSQL notification channel: its payload is a hint only; consumers read the table. */
export const CHANGE_EVENTS_CHANNEL = 'px_change_events';

/** The position before every event: a new consumer that wants the whole history starts here. */
export const FIRST_CHANGE_EVENT_POSITION = '0/0';

const INSERT_EVENTS = `
  INSERT INTO change_events (type, record_kind, record_id, network_ids, topic_ids)
  SELECT e.type, e.record_kind, e.record_id, e.network_ids, e.topic_ids
  FROM jsonb_to_recordset($1::jsonb)
    AS e(type text, record_kind text, record_id uuid, network_ids uuid[], topic_ids uuid[])`;

/**
 * The write side of change events: a write records what happened in its own transaction, so no
 * event is lost and none is sent for a change that rolled back. A notification sent in the same
 * transaction reaches other processes (LISTEN) only on commit; listeners in this process are woken
 * after the commit (the embedded database has no other process).
 */
@Injectable()
export class ChangeEvents {
  private readonly afterCommit = new AfterCommit();

  async record(em: EntityManager, drafts: readonly ChangeEventDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    const rows = drafts.map((d) => ({
      type: d.type,
      record_kind: d.recordKind,
      record_id: d.recordId,
      network_ids: [...new Set(d.networkIds)],
      topic_ids: [...new Set(d.topicIds)],
    }));
    await em.query(INSERT_EVENTS, [JSON.stringify(rows)]);
    await em.query(`SELECT pg_notify($1, '')`, [CHANGE_EVENTS_CHANNEL]);
    this.afterCommit.wrote(em);
  }

  /** Wakes this process's listeners when a transaction that recorded events commits. */
  attach(dataSource: DataSource): this {
    this.afterCommit.attach(dataSource);
    return this;
  }

  /** Called by an in-process consumer to be woken after events commit; returns the unsubscribe. */
  onCommitted(listener: () => void): () => void {
    return this.afterCommit.listen(listener);
  }
}

/**
 * Where events are read from: a DataSource, an EntityManager (inside a transaction) or one plain
 * connection of a consumer's own (the API's LISTEN connection), whose `query` resolves to rows.
 */
export interface ChangeEventSource {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

interface EventRow {
  id: string;
  tx: string;
  type: ChangeEventType;
  record_kind: ChangeEventRecordKind;
  record_id: string;
  network_ids: string[];
  topic_ids: string[];
  occurred_at: Date;
}

function parsePosition(position: string): [string, string] {
  const match = /^(\d{1,20})\/(\d{1,20})$/.exec(position);
  if (!match) throw new RangeError(`not a change event position: ${position}`);
  return [match[1]!, match[2]!];
}

/**
 * Committed events after `position`, in order, at most `limit`. Ids are taken when a row is
 * inserted, not when its transaction commits, so reading "after id N" could skip an event whose
 * transaction commits late. Events are ordered by their transaction, then id, and only
 * transactions older than every one still running in this database are read (see
 * px_change_event_horizon): a position never passes an event that can still appear.
 */
export async function readChangeEventsAfter(
  source: ChangeEventSource,
  position: string,
  limit: number,
): Promise<ChangeEvent[]> {
  const [tx, id] = parsePosition(position);
  const rows = (await source.query(
    `SELECT id::text, tx::text, type, record_kind, record_id, network_ids, topic_ids, occurred_at
     FROM change_events
     WHERE (tx, id) > ($1::text::xid8, $2::bigint)
       AND tx < px_change_event_horizon()
     ORDER BY tx, id
     LIMIT $3`,
    [tx, id, limit],
  )) as EventRow[];
  return rows.map((row) => ({
    id: row.id,
    position: `${row.tx}/${row.id}`,
    type: row.type,
    recordKind: row.record_kind,
    recordId: row.record_id,
    networkIds: row.network_ids,
    topicIds: row.topic_ids,
    occurredAt: row.occurred_at,
  }));
}

/**
 * The position of "now" for a consumer that wants only what happens from here on: events of
 * transactions still running may come after it, everything already readable lies before it.
 */
export async function currentChangeEventPosition(source: ChangeEventSource): Promise<string> {
  const [row] = (await source.query(
    `SELECT (px_change_event_horizon()::text::numeric - 1)::text AS tx,
            coalesce((SELECT max(id) FROM change_events), 0)::text AS id`,
  )) as { tx: string; id: string }[];
  return `${row!.tx}/${row!.id}`;
}

/** Removes events older than `days` (consumers far behind have been disabled long before). */
export async function pruneChangeEvents(source: EntityManager | DataSource, days: number): Promise<number> {
  const result = (await source.query(
    `WITH gone AS (DELETE FROM change_events WHERE occurred_at < now() - make_interval(days => $1) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [days],
  )) as { n: number }[];
  return result[0]?.n ?? 0;
}
