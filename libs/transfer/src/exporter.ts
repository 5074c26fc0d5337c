import type { DataSource } from 'typeorm';
import type { TransferRecord } from './records.js';
import {
  exportCities,
  exportCountries,
  exportNetworks,
  exportOrganizations,
  exportPeople,
  exportProgrammes,
  exportTopics,
} from './export/directory.js';
import { exportMeetings, exportStudyVisits } from './export/exchanges.js';
import { exportAdoptions, exportPractices } from './export/practices.js';
import type { KindExporter, Query } from './export/rows.js';

export interface ExportOptions {
  /**
   * Called after each record with the records built so far and the number to build (counted in
   * one statement at the start: it may be off if the data changes meanwhile). Not throttled.
   */
  onProgress?: (done: number, total: number) => void;
}

/** Every kind of record, in dependency order: a record refers only to kinds written before it. */
const KINDS: readonly { table: string; write: KindExporter }[] = [
  { table: 'country', write: exportCountries },
  { table: 'topic', write: exportTopics },
  { table: 'city', write: exportCities },
  { table: 'organization', write: exportOrganizations },
  { table: 'person', write: exportPeople },
  { table: 'network', write: exportNetworks },
  { table: 'programme', write: exportProgrammes },
  { table: 'practice', write: exportPractices },
  { table: 'adoption', write: exportAdoptions },
  { table: 'meeting', write: exportMeetings },
  { table: 'study_visit', write: exportStudyVisits },
];

/** The number of records an export writes: one per row of each kind's table. */
async function countRecords(q: Query): Promise<number> {
  const [row] = await q(`SELECT ${KINDS.map((k) => `(SELECT count(*) FROM ${k.table})`).join(' + ')} AS n`);
  return Number(row?.['n'] ?? 0);
}

/**
 * Writes everything the importer reads, as JSON Lines in dependency order (sorted by ref within
 * a type), deterministically: exporting, importing elsewhere and exporting again gives the same
 * bytes. Records created through the API without a ref get `<type>:<id>`.
 */
export async function exportJsonLines(dataSource: DataSource, options: ExportOptions = {}): Promise<string> {
  const q: Query = (sql) => dataSource.query(sql);
  const records: TransferRecord[] = [];
  const { onProgress } = options;
  const total = onProgress ? await countRecords(q) : 0;
  const push = (record: TransferRecord) => {
    records.push(record);
    onProgress?.(records.length, total);
  };
  for (const kind of KINDS) await kind.write(q, push);
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
