import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CityTypeSource, OrganizationKind, OrganizationTypeSource } from '#directory';
import type { Topic } from '#taxonomy';
import { PreparedStatements, type KeysetPosition, type RequestContext } from '#core';
import type { Practice } from '../entities/practice.entity.js';
import { PracticeSort, type PracticeStatus, type Visibility } from '../entities/enums.js';
import { PracticePolicy } from '../practices.policy.js';
import type { PracticeFilter } from './practice.types.js';

/** One practice of a list page, with what its usual nested fields show, already localized. */
export interface PracticePageRow {
  practice: Practice;
  sortKey: string;
  /** Best translation for the caller: requested → original → English → any. */
  picked: { language: string; title: string; summary: string | null } | null;
  languages: string[];
  organization: { row: OrganizationTypeSource; localizedName: { name: string; language: string } };
  city: { row: CityTypeSource; localizedName: { name: string; language: string } } | null;
  /** Sorted by key; a topic without any label has no `localizedLabel`. */
  topics: { row: Topic; localizedLabel?: { label: string; language: string } }[];
}

/** How a list is ordered: the key expression and its direction (then the id, the same way). */
const SORTS: Record<PracticeSort, { key: (alias: string) => string; direction: 'ASC' | 'DESC' }> = {
  [PracticeSort.NEWEST]: { key: (a) => `coalesce(${a}.published_at, ${a}.created_at)`, direction: 'DESC' },
  [PracticeSort.OLDEST]: { key: (a) => `coalesce(${a}.published_at, ${a}.created_at)`, direction: 'ASC' },
  [PracticeSort.RECENTLY_UPDATED]: { key: (a) => `${a}.updated_at`, direction: 'DESC' },
};

/** The part of the list a page reads: between two cursors, from the start or (backward) the end. */
export interface PracticeWindow {
  after: KeysetPosition | null;
  before: KeysetPosition | null;
  backward: boolean;
}

/** One row of the page statement: the practice, its picked text, owner, city and topics. */
interface PageRow {
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
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  sortKey: string;
  language: string | null;
  title: string | null;
  summary: string | null;
  languages: string[];
  oKind: OrganizationKind;
  oName: string;
  oAcronym: string | null;
  oCityId: string | null;
  oWebsite: string | null;
  oDefaultLanguage: string;
  oCreatedAt: Date;
  oUpdatedAt: Date;
  oLocalName: string;
  oLanguage: string;
  // The city's columns are null only when the practice has no city.
  cCountryCode: string;
  cName: string;
  cOriginalLanguage: string;
  cPopulation: number | null;
  cLatitude: number | null;
  cLongitude: number | null;
  cLocalName: string;
  cLanguage: string;
  topicIds: string[];
  /** Every topic of the page, on one of its rows only (null on the others). */
  topics: RawTopic[] | null;
}

interface RawTopic {
  id: string;
  key: string;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
  label: string | null;
  language: string | null;
}

