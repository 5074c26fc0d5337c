import { readableCondition, type GrantHolder, type ReadGrants } from '#core';
import type { DataSource } from 'typeorm';
import type { ChangeEventRecordKind, ChangeEvents, ChangeEventType } from '#outbox';

/**
 * How a record of one kind is shown to a network's webhook. Modules write the read rule (their
 * ReadGrants) and the composition root hands the views over, so webhooks apply exactly the rule
 * GraphQL and the search index apply.
 */
export interface WebhookRecordView {
  kind: ChangeEventRecordKind;
  /** The FROM clause holding the record's row as `alias` (joins allowed). */
  from: string;
  alias: string;
  /** "The holder may read this row", over the FROM clause; values appended to `params`. */
  readable(holder: GrantHolder, params: unknown[]): string;
  /** A statement giving one row `{ data jsonb }` for the record in $1 (uuid[]): the payload's `data`. */
  data: string;
  /**
   * Events announcing that a record can no longer be read (`practice.archived`) are still sent,
   * with its id only, to the networks the event names when `condition` holds over the FROM clause.
   */
  tombstone?: { eventTypes: readonly ChangeEventType[]; condition: string };
}

/** What a module gives search about a record kind (structurally: search's RecordDocuments). */
export interface DocumentsOfRecord {
  readonly kind: string;
  readonly table: string;
  readonly alias: string;
  readonly grants: ReadGrants;
  documents(access: string): string;
}

/**
 * A view built on a module's search documents: the record's title and summary in every language
 * it is written in, its networks, topics, cities, countries and date, without the indexed body.
 */
export function viewFromDocuments(
  source: DocumentsOfRecord,
  options: Pick<WebhookRecordView, 'tombstone'> = {},
): WebhookRecordView {
  const { alias, table } = source;
  return {
    kind: source.kind as ChangeEventRecordKind,
    from: `${table} ${alias}`,
    alias,
    readable: (holder, params) => readableCondition(source.grants, holder, params),
    data: `SELECT jsonb_build_object(
        'id', min(d.doc->>'entityId'), 'kind', min(d.doc->>'type'),
        'translations', jsonb_agg(jsonb_build_object('language', d.doc->'language',
          'isOriginal', d.doc->'isOriginal', 'title', d.doc->'title', 'summary', d.doc->'summary')
          ORDER BY d.doc->>'language'),
        'networkIds', (array_agg(d.doc->'networkIds'))[1], 'topicIds', (array_agg(d.doc->'topicIds'))[1],
        'cityIds', (array_agg(d.doc->'cityIds'))[1], 'countryCodes', (array_agg(d.doc->'countryCodes'))[1],
        'date', min(d.doc->>'date')) AS data
      FROM (${source.documents(`'null'::jsonb`)}) d GROUP BY d.doc->>'entityId'`,
    ...options,
  };
}

/** Everything webhooks read from the modules, handed over by the composition root. */
export interface WebhookSources {
  views: readonly WebhookRecordView[];
  /**
   * Scans that record events no write causes (an action item becoming overdue), run periodically
   * by the webhook runner; each must be safe to run in several processes at once.
   */
  scans: readonly ((dataSource: DataSource, changeEvents: ChangeEvents) => Promise<number>)[];
}
