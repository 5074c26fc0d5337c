import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  TranslatableRecords,
  admin,
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
import { City } from '../entities/city.entity.js';
import { Country, CountryTranslation } from '../entities/country.entity.js';
import type { CountryFilter, CreateCountryInput, UpdateCountryInput } from './country.types.js';

const COUNTRY_BY_CODE = new LoaderKey<string, Country | null>('countryByCode');
const COUNTRY_NAMES = new LoaderKey<string, CountryTranslation[]>('countryNames');

/** Country names have no single original language; English is the reference. */
const COUNTRY_ORIGINAL_LANGUAGE = 'en';

/** A country is only its names: at least one must stay. */
const COUNTRY: TranslatableKind<Country, CountryTranslation> = {
  name: 'Country',
  entity: Country,
  key: 'code',
  translation: CountryTranslation,
  ownerColumn: 'countryCode',
  unique: ['code'],
  translationRequired: 'names',
};

@Injectable()
export class CountriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
  ) {}

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
      {
        alias: 'c',
        column: 'code',
        idColumn: 'code',
        idPattern: /^[A-Z]{2}$/,
        sortKey: (c) => c.code,
        id: (c) => c.code,
      },
      page,
    );
  }

  names(ctx: RequestContext, code: string): Promise<CountryTranslation[]> {
    return groupedLoader(ctx, COUNTRY_NAMES, this.dataSource, CountryTranslation, 'countryCode').load(code);
  }

  async localized(ctx: RequestContext, code: string): Promise<PickedTranslation<CountryTranslation>> {
    return pickTranslation(await this.names(ctx, code), ctx.contentLocale, COUNTRY_ORIGINAL_LANGUAGE);
  }

  @Allow(admin)
  async create(ctx: RequestContext, input: CreateCountryInput): Promise<Country> {
    return this.records.create(ctx, COUNTRY, async (em) => ({
      row: em.create(Country, { code: input.code }),
      translations: input.names,
    }));
  }

  @Allow(admin)
  async update(ctx: RequestContext, code: string, input: UpdateCountryInput): Promise<Country> {
    return this.records.update(ctx, COUNTRY, code.toUpperCase(), async () => ({
      translations: input.names,
      removeLanguages: input.removeLanguages,
    }));
  }

  @Allow(admin)
  async delete(ctx: RequestContext, code: string): Promise<string> {
    return this.records.delete(ctx, COUNTRY, code.toUpperCase(), {
      inUse: (em, country) => em.getRepository(City).existsBy({ countryCode: country.code }),
    });
  }
}
