import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppError,
  LoaderKey,
  byIdLoader,
  containsPattern,
  groupedLoader,
  paginate,
  pickTranslation,
  writeTranslations,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
} from '#core';
import { Programme, ProgrammeTranslation } from '../entities/programme.entity.js';
import { DirectoryPolicy } from '../shared/directory.policy.js';
import type { CreateProgrammeInput, ProgrammeFilter, UpdateProgrammeInput } from './programme.types.js';

const PROGRAMME_BY_ID = new LoaderKey<string, Programme | null>('programmeById');
const PROGRAMME_TRANSLATIONS = new LoaderKey<string, ProgrammeTranslation[]>('programmeTranslations');

@Injectable()
export class ProgrammesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(ctx: RequestContext, id: string): Promise<Programme> {
    const programme = await byIdLoader(ctx, PROGRAMME_BY_ID, this.dataSource, Programme).load(id);
    if (!programme) throw AppError.notFound('Programme', id);
    return programme;
  }

  list(_ctx: RequestContext, filter: ProgrammeFilter, page: PageArgs): Promise<ConnectionResult<Programme>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(Programme).createQueryBuilder('p');
      if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
      if (filter.nameContains) {
        qb.andWhere(
          `(px_unaccent(lower(p.name || ' ' || coalesce(p.acronym, ''))) LIKE px_unaccent(lower(:pattern))
            OR EXISTS (SELECT 1 FROM programme_translation t WHERE t.programme_id = p.id
                       AND px_unaccent(lower(t.name)) LIKE px_unaccent(lower(:pattern))))`,
          { pattern: containsPattern(filter.nameContains) },
        );
      }
      return qb;
    };
    return paginate(filtered, { alias: 'p', column: 'name', sortKey: (p) => p.name, id: (p) => p.id }, page);
  }

  translations(ctx: RequestContext, programmeId: string): Promise<ProgrammeTranslation[]> {
    return groupedLoader(
      ctx,
      PROGRAMME_TRANSLATIONS,
      this.dataSource,
      ProgrammeTranslation,
      'programmeId',
    ).load(programmeId);
  }

  async localized(
    ctx: RequestContext,
    programme: { id: string; originalLanguage: string },
  ): Promise<PickedTranslation<ProgrammeTranslation>> {
    return pickTranslation(
      await this.translations(ctx, programme.id),
      ctx.contentLocale,
      programme.originalLanguage,
    );
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<Programme> {
    DirectoryPolicy.assertAdmin(ctx);
    assertPeriod(input.startDate ?? null, input.endDate ?? null);
    return this.dataSource.transaction(async (em) => {
      if (
        input.externalRef &&
        (await em.getRepository(Programme).existsBy({ externalRef: input.externalRef }))
      ) {
        throw AppError.alreadyExists('Programme', 'externalRef');
      }
      const programme = await em.getRepository(Programme).save(
        em.create(Programme, {
          kind: input.kind,
          name: input.name,
          acronym: input.acronym ?? null,
          website: input.website ?? null,
          originalLanguage: input.originalLanguage,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          externalRef: input.externalRef ?? null,
        }),
      );
      await writeTranslations(
        em,
        ProgrammeTranslation,
        'programmeId',
        programme.id,
        input.translations,
        undefined,
      );
      ctx.clearLoaders();
      return programme;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateProgrammeInput): Promise<Programme> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      const programme = await em
        .getRepository(Programme)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw AppError.notFound('Programme', id);
      if (input.kind !== undefined) programme.kind = input.kind;
      if (input.name !== undefined) programme.name = input.name;
      if (input.acronym !== undefined) programme.acronym = input.acronym;
      if (input.website !== undefined) programme.website = input.website;
      if (input.originalLanguage !== undefined) programme.originalLanguage = input.originalLanguage;
      if (input.startDate !== undefined) programme.startDate = input.startDate;
      if (input.endDate !== undefined) programme.endDate = input.endDate;
      assertPeriod(programme.startDate, programme.endDate);
      await em.getRepository(Programme).save(programme);
      await writeTranslations(
        em,
        ProgrammeTranslation,
        'programmeId',
        id,
        input.translations,
        input.removeLanguages,
      );
      ctx.clearLoaders();
      return programme;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (!(await em.getRepository(Programme).existsBy({ id }))) throw AppError.notFound('Programme', id);
      await em.getRepository(Programme).delete({ id });
      ctx.clearLoaders();
      return id;
    });
  }
}

function assertPeriod(start: string | null, end: string | null): void {
  if (start && end && end < start) throw AppError.invalidField('endDate', 'invalid');
}