/**
 * The hand-tuned read path for practice lists, in one statement with one row per practice: the
 * caller's translation, the owner's and the city's names and the topics' labels are picked in SQL
 * (the same fallback chains as pickTranslation and the services' `localized`), so the list's usual
 * nested fields need no lookups and no per-item work. Other nested fields (descriptions, all
 * translations, ...) go through the DataLoaders as on every other path. One round trip matters:
 * on these machines a statement's network write costs more than executing it. A test pins the
 * results against the plain path.
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
    window: PracticeWindow,
    sort: PracticeSort = PracticeSort.NEWEST,
  ): Promise<PracticePageRow[]> {
    // The page size is part of the statement, not a parameter: with `LIMIT $n` PostgreSQL cannot
    // cost a generic plan and re-plans every execution (about as long as running it). Sizes are
    // validated integers (1–101), so this adds at most a hundred statements per filter shape.
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`page size ${limit}`);
    const params: unknown[] = [ctx.contentLocale ?? ''];
    const where = await this.conditions(ctx, filter, params);
    const sorting = SORTS[sort];
    const descending = sorting.direction === 'DESC';
    const bounds: [KeysetPosition | null, '<' | '>'][] = [
      [window.after, descending ? '<' : '>'],
      [window.before, descending ? '>' : '<'],
    ];
    for (const [position, operator] of bounds) {
      if (!position) continue;
      params.push(position.sortKey, position.id);
      where.push(
        `(${sorting.key('p')}, p.id) ${operator} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    // A backward page reads from the end of the list; the service turns the rows round.
    const direction = window.backward === descending ? 'ASC' : 'DESC';
    const order = { key: sorting.key, direction };
    // Each pick orders the candidates by the fallback chain and keeps the first; $1 is '' when
    // no language was asked for, which matches nothing. A city's own name counts as its
    // translation in its original language. Topics recur across a page: each is labelled once,
    // and all of them travel once, on one row (labelling them per practice doubled the cost).
    // The owner is looked up per row (LIMIT 1 keeps it a lateral index lookup): the generic plan
    // otherwise hashes the whole organization table for 50 rows.
    const rows: PageRow[] = await this.prepared.query(
      `WITH page AS (
         SELECT p.*, ${order.key('p')} AS sort_at FROM practice p
         WHERE ${where.join(' AND ')}
         ORDER BY ${order.key('p')} ${order.direction}, p.id ${order.direction}
         LIMIT ${limit}
       )
       SELECT page.id, page.external_ref AS "externalRef", page.owner_organization_id AS "ownerOrganizationId",
         page.city_id AS "cityId", page.status, page.visibility, page.original_language AS "originalLanguage",
         page.period_start::text AS "periodStart", page.period_end::text AS "periodEnd",
         page.budget_amount::text AS "budgetAmount", page.budget_currency AS "budgetCurrency",
         page.funding_programme_id AS "fundingProgrammeId", page.source_url AS "sourceUrl", page.version,
         page.published_at AS "publishedAt", page.created_at AS "createdAt", page.updated_at AS "updatedAt",
         to_char(page.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortKey",
         tr.language, tr.title, tr.summary,
         ARRAY(SELECT t.language FROM practice_translation t WHERE t.practice_id = page.id ORDER BY t.language) AS languages,
         o.kind AS "oKind", o.name AS "oName", o.acronym AS "oAcronym", o.city_id AS "oCityId", o.website AS "oWebsite",
         o.default_language AS "oDefaultLanguage", o.created_at AS "oCreatedAt", o.updated_at AS "oUpdatedAt",
         coalesce(ot.name, o.name) AS "oLocalName", coalesce(ot.language, o.default_language) AS "oLanguage",
         c.country_code AS "cCountryCode", c.name AS "cName", c.original_language AS "cOriginalLanguage",
         c.population AS "cPopulation", c.latitude AS "cLatitude", c.longitude AS "cLongitude",
         coalesce(cn.name, c.name) AS "cLocalName", coalesce(cn.language, c.original_language) AS "cLanguage",
         ARRAY(SELECT pt.topic_id FROM practice_topic pt WHERE pt.practice_id = page.id) AS "topicIds",
         CASE WHEN page.id = (SELECT id FROM page LIMIT 1) THEN (
           SELECT json_agg(json_build_object('id', tp.id, 'key', tp.key, 'parentId', tp.parent_id,
                    'createdAt', tp.created_at, 'updatedAt', tp.updated_at, 'label', tl.label, 'language', tl.language))
           FROM topic tp
           LEFT JOIN LATERAL (SELECT tt.label, tt.language FROM topic_translation tt WHERE tt.topic_id = tp.id
                              ORDER BY tt.language = $1 DESC, tt.language = 'en' DESC, tt.language LIMIT 1) tl ON true
           WHERE tp.id IN (SELECT pt.topic_id FROM practice_topic pt WHERE pt.practice_id IN (SELECT id FROM page))
         ) END AS topics
       FROM page
       JOIN LATERAL (SELECT * FROM organization o WHERE o.id = page.owner_organization_id LIMIT 1) o ON true
       LEFT JOIN city c ON c.id = page.city_id
       LEFT JOIN LATERAL (SELECT t.language, t.title, t.summary FROM practice_translation t WHERE t.practice_id = page.id
                          ORDER BY t.language = $1 DESC, t.language = page.original_language DESC, t.language = 'en' DESC, t.language
                          LIMIT 1) tr ON true
       LEFT JOIN LATERAL (SELECT ot.language, ot.name FROM organization_translation ot WHERE ot.organization_id = o.id
                          ORDER BY ot.language = $1 DESC, ot.language = o.default_language DESC, ot.language = 'en' DESC, ot.language
                          LIMIT 1) ot ON true
       LEFT JOIN LATERAL (SELECT ct.language, ct.name FROM city_translation ct
                          WHERE ct.city_id = c.id AND ct.language IN ($1, c.original_language)
                          ORDER BY ct.language = $1 DESC LIMIT 1) cn ON true
       ORDER BY page.sort_at ${order.direction}, page.id ${order.direction}`,
      params,
    );
    const topics = pageTopics(rows);
    return rows.map((row) => toPageRow(row, topics));
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
      // The city's country, copied onto the practice by a trigger (migration 1763781200000).
      add(filter.countryCode, (v) => `p.country_code = ${v}`);
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

/** `topics`: the page's topics by id. */
function toPageRow(row: PageRow, topics: Map<string, PracticePageRow['topics'][number]>): PracticePageRow {
  return {
    practice: {
      id: row.id,
      externalRef: row.externalRef,
      ownerOrganizationId: row.ownerOrganizationId,
      cityId: row.cityId,
      status: row.status,
      visibility: row.visibility,
      originalLanguage: row.originalLanguage,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      budgetAmount: row.budgetAmount,
      budgetCurrency: row.budgetCurrency,
      fundingProgrammeId: row.fundingProgrammeId,
      sourceUrl: row.sourceUrl,
      version: row.version,
      publishedAt: row.publishedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    },
    sortKey: row.sortKey,
    picked:
      row.language !== null && row.title !== null
        ? { language: row.language, title: row.title, summary: row.summary }
        : null,
    languages: row.languages,
    organization: {
      row: {
        id: row.ownerOrganizationId,
        kind: row.oKind,
        name: row.oName,
        acronym: row.oAcronym,
        cityId: row.oCityId,
        website: row.oWebsite,
        defaultLanguage: row.oDefaultLanguage,
        createdAt: row.oCreatedAt,
        updatedAt: row.oUpdatedAt,
      },
      localizedName: { name: row.oLocalName, language: row.oLanguage },
    },
    city:
      row.cityId === null
        ? null
        : {
            row: {
              id: row.cityId,
              countryCode: row.cCountryCode,
              name: row.cName,
              originalLanguage: row.cOriginalLanguage,
              population: row.cPopulation,
              latitude: row.cLatitude,
              longitude: row.cLongitude,
            },
            localizedName: { name: row.cLocalName, language: row.cLanguage },
          },
    topics: row.topicIds
      .map((id) => topics.get(id))
      .filter((t): t is PracticePageRow['topics'][number] => t !== undefined)
      .sort((a, b) => a.row.key.localeCompare(b.row.key)),
  };
}

/** The page's topics, labelled once and carried on one row of the page (see `page`). */
function pageTopics(rows: PageRow[]): Map<string, PracticePageRow['topics'][number]> {
  const topics = new Map<string, PracticePageRow['topics'][number]>();
  for (const raw of rows.find((row) => row.topics !== null)?.topics ?? []) {
    topics.set(raw.id, {
      row: {
        id: raw.id,
        key: raw.key,
        parentId: raw.parentId,
        createdAt: new Date(raw.createdAt),
        updatedAt: new Date(raw.updatedAt),
      },
      localizedLabel:
        raw.label !== null && raw.language !== null
          ? { label: raw.label, language: raw.language }
          : undefined,
    });
  }
  return topics;
}
