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
  const alytusRents = randomUUID();
  const rentsElsewhere = Array.from({ length: 3 }, () => randomUUID());
  const alytusOther = Array.from({ length: 4 }, () => randomUUID());
  const giftCards = Array.from({ length: 2 }, () => randomUUID());
  const finland = Array.from({ length: 4 }, () => randomUUID());
  const studentDiscounts = randomUUID();
  const wifiReports = Array.from({ length: 2 }, () => randomUUID());
  const walk = randomUUID();
  const loyaltyJelgava = randomUUID();
  const jelgavaNews = randomUUID();
  const loyaltyElsewhere = Array.from({ length: 6 }, () => randomUUID());
  const quiz = randomUUID();
  const towns = new Map<string, string>();
  const townId = (town: string) => towns.get(town) ?? towns.set(town, randomUUID()).get(town)!;
  const entry = (id: string, language: string, title: string, summary: string, town?: string) =>
    practiceEntry(id, {
      language,
      title,
      summary,
      body: '',
      date: '2024-03-01T00:00:00Z',
      cityIds: town ? [townId(town)] : [],
    });
  const top = async (query: string, locale: string) =>
    (await engine.search(anonymousSearch(query, locale))).hits[0]?.entityId;

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    engine = new PostgresSearchEngine(api.app.get(DataSource), searchSources);
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
      // A town's records, and records on the subject elsewhere that share more of a question's words.
      entry(alytusRents, 'en', 'Stepped rents in Alytus', 'Owners agreed to start low.', 'Alytus'),
      ...['Utena', 'Pärnu', 'Lahti'].map((town, i) =>
        entry(
          rentsElsewhere[i]!,
          'en',
          `Property owners in ${town} accept lower rents`,
          'New shop tenants pay less in their first year.',
          town,
        ),
      ),
      ...['Christmas market', 'Street festival', 'Murals', 'Ice rink'].map((subject, i) =>
        entry(alytusOther[i]!, 'en', `${subject} in Alytus`, 'The town centre of Alytus.', 'Alytus'),
      ),
      // A country is named in records of many towns.
      ...['Kuopio', 'Borås'].map((town, i) =>
        entry(giftCards[i]!, 'en', `Gift card in ${town}`, 'Spent only in the shops of the centre.', town),
      ),
      ...['Kuopio', 'Pori', 'Lahti', 'Vaasa'].map((town, i) =>
        entry(finland[i]!, 'en', `Ice rink in ${town}`, `A winter attraction in a town of Finland.`, town),
      ),
      // A question asked around ("does anyone know …"): a quiz whose title shares its opener.
      entry(walk, 'fi', 'Kävelykierros Tampereella', 'Kierros järjestettiin ensimmäisen kerran kesällä.'),
      entry(quiz, 'fi', 'Tietääkö kukaan? Tietovisa Tampereella', 'Visa, joka järjestettiin torilla.'),
      // A long report whose body happens to hold every word of a question, and the short record
      // on what the question asks.
      entry(
        studentDiscounts,
        'en',
        'Student discounts in Kaunas',
        'Cafés give students ten percent off.',
        'Kaunas',
      ),
      // The subject in a town's title, and the town's other record whose body alone holds the
      // question's everyday words, each in no title anywhere (so rare by their count).
      entry(loyaltyJelgava, 'en', 'Loyalty card in Jelgava', 'Shops of the centre give points.', 'Jelgava'),
      ...['Tartu', 'Pärnu', 'Šiauliai', 'Kranj', 'Celje', 'Umeå'].map((town, i) =>
        entry(
          loyaltyElsewhere[i]!,
          'en',
          `Loyalty card in ${town}`,
          'Points for shopping in the centre.',
          town,
        ),
      ),
      practiceEntry(jelgavaNews, {
        language: 'en',
        title: 'Jelgava town centre in 2023',
        summary: 'A year of the centre.',
        body: 'The owners were eventually persuaded to sign the lease extension before winter.',
        date: '2024-03-01T00:00:00Z',
        cityIds: [townId('Jelgava')],
      }),
      ...wifiReports.map((id, i) =>
        practiceEntry(id, {
          language: 'en',
          title: `Free wifi on the streets of Kaunas, year ${i + 1}`,
          summary: 'The network covers the old town.',
          body:
            'Most shops joined the network in the first month. Visitors and students logged in ' +
            'at the market. A discount on the monthly fee was agreed with the operator in Kaunas.',
          date: '2024-03-01T00:00:00Z',
          cityIds: [townId('Kaunas')],
        }),
      ),
    ]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps a place named in a long question decisive: records elsewhere sharing more words rank below', async () => {
    // The town weighs at least as much as the question's other words together.
    expect(
      await top('how did Alytus get property owners to accept lower rents for new shop tenants', 'en'),
    ).toBe(alytusRents);
    // Not a country, found in many towns' records: it stays one word among the others.
    const hits = await engine.search(
      anonymousSearch(
        'does any town in Finland have a gift card that can be spent only in centre shops',
        'en',
      ),
    );
    expect(new Set(hits.hits.slice(0, 2).map((h) => h.entityId))).toEqual(new Set(giftCards));
  });

  it('ranks a record on the question’s subject above a long body that merely holds all its words', async () => {
    // In a question of three words or more, a word found only in the body covers less of it.
    expect(await top('how many shops joined the student discount in Kaunas', 'en')).toBe(studentDiscounts);
  });

  it('weighs a question’s everyday words that no title holds below its subject', async () => {
    // "eventually", "persuaded" and "sign" are in one body each, rarer than the subject's words,
    // yet in no title, summary or label: what a question says in passing, not what it asks about.
    expect(
      await top('how did Jelgava eventually get shops persuaded to sign up for the loyalty card?', 'en'),
    ).toBe(loyaltyJelgava);
  });

  it('ranks the record on the subject first, not those sharing the question’s function words', async () => {
    expect(await top('Miten Vaasassa on houkuteltu kävijöitä keskustaan joulutorin avulla?', 'fi')).toBe(
      market,
    );
    expect(await top('Hur har Umeå också nått besökare genom julmarknaden?', 'sv')).toBe(marketSv);
  });

  it('searches a question asked around without its opener ("tietääkö joku", "does anyone know")', async () => {
    expect(await top('tietääkö joku miten Tampereella on järjestetty kävelykierros?', 'fi')).toBe(walk);
  });
});
