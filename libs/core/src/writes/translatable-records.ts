import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { diff } from '../audit/audit-log.js';
import { assertAllowed, type Policy } from '../auth/policies.js';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { SearchOutbox } from '#outbox';
import { writeTranslations } from '../translation/translation-writer.js';
import { RecordWrites, lockedOrNotFound, type OutboxMark, type RecordKind } from './record-writes.js';

type Translation = ObjectLiteral & { language: string };

/**
 * One kind of translatable record (a city, an organization, a topic): a row, its translations in
 * a table of their own, and what its writes must keep true. The directory's and the taxonomy's
 * create, update and delete are this one path with a kind each.
 */
export interface TranslatableKind<E extends ObjectLiteral, T extends Translation> {
  /** The record's kind in errors and in the audit log. */
  name: RecordKind;
  entity: EntityTarget<E>;
  /** The key column: `id`, or a country's `code`. */
  key: keyof E & string;
  translation: EntityTarget<T>;
  /** The translation's column holding the record's key. */
  ownerColumn: keyof T & string;
  /** Columns no two records share (ALREADY_EXISTS on the column). */
  unique?: readonly (keyof E & string)[];
  /** The input field refused (translationRequired) when a change would leave no translation. */
  translationRequired?: string;
  /**
   * Its search outbox kind. Changes mark it; a delete marks every record showing it first. A new
   * record is marked only when it has documents of its own: nothing shows a new one yet.
   */
  search?: { kind: string; ownDocuments: boolean };
  /** Networks whose coordinators may read its audit entries (a network's: itself). */
  networkIds?: (row: E) => readonly string[];
}

/** The translations a write saves (one per language, replaced) and the languages it removes. */
export interface TranslationChanges<T extends Translation> {
  translations?: readonly Partial<T>[] | undefined;
  removeLanguages?: readonly string[] | undefined;
}

/** A new record's row, its translations, and rows linked to it once it has a key (its topics). */
export interface NewRecord<E extends ObjectLiteral, T extends Translation> {
  row: E;
  translations?: readonly Partial<T>[] | undefined;
  linked?: (em: EntityManager, saved: E) => Promise<void>;
}

export interface TranslatableDelete<E> {
  /** Who may delete the loaded row; otherwise declared on the calling method. */
  allow?: (row: E) => Policy;
  /** Whether other records still need it (IN_USE). */
  inUse?: (em: EntityManager, row: E) => Promise<boolean>;
}

/** Create, update and delete of translatable records, each one audited write (RecordWrites). */
@Injectable()
export class TranslatableRecords {
  constructor(
    private readonly writes: RecordWrites,
    private readonly outbox: SearchOutbox,
  ) {}

  /** Saves the row `build` makes, with its translations (and what `linked` adds once it has a key). */
  create<E extends ObjectLiteral, T extends Translation>(
    ctx: RequestContext,
    kind: TranslatableKind<E, T>,
    build: (em: EntityManager) => Promise<NewRecord<E, T>>,
  ): Promise<E> {
    return this.writes.write(ctx, async (em) => {
      const { row, translations, linked } = await build(em);
      await assertUnique(em, kind, row, null);
      const saved = await em.getRepository(kind.entity).save(row);
      const key = String(saved[kind.key]);
      await writeTranslations(em, kind.translation, kind.ownerColumn, key, translations, undefined);
      await linked?.(em, saved);
      return {
        result: saved,
        audit: auditOf(kind, saved, 'create', {}),
        changed: kind.search?.ownDocuments ? [{ kind: kind.search.kind, ids: [key] }] : [],
      };
    });
  }

