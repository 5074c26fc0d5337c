import { Meilisearch, type EnqueuedTask, type SearchParams } from 'meilisearch';

import {
  FACET_NAMES,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type EngineHealth,
  type IndexEntry,
  type ReindexSource,
  type SearchableType,
  type SearchEngine,
  type SearchHit,
  type SearchPage,
  type SearchRequest,
} from '../../engine/search-engine.js';
import { decodeCursor, encodeCursor, searchFingerprint } from './meilisearch-cursor.js';
import { entityKey, toMeiliDocument, type MeiliDocument } from './meilisearch-document.js';
import { isIndexNotFound, taskFailure, translateError } from './meilisearch-errors.js';
import { and, inList, quote, searchFilter } from './meilisearch-filter.js';
import {
  FACET_ATTRIBUTES,
  RETRIEVED_ATTRIBUTES,
  toFacets,
  toHit,
  type MappedHit,
  type RetrievedDocument,
} from './meilisearch-results.js';
import {
  DISTINCT_ATTRIBUTE,
  indexSettings,
  MEILI_LOCALES,
  synonymsFromGroups,
} from './meilisearch-settings.js';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey: string | null;
  /** The live index; reindex builds `<indexName>_<timestamp>` and swaps it in. */
  indexName?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** How long to wait for an indexing task before calling Meilisearch unavailable. */
  taskTimeoutMs?: number;
}

