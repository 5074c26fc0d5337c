import { z } from 'zod';
import { ConfigError, parseEnvironment, positiveInt } from '#core';

/** Search's own settings, read from the environment next to the core's (see loadSearchConfig). */
export interface SearchConfig {
  engine: 'postgres' | 'meilisearch';
  meilisearch: { url: string; apiKey: string | null; indexName: string } | null;
  /** `inline`: the API process drains the outbox; `off`: a separate apps/worker does. */
  worker: 'inline' | 'off';
  pollMs: number;
  batchSize: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** /health reports the search index as down when the oldest pending change is older. */
  maxLagSeconds: number;
}

export const SEARCH_CONFIG = Symbol('SEARCH_CONFIG');

const searchEnvSchema = z.object({
  SEARCH_ENGINE: z
    .enum(['postgres', 'meilisearch'], { error: 'must be postgres or meilisearch' })
    .default('postgres'),
  MEILI_URL: z.url({ error: 'must be an http(s) URL' }).optional(),
  MEILI_API_KEY: z.string().min(1).max(512).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: 'must be letters, digits, - or _' })
    .default('px_search'),
  SEARCH_WORKER: z.enum(['inline', 'off'], { error: 'must be inline or off' }).default('inline'),
  SEARCH_POLL_MS: positiveInt(10, 60_000).default(200),
  // Bigger batches merge GIN entries far more cheaply: at 30,000 imported records, 1,000 per
  // batch indexed 1,007 records/s where 250 managed 572 (2,000 gained little more).
  SEARCH_BATCH_SIZE: positiveInt(1, 5000).default(1000),
  SEARCH_MAX_ATTEMPTS: positiveInt(1, 100).default(8),
  SEARCH_RETRY_BASE_MS: positiveInt(1, 3_600_000).default(1000),
  SEARCH_MAX_LAG_SECONDS: positiveInt(1, 86_400).default(300),
});

const SEARCH_SECRETS: ReadonlySet<string> = new Set(['MEILI_API_KEY']);

/** Reads and validates search's settings; throws a ConfigError whose message is one line. */
export function loadSearchConfig(env: Record<string, string | undefined> = process.env): SearchConfig {
  const e = parseEnvironment(searchEnvSchema, env, SEARCH_SECRETS);
  if (e.SEARCH_ENGINE === 'meilisearch' && !e.MEILI_URL) {
    throw new ConfigError('Invalid configuration: MEILI_URL is required when SEARCH_ENGINE=meilisearch');
  }
  return {
    engine: e.SEARCH_ENGINE,
    meilisearch: e.MEILI_URL
      ? { url: e.MEILI_URL, apiKey: e.MEILI_API_KEY ?? null, indexName: e.MEILI_INDEX }
      : null,
    worker: e.SEARCH_WORKER,
    pollMs: e.SEARCH_POLL_MS,
    batchSize: e.SEARCH_BATCH_SIZE,
    maxAttempts: e.SEARCH_MAX_ATTEMPTS,
    retryBaseMs: e.SEARCH_RETRY_BASE_MS,
    maxLagSeconds: e.SEARCH_MAX_LAG_SECONDS,
  };
}
