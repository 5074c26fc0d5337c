import type { EntityManager } from 'typeorm';
import type { RecordOf, TransferRecord } from '../records.js';
import {
  upsertCity,
  upsertCountry,
  upsertNetwork,
  upsertOrganization,
  upsertPerson,
  upsertProgramme,
  upsertTopic,
} from './directory.js';
import { upsertMeeting, upsertStudyVisit } from './exchanges.js';
import { upsertAdoption, upsertPractice } from './practices.js';

type Upserts = { [T in TransferRecord['type']]: (em: EntityManager, record: RecordOf<T>) => Promise<void> };

/** How each type of record is stored, line by line: inserted, or updated by its ref. */
const UPSERTS: Upserts = {
  country: upsertCountry,
  topic: upsertTopic,
  city: upsertCity,
  organization: upsertOrganization,
  person: upsertPerson,
  network: upsertNetwork,
  programme: upsertProgramme,
  practice: upsertPractice,
  adoption: upsertAdoption,
  meeting: upsertMeeting,
  studyVisit: upsertStudyVisit,
};

export function upsert(em: EntityManager, record: TransferRecord): Promise<void> {
  const store = UPSERTS[record.type] as (em: EntityManager, record: TransferRecord) => Promise<void>;
  return store(em, record);
}
