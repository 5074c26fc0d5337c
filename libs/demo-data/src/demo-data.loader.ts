import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DataSource, EntityManager } from 'typeorm';
import { canonicalProvenance } from '#core';
import { importJsonLinesWithin, transferRecord, type TransferRecord } from '#transfer';

/**
 * The demo data: records in the JSON Lines import format, each naming the published article it
 * is drawn from or marked illustrative (`provenance`). Beside this lib's sources; the build copies
 * it to the same place under dist/, so the path holds for both.
 */
export const DEMO_DATA_FILE = fileURLToPath(new URL('../demo-data.jsonl', import.meta.url));

/** Written once the demo data is in; its absence is what makes a start load it. */
const LOADED = 'demo_data.content';
/** Written by versions that loaded the demo data in parts: any of them means it is in. */
const LOADED_IN_PARTS = ['demo_data.directory', 'demo_data.practices', 'demo_data.exchanges'];
/** Written once the demo records carry their provenance. */
const PROVENANCE = 'demo_data.provenance';

/**
 * Loads the demo data once, through the importer (`npm run import`'s code path) in one
 * transaction: marker rows in app_meta record that it ran, so records a user deleted are not
 * brought back on restart. A database loaded before the demo records had a provenance gets
 * theirs, once. Returns whether the demo data was loaded.
 */
export async function loadDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    // Serializes concurrent starts (several API processes on one fresh database).
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('demo_data'))`);
    const loaded = await markersPresent(em, [LOADED, ...LOADED_IN_PARTS]);
    if (loaded) {
      if (await mark(em, PROVENANCE)) await addProvenance(em, await readFile(DEMO_DATA_FILE));
      return false;
    }
    const { errors } = await importJsonLinesWithin(em, await readFile(DEMO_DATA_FILE));
    if (errors.length > 0) {
      const lines = errors.map((e) => `line ${e.line}: ${e.message}`).join('; ');
      throw new Error(`${DEMO_DATA_FILE} does not import: ${lines}`);
    }
    await mark(em, LOADED);
    await mark(em, PROVENANCE);
    return true;
  });
}

async function markersPresent(em: EntityManager, keys: string[]): Promise<boolean> {
  const rows = (await em.query(`SELECT 1 FROM app_meta WHERE key = ANY($1)`, [keys])) as unknown[];
  return rows.length > 0;
}

/** True (and the marker written) the first time. */
async function mark(em: EntityManager, key: string): Promise<boolean> {
  const inserted = (await em.query(
    `INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
    [key, JSON.stringify({ loadedAt: new Date().toISOString() })],
  )) as unknown[];
  return inserted.length > 0;
}

/** Where each type of demo record lives, and the column its ref is in. */
const TABLES: Partial<Record<TransferRecord['type'], { table: string; ref: string }>> = {
  topic: { table: 'topic', ref: 'key' },
  city: { table: 'city', ref: 'external_ref' },
  organization: { table: 'organization', ref: 'external_ref' },
  person: { table: 'person', ref: 'external_ref' },
  network: { table: 'network', ref: 'external_ref' },
  programme: { table: 'programme', ref: 'external_ref' },
  practice: { table: 'practice', ref: 'external_ref' },
  meeting: { table: 'meeting', ref: 'external_ref' },
  studyVisit: { table: 'study_visit', ref: 'external_ref' },
};

/**
 * Gives the demo records still there their provenance from the file, leaving everything else as
 * the user left it (re-importing would undo their edits and bring deleted records back).
 */
async function addProvenance(em: EntityManager, content: Buffer): Promise<void> {
  for (const line of content.toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = transferRecord.parse(JSON.parse(line));
    const target = TABLES[record.type];
    if (!target || !('provenance' in record) || !record.provenance) continue;
    await em.query(
      `UPDATE ${target.table} SET provenance = $2 WHERE ${target.ref} = $1 AND provenance IS NULL`,
      [record.ref, canonicalProvenance(record.provenance)],
    );
  }
}
