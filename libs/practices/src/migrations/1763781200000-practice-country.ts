import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists filtered by country walk the country's practices in list order instead of every
 * practice, probing each one's city (3.9 → well under 1 ms for "Lithuania + a topic" at 100,000
 * practices). The country is the city's, copied onto the practice and kept in step by triggers,
 * never written by the application.
 */
export class PracticeCountry1763781200000 implements MigrationInterface {
  name = 'PracticeCountry1763781200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice ADD COLUMN country_code char(2)`);
    await q.query(`UPDATE practice p SET country_code = c.country_code FROM city c WHERE c.id = p.city_id`);
    // Any write of city_id (or of the copy itself) takes the city's country.
    await q.query(`
      CREATE FUNCTION px_practice_country() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.country_code := (SELECT c.country_code FROM city c WHERE c.id = NEW.city_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER practice_country BEFORE INSERT OR UPDATE OF city_id, country_code ON practice
      FOR EACH ROW EXECUTE FUNCTION px_practice_country()`);
    await q.query(`
      CREATE FUNCTION px_city_country_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice SET country_code = NEW.country_code WHERE city_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER city_country_changed AFTER UPDATE OF country_code ON city
      FOR EACH ROW WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code)
      EXECUTE FUNCTION px_city_country_changed()`);
    await q.query(
      `CREATE INDEX practice_country_listing_idx
       ON practice (country_code, (coalesce(published_at, created_at)) DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER city_country_changed ON city`);
    await q.query(`DROP FUNCTION px_city_country_changed()`);
    await q.query(`DROP TRIGGER practice_country ON practice`);
    await q.query(`DROP FUNCTION px_practice_country()`);
    await q.query(`DROP INDEX practice_country_listing_idx`);
    await q.query(`ALTER TABLE practice DROP COLUMN country_code`);
  }
}
