import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import { AuditLog, type AuditEntry } from '../audit/audit-log.js';
import { assertAllowed, type Policy } from '../auth/policies.js';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { ChangeEvents, SearchOutbox, type ChangeEventDraft, type SearchOutboxKind } from '#outbox';

/** A kind of record as errors and the audit log name it (Practice, City). */
export type RecordKind = Parameters<typeof AppError.notFound>[0];

/** Records whose search documents a write changed, named by the module that owns them. */
export interface OutboxMark {
  kind: SearchOutboxKind;
  ids: readonly string[];
}

/**
 * What a write did: its result, its audit entry, the records the search index must redo and the
 * change events portals are told about.
 */
export interface Written<T> {
  result: T;
  audit: AuditEntry;
  changed?: readonly OutboxMark[];
  events?: readonly ChangeEventDraft[];
}

/** What a change to a versioned record did (its kind and id are the change's own). */
export interface VersionedChangeResult {
  action: string;
  changes?: Record<string, unknown>;
  /** Networks whose coordinators may read the audit entry. */
  networkIds?: readonly string[];
  changed?: readonly OutboxMark[];
  events?: readonly ChangeEventDraft[];
}

/** A record with optimistic locking: every change bumps `version`. */
export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
}

export interface VersionedChange<E extends VersionedRow> {
  entity: EntityTarget<E>;
  /** The record's kind in errors and in the audit log. */
  kind: RecordKind;
  id: string;
  /** The version the editor last read; another one means CONFLICT. */
  expectedVersion: number;
  /** False for a record the caller may not even read: reported as not found. */
  visible?: (em: EntityManager, row: E) => Promise<boolean>;
  /** Who may change the locked row. */
  allow: (em: EntityManager, row: E) => Policy;
  /** Changes the row (saved afterwards, with the next version) and what belongs to it. */
  apply: (em: EntityManager, row: E) => Promise<VersionedChangeResult>;
}

/**
 * The one write path. Inside one transaction: the caller's work (load, check, change), its audit
 * entry, its search outbox marks and its change events, so a change, its record, its reindexing
 * and what portals hear of it commit together or not at all. After the commit, the request's loaders are cleared, so later fields of the same
 * mutation read fresh rows.
 */
@Injectable()
export class RecordWrites {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly outbox: SearchOutbox,
    private readonly events: ChangeEvents,
  ) {}

  async write<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<Written<T>>): Promise<T> {
    // Roles are read before the transaction: on the embedded database the pool has one connection.
    if (!ctx.isAdmin) await ctx.access();
    const result = await this.dataSource.transaction(async (em) => {
      const written = await work(em);
      for (const mark of written.changed ?? []) await this.outbox.changed(em, mark.kind, mark.ids);
      await this.events.record(em, written.events ?? []);
      await this.audit.record(em, ctx, written.audit);
      return written.result;
    });
    ctx.clearLoaders();
    return result;
  }

  /**
   * A change to a versioned record: lock the row, check the caller and the version the editor
   * last read (CONFLICT with the current one, so no update is lost), apply, bump the version.
   */
  async change<E extends VersionedRow>(ctx: RequestContext, spec: VersionedChange<E>): Promise<E> {
    return this.write(ctx, async (em) => {
      const row = await lockedOrNotFound(em, spec.entity, spec.kind, spec.id);
      if (spec.visible && !(await spec.visible(em, row))) throw AppError.notFound(spec.kind, spec.id);
      await assertAllowed(ctx, spec.allow(em, row));
      assertVersion(row.version, spec.expectedVersion);
      const done = await spec.apply(em, row);
      Object.assign(row, { version: row.version + 1 });
      await em.getRepository(spec.entity).save(row);
      return {
        result: row,
        audit: {
          entityType: spec.kind,
          entityId: spec.id,
          action: done.action,
          changes: { ...done.changes, version: row.version },
          networkIds: done.networkIds,
        },
        changed: done.changed,
        events: done.events,
      };
    });
  }
}

/**
 * The row with this id (or matching `where`), locked for the rest of the transaction; NOT_FOUND
 * of `kind` with the id as the caller gave it when there is none.
 */
export async function lockedOrNotFound<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  kind: RecordKind,
  id: string,
  where = { id } as unknown as FindOptionsWhere<E>,
): Promise<E> {
  const row = await em.getRepository(entity).findOne({ where, lock: { mode: 'pessimistic_write' } });
  if (!row) throw AppError.notFound(kind, id);
  return row;
}

/** CONFLICT, with the current version, when the editor's copy is not the stored one. */
export function assertVersion(current: number, expected: number): void {
  if (current !== expected) throw AppError.conflict(current);
}

/** A record's text in its original language stays: removing it is refused on `field`. */
export function assertKeepsOriginal(
  removeLanguages: readonly string[] | undefined,
  originalLanguage: string,
  field: string,
): void {
  if (removeLanguages?.includes(originalLanguage)) {
    throw AppError.invalidInput('errors.ORIGINAL_TRANSLATION', field);
  }
}

/** Copies the fields the input gives (not undefined) onto the row. */
export function assignDefined<E extends object, K extends keyof E & string>(
  row: E,
  input: { readonly [P in K]?: E[P] | undefined },
  fields: readonly K[],
): void {
  for (const field of fields) {
    const value = input[field];
    if (value !== undefined) row[field] = value as E[K];
  }
}
