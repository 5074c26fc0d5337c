import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { CANDIDATE_CAP, PHRASE_POOL, PostgresSearchEngine } from '../../libs/search/src/index.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What the candidate cap may cost and what it must not: with more matches than the engine ranks,
 * a record holding every word of the query is still found and ranked first, and the result says
 * that counts are estimates. Runs on the engine directly, with documents made for the purpose.
 */
describe('postgres engine beyond the candidate cap', () => {
  let api: TestApp;
  let engine: PostgresSearchEngine;
  const everyWord = randomUUID();

  const phraseInTitle = randomUUID();

  const entry = (id: string, title: string, date: string, body = 'Shops, events and visitors.') =>
    practiceEntry(id, {
      language: 'en',
      title,
      summary: 'A town centre programme.',
      body,
      date,
      countryCodes: ['SI'],
    });
  const request = (query: string) => anonymousSearch(query);

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    const db = api.app.get(DataSource);
    engine = new PostgresSearchEngine(db, searchSources);
    // Twice the cap of newer records with one word, then one older record with both.
    const newer = Array.from({ length: CANDIDATE_CAP * 2 }, (_, i) =>
      entry(
        randomUUID(),
        `Marketplace revival ${i}`,
        `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`,
      ),
    );
    await engine.index(newer);
    await engine.index([entry(everyWord, 'Marketplace lanterns festival', '2015-06-01T00:00:00Z')]);
    // More records than the phrase pool holding both words of a phrase apart, in their bodies;
    // then one with the phrase in its title.
    await engine.index(
      Array.from({ length: PHRASE_POOL + 1 }, (_, i) =>
        entry(
          randomUUID(),
          `Quay works ${i}`,
          '2023-02-01T00:00:00Z',
          'The harbour was quiet until the ferry came.',
        ),
      ),
    );
    await engine.index([entry(phraseInTitle, 'Harbour ferry days', '2012-01-01T00:00:00Z')]);
    // Statistics as autovacuum would gather them: "marketplace" is then a broad word.
    await db.query(`ANALYZE search_document`);
  });
  afterAll(async () => {
    await api.close();
  });

  it('finds the record holding every word first, and flags the counts as estimates', async () => {
    const page = await engine.search(request('marketplace lanterns'));
    expect(page.hits[0]?.entityId).toBe(everyWord);
    expect(page.totalCountIsEstimate).toBe(true);
  });

  it('still ranks a single common word among the newest records', async () => {
    const page = await engine.search(request('marketplace'));
    expect(page.hits.length).toBe(10);
    expect(page.totalCountIsEstimate).toBe(true);
  });

  it('finds a phrase in a title even when more records than the phrase pool hold its words', async () => {
    const page = await engine.search(request('"harbour ferry"'));
    expect(page.hits.map((h) => h.entityId)).toEqual([phraseInTitle]);
  });
});
