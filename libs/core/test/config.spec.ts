import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../src/index.js';

describe('configuration', () => {
  it('runs with no configuration at all: embedded database, port 3000, demo data, GraphiQL', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config.port).toBe(3000);
    expect(config.loadDemoData).toBe(true);
    expect(config.graphiql).toBe(true);
  });

  it('switches to a PostgreSQL server with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
      poolSize: 10,
    });
  });

  it('turns off demo data and GraphiQL in production unless asked', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config.loadDemoData).toBe(false);
    expect(config.graphiql).toBe(false);
  });

  it.each([
    [
      { PORT: 'abc' },
      /^Invalid configuration: PORT must be a whole number between 0 and 65535 \(got "abc"\)$/,
    ],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL must be a postgres/],
    [{ DEMO_DATA: 'maybe' }, /^Invalid configuration: DEMO_DATA must be true or false/],
    [{ NODE_ENV: 'prod' }, /^Invalid configuration: NODE_ENV must be development, production or test/],
    [{ ADMIN_TOKEN: 'short' }, /^Invalid configuration: ADMIN_TOKEN must be at least 32 characters long$/],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('refuses to start in production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /^Invalid configuration: JWT_SECRET is required in production/,
    );
  });

  it('never echoes a secret', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'secret' })).toThrow(/^((?!secret).)*$/);
  });

  it('reads CORS origins as a comma-separated list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.lt, https://b.si' }).corsOrigins).toEqual([
      'https://a.lt',
      'https://b.si',
    ]);
  });
});
