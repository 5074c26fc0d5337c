import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSED_VOCABULARY_FILE, fieldConcepts, analyseVocabulary, analysedVocabularyText } from '#search';
import { projectRoot } from '#core';
import { openCliDatabase, runCli } from './cli-database.js';

/**
 * `npm run vocabulary:analyse`: analyses the field vocabulary's terms in the configured database
 * (DATABASE_URL, or the embedded one) and writes them to
 * libs/search/src/vocabulary/analysed-vocabulary.jsonl, which a new database stores in one insert.
 * Run it after changing the vocabulary; the test suite says when it is due.
 */
runCli('vocabulary:analyse', async () => {
  const db = await openCliDatabase();
  try {
    const analysed = await analyseVocabulary(db.dataSource, await fieldConcepts());
    writeFileSync(join(projectRoot(), ANALYSED_VOCABULARY_FILE), analysedVocabularyText(analysed));
    process.stdout.write(`${[...analysed.rows].length} terms written to ${ANALYSED_VOCABULARY_FILE}\n`);
  } finally {
    await db.close();
  }
});
