import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import { FIELD_CONCEPTS, type FieldConcept } from '../../libs/search/src/vocabulary/index.js';
import { readAnalysedVocabulary } from '../../libs/search/src/vocabulary/analysed-vocabulary.js';
import {
  MAX_ALTERNATIVES,
  analyseVocabulary,
  conceptAlternatives,
  type IndexedTerm,
} from '../../libs/search/src/engines/postgres/concept-terms.js';
import { parseQuery } from '../../libs/search/src/engines/postgres/parse-query.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The field vocabulary: a concept's term typed in one language finds records that name it in
 * another, in whatever case the record's language puts it. The engine is given a small vocabulary
 * of its own here, so that what is tested is the matching, not the shipped word list (checked
 * for consistency below).
 */
describe('field vocabulary', () => {
  let api: TestApp;
  let engine: PostgresSearchEngine;
  let plain: PostgresSearchEngine;
  let db: DataSource;
  const ids = {
    kaunas: randomUUID(),
    oulu: randomUUID(),
    celje: randomUUID(),
    kranj: randomUUID(),
    vilnius: randomUUID(),
    english: randomUUID(),
    unrelated: randomUUID(),
    siauliai: randomUUID(),
    galwayParking: randomUUID(),
    siauliaiOther: Array.from({ length: 8 }, () => randomUUID()),
    parkingElsewhere: Array.from({ length: 2 }, () => randomUUID()),
  };
  const vocabulary: FieldConcept[] = [
    {
      id: 'pedestrian-street',
      terms: {
        en: ['pedestrian street', 'pedestrian zone'],
        lt: ['pėsčiųjų gatvė'],
        sl: ['peš cona'],
        fi: ['kävelykatu'],
        sv: ['gågata'],
      },
    },
    {
      id: 'parking',
      terms: { en: ['car parking'], lt: ['automobilių stovėjimas'], sl: ['parkiranje'], fi: ['pysäköinti'] },
    },
  ];
  const entry = (id: string, language: string, title: string, body = '') =>
    practiceEntry(id, { language, title, summary: '', body, date: '2024-03-01T00:00:00Z' });
  const found = async (query: string, locale: string, on = engine) =>
    (await on.search(anonymousSearch(query, locale))).hits.map((h) => h.entityId);

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    db = api.app.get(DataSource);
    engine = new PostgresSearchEngine(db, searchSources, vocabulary);
    plain = new PostgresSearchEngine(db, searchSources, []);
    // As a process does at start-up: until its own vocabulary is stored, it searches with the
    // one stored before (the shipped one here).
    await engine.prepare();
    await plain.prepare();
    await engine.index([
      entry(
        ids.kaunas,
        'lt',
        'Laisvės alėjos atgimimas',
        'Kaune pėsčiųjų gatvėje įrengti nauji suolai ir apšvietimas.',
      ),
      entry(ids.oulu, 'fi', 'Rotuaarin kesätapahtumat', 'Oulun kävelykadulla järjestettiin kesäkonsertteja.'),
      entry(ids.celje, 'sl', 'Nova peš cona v Celju', 'Mestno jedro je postalo prijaznejše.'),
      // The term only in other cases ("peš cono", "peš coni"): its short noun has no prefix to match by.
      entry(ids.kranj, 'sl', 'Izkušnje Kranja s peš cono', 'O peš coni smo se dogovorili s trgovci.'),
      entry(ids.vilnius, 'lt', 'Automobilių stovėjimo tvarka senamiestyje', 'Vilnius pakeitė rinkliavas.'),
      entry(ids.english, 'en', 'A pedestrian street for Galway', 'Shops along the new pedestrian street.'),
      entry(ids.unrelated, 'lt', 'Gatvės muzikantų festivalis', 'Gatvėse grojo muzikantai.'),
      entry(ids.siauliai, 'lt', 'Automobilių stovėjimas Šiauliuose', 'Šiauliai pakeitė tvarką.'),
      entry(ids.galwayParking, 'en', 'Car parking in Galway', 'Galway changed its car parking charges.'),
      // Car parking and Šiauliai are both common here, as a subject and a town are in an index.
      ...['Cork', 'Sligo'].map((town, i) =>
        entry(
          ids.parkingElsewhere[i]!,
          'en',
          `Car parking in ${town}`,
          `${town} changed its car parking charges.`,
        ),
      ),
      ...[
        'Kalėdų mugė',
        'Gatvės festivalis',
        'Tušti lokalai',
        'Miesto prekės ženklas',
        'Ūkininkų turgus',
        'Vitrinų konkursas',
        'Dviračių stovai',
        'Naktinė ekonomika',
      ].map((title, i) =>
        entry(ids.siauliaiOther[i]!, 'lt', `${title} Šiauliuose`, 'Šiauliai ir jų centras.'),
      ),
    ]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('finds records naming the concept in other languages and cases', async () => {
    const hits = await found('pedestrian street', 'en');
    expect(hits).toEqual(expect.arrayContaining([ids.kaunas, ids.oulu, ids.celje, ids.kranj, ids.english]));
    // The record in the query's own words ranks first.
    expect(hits[0]).toBe(ids.english);
    // Nothing was found this way before: only a record in English words.
    expect(await found('pedestrian street', 'en', plain)).not.toContain(ids.kaunas);
  });

  it('matches a query term in its inflected forms, and a term inflected in the record', async () => {
    // A Finnish query in the adessive; a Slovenian one in the genitive.
    expect(await found('kävelykadulla', 'fi')).toEqual(
      expect.arrayContaining([ids.kaunas, ids.celje, ids.english]),
    );
    expect(await found('parkiranja Vilnius', 'sl')).toContain(ids.vilnius);
    expect(new Set(await found('parkiranje', 'sl'))).toEqual(
      new Set([ids.vilnius, ids.siauliai, ids.galwayParking, ...ids.parkingElsewhere]),
    );
    expect(await found('parkiranje', 'sl', plain)).toEqual([]);
  });

  it('ranks a record about the concept in the place asked above the query’s words elsewhere', async () => {
    // The Lithuanian title names car parking in Šiauliai; the English record is about car parking
    // in Galway. The place decides: a term in a title or summary is what the record is about.
    const hits = await found('car parking Šiauliai', 'en');
    expect(hits[0]).toBe(ids.siauliai);
    expect(hits).toContain(ids.galwayParking);
  });

  it('needs the whole term: one of its words alone expands nothing', async () => {
    // "street" is a word of "pedestrian street", not the concept: the musicians' festival on
    // Lithuanian streets is not found through it, nor the Slovenian pedestrian zone.
    const hits = await found('street', 'en');
    expect(hits).not.toContain(ids.celje);
    expect(hits).not.toContain(ids.unrelated);
  });

  it('gives a word at most MAX_ALTERNATIVES of its concept’s terms, every language’s first ones', () => {
    const word = (plain: string) => ({ plain, stems: [plain], prefix: null, position: 1 });
    const languages = ['en', 'lt', 'sl', 'sv', 'fi', 'de', 'lv', 'et', 'pl'];
    // One concept with ten terms in each of nine languages; the query types its first English one.
    const terms: IndexedTerm[] = languages.flatMap((language) =>
      Array.from({ length: 10 }, (_, k) => ({ concept: 0, language, words: [word(`${language}term${k}`)] })),
    );
    const typed = terms.find((t) => t.language === 'en')!.words[0]!.plain;
    const alternatives = conceptAlternatives(
      parseQuery(typed),
      (w) => ({ plain: w, lexemes: [w] }),
      terms,
    ).get(typed)!;
    expect(alternatives).toHaveLength(MAX_ALTERNATIVES);
    // Language by language in turn, each language's in the vocabulary's order.
    for (const language of languages) {
      const own = alternatives.filter((t) => t.language === language).map((t) => t.words[0]!.plain);
      const first = language === 'en' ? 1 : 0; // the typed term itself is no alternative
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own).toEqual(Array.from({ length: own.length }, (_, k) => `${language}term${k + first}`));
    }
  });

  it('ships a vocabulary every concept of which has terms in the five main languages, each term in one concept', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const missing: string[] = [];
    for (const concept of FIELD_CONCEPTS) {
      expect(concept.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const language of ['en', 'lt', 'sl', 'sv', 'fi'] as const) {
        if ((concept.terms[language]?.length ?? 0) === 0) missing.push(`${concept.id}: ${language}`);
      }
      for (const [language, terms] of Object.entries(concept.terms)) {
        for (const term of terms ?? []) {
          expect(term).toBe(term.trim().toLocaleLowerCase());
          const key = `${language}:${term}`;
          if (seen.has(key) && seen.get(key) !== concept.id)
            clashes.push(`${key} in ${seen.get(key)} and ${concept.id}`);
          seen.set(key, concept.id);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(clashes).toEqual([]);
    expect(FIELD_CONCEPTS.length).toBeGreaterThan(100);
    expect(new Set(FIELD_CONCEPTS.map((c) => c.id)).size).toBe(FIELD_CONCEPTS.length);
  });

  it('ships the vocabulary as PostgreSQL analyses it today (else: npm run vocabulary:analyse)', async () => {
    const committed = readAnalysedVocabulary();
    const fresh = await analyseVocabulary(db, FIELD_CONCEPTS);
    expect(committed?.version).toBe(fresh.version);
    expect([...(committed?.rows ?? [])]).toEqual([...fresh.rows]);
    // The analysis stored nothing.
    expect(
      await db.query(`SELECT count(*)::int AS n FROM search_vocabulary WHERE version = 'analysis'`),
    ).toEqual([{ n: 0 }]);
  });

  it('answers with the vocabulary stored before while a new release stores its own', async () => {
    const next = new PostgresSearchEngine(db, searchSources, [
      ...vocabulary,
      { id: 'light-festival', terms: { en: ['light festival'], lt: ['šviesų festivalis'] } },
    ]);
    // Another process storing a vocabulary holds the lock this engine's storing waits for.
    const holder = db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('search_vocabulary'))`);
    try {
      const answered = await Promise.race([
        next.search(anonymousSearch('pedestrian street', 'en')).then(() => 'answered'),
        new Promise((resolve) => setTimeout(() => resolve('waited'), 3_000)),
      ]);
      expect(answered).toBe('answered');
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    // Once the lock is free the new vocabulary is stored, and searches use it.
    await next.prepare();
    const [newest] = (await db.query(
      `SELECT v.version FROM search_vocabulary_version v ORDER BY v.stored_at DESC LIMIT 1`,
    )) as { version: string }[];
    expect(
      await db.query(`SELECT count(*)::int AS n FROM search_vocabulary WHERE version = $1 AND concept = 2`, [
        newest!.version,
      ]),
    ).toEqual([{ n: 2 }]);
  });

  it('stores a vocabulary once however many processes start together, and keeps the three newest', async () => {
    const small = (term: string): FieldConcept[] => [{ id: 'one', terms: { en: [term], lt: [term] } }];
    const versions = async () =>
      (
        (await db.query(`SELECT version FROM search_vocabulary_version ORDER BY stored_at`)) as {
          version: string;
        }[]
      ).map((r) => r.version);
    // Two engines of one vocabulary preparing at once (two processes starting): one stores it.
    const twins = [0, 1].map(() => new PostgresSearchEngine(db, searchSources, small('market hall')));
    await Promise.all(twins.map((e) => e.prepare()));
    const first = (await versions()).at(-1)!;
    expect(
      await db.query(`SELECT count(*)::int AS n FROM search_vocabulary WHERE version = $1`, [first]),
    ).toEqual([{ n: 2 }]);
    for (const term of ['light festival', 'shop window', 'city card']) {
      await new PostgresSearchEngine(db, searchSources, small(term)).prepare();
    }
    const kept = await versions();
    expect(kept).toHaveLength(3);
    expect(kept).not.toContain(first);
    // The removed vocabulary's terms went with it.
    expect(
      await db.query(`SELECT count(*)::int AS n FROM search_vocabulary WHERE version = $1`, [first]),
    ).toEqual([{ n: 0 }]);
  });
});
