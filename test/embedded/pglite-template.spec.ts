import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadConfig, openDatabase } from '#core';
import { copyPgliteTemplate, pgliteTemplateDir } from '../../libs/core/src/database/pglite-template.js';

/**
 * A new embedded data directory is copied from the cluster initdb wrote at install
 * (dist/pglite-initdb-<version>/, made with dist/ by `npm ci` / `npm test`), file by file: going
 * through PGlite's in-memory loader instead left ~70 MiB of freed buffers in the process for good
 * (issue 15, item 3). The copy is all or nothing, and never touches a directory that holds files.
 */
describe('the embedded database template', () => {
  const root = mkdtempSync(join(tmpdir(), 'px-template-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('was written at build time as a cluster directory', () => {
    expect(existsSync(join(pgliteTemplateDir(), 'PG_VERSION'))).toBe(true);
  });

  it('fills a new data directory with a cluster that opens, and leaves nothing beside it', async () => {
    const dataDir = join(root, 'fresh');
    const db = await openDatabase(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }), {
      entities: [],
      migrations: [],
    });
    try {
      const [row] = (await db.dataSource.query(`SELECT count(*) AS n FROM pg_class`)) as { n: number }[];
      expect(row!.n).toBeGreaterThan(100);
    } finally {
      await db.close();
    }
    const cluster = join(dataDir, 'pglite');
    expect(readFileSync(join(cluster, 'PG_VERSION'), 'utf8')).toBe(
      readFileSync(join(pgliteTemplateDir(), 'PG_VERSION'), 'utf8'),
    );
    expect(readdirSync(dataDir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('replaces what a start killed halfway through the copy left', () => {
    const cluster = join(root, 'killed', 'pglite');
    mkdirSync(cluster, { recursive: true });
    mkdirSync(`${cluster}.partial/base`, { recursive: true });
    writeFileSync(`${cluster}.partial/base/stale`, 'left by a killed start');
    expect(copyPgliteTemplate(cluster)).toBe(true);
    expect(existsSync(join(cluster, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(cluster, 'base', 'stale'))).toBe(false);
    expect(existsSync(`${cluster}.partial`)).toBe(false);
  });

  it('leaves a directory that already holds files as it is', () => {
    const cluster = join(root, 'used', 'pglite');
    mkdirSync(cluster, { recursive: true });
    writeFileSync(join(cluster, 'postgresql.conf'), '# mine\n');
    expect(copyPgliteTemplate(cluster)).toBe(false);
    expect(readdirSync(cluster)).toEqual(['postgresql.conf']);
  });
});
