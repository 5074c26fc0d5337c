import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  TranslatableRecords,
  admin,
  assignDefined,
  byIdLoader,
  containsPattern,
  groupedLoader,
  paginate,
  pickTranslation,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
  type TranslatableKind,
} from '#core';
import { Programme, ProgrammeTranslation } from '../entities/programme.entity.js';
import type { CreateProgrammeInput, ProgrammeFilter, UpdateProgrammeInput } from './programme.types.js';

const PROGRAMME_BY_ID = new LoaderKey<string, Programme | null>('programmeById');
const PROGRAMME_TRANSLATIONS = new LoaderKey<string, ProgrammeTranslation[]>('programmeTranslations');

/** Funding programmes and projects: reference data, in no search document. */
const PROGRAMME: TranslatableKind<Programme, ProgrammeTranslation> = {
  name: 'Programme',
  entity: Programme,
  key: 'id',
  translation: ProgrammeTranslation,
  ownerColumn: 'programmeId',
  unique: ['externalRef'],
};

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
  ) {}

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

  @Allow(admin)
  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<Programme> {
    assertPeriod(input.startDate ?? null, input.endDate ?? null);
    return this.records.create(ctx, PROGRAMME, async (em) => ({
      row: em.create(Programme, {
        kind: input.kind,
        name: input.name,
        acronym: input.acronym ?? null,
        website: input.website ?? null,
        originalLanguage: input.originalLanguage,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        externalRef: input.externalRef ?? null,
      }),
      translations: input.translations,
    }));
  }

  @Allow(admin)
  async update(ctx: RequestContext, id: string, input: UpdateProgrammeInput): Promise<Programme> {
    return this.records.update(ctx, PROGRAMME, id, async (_em, programme) => {
      assignDefined(programme, input, [
        'kind',
        'name',
        'acronym',
        'website',
        'originalLanguage',
        'startDate',
        'endDate',
      ]);
      assertPeriod(programme.startDate, programme.endDate);
      return { translations: input.translations, removeLanguages: input.removeLanguages };
    });
  }

  @Allow(admin)
  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.records.delete(ctx, PROGRAMME, id);
  }
}

function assertPeriod(start: string | null, end: string | null): void {
  if (start && end && end < start) throw AppError.invalidField('endDate', 'invalid');
}
