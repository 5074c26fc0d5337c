import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger as Pino } from 'pino';
import type { Principal } from '../auth/principal.js';
import type { Metrics } from '../metrics/metrics.js';

/** What a request's log line and metrics need that only later steps learn (GraphQL, authentication). */
export interface RequestTelemetry {
  /** Name of the GraphQL operation that ran; null for an anonymous one, unset before one was resolved. */
  operation?: string | null;
  principal?: PrincipalKind;
  /** `extensions.code` of the GraphQL errors in the response. */
  errorCodes?: string[];
}

/** Who called, without saying who: never an id, a name, a token. */
export type PrincipalKind = 'anonymous' | 'member' | 'apiKey' | 'operator';

export const principalKind = (principal: Principal): PrincipalKind =>
  principal.kind === 'user' ? 'member' : principal.kind === 'api-key' ? 'apiKey' : principal.kind;

// Beside the request rather than a decoration of it: GraphQL code reaches it through its
// RequestContext, controllers through telemetryOf(request).
const telemetries = new WeakMap<FastifyRequest, RequestTelemetry>();

/** The request's telemetry record, created on first use. */
export function telemetryOf(request: FastifyRequest): RequestTelemetry {
  let telemetry = telemetries.get(request);
  if (!telemetry) {
    telemetry = {};
    telemetries.set(request, telemetry);
  }
  return telemetry;
}

/**
 * What a client may send as X-Request-Id and have used as ours: short and plain, so it can go
 * into logs and headers as it is (no line breaks, no markup, no unbounded length).
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Fastify's genReqId: the caller's X-Request-Id when it is sane (a proxy's, to follow a request through), else a new UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Scrapes and probes come every few seconds; their lines would drown the requests people make.
 * Unless they fail: a refused scrape or a 503 from /health is worth a line.
 */
const QUIET_ROUTES: ReadonlySet<string> = new Set(['/health', '/metrics']);
const MAX_LOGGED_PATH = 256;

export interface RequestTelemetryOptions {
  graphqlPath: string;
  metrics: Metrics;
  /** Request logs go here; none without one (tests). */
  log: Pino | null;
}

/**
 * Returns every request's id in X-Request-Id, counts and times it by route (and by GraphQL
 * operation), and logs one JSON line per request: method, path, operation, status, duration,
 * request id and the kind of caller — never the query, its variables, a token or who the caller is.
 */
export function installRequestTelemetry(fastify: FastifyInstance, options: RequestTelemetryOptions): void {
  const { graphqlPath, metrics, log } = options;
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // Apollo answers some requests before any plugin runs (the context could not be built, the body
  // is not a GraphQL request): their errors get the request id here. Other GraphQL errors got it
  // in requestPipelinePlugin, which marks the response so it is not parsed again.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (
      request.routeOptions.url !== graphqlPath ||
      reply.statusCode < 400 ||
      typeof payload !== 'string' ||
      !payload.startsWith('{"errors":') ||
      telemetryOf(request).errorCodes !== undefined
    ) {
      done(null, payload);
      return;
    }
    done(null, withRequestId(payload, String(request.id), telemetryOf(request)));
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    record(request, reply, graphqlPath, metrics, log);
    done();
  });
}

function withRequestId(payload: string, requestId: string, telemetry: RequestTelemetry): string {
  try {
    const body = JSON.parse(payload) as { errors?: unknown };
    if (!Array.isArray(body.errors)) return payload;
    telemetry.errorCodes = [];
    for (const error of body.errors as { extensions?: Record<string, unknown> }[]) {
      error.extensions = { ...error.extensions, requestId };
      telemetry.errorCodes.push(String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR'));
    }
    return JSON.stringify(body);
  } catch {
    return payload;
  }
}

function record(
  request: FastifyRequest,
  reply: FastifyReply,
  graphqlPath: string,
  metrics: Metrics,
  log: Pino | null,
): void {
  const route = request.routeOptions.url;
  const status = reply.statusCode;
  const durationMs = reply.elapsedTime;
  const seconds = durationMs / 1000;
  const telemetry = telemetryOf(request);
  const routeLabel = route ?? 'unmatched';
  metrics.httpRequests.inc({ method: request.method, route: routeLabel, status });
  metrics.httpDuration.observe({ method: request.method, route: routeLabel }, seconds);
  const isGraphql = route === graphqlPath;
  if (isGraphql) {
    const operation = metrics.operationLabel(telemetry.operation);
    metrics.graphqlRequests.inc({ operation, status });
    metrics.graphqlDuration.observe({ operation, status }, seconds);
    for (const code of telemetry.errorCodes ?? []) metrics.graphqlErrors.inc({ operation, code });
  }
  if (!log) return;
  const level = status >= 500 ? 'warn' : route && QUIET_ROUTES.has(route) && status < 400 ? 'debug' : 'info';
  if (!log.isLevelEnabled(level)) return;
  const queryAt = request.url.indexOf('?');
  // The path without its query string: a GET GraphQL request carries the query and variables there.
  const path = (queryAt === -1 ? request.url : request.url.slice(0, queryAt)).slice(0, MAX_LOGGED_PATH);
  log[level](
    {
      requestId: request.id,
      method: request.method,
      path,
      ...(isGraphql ? { operation: telemetry.operation ?? null } : {}),
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      ...(telemetry.principal ? { principal: telemetry.principal } : {}),
      ...(telemetry.errorCodes?.length ? { errorCodes: [...new Set(telemetry.errorCodes)] } : {}),
    },
    'request',
  );
}