  /** Locks the row, lets `change` check and change it, then saves it and its translations. */
  update<E extends ObjectLiteral, T extends Translation>(
    ctx: RequestContext,
    kind: TranslatableKind<E, T>,
    key: string,
    change: (em: EntityManager, row: E) => Promise<TranslationChanges<T>>,
    allow?: (row: E) => Policy,
  ): Promise<E> {
    return this.writes.write(ctx, async (em) => {
      const row = await lockedOrNotFound(em, kind.entity, kind.name, key, keyWhere(kind, key));
      if (allow) await assertAllowed(ctx, allow(row));
      const before = { ...row };
      const { translations, removeLanguages } = await change(em, row);
      await assertUnique(em, kind, row, before);
      const changes: Record<string, unknown> = diff(before, row);
      await em.getRepository(kind.entity).save(row);
      const owner = String(row[kind.key]);
      await writeTranslations(em, kind.translation, kind.ownerColumn, owner, translations, removeLanguages);
      if (kind.translationRequired) await assertTranslationLeft(em, kind, owner);
      if (translations?.length) changes['savedLanguages'] = translations.map((t) => t.language);
      if (removeLanguages?.length) changes['removedLanguages'] = [...removeLanguages];
      const changed: OutboxMark[] = kind.search ? [{ kind: kind.search.kind, ids: [owner] }] : [];
      return { result: row, audit: auditOf(kind, row, 'update', changes), changed };
    });
  }

  /** Deletes the row (its translations go with it); returns its key. */
  delete<E extends ObjectLiteral, T extends Translation>(
    ctx: RequestContext,
    kind: TranslatableKind<E, T>,
    key: string,
    options: TranslatableDelete<E> = {},
  ): Promise<string> {
    return this.writes.write(ctx, async (em) => {
      const row = await lockedOrNotFound(em, kind.entity, kind.name, key, keyWhere(kind, key));
      if (options.allow) await assertAllowed(ctx, options.allow(row));
      if (options.inUse && (await options.inUse(em, row))) throw AppError.inUse(kind.name);
      const owner = String(row[kind.key]);
      // Before the delete: the records showing it are found through links the delete removes.
      if (kind.search) await this.outbox.deleting(em, kind.search.kind, [owner]);
      await em.getRepository(kind.entity).delete(keyWhere(kind, owner));
      return { result: owner, audit: auditOf(kind, row, 'delete', {}) };
    });
  }
}

function keyWhere<E extends ObjectLiteral>(kind: TranslatableKind<E, Translation>, key: string) {
  return { [kind.key]: key } as FindOptionsWhere<E>;
}

/** Unique columns a new row sets, or a changed row changes, must be free. */
async function assertUnique<E extends ObjectLiteral>(
  em: EntityManager,
  kind: TranslatableKind<E, Translation>,
  row: E,
  before: E | null,
): Promise<void> {
  for (const column of kind.unique ?? []) {
    const value: unknown = row[column];
    if (value === null || value === undefined || (before && before[column] === value)) continue;
    if (await em.getRepository(kind.entity).existsBy({ [column]: value } as FindOptionsWhere<E>)) {
      throw AppError.alreadyExists(kind.name, column);
    }
  }
}

async function assertTranslationLeft<E extends ObjectLiteral, T extends Translation>(
  em: EntityManager,
  kind: TranslatableKind<E, T>,
  owner: string,
): Promise<void> {
  const left = await em.getRepository(kind.translation).countBy({
    [kind.ownerColumn]: owner,
  } as FindOptionsWhere<T>);
  if (left === 0)
    throw AppError.invalidField(kind.translationRequired ?? 'translations', 'translationRequired');
}

function auditOf<E extends ObjectLiteral>(
  kind: TranslatableKind<E, Translation>,
  row: E,
  action: string,
  changes: Record<string, unknown>,
) {
  const key = String(row[kind.key]);
  const keyed = kind.key === 'id';
  return {
    entityType: kind.name,
    entityId: keyed ? key : auditIdOfKey(kind.name, key),
    action,
    changes: keyed ? changes : { ...changes, [kind.key]: key },
    networkIds: kind.networkIds?.(row) ?? [],
  };
}

/**
 * The audit log identifies records by uuid; a record keyed otherwise (a country by its code) is
 * logged under a name-based uuid of its kind and key (SHA-1, laid out as version 5), the same for
 * every change of it, with the key itself in `changes`.
 */
export function auditIdOfKey(kind: string, key: string): string {
  const hash = createHash('sha1').update(`practice-exchange:${kind}:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
