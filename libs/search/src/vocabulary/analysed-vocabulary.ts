import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '#core';
import type { FieldConcept } from './concept.js';

/**
 * The shipped concepts, loaded when needed (to analyse them, or as Meilisearch synonyms at a
 * reindex): searching with the pre-analysed file never holds them in memory.
 */
export async function fieldConcepts(): Promise<readonly FieldConcept[]> {
  return (await import('./index.js')).FIELD_CONCEPTS;
}

/**
 * The field vocabulary as PostgreSQL analyses it (search_vocabulary's rows), written by
 * `npm run vocabulary:analyse` into analysed-vocabulary.jsonl beside this file and kept in git:
 * a first line {"version": …}, then one JSON array per term. Rows are passed on as text, never
 * parsed into objects: parsing the file held ~10 MiB more at an embedded first start.
 * Storing these rows is one insert; analysing the ~5,000 terms again costs ~0.15 s on a server
 * and ~3 s in embedded PGlite, which a fresh embedded start cannot spare.
 * `test/search/field-vocabulary.spec.ts` checks that the file is what the analysis gives today.
 */
export interface AnalysedVocabulary {
  /** vocabularyVersion() of the concepts it was made from. */
  version: string;
  /** Per term, JSON text: [term, concept, language, words, first forms, next forms], as the table holds them. */
  rows: Iterable<string>;
}

export const ANALYSED_VOCABULARY_FILE = 'libs/search/src/vocabulary/analysed-vocabulary.jsonl';

/**
 * The file, or null when it is missing (then the terms are analysed instead). Its rows are read
 * as they are used, 64 KiB at a time: the whole file read at once, as a string and then as lines,
 * held several MiB of heap at an embedded first start.
 */
export function readAnalysedVocabulary(): AnalysedVocabulary | null {
  const path = join(projectRoot(), ANALYSED_VOCABULARY_FILE);
  if (!existsSync(path)) return null;
  const head = fileLines(path);
  const first = head.next();
  head.return(); // closes the file: the rows open it again only if they are read
  if (first.done) return null;
  const rows = { [Symbol.iterator]: () => fileLines(path, 1) };
  return { version: (JSON.parse(first.value) as { version: string }).version, rows };
}

function* fileLines(path: string, skip = 0): Generator<string, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    let rest = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      let chunk = Buffer.concat([rest, buffer.subarray(0, read)]);
      for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10)) {
        const line = chunk.subarray(0, end).toString('utf8');
        chunk = chunk.subarray(end + 1);
        if (line !== '' && skip-- <= 0) yield line;
      }
      rest = Buffer.from(chunk);
    }
    if (rest.length > 0 && skip <= 0) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The file's text for a vocabulary. */
export function analysedVocabularyText(analysed: AnalysedVocabulary): string {
  return `${JSON.stringify({ version: analysed.version })}\n${[...analysed.rows].map((r) => `${r}\n`).join('')}`;
}
