import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '#core';
import { loadSearchConfig } from '../src/index.js';

describe('search settings (SEARCH_*, MEILI_*)', () => {
  it('defaults to the postgres engine, indexed in the API process', () => {
    expect(loadSearchConfig({})).toEqual({
      engine: 'postgres',
      meilisearch: null,
      worker: 'inline',
      pollMs: 200,
      batchSize: 1000,
      maxAttempts: 8,
      retryBaseMs: 1000,
      maxLagSeconds: 300,
    });
  });

  it('refuses Meilisearch without its URL, in one line', () => {
    expect(() => loadSearchConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(
      new ConfigError('Invalid configuration: MEILI_URL is required when SEARCH_ENGINE=meilisearch'),
    );
  });

  it('names a bad variable and never echoes the API key', () => {
    expect(() => loadSearchConfig({ SEARCH_WORKER: 'sometimes' })).toThrow(
      'Invalid configuration: SEARCH_WORKER must be inline or off (got "sometimes")',
    );
    expect(() => loadSearchConfig({ MEILI_API_KEY: 'k'.repeat(600) })).toThrow(
      /^Invalid configuration: MEILI_API_KEY [^(]*$/,
    );
  });

  it('reads Meilisearch settings', () => {
    const config = loadSearchConfig({
      SEARCH_ENGINE: 'meilisearch',
      MEILI_URL: 'http://127.0.0.1:7700',
      MEILI_API_KEY: 's',
    });
    expect(config.meilisearch).toEqual({ url: 'http://127.0.0.1:7700', apiKey: 's', indexName: 'px_search' });
  });
});
