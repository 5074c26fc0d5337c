import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * Every setting the process reads from its environment, validated once at start. A bad value
 * stops the process with one line that names the variable (see `loadConfig`).
 */
export const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

export const positiveInt = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number between ${min} and ${max}` })
    .int({ error: `must be a whole number between ${min} and ${max}` })
    .min(min, { error: `must be a whole number between ${min} and ${max}` })
    .max(max, { error: `must be a whole number between ${min} and ${max}` });

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: positiveInt(0, 65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_SIZE: positiveInt(1, 200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO_DATA: booleanFromEnv.optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  CORS_ORIGINS: csv.default([]),
  GRAPHIQL: booleanFromEnv.optional(),
  BODY_LIMIT_BYTES: positiveInt(1024, 50 * 1024 * 1024).default(1024 * 1024),
  GRAPHQL_MAX_DEPTH: positiveInt(2, 50).default(10),
  GRAPHQL_MAX_COMPLEXITY: positiveInt(10, 1_000_000).default(25_000),
  GRAPHQL_MAX_COMPLEXITY_API_KEY: positiveInt(10, 1_000_000).default(20_000),
  GRAPHQL_MAX_COMPLEXITY_ANONYMOUS: positiveInt(10, 1_000_000).default(15_000),
  GRAPHQL_TIME_BUDGET_MS: positiveInt(100, 600_000).default(10_000),
  GRAPHQL_TIME_BUDGET_API_KEY_MS: positiveInt(100, 600_000).default(5_000),
  GRAPHQL_TIME_BUDGET_ANONYMOUS_MS: positiveInt(100, 600_000).default(3_000),
  GRAPHQL_MAX_TOKENS: positiveInt(100, 1_000_000).default(10_000),
  GRAPHQL_MAX_ALIASES_PER_FIELD: positiveInt(1, 1000).default(10),
  GRAPHQL_MAX_FRAGMENTS: positiveInt(1, 10_000).default(100),
  GRAPHQL_MAX_DIRECTIVES_PER_FIELD: positiveInt(1, 100).default(5),
  GRAPHQL_MAX_INPUT_DEPTH: positiveInt(4, 200).default(32),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  HTTP_CONNECTION_TIMEOUT_MS: positiveInt(1000, 3_600_000).default(60_000),
  HTTP_HEADERS_TIMEOUT_MS: positiveInt(1000, 600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(1000, 3_600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt(1000, 600_000).default(5_000),
  HTTP_MAX_CONNECTIONS_PER_IP: positiveInt(1, 100_000).default(64),
  TRUST_PROXY: booleanFromEnv.default(false),
  ADMIN_TOKEN: z.string().min(32, { error: 'must be at least 32 characters long' }).max(512).optional(),
  JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters long' }).max(512).optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(60, 86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt(1, 365).default(30),
  PUBLIC_URL: z.url({ error: 'must be an http(s) URL' }).optional(),
  // A scrape-only credential, so Prometheus need not hold the token that can change the directory.
  METRICS_TOKEN: z.string().min(32, { error: 'must be at least 32 characters long' }).max(512).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
      error: 'must be an address, or a name and an address as in "Practice Exchange <no-reply@example.org>"',
    })
    .optional(),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };
  loadDemoData: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  corsOrigins: string[];
  graphiql: boolean;
  bodyLimitBytes: number;
  graphqlMaxDepth: number;
  /** What one GraphQL request may cost and spend, by who is asking, and how big its document may be. */
  graphqlLimits: GraphqlLimits;
  /** Introspection (`__schema`, `__type`): on outside production unless set. */
  graphqlIntrospection: boolean;
  /** Socket-level limits against slow and greedy clients. */
  http: HttpLimits;
  trustProxy: boolean;
  /** Bootstrap operator token: `Authorization: Bearer <token>` may change the directory. */
  adminToken: string | null;
  /** Signs access tokens (HS256). Required in production; random per process elsewhere. */
  jwtSecret: string;
  jwtSecretGenerated: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Base of links sent by email (invitations, password resets). */
  publicUrl: string;
  /** Bearer token accepted by /metrics besides ADMIN_TOKEN. */
  metricsToken: string | null;
  mail: MailConfig;
}

const SECRETS: ReadonlySet<string> = new Set([
  'ADMIN_TOKEN',
  'DATABASE_URL',
  'JWT_SECRET',
  'METRICS_TOKEN',
  'SMTP_URL',
]);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the environment against a schema; throws a ConfigError whose message is one line and
 * names the variable (never echoing a secret's value). Empty strings count as unset, so
 * `PORT= npm start` behaves like no PORT at all. Modules with settings of their own (search)
 * read them with this too.
 */
export function parseEnvironment<T>(
  schema: z.ZodType<T>,
  env: Record<string, string | undefined>,
  secrets: ReadonlySet<string> = SECRETS,
): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  const got = secrets.has(variable) ? undefined : present[variable];
  throw new ConfigError(
    `Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}${got === undefined ? '' : ` (got "${got}")`}`,
  );
}

type Environment = z.infer<typeof envSchema>;

/** Reads and validates the environment; throws a ConfigError whose message is one line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const e = parseEnvironment(envSchema, env);
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET is required in production (32+ random characters)',
    );
  }
  if (e.NODE_ENV === 'production' && e.SMTP_URL && !e.PUBLIC_URL) {
    // Links in mail would otherwise point at HOST:PORT, an address only the server itself can reach.
    throw new ConfigError('Invalid configuration: PUBLIC_URL is required when SMTP_URL is set in production');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: e.DATA_DIR },
    loadDemoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGINS,
    graphiql: e.GRAPHIQL ?? e.NODE_ENV === 'development',
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    graphqlMaxDepth: e.GRAPHQL_MAX_DEPTH,
    graphqlLimits: graphqlLimitsFrom(e),
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    http: httpLimitsFrom(e),
    trustProxy: e.TRUST_PROXY,
    adminToken: e.ADMIN_TOKEN ?? null,
    jwtSecret: e.JWT_SECRET ?? randomBytes(32).toString('base64url'),
    jwtSecretGenerated: !e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    metricsToken: e.METRICS_TOKEN ?? null,
    mail: {
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM ?? `Practice Exchange <no-reply@${mailDomain(e.PUBLIC_URL, e.HOST)}>`,
    },
  };
}

function graphqlLimitsFrom(e: Environment): GraphqlLimits {
  return {
    complexity: {
      member: e.GRAPHQL_MAX_COMPLEXITY,
      apiKey: e.GRAPHQL_MAX_COMPLEXITY_API_KEY,
      anonymous: e.GRAPHQL_MAX_COMPLEXITY_ANONYMOUS,
    },
    timeBudgetMs: {
      member: e.GRAPHQL_TIME_BUDGET_MS,
      apiKey: e.GRAPHQL_TIME_BUDGET_API_KEY_MS,
      anonymous: e.GRAPHQL_TIME_BUDGET_ANONYMOUS_MS,
    },
    maxTokens: e.GRAPHQL_MAX_TOKENS,
    maxAliasesPerField: e.GRAPHQL_MAX_ALIASES_PER_FIELD,
    maxFragments: e.GRAPHQL_MAX_FRAGMENTS,
    maxDirectivesPerField: e.GRAPHQL_MAX_DIRECTIVES_PER_FIELD,
    maxInputDepth: e.GRAPHQL_MAX_INPUT_DEPTH,
  };
}

function httpLimitsFrom(e: Environment): HttpLimits {
  return {
    connectionTimeoutMs: e.HTTP_CONNECTION_TIMEOUT_MS,
    // Node requires headersTimeout <= requestTimeout.
    headersTimeoutMs: Math.min(e.HTTP_HEADERS_TIMEOUT_MS, e.HTTP_REQUEST_TIMEOUT_MS),
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxConnectionsPerIp: e.HTTP_MAX_CONNECTIONS_PER_IP,
  };
}

/** The sender's domain when MAIL_FROM is unset: the public host, else one that is never delivered to. */
function mailDomain(publicUrl: string | undefined, host: string): string {
  const name = publicUrl ? new URL(publicUrl).hostname : host;
  return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(name) ? name : 'localhost.invalid';
}

/** A limit per kind of caller: signed-in members (and the operator), API keys, anonymous callers. */
export interface PerCaller<T> {
  member: T;
  apiKey: T;
  anonymous: T;
}

export interface GraphqlLimits {
  complexity: PerCaller<number>;
  /** Wall-clock time a request's resolvers may take; database statements are cancelled with it. */
  timeBudgetMs: PerCaller<number>;
  /** graphql-js `parse` stops after this many tokens. */
  maxTokens: number;
  /** Different aliases of one field name in a document (1,000 aliased `search` fields ran 1,000 searches). */
  maxAliasesPerField: number;
  maxFragments: number;
  maxDirectivesPerField: number;
  /** Nesting of lists and input objects, in the document and in variables. */
  maxInputDepth: number;
}

export interface HttpLimits {
  /** A socket with no activity for this long is closed (Fastify `connectionTimeout`). */
  connectionTimeoutMs: number;
  /** Time to receive a request's headers (Node `headersTimeout`). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (Node `requestTimeout`). */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Open sockets per remote address; more are closed at once. */
  maxConnectionsPerIp: number;
}

export interface MailConfig {
  /** smtp:// or smtps:// with credentials; null: messages only go to the log (development). */
  smtpUrl: string | null;
  /** The From header of every message. */
  from: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
