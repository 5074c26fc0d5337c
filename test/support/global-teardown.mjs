import pg from 'pg';

/** Drops this run's template and any clone of this run a crashed test file left behind. */
export default async function globalTeardown() {
  const client = new pg.Client({
    connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2`,
      [`px_test_${process.env.PX_TEST_RUN ?? 'none'}_`, process.env.PX_TEMPLATE_DB ?? ''],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
