import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { AfterCommit } from './after-commit.js';

/**
 * A kind of record whose change can alter search documents (PRACTICE, CITY, …), named by the
 * module that owns it. Some kinds have documents of their own; others (a city, a topic) are only
 * shown by other records' documents, which the indexer finds (useDependents).
 */
export type SearchOutboxKind = string;

/** Finds, inside a transaction, the records whose documents show or carry the given ones. */
export type SearchDependents = (
  em: EntityManager,
  kind: SearchOutboxKind,
  ids: string[],
) => Promise<{ kind: SearchOutboxKind; ids: string[] }[]>;

/**
 * The write side of the transactional outbox: a change to searchable content marks its record
 * here, in the caller's transaction, so the index learns of every committed change and of nothing
 * that rolled back. One row per record: a second change before the indexer gets to it only bumps
 * `revision`, and the indexer deletes the row only if the revision it indexed is still current.
 */
@Injectable()
export class SearchOutbox {
  private readonly afterCommit = new AfterCommit();
  private dependents: SearchDependents | null = null;
  private hasDocuments: (kind: SearchOutboxKind) => boolean = () => true;

  async changed(em: EntityManager, kind: SearchOutboxKind, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await markSearchChanged(em, kind, ids);
    this.afterCommit.wrote(em);
  }

  /**
   * Wakes in-process indexers when the transaction that marked changes commits. Woken at the
   * mark, an indexer often looked before the commit, found nothing, and slept a whole poll
   * interval: ~220 ms instead of ~25 ms from commit to searchable for a fifth of the changes.
   */
  attach(dataSource: DataSource): this {
    this.afterCommit.attach(dataSource);
    return this;
  }

  /** The search module's fan-out (which records show which, which kinds have documents), for `deleting`. */
  useDependents(find: SearchDependents, hasDocuments: (kind: SearchOutboxKind) => boolean): void {
    this.dependents = find;
    this.hasDocuments = hasDocuments;
  }

  /**
   * Before records that others show are deleted, in the same transaction: marks every record
   * showing them now, and the records themselves where they have documents of their own. The indexer runs after the commit, when a cascade has removed the
   * links (a deleted organization's meeting attendance, its part in study visits) and only what
   * the index itself ties to the record can still be found.
   */
  async deleting(em: EntityManager, kind: SearchOutboxKind, ids: readonly string[]): Promise<void> {
    if (!this.dependents) {
      // No search module in this process: the indexer fans the change out itself.
      await this.changed(em, kind, ids);
      return;
    }
    for (const group of await this.dependents(em, kind, [...ids])) {
      await this.changed(em, group.kind, group.ids);
    }
    // Every record showing a city, topic or network is marked now; marking the deleted one too
    // would only make the indexer fan it out again and index them twice.
    if (this.hasDocuments(kind)) await this.changed(em, kind, ids);
  }

  /** Called by an in-process indexer to be woken when changes are written. */
  onChange(listener: () => void): () => void {
    return this.afterCommit.listen(listener);
  }
}

/** The outbox write itself, for code that runs outside Nest (demo data, the importer). */
export async function markSearchChanged(
  em: EntityManager,
  kind: SearchOutboxKind,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await em.query(
    `INSERT INTO search_outbox (kind, entity_id)
     SELECT $1, id FROM unnest($2::uuid[]) AS id
     ON CONFLICT (kind, entity_id) DO UPDATE
       SET revision = search_outbox.revision + 1, attempts = 0, next_attempt_at = now(),
           failed_at = NULL, last_error = NULL`,
    [kind, [...new Set(ids)]],
  );
}
