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
import { City } from '../entities/city.entity.js';
import { Country, CountryTranslation } from '../entities/country.entity.js';
import { DirectoryPolicy } from '../shared/directory.policy.js';
import type { CountryFilter, CreateCountryInput, UpdateCountryInput } from './country.types.js';

const COUNTRY_BY_CODE = new LoaderKey<string, Country | null>('countryByCode');
const COUNTRY_NAMES = new LoaderKey<string, CountryTranslation[]>('countryNames');

/** Country names have no single original language; English is the reference. */
const COUNTRY_ORIGINAL_LANGUAGE = 'en';

@Injectable()
export class CountriesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(ctx: RequestContext, code: string): Promise<Country> {
    const country = await byIdLoader(ctx, COUNTRY_BY_CODE, this.dataSource, Country, 'code').load(
      code.toUpperCase(),
    );
    if (!country) throw AppError.notFound('Country', code);
    return country;
  }

  list(_ctx: RequestContext, filter: CountryFilter, page: PageArgs): Promise<ConnectionResult<Country>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(Country).createQueryBuilder('c');
      if (filter.nameContains) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM country_translation ct WHERE ct.country_code = c.code
             AND px_unaccent(lower(ct.name)) LIKE px_unaccent(lower(:pattern)))`,
          { pattern: containsPattern(filter.nameContains) },
        );
      }
      return qb;
    };
    return paginate(
      filtered,
      { alias: 'c', column: 'code', idColumn: 'code', sortKey: (c) => c.code, id: (c) => c.code },
      page,
    );
  }

  names(ctx: RequestContext, code: string): Promise<CountryTranslation[]> {
    return groupedLoader(ctx, COUNTRY_NAMES, this.dataSource, CountryTranslation, 'countryCode').load(code);
  }

  async localized(ctx: RequestContext, code: string): Promise<PickedTranslation<CountryTranslation>> {
    return pickTranslation(await this.names(ctx, code), ctx.contentLocale, COUNTRY_ORIGINAL_LANGUAGE);
  }

  async create(ctx: RequestContext, input: CreateCountryInput): Promise<Country> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (await em.getRepository(Country).existsBy({ code: input.code }))
        throw AppError.alreadyExists('Country', 'code');
      const country = await em.getRepository(Country).save(em.create(Country, { code: input.code }));
      await writeTranslations(em, CountryTranslation, 'countryCode', input.code, input.names, undefined);
      ctx.clearLoaders();
      return country;
    });
  }

  async update(ctx: RequestContext, code: string, input: UpdateCountryInput): Promise<Country> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      const country = await em.getRepository(Country).findOneBy({ code: code.toUpperCase() });
      if (!country) throw AppError.notFound('Country', code);
      await writeTranslations(
        em,
        CountryTranslation,
        'countryCode',
        country.code,
        input.names,
        input.removeLanguages,
      );
      if ((await em.getRepository(CountryTranslation).countBy({ countryCode: country.code })) === 0) {
        throw AppError.invalidField('names', 'translationRequired');
      }
      ctx.clearLoaders();
      return country;
    });
  }

  async delete(ctx: RequestContext, code: string): Promise<string> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      const country = await em.getRepository(Country).findOneBy({ code: code.toUpperCase() });
      if (!country) throw AppError.notFound('Country', code);
      if (await em.getRepository(City).existsBy({ countryCode: country.code }))
        throw AppError.inUse('Country');
      await em.getRepository(Country).delete({ code: country.code });
      ctx.clearLoaders();
      return country.code;
    });
  }
}
