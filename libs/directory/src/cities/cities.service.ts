import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
  SearchOutbox,
} from '#core';
import { City, CityTranslation } from '../entities/city.entity.js';
import { Country } from '../entities/country.entity.js';
import { Organization } from '../entities/organization.entity.js';
import { DirectoryPolicy } from '../shared/directory.policy.js';
import type { CityFilter, CreateCityInput, UpdateCityInput } from './city.types.js';

const CITY_BY_ID = new LoaderKey<string, City | null>('cityById');
const CITY_NAMES = new LoaderKey<string, CityTranslation[]>('cityNames');

@Injectable()
export class CitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: SearchOutbox,
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

  async create(ctx: RequestContext, input: CreateCityInput): Promise<City> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      await assertCountryExists(em, input.countryCode);
      if (input.externalRef && (await em.getRepository(City).existsBy({ externalRef: input.externalRef }))) {
        throw AppError.alreadyExists('City', 'externalRef');
      }
      const city = await em.getRepository(City).save(
        em.create(City, {
          countryCode: input.countryCode,
          name: input.name,
          originalLanguage: input.originalLanguage,
          population: input.population ?? null,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          externalRef: input.externalRef ?? null,
        }),
      );
      await writeTranslations(em, CityTranslation, 'cityId', city.id, input.names, undefined);
      ctx.clearLoaders();
      return city;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateCityInput): Promise<City> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      const city = await em
        .getRepository(City)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!city) throw AppError.notFound('City', id);
      if (input.countryCode !== undefined) {
        await assertCountryExists(em, input.countryCode);
        city.countryCode = input.countryCode;
      }
      if (input.name !== undefined) city.name = input.name;
      if (input.originalLanguage !== undefined) city.originalLanguage = input.originalLanguage;
      if (input.population !== undefined) city.population = input.population;
      if (input.latitude !== undefined) city.latitude = input.latitude;
      if (input.longitude !== undefined) city.longitude = input.longitude;
      await em.getRepository(City).save(city);
      await writeTranslations(em, CityTranslation, 'cityId', id, input.names, input.removeLanguages);
      await this.outbox.changed(em, 'CITY', [id]);
      ctx.clearLoaders();
      return city;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (!(await em.getRepository(City).existsBy({ id }))) throw AppError.notFound('City', id);
      if (await em.getRepository(Organization).existsBy({ cityId: id })) throw AppError.inUse('City');
      await this.outbox.deleting(em, 'CITY', [id]);
      await em.getRepository(City).delete({ id });
      ctx.clearLoaders();
      return id;
    });
  }
}

async function assertCountryExists(em: EntityManager, code: string): Promise<void> {
  if (!(await em.getRepository(Country).existsBy({ code })))
    throw AppError.invalidField('countryCode', 'unknownReference');
}
