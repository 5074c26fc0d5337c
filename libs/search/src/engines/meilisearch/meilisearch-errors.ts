import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch';

import { SearchEngineUnavailableError } from '../../engine/search-engine.js';

const ENGINE = 'meilisearch';

/**
 * Sorts a failure into "Meilisearch is not there" (network error, timeout, 5xx, an answer that is
 * not Meilisearch's JSON: the API falls back to postgres) and "we sent something wrong" (4xx: a
 * bug to fix, reported with Meilisearch's error code).
 */
export function translateError(error: unknown): Error {
  if (error instanceof SearchEngineUnavailableError) return error;
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchTaskTimeOutError) {
    return new SearchEngineUnavailableError(ENGINE, error);
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    if (status >= 500) return new SearchEngineUnavailableError(ENGINE, error);
    const code = error.cause?.code ?? `http_${status}`;
    return new Error(`meilisearch ${code}: ${error.message}`, { cause: error });
  }
  // The client parses every answer as JSON: a proxy's HTML error page lands here.
  if (error instanceof SyntaxError) return new SearchEngineUnavailableError(ENGINE, error);
  return error instanceof Error ? error : new Error(String(error));
}

/** A task that ended without success is an error of ours (bad filter, bad document, ...). */
export function taskFailure(task: Task): Error {
  const code = task.error?.code ?? task.status;
  const message = task.error?.message ?? `task ${task.status}`;
  return new Error(`meilisearch ${code}: task ${task.uid} (${task.type}) ${message}`);
}

export function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}