/** Documents per add request (Meilisearch's payload limit is 100 MB; ours are a few kB each). */
const DOCUMENTS_PER_REQUEST = 1000;
/** Records per delete-by-filter (keeps the filter string short). */
const KEYS_PER_FILTER = 200;
/** Add tasks a reindex keeps enqueued before waiting: Meilisearch batches them, memory stays flat. */
const PENDING_TASKS = 4;
const CROP_WORDS = 30;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * The scale-out engine: one Meilisearch document per (record, language), one hit per record via
 * `distinct` on entityKey, visibility as a filter. Settings live in meilisearch-settings.ts.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexName: string;
  private readonly taskTimeoutMs: number;
  private ensured: Promise<void> | null = null;

  constructor(options: MeilisearchEngineOptions) {
    this.indexName = options.indexName ?? 'px_search';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey ?? undefined,
      timeout: options.timeoutMs ?? 5_000,
    });
  }

  async index(entries: IndexEntry[]): Promise<void> {
    // The last entry of a record wins, as if they had been indexed one after the other.
    const byKey = new Map(entries.map((entry) => [entityKey(entry.type, entry.entityId), entry]));
    if (byKey.size === 0) return;
    await this.call(async () => {
      await this.ensureIndex();
      const index = this.client.index<MeiliDocument>(this.indexName);
      // Tasks of one index run in the order they were enqueued: deletions before additions.
      const tasks: EnqueuedTask[] = [];
      for (const keys of chunks([...byKey.keys()], KEYS_PER_FILTER)) {
        tasks.push(await index.deleteDocuments({ filter: inList('entityKey', keys) }));
      }
      const documents = [...byKey.values()].flatMap((entry) => entry.documents.map(toMeiliDocument));
      for (const batch of chunks(documents, DOCUMENTS_PER_REQUEST)) {
        tasks.push(await index.addDocuments(batch));
      }
      for (const task of tasks) await this.wait(task);
    });
  }

  async remove(records: { type: SearchableType; entityId: string }[]): Promise<void> {
    const keys = [...new Set(records.map((record) => entityKey(record.type, record.entityId)))];
    if (keys.length === 0) return;
    await this.call(async () => {
      await this.ensureIndex();
      const index = this.client.index(this.indexName);
      const tasks: EnqueuedTask[] = [];
      for (const part of chunks(keys, KEYS_PER_FILTER)) {
        tasks.push(await index.deleteDocuments({ filter: inList('entityKey', part) }));
      }
      for (const task of tasks) await this.wait(task);
    });
  }

  async search(request: SearchRequest): Promise<SearchPage> {
    const fingerprint = searchFingerprint(request);
    const offset = request.after === null ? 0 : decodeCursor(request.after, fingerprint);
    const first = Math.max(0, Math.floor(request.first));
    const query = request.query.trim();
    const filter = searchFilter(request.filter, request.reader);
    const locale = request.locale === null ? undefined : MEILI_LOCALES[request.locale];

    return this.call(async () => {
      await this.ensureIndex();
      const index = this.client.index<RetrievedDocument>(this.indexName);
      const response = await index.search(query, {
        ...this.textParams(locale),
        filter,
        // One more than asked: tells whether there is a next page without trusting an estimate.
        offset,
        limit: first + 1,
        distinct: DISTINCT_ATTRIBUTE,
        facets: (request.facets ?? FACET_NAMES).map((name) => FACET_ATTRIBUTES[name]),
        // Empty query: newest first. Otherwise relevance, ties to the original text.
        sort: query === '' ? ['date:desc', 'originalFirst:desc'] : ['originalFirst:desc'],
      });
      const hits = response.hits.slice(0, first).map(toHit);
      if (request.locale !== null) await this.preferLocale(hits, query, filter, request.locale, locale);
      const total = response.estimatedTotalHits;
      return {
        hits: hits.map((hit, i): SearchHit => ({
          type: hit.type,
          entityId: hit.entityId,
          language: hit.language,
          title: hit.title,
          snippet: hit.snippet,
          score: hit.score,
          cursor: encodeCursor(offset + i + 1, fingerprint),
        })),
        // offset/limit search answers estimatedTotalHits (distinct makes it an estimate anyway,
        // and page/hitsPerPage totals are capped at maxTotalHits too); never below what was seen.
        totalCount: Math.max(total, offset + hits.length + (response.hits.length > first ? 1 : 0)),
        totalCountIsEstimate: true,
        hasNextPage: response.hits.length > first,
        facets: toFacets(response.facetDistribution),
        // Meilisearch forgives typos without saying which word it read instead.
        didYouMean: null,
      };
    });
  }

  async reindex(source: ReindexSource): Promise<{ documents: number }> {
    return this.call(async () => {
      const fresh = `${this.indexName}_${Date.now()}`;
      await this.wait(await this.client.createIndex(fresh, { primaryKey: 'id' }));
      let count = 0;
      try {
        const index = this.client.index<MeiliDocument>(fresh);
        await this.wait(await index.updateSettings(indexSettings(synonymsFromGroups(source.synonyms))));
        const pending: EnqueuedTask[] = [];
        for await (const entries of source.batches) {
          const documents = entries.flatMap((entry) => entry.documents.map(toMeiliDocument));
          for (const batch of chunks(documents, DOCUMENTS_PER_REQUEST)) {
            pending.push(await index.addDocuments(batch));
            const oldest = pending.length >= PENDING_TASKS ? pending.shift() : undefined;
            if (oldest !== undefined) await this.wait(oldest);
          }
          count += documents.length;
        }
        for (const task of pending) await this.wait(task);
        // A swap needs both indexes; the first reindex creates the live one.
        await this.createIfMissing(this.indexName);
        await this.wait(
          await this.client.httpRequest.post<EnqueuedTask>({
            path: 'swap-indexes',
            // No `rename` key: it exists only since v1.18 and older servers reject unknown keys.
            body: [{ indexes: [this.indexName, fresh] }],
          }),
        );
      } catch (error) {
        await this.dropQuietly(fresh);
        throw error;
      }
      this.ensured = Promise.resolve();
      // After the swap `fresh` holds the previous documents.
      await this.wait(await this.client.deleteIndex(fresh));
      return { documents: count };
    });
  }

  async health(): Promise<EngineHealth> {
    try {
      const { status } = await this.client.health();
      return status === 'available' ? { up: true } : { up: false, detail: `status ${String(status)}` };
    } catch (error) {
      return { up: false, detail: translateError(error).message };
    }
  }

  /** Highlighting, cropping and query language shared by both searches of a page. */
  private textParams(locale: string | undefined): SearchParams {
    return {
      attributesToRetrieve: RETRIEVED_ATTRIBUTES,
      attributesToHighlight: ['summary', 'body'],
      attributesToCrop: ['summary', 'body'],
      cropLength: CROP_WORDS,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      showRankingScore: true,
      // Drop the most common words first when not all match: questions full of stop words
      // still find the records that cover the rest of the query.
      matchingStrategy: 'frequency',
      // Tokenize the query as the caller's language (documented advice for short queries);
      // without a known locale Meilisearch detects it among the localized attributes' locales.
      ...(locale === undefined ? {} : { locales: [locale] }),
    };
  }

  /**
   * The caller's language wins when its document matched too. Distinct keeps the best ranked
   * document of each record, and word positions can rank a translation above it, so the page's
   * other-language hits are looked up again in the caller's language (same query and filters,
   * at most one small request per page). The cross-record order and score stay as ranked.
   */
  private async preferLocale(
    hits: MappedHit[],
    query: string,
    filter: string | undefined,
    language: string,
    locale: string | undefined,
  ): Promise<void> {
    const others = hits.filter((hit) => hit.language !== language);
    if (others.length === 0) return;
    const conditions = [
      inList(
        'entityKey',
        others.map((hit) => hit.entityKey),
      ),
      `language = ${quote(language)}`,
    ];
    const response = await this.client.index<RetrievedDocument>(this.indexName).search(query, {
      ...this.textParams(locale),
      filter: and(filter === undefined ? conditions : [filter, ...conditions]),
      offset: 0,
      limit: others.length,
    });
    const preferred = new Map(response.hits.map(toHit).map((hit) => [hit.entityKey, hit]));
    for (const [i, hit] of hits.entries()) {
      const better = preferred.get(hit.entityKey);
      if (better !== undefined) hits[i] = { ...better, score: hit.score };
    }
  }

  private ensureIndex(): Promise<void> {
    this.ensured ??= this.createIfMissing(this.indexName).then(
      () => undefined,
      (error: unknown) => {
        this.ensured = null;
        throw error;
      },
    );
    return this.ensured;
  }

  /** Creates an index with our settings (no synonyms: those come with reindex) unless it exists. */
  private async createIfMissing(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
      return;
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
    }
    const created = await this.client.tasks.waitForTask(
      await this.client.createIndex(uid, { primaryKey: 'id' }),
      {
        timeout: this.taskTimeoutMs,
      },
    );
    // Another process may have created it in the meantime: fine, settings are the same.
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw taskFailure(created);
    }
    await this.wait(await this.client.index(uid).updateSettings(indexSettings()));
  }

  /** Waits until a task is done, so that "indexed" means searchable; a failed task throws. */
  private async wait(task: EnqueuedTask): Promise<void> {
    const done = await this.client.tasks.waitForTask(task.taskUid, { timeout: this.taskTimeoutMs });
    if (done.status !== 'succeeded') throw taskFailure(done);
  }

  private async dropQuietly(uid: string): Promise<void> {
    try {
      await this.client.deleteIndex(uid);
    } catch {
      // The original error matters more; a stray temporary index is harmless.
    }
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateError(error);
    }
  }
}
