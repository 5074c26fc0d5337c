import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  City,
  CityTranslation,
  Organization,
  OrganizationTranslation,
  type OrganizationKind,
} from '#directory';
import { Topic, TopicTranslation } from '#taxonomy';
import { PreparedStatements, type KeysetPosition, type RequestContext } from '#core';
import { Practice } from './entities/practice.entity.js';
import { PracticeSort, type PracticeStatus, type Visibility } from './entities/enums.js';
import { PracticePolicy } from './practices.policy.js';
import type { PracticeFilter } from './practice.types.js';

/** One practice of a list page, with everything its usual nested fields need. */
export interface PracticePageRow {
  practice: Practice;
  sortKey: string;
  /** Best translation for the caller: requested → original → English → any. */
  picked: { language: string; title: string; summary: string | null } | null;
  languages: string[];
  organization: { row: Organization; translations: OrganizationTranslation[] };
  city: { row: City; names: CityTranslation[] } | null;
  topics: { row: Topic; translations: TopicTranslation[] }[];
}

/** How a list is ordered: the key expression, its direction, and how "after a cursor" compares. */
const SORTS: Record<
  PracticeSort,
  { key: (alias: string) => string; direction: 'ASC' | 'DESC'; after: '<' | '>' }
> = {
  [PracticeSort.NEWEST]: {
    key: (a) => `coalesce(${a}.published_at, ${a}.created_at)`,
    direction: 'DESC',
    after: '<',
  },
  [PracticeSort.OLDEST]: {
    key: (a) => `coalesce(${a}.published_at, ${a}.created_at)`,
    direction: 'ASC',
    after: '>',
  },
  [PracticeSort.RECENTLY_UPDATED]: { key: (a) => `${a}.updated_at`, direction: 'DESC', after: '<' },
};

interface RawPractice {
  ordinal: number;
  id: string;
  externalRef: string | null;
  ownerOrganizationId: string;
  cityId: string | null;
  status: PracticeStatus;
  visibility: Visibility;
  originalLanguage: string;
  periodStart: string | null;
  periodEnd: string | null;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  fundingProgrammeId: string | null;
  sourceUrl: string | null;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  sortKey: string;
  picked: { language: string; title: string; summary: string | null } | null;
  languages: string[];
  topicIds: string[];
}

interface RawOrganization {
  id: string;
  kind: OrganizationKind;
  name: string;
  acronym: string | null;
  cityId: string | null;
  website: string | null;
  defaultLanguage: string;
  externalRef: string | null;
  createdAt: string;
  updatedAt: string;
  translations: { language: string; name: string | null; description: string | null }[];
}

interface RawCity {
  id: string;
  countryCode: string;
  name: string;
  originalLanguage: string;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
  externalRef: string | null;
  createdAt: string;
  updatedAt: string;
  names: { language: string; name: string }[];
}

interface RawTopic {
  id: string;
  key: string;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
  translations: { language: string; label: string; synonyms: string[] }[];
}

interface Related {
  organizations: Map<string, PracticePageRow['organization']>;
  cities: Map<string, NonNullable<PracticePageRow['city']>>;
  topics: Map<string, PracticePageRow['topics'][number]>;
}

/**
 * The hand-tuned read path for practice lists, in one statement: the page of practices with the
 * caller's translation picked, followed by every organization, city and topic it refers to (each
 * once, with all its translations), so the usual nested fields are answered from primed
 * DataLoaders. One round trip matters more than the SQL itself: on these machines a statement's
 * network write costs more than executing it. A test pins the results against the plain path.
 */
