import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppError,
  LoaderKey,
  byIdLoader,
  groupedLoader,
  isCursorTimestamp,
  pickTranslation,
  toConnection,
  validatePage,
  type ConnectionResult,
  type CursorArgument,
  type KeysetPosition,
  type PageArgs,
  type RequestContext,
} from '#core';
import { PracticeSort } from '../entities/enums.js';
import {
  Practice,
  PracticeNetwork,
  PracticeTopic,
  PracticeTranslation,
} from '../entities/practice.entity.js';
import { PracticeListRepository, type PracticePageRow } from './practice-list.repository.js';
import { PracticePolicy } from '../practices.policy.js';
import type { PracticeFilter } from './practice.types.js';

const PRACTICE_BY_ID = new LoaderKey<string, Practice | null>('practiceById');
const PRACTICE_TRANSLATIONS = new LoaderKey<string, PracticeTranslation[]>('practiceTranslations');
const PRACTICE_TOPICS = new LoaderKey<string, PracticeTopic[]>('practiceTopics');
const PRACTICE_NETWORKS = new LoaderKey<string, PracticeNetwork[]>('practiceNetworks');

/** A practice as read: the record plus the text picked for the caller's language. */
export interface PracticeView {
  practice: Practice;
  language: string;
  title: string;
  summary: string | null;
  availableLanguages: string[];
  /** Set by lists: owner, city and topics with the caller's names, so nested fields need no lookup. */
  related?: Pick<PracticePageRow, 'organization' | 'city' | 'topics'>;
}

@Injectable()
export class PracticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listRepository: PracticeListRepository,
  ) {}

  /** One practice; one the caller may not read looks exactly like one that does not exist. */
  /**
   * One practice. `afterChange` skips the visibility check for the payload of a change the caller
   * was allowed to make (a coordinator returning a practice to draft no longer reads drafts).
   */
  async get(ctx: RequestContext, id: string, afterChange = false): Promise<PracticeView> {
    const practice = await byIdLoader(ctx, PRACTICE_BY_ID, this.dataSource, Practice).load(id);
    // A practice the caller may not read looks exactly like one that does not exist.
    if (
      !practice ||
      (!afterChange && !(await PracticePolicy.canRead(ctx, practice, () => this.networkIds(ctx, id))))
    ) {
      throw AppError.notFound('Practice', id);
    }
    const { translation, availableLanguages } = pickTranslation(
      await this.translations(ctx, id),
      ctx.contentLocale,
      practice.originalLanguage,
    );
    return {
      practice,
      language: translation?.language ?? practice.originalLanguage,
      title: translation?.title ?? '',
      summary: translation?.summary ?? null,
      availableLanguages,
    };
  }

  /** Which of these practices exist and the caller may read: one statement, the lists' rule. */
  async readableIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const params: unknown[] = [ids];
    const readable = await PracticePolicy.readableSql(ctx, params);
    const rows = (await this.dataSource.query(
      `SELECT p.id FROM practice p WHERE p.id = ANY($1::uuid[]) AND ${readable}`,
      params,
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Newest first. One SQL statement for the page and what its usual nested fields show. */
  async list(
    ctx: RequestContext,
    filter: PracticeFilter,
    pageArgs: PageArgs,
    sort: PracticeSort = PracticeSort.NEWEST,
  ): Promise<ConnectionResult<PracticeView>> {
    const page = validatePage(pageArgs);
    // Cursors carry the order they belong to: one from another order is refused, not misread.
    const window = {
      after: ownPosition(page.after, sort, 'after'),
      before: ownPosition(page.before, sort, 'before'),
      backward: page.backward,
    };
    const rows =
      page.size === 0 ? [] : await this.listRepository.page(ctx, filter, page.size + 1, window, sort);
    return toConnection(
      rows,
      page,
      (row) => ({ sortKey: `${sort}|${row.sortKey}`, id: row.practice.id }),
      (row): PracticeView => ({
        practice: row.practice,
        language: row.picked?.language ?? row.practice.originalLanguage,
        title: row.picked?.title ?? '',
        summary: row.picked?.summary ?? null,
        availableLanguages: row.languages,
        related: row,
      }),
      () => this.listRepository.count(ctx, filter),
    );
  }

  translations(ctx: RequestContext, practiceId: string): Promise<PracticeTranslation[]> {
    return groupedLoader(ctx, PRACTICE_TRANSLATIONS, this.dataSource, PracticeTranslation, 'practiceId').load(
      practiceId,
    );
  }

  async topicIds(ctx: RequestContext, practiceId: string): Promise<string[]> {
    const links = await groupedLoader(
      ctx,
      PRACTICE_TOPICS,
      this.dataSource,
      PracticeTopic,
      'practiceId',
    ).load(practiceId);
    return links.map((l) => l.topicId);
  }

  async networkIds(ctx: RequestContext, practiceId: string): Promise<string[]> {
    const links = await groupedLoader(
      ctx,
      PRACTICE_NETWORKS,
      this.dataSource,
      PracticeNetwork,
      'practiceId',
    ).load(practiceId);
    return links.map((l) => l.networkId).sort();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor's position in this sort's terms; a cursor of another sort, or forged, is refused. */
function ownPosition(
  position: KeysetPosition | null,
  sort: PracticeSort,
  argument: CursorArgument,
): KeysetPosition | null {
  if (!position) return null;
  const [cursorSort, sortKey] = position.sortKey.split('|');
  if (cursorSort !== sort || !sortKey || !isCursorTimestamp(sortKey) || !UUID.test(position.id)) {
    throw AppError.invalidField(argument, 'cursor');
  }
  return { sortKey, id: position.id };
}
