import {
  In,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import { AppError } from '../errors/app-error.js';

/**
 * Applies translation changes inside the caller's transaction: each given language is inserted or
 * replaced (one row per entity and language), and the listed languages are removed. Removing a
 * language the record is not written in is refused (as removePracticeTranslation does), not saved
 * as a new version that changed nothing.
 */
export async function writeTranslations<T extends ObjectLiteral & { language: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ownerColumn: keyof T & string,
  ownerId: string,
  upserts: readonly Partial<T>[] | undefined,
  removeLanguages: readonly string[] | undefined,
): Promise<void> {
  const languages = (upserts ?? []).map((t) => t.language);
  if (new Set(languages).size !== languages.length) throw AppError.invalidField('translations', 'duplicate');
  const repo = em.getRepository(entity);
  if (removeLanguages?.length) {
    const removing = new Set(removeLanguages);
    const removed = await repo.delete({
      [ownerColumn]: ownerId,
      language: In([...removing]),
    } as FindOptionsWhere<T>);
    if ((removed.affected ?? removing.size) < removing.size)
      throw AppError.invalidField('removeLanguages', 'unknownReference');
  }
  if (upserts?.length) {
    const rows = upserts.map((t) => ({ ...t, [ownerColumn]: ownerId }) as unknown as T);
    await repo.upsert(rows as never, { conflictPaths: [ownerColumn, 'language'] });
  }
}