@Injectable()
export class PracticeListRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly prepared: PreparedStatements,
  ) {}

  async page(
    ctx: RequestContext,
    filter: PracticeFilter,
    limit: number,
    after: KeysetPosition | null,
    sort: PracticeSort = PracticeSort.NEWEST,
  ): Promise<PracticePageRow[]> {
    const params: unknown[] = [ctx.contentLocale ?? '', limit];
    const where = await this.conditions(ctx, filter, params);
    const order = SORTS[sort];
    if (after) {
      params.push(after.sortKey, after.id);
      where.push(
        `(${order.key('p')}, p.id) ${order.after} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const docs: { kind: 'p' | 'o' | 'c' | 't'; doc: RawPractice | RawOrganization | RawCity | RawTopic }[] =
      await this.prepared.query(
        `WITH page AS (
           SELECT p.*, row_number() OVER (ORDER BY ${order.key('p')} ${order.direction}, p.id ${order.direction}) AS ordinal
           FROM (SELECT p.* FROM practice p
                 WHERE ${where.join(' AND ')}
                 ORDER BY ${order.key('p')} ${order.direction}, p.id ${order.direction}
                 LIMIT $2) p
         )
         SELECT 'p' AS kind, json_build_object(
             'ordinal', page.ordinal, 'id', page.id, 'externalRef', page.external_ref,
             'ownerOrganizationId', page.owner_organization_id, 'cityId', page.city_id, 'status', page.status,
             'visibility', page.visibility, 'originalLanguage', page.original_language,
             'periodStart', page.period_start, 'periodEnd', page.period_end, 'budgetAmount', page.budget_amount::text,
             'budgetCurrency', page.budget_currency, 'fundingProgrammeId', page.funding_programme_id,
             'sourceUrl', page.source_url, 'version', page.version, 'publishedAt', page.published_at,
             'createdAt', page.created_at, 'updatedAt', page.updated_at,
             'sortKey', to_char(${order.key('page')} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
             'picked', (SELECT json_build_object('language', t.language, 'title', t.title, 'summary', t.summary)
                        FROM practice_translation t WHERE t.practice_id = page.id
                        ORDER BY t.language = $1 DESC, t.language = page.original_language DESC, t.language = 'en' DESC, t.language
                        LIMIT 1),
             'languages', ARRAY(SELECT t.language FROM practice_translation t WHERE t.practice_id = page.id ORDER BY t.language),
             'topicIds', ARRAY(SELECT pt.topic_id FROM practice_topic pt WHERE pt.practice_id = page.id)) AS doc
         FROM page
         UNION ALL
         SELECT 'o', json_build_object(
             'id', o.id, 'kind', o.kind, 'name', o.name, 'acronym', o.acronym, 'cityId', o.city_id,
             'website', o.website, 'defaultLanguage', o.default_language, 'externalRef', o.external_ref,
             'createdAt', o.created_at, 'updatedAt', o.updated_at,
             'translations', coalesce((SELECT json_agg(json_build_object('language', ot.language, 'name', ot.name, 'description', ot.description))
                                       FROM organization_translation ot WHERE ot.organization_id = o.id), '[]'))
         FROM organization o WHERE o.id IN (SELECT owner_organization_id FROM page)
         UNION ALL
         SELECT 'c', json_build_object(
             'id', c.id, 'countryCode', c.country_code, 'name', c.name, 'originalLanguage', c.original_language,
             'population', c.population, 'latitude', c.latitude, 'longitude', c.longitude, 'externalRef', c.external_ref,
             'createdAt', c.created_at, 'updatedAt', c.updated_at,
             'names', coalesce((SELECT json_agg(json_build_object('language', ct.language, 'name', ct.name))
                                FROM city_translation ct WHERE ct.city_id = c.id), '[]'))
         FROM city c WHERE c.id IN (SELECT city_id FROM page)
         UNION ALL
         SELECT 't', json_build_object(
             'id', tp.id, 'key', tp.key, 'parentId', tp.parent_id, 'createdAt', tp.created_at, 'updatedAt', tp.updated_at,
             'translations', coalesce((SELECT json_agg(json_build_object('language', tt.language, 'label', tt.label, 'synonyms', tt.synonyms))
                                       FROM topic_translation tt WHERE tt.topic_id = tp.id), '[]'))
         FROM topic tp WHERE tp.id IN (SELECT pt.topic_id FROM practice_topic pt WHERE pt.practice_id IN (SELECT id FROM page))`,
        params,
      );
    const related: Related = { organizations: new Map(), cities: new Map(), topics: new Map() };
    const practices: RawPractice[] = [];
    for (const { kind, doc } of docs) {
      if (kind === 'p') practices.push(doc as RawPractice);
      else if (kind === 'o') related.organizations.set(doc.id, toOrganization(doc as RawOrganization));
      else if (kind === 'c') related.cities.set(doc.id, toCity(doc as RawCity));
      else related.topics.set(doc.id, toTopic(doc as RawTopic));
    }
    return practices.sort((a, b) => a.ordinal - b.ordinal).map((raw) => hydrate(raw, related));
  }

  async count(ctx: RequestContext, filter: PracticeFilter): Promise<number> {
    const params: unknown[] = [];
    const where = await this.conditions(ctx, filter, params);
    const [row] = (await this.dataSource.query(
      `SELECT count(*) AS n FROM practice p WHERE ${where.join(' AND ')}`,
      params,
    )) as [{ n: number }];
    return row.n;
  }

  /** Visibility first, then the filters; values always travel as parameters. */
  private async conditions(
    ctx: RequestContext,
    filter: PracticeFilter,
    params: unknown[],
  ): Promise<string[]> {
    const where = [await PracticePolicy.readableSql(ctx, params)];
    const add = (value: unknown, sql: (placeholder: string) => string) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.organizationId) add(filter.organizationId, (v) => `p.owner_organization_id = ${v}::uuid`);
    if (filter.cityId) add(filter.cityId, (v) => `p.city_id = ${v}::uuid`);
    if (filter.countryCode)
      add(filter.countryCode, (v) => `p.city_id IN (SELECT id FROM city WHERE country_code = ${v})`);
    if (filter.topicId)
      add(
        filter.topicId,
        (v) => `p.id IN (SELECT practice_id FROM practice_topic WHERE topic_id = ${v}::uuid)`,
      );
    if (filter.networkId) {
      add(
        filter.networkId,
        (v) => `p.id IN (SELECT practice_id FROM practice_network WHERE network_id = ${v}::uuid)`,
      );
    }
    if (filter.status) add(filter.status, (v) => `p.status = ${v}`);
    // Practices without a period are timeless and never excluded by a period filter.
    if (filter.periodFrom)
      add(filter.periodFrom, (v) => `(p.period_end IS NULL OR p.period_end >= ${v}::date)`);
    if (filter.periodTo)
      add(filter.periodTo, (v) => `(p.period_start IS NULL OR p.period_start <= ${v}::date)`);
    if (filter.adoptionStatus) {
      add(
        filter.adoptionStatus,
        (v) => `EXISTS (SELECT 1 FROM adoption a WHERE a.practice_id = p.id AND a.status = ${v})`,
      );
    }
    if (filter.language) {
      add(
        filter.language,
        (v) =>
          `EXISTS (SELECT 1 FROM practice_translation t WHERE t.practice_id = p.id AND t.language = ${v})`,
      );
    }
    return where;
  }
}

function hydrate(raw: RawPractice, related: Related): PracticePageRow {
  const {
    ordinal: _ordinal,
    sortKey,
    picked,
    languages,
    topicIds,
    publishedAt,
    createdAt,
    updatedAt,
    ...columns
  } = raw;
  const practice = Object.assign(new Practice(), {
    ...columns,
    publishedAt: publishedAt === null ? null : new Date(publishedAt),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  });
  const organization = related.organizations.get(raw.ownerOrganizationId);
  // The foreign key guarantees the owner exists, and one statement reads one snapshot.
  if (!organization) throw new Error(`practice ${raw.id}: owner organization not found`);
  return {
    practice,
    sortKey,
    picked,
    languages,
    organization,
    city: raw.cityId ? (related.cities.get(raw.cityId) ?? null) : null,
    topics: topicIds
      .map((id) => related.topics.get(id))
      .filter((t): t is PracticePageRow['topics'][number] => t !== undefined)
      .sort((a, b) => a.row.key.localeCompare(b.row.key)),
  };
}

function toOrganization({
  translations,
  createdAt,
  updatedAt,
  ...org
}: RawOrganization): PracticePageRow['organization'] {
  return {
    row: Object.assign(new Organization(), {
      ...org,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
    }),
    translations: translations.map((t) =>
      Object.assign(new OrganizationTranslation(), { ...t, organizationId: org.id }),
    ),
  };
}

function toCity({ names, createdAt, updatedAt, ...city }: RawCity): NonNullable<PracticePageRow['city']> {
  return {
    row: Object.assign(new City(), {
      ...city,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
    }),
    names: names.map((n) => Object.assign(new CityTranslation(), { ...n, cityId: city.id })),
  };
}

function toTopic({
  translations,
  createdAt,
  updatedAt,
  ...topic
}: RawTopic): PracticePageRow['topics'][number] {
  return {
    row: Object.assign(new Topic(), {
      ...topic,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
    }),
    translations: translations.map((t) => Object.assign(new TopicTranslation(), { ...t, topicId: topic.id })),
  };
}
