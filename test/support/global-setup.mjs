// Runs once per `npm test`, outside Jest's module system (so plain JavaScript, only `pg`): names
// this run's databases and removes leftovers of earlier runs whose process is gone (so two test
// runs on one server, e.g. two checkouts, leave each other alone). The template itself is
// built by the first test file that needs it (see databases.ts), under an advisory lock.
import pg from 'pg';

export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${serverUrl} (set TEST_DATABASE_URL): ${error.message}`, {
      cause: error,
    });
  }
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'px\\_test\\_%' OR datname LIKE 'px\\_tpl\\_%'`,
    );
    for (const { datname } of rows) {
      if (runIsAlive(datname)) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
  const run = `${process.pid}_${Date.now().toString(36)}`;
  process.env.PX_TEST_RUN = run;
  process.env.PX_TEMPLATE_DB = `px_tpl_${run}`;
}

/** Database names carry the pid of the run that made them: px_tpl_<pid>_… and px_test_<pid>_…. */
function runIsAlive(datname) {
  const pid = Number(/^px_(?:tpl|test)_(\d+)_/.exec(datname)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
