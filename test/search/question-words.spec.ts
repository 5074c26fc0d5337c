import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A whole question searches with its content words: the question words and postpositions of the
 * query's language carry no subject, even where PostgreSQL's list lacks them (Finnish "miten",
 * "avulla"; Swedish "genom"). Counted as words, they ranked records whose titles happen to share
 * them ("… avulla Vaasassa") above the record on what was asked.
 */
describe('postgres engine: question words', () => {
  let api: TestApp;
  let engine: PostgresSearchEngine;
  const market = randomUUID();
  const marketSv = randomUUID();
  const distractors = Array.from({ length: 4 }, () => randomUUID());
  const entry = (id: string, language: string, title: string, summary: string) =>
    practiceEntry(id, { language, title, summary, body: '', date: '2024-03-01T00:00:00Z' });
  const top = async (query: string, locale: string) =>
    (await engine.search(anonymousSearch(query, locale))).hits[0]?.entityId;

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    engine = new PostgresSearchEngine(api.app.get(DataSource), searchSources.records);
    await engine.index([
      entry(market, 'fi', 'Näin Vaasassa kehitettiin joulutoria', 'Joulutori toi kävijöitä keskustaan.'),
      entry(
        distractors[0]!,
        'fi',
        'Keskustan elinvoimaa pyöräpysäköinnin avulla Vaasassa',
        'Miten pyöräily lisääntyi.',
      ),
      entry(
        distractors[1]!,
        'fi',
        'Keskustan elinvoimaa katujen siivouksen avulla Vaasassa',
        'Miten kadut pysyvät siisteinä.',
      ),
      entry(marketSv, 'sv', 'Julmarknaden i Umeå', 'Julmarknaden lockade besökare till centrum.'),
      entry(
        distractors[2]!,
        'sv',
        'Umeå når besökare genom sociala medier',
        'Kampanjen gick också genom radio.',
      ),
      entry(distractors[3]!, 'sv', 'Umeå lockar genom evenemang', 'Också handlarna var med.'),
    ]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('ranks the record on the subject first, not those sharing the question’s function words', async () => {
    expect(await top('Miten Vaasassa on houkuteltu kävijöitä keskustaan joulutorin avulla?', 'fi')).toBe(
      market,
    );
    expect(await top('Hur har Umeå också nått besökare genom julmarknaden?', 'sv')).toBe(marketSv);
  });
});
