import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Bodies are indexed in one form: stemmed in the languages queries are stemmed in, plain where
 * PostgreSQL has no stemmer, both elsewhere. What that must keep: a body-only word found by
 * another inflection and with a typo (close words are matched through their stems too).
 */
describe('postgres engine: body words', () => {
  let api: TestApp;
  let db: DataSource;
  let engine: PostgresSearchEngine;
  const lithuanian = randomUUID();
  const danish = randomUUID();

  const entry = (id: string, language: string, title: string, body: string) =>
    practiceEntry(id, { language, title, summary: '', body, date: '2024-03-01T00:00:00Z' });
  const request = (query: string) => anonymousSearch(query, 'lt');
  const bodyLexemes = async (id: string): Promise<string[]> => {
    const [row] = (await db.query(
      `SELECT tsvector_to_array(body_vector) AS lexemes FROM search_document WHERE entity_id = $1`,
      [id],
    )) as { lexemes: string[] }[];
    return row!.lexemes;
  };

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    db = api.app.get(DataSource);
    engine = new PostgresSearchEngine(db, searchSources);
    await engine.index([
      entry(lithuanian, 'lt', 'Kiemų programa', 'Apleisti kiemai virto bendruomenės daržais ir gėlynais.'),
      entry(danish, 'da', 'Havneprogram', 'Byens havnebadene blev åbnet for alle.'),
    ]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('stores a Lithuanian body stemmed only, and keeps plain words where queries are not stemmed', async () => {
    const lt = await bodyLexemes(lithuanian);
    expect(lt).toEqual(expect.arrayContaining(['gelyn', 'darz']));
    expect(lt).not.toContain('gelynais');
    // Danish has a stemmer but queries are not stemmed in Danish: the plain word stays findable.
    expect(await bodyLexemes(danish)).toEqual(expect.arrayContaining(['havnebad', 'havnebadene']));
  });

  it('finds a body-only word by another inflection, and with a typo', async () => {
    const found = async (q: string) => (await engine.search(request(q))).hits.map((h) => h.entityId);
    expect(await found('gėlynų')).toContain(lithuanian);
    // Two letters swapped: the word list offers "gelynais", matched through its stem.
    expect(await found('gelnyais')).toContain(lithuanian);
    expect(await found('havnebadene')).toContain(danish);
  });
});
