import type { DataSource } from 'typeorm';
import { PLACES, VOCABULARY } from './vocabulary.js';

export interface DatasetSize {
  practices: number;
  organizations: number;
  cities: number;
}

/**
 * Fills a migrated database (with the demo topics and countries) with a generated, multilingual
 * data set, entirely in SQL so 100,000 practices take seconds. Deterministic (fixed seed).
 * Generated rows carry external refs starting with `bench:`.
 */
export async function generateDataset(dataSource: DataSource, size: DatasetSize): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.query(`SELECT setseed(0.42)`);
    await em.query(`CREATE TEMP TABLE vocab (language text PRIMARY KEY, words text[]) ON COMMIT DROP`);
    for (const [language, words] of Object.entries(VOCABULARY)) {
      await em.query(`INSERT INTO vocab VALUES ($1, $2)`, [language, words]);
    }
    await em.query(`CREATE TEMP TABLE place (n int PRIMARY KEY, country text, language text) ON COMMIT DROP`);
    for (const [n, place] of PLACES.entries()) {
      await em.query(`INSERT INTO place VALUES ($1, $2, $3)`, [n, place.country, place.language]);
    }
    // words(language, count, salt): a phrase of random words in that language
    await em.query(`
      CREATE FUNCTION pg_temp.phrase(lang text, count int, salt int) RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT string_agg(v.words[1 + floor(random() * array_length(v.words, 1))::int], ' ')
        FROM vocab v, generate_series(1, count + 0 * salt) WHERE v.language = lang $$`);

    await em.query(
      `INSERT INTO city (external_ref, country_code, name, original_language, population, latitude, longitude)
       SELECT 'bench:city:' || i, pl.country, initcap(pg_temp.phrase(pl.language, 1, i)) || ' ' || i, pl.language,
              5000 + (random() * 300000)::int, 45 + random() * 20, 5 + random() * 25
       FROM generate_series(1, $1) i JOIN place pl ON pl.n = i % ${PLACES.length}`,
      [size.cities],
    );
    await em.query(`
      INSERT INTO city_translation (city_id, language, name)
      SELECT id, 'en', name || ' (en)' FROM city WHERE external_ref LIKE 'bench:city:%' AND original_language <> 'en'`);

    await em.query(
      `INSERT INTO organization (external_ref, kind, name, city_id, default_language)
       SELECT 'bench:org:' || i,
              (ARRAY['MUNICIPALITY','DEVELOPMENT_AGENCY','TOURISM_BOARD','CHAMBER','UNIVERSITY','SCIENCE_PARK','NGO'])[1 + i % 7],
              initcap(pg_temp.phrase(c.original_language, 2, i)) || ' ' || i, c.id, c.original_language
       FROM generate_series(1, $1) i
       JOIN LATERAL (SELECT id, original_language FROM city WHERE external_ref = 'bench:city:' || (1 + i % $2)) c ON true`,
      [size.organizations, size.cities],
    );
    await em.query(`
      INSERT INTO organization_translation (organization_id, language, name, description)
      SELECT id, 'en', name || ' (en)', pg_temp.phrase('en', 20, 0) FROM organization WHERE external_ref LIKE 'bench:org:%'`);

    await em.query(`CREATE TEMP TABLE bench_org ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY id) AS n, id, city_id, default_language FROM organization WHERE external_ref LIKE 'bench:org:%'`);
    await em.query(
      `INSERT INTO practice (external_ref, owner_organization_id, city_id, status, visibility, original_language,
                             budget_amount, budget_currency, published_at, created_at, updated_at)
       SELECT 'bench:practice:' || i, o.id, o.city_id,
              CASE WHEN i % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
              CASE WHEN i % 5 = 0 THEN 'NETWORK' ELSE 'PUBLIC' END,
              o.default_language,
              CASE WHEN i % 3 = 0 THEN round((random() * 100000)::numeric, 2) END,
              CASE WHEN i % 3 = 0 THEN 'EUR' END,
              CASE WHEN i % 10 = 0 THEN NULL ELSE t END, t, t
       FROM generate_series(1, $1) i
       JOIN bench_org o ON o.n = 1 + i % $2
       CROSS JOIN LATERAL (SELECT timestamptz '2021-01-01' + (i * interval '17 minutes')) AS ts(t)`,
      [size.practices, size.organizations],
    );
    await em.query(`
      INSERT INTO practice_translation (practice_id, language, title, summary, solution)
      SELECT p.id, p.original_language, initcap(pg_temp.phrase(p.original_language, 6, 0)),
             pg_temp.phrase(p.original_language, 30, 1), pg_temp.phrase(p.original_language, 120, 2)
      FROM practice p WHERE p.external_ref LIKE 'bench:practice:%'`);
    await em.query(`
      INSERT INTO practice_translation (practice_id, language, title, summary)
      SELECT p.id, 'en', initcap(pg_temp.phrase('en', 6, 0)), pg_temp.phrase('en', 30, 1)
      FROM practice p WHERE p.external_ref LIKE 'bench:practice:%' AND p.original_language <> 'en'`);
    await em.query(
      `CREATE TEMP TABLE topic_n ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY key) AS n, id FROM topic`,
    );
    await em.query(`
      INSERT INTO practice_topic (practice_id, topic_id)
      SELECT DISTINCT p.id, t.id
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM practice WHERE external_ref LIKE 'bench:practice:%') p
      CROSS JOIN generate_series(0, 2) k
      JOIN topic_n t ON t.n = 1 + (p.n * 7 + k * 5) % (SELECT count(*) FROM topic_n)
      WHERE k <= p.n % 3`);
  });
  await dataSource.query(`VACUUM ANALYZE`);
}
