import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
import { City, CityTranslation } from '../entities/city.entity.js';
import { Country } from '../entities/country.entity.js';
import { Organization } from '../entities/organization.entity.js';
import type { CityFilter, CreateCityInput, UpdateCityInput } from './city.types.js';

const CITY_BY_ID = new LoaderKey<string, City | null>('cityById');
const CITY_NAMES = new LoaderKey<string, CityTranslation[]>('cityNames');

/** Records showing a city (its name in their documents) are reindexed when it changes. */
const CITY: TranslatableKind<City, CityTranslation> = {
  name: 'City',
  entity: City,
  key: 'id',
  translation: CityTranslation,
  ownerColumn: 'cityId',
  unique: ['externalRef'],
  search: { kind: 'CITY', ownDocuments: false },
};

@Injectable()
export class CitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<City> {
    const city = await byIdLoader(ctx, CITY_BY_ID, this.dataSource, City).load(id);
    if (!city) throw AppError.notFound('City', id);
    return city;
  }

  list(_ctx: RequestContext, filter: CityFilter, page: PageArgs): Promise<ConnectionResult<City>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(City).createQueryBuilder('c');
      if (filter.countryCode)
        qb.andWhere('c.country_code = :countryCode', { countryCode: filter.countryCode });
      if (filter.nameContains) {
        qb.andWhere(
          `(px_unaccent(lower(c.name)) LIKE px_unaccent(lower(:pattern))
            OR EXISTS (SELECT 1 FROM city_translation ct WHERE ct.city_id = c.id
                       AND px_unaccent(lower(ct.name)) LIKE px_unaccent(lower(:pattern))))`,
          { pattern: containsPattern(filter.nameContains) },
        );
      }
      return qb;
    };
    return paginate(filtered, { alias: 'c', column: 'name', sortKey: (c) => c.name, id: (c) => c.id }, page);
  }

  names(ctx: RequestContext, cityId: string): Promise<CityTranslation[]> {
    return groupedLoader(ctx, CITY_NAMES, this.dataSource, CityTranslation, 'cityId').load(cityId);
  }

  /** The local name counts as the translation in the city's original language. */
  async localized(
    ctx: RequestContext,
    city: { id: string; originalLanguage: string; localName: string },
  ): Promise<PickedTranslation<Pick<CityTranslation, 'language' | 'name'>>> {
    const names: Pick<CityTranslation, 'language' | 'name'>[] = await this.names(ctx, city.id);
    const withLocal = names.some((n) => n.language === city.originalLanguage)
      ? names
      : [{ language: city.originalLanguage, name: city.localName }, ...names];
    return pickTranslation(withLocal, ctx.contentLocale, city.originalLanguage);
  }

  @Allow(admin)
  async create(ctx: RequestContext, input: CreateCityInput): Promise<City> {
    return this.records.create(ctx, CITY, async (em) => {
      await assertCountryExists(em, input.countryCode);
      const row = em.create(City, {
        countryCode: input.countryCode,
        name: input.name,
        originalLanguage: input.originalLanguage,
        population: input.population ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        externalRef: input.externalRef ?? null,
      });
      return { row, translations: input.names };
    });
  }

  @Allow(admin)
  async update(ctx: RequestContext, id: string, input: UpdateCityInput): Promise<City> {
    return this.records.update(ctx, CITY, id, async (em, city) => {
      if (input.countryCode !== undefined) await assertCountryExists(em, input.countryCode);
      assignDefined(city, input, [
        'countryCode',
        'name',
        'originalLanguage',
        'population',
        'latitude',
        'longitude',
      ]);
      return { translations: input.names, removeLanguages: input.removeLanguages };
    });
  }

  @Allow(admin)
  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.records.delete(ctx, CITY, id, {
      inUse: (em) => em.getRepository(Organization).existsBy({ cityId: id }),
    });
  }
}

async function assertCountryExists(em: EntityManager, code: string): Promise<void> {
  if (!(await em.getRepository(Country).existsBy({ code })))
    throw AppError.invalidField('countryCode', 'unknownReference');
}
