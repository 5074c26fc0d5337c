import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import { handleProtocols, type Context, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { Gauge } from 'prom-client';
import { WebSocketServer, type WebSocket } from 'ws';
import { AUTHENTICATOR, type Authentication, type Authenticator } from '../auth/authenticator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { createErrorFormatter, renderError } from '../errors/error-formatter.js';
import { findLocaleArgument } from '../graphql/locale-argument.js';
import { I18nService } from '../i18n/i18n.service.js';
import { Metrics } from '../metrics/metrics.js';
import { parseAcceptLanguage, type MessageLocale } from '../i18n/languages.js';
import { callerKey } from './change-event-stream.js';
import { SUBSCRIPTION_CONFIG, type SubscriptionConfig } from './subscription-config.js';
import { SubscriptionOperations, operationError, type ConnectionCaller } from './subscription-operations.js';

/** Close codes of our own (graphql-ws uses 4400–4499 for the protocol's). */
export const CLOSE_TOO_MANY_CONNECTIONS = 4429;
const GRAPHQL_PATH = '/graphql';
/** How often every client's send queue is looked at (see dropClientsNotReading). */
const BACKPRESSURE_SWEEP_MS = 1000;

type WsContext = Context<Record<string, unknown> | undefined, Extra>;

interface Connection extends ConnectionCaller {
  key: string;
  /** What the credentials were presented as, to check them again (see recheck). */
  headers: Record<string, string>;
}

/** Counts of open things by key (connections per caller, per address). */
class Counter {
  private readonly counts = new Map<string, number>();
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  add(key: string): void {
    this.counts.set(key, this.count(key) + 1);
  }
  release(key: string): void {
    const left = this.count(key) - 1;
    if (left <= 0) this.counts.delete(key);
    else this.counts.set(key, left);
  }
}

/**
 * The credentials of `connection_init`, as the HTTP headers the authenticator reads:
 * `{ authorization: "Bearer …" }` or `{ apiKey: "…" }`. Null when they are not strings.
 */
function credentialHeaders(params: Record<string, unknown> | undefined): Record<string, string> | null {
  const headers: Record<string, string> = {};
  const authorization = params?.['authorization'] ?? params?.['Authorization'];
  const apiKey = params?.['apiKey'];
  if (authorization !== undefined) {
    if (typeof authorization !== 'string' || authorization.length > 4096) return null;
    headers['authorization'] = authorization;
  }
  if (apiKey !== undefined) {
    if (typeof apiKey !== 'string' || apiKey.length > 4096) return null;
    headers['x-api-key'] = apiKey;
  }
  return headers;
}

/** The operation's `locale` argument, when its text parses at all. */
function localeArgumentOf(payload: SubscribePayload, maxTokens: number): string | null {
  try {
    const document = parse(typeof payload.query === 'string' ? payload.query : '', { maxTokens });
    return findLocaleArgument(document, payload.operationName, payload.variables ?? undefined);
  } catch {
    return null;
  }
}

/** The authenticator's answer to credentials that are not (or no longer) valid. */
function isUnauthenticated(error: unknown): boolean {
  if (error instanceof AppError) return error.code === ErrorCode.UNAUTHENTICATED;
  if (error instanceof GraphQLError) {
    return (
      error.extensions['code'] === ErrorCode.UNAUTHENTICATED ||
      (error.originalError instanceof AppError && error.originalError.code === ErrorCode.UNAUTHENTICATED)
    );
  }
  return false;
}

/** Answers an upgrade that is refused before the WebSocket handshake. */
function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * GraphQL over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) at /graphql on the API's
 * HTTP server, executing the same schema as HTTP. A connection authenticates once in
 * `connection_init` exactly as an HTTP request does with its headers; every operation then passes
 * the HTTP request's limits (SubscriptionOperations). See docs/subscriptions.md.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Subscriptions');
  private readonly byAddress = new Counter();
  private readonly byCaller = new Counter();
  private readonly connections = new Map<WebSocket, Connection>();
  private recheckTimer: NodeJS.Timeout | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private rechecking = false;
  private readonly format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  private wss: WebSocketServer | null = null;
  private dispose: (() => Promise<void>) | null = null;
  private closing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SUBSCRIPTION_CONFIG) private readonly limits: SubscriptionConfig,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    private readonly i18n: I18nService,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    metrics: Metrics,
  ) {
    const open = () => this.connectionCount;
    new Gauge({
      name: 'px_subscription_connections',
      help: 'Open GraphQL-over-WebSocket connections of this process.',
      registers: [metrics.registry],
      collect() {
        this.set(open());
      },
    });
    this.format = createErrorFormatter({
      i18n,
      onUnexpected: (error) =>
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    });
  }

  /** Open WebSocket connections of this process. */
  get connectionCount(): number {
    return this.wss?.clients.size ?? 0;
  }

  onApplicationBootstrap(): void {
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const operations = new SubscriptionOperations(schema, this.config);
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.limits.maxPayloadBytes,
      handleProtocols: (protocols) => handleProtocols(protocols),
      perMessageDeflate: false,
    });
    this.wss = wss;
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    // Fastify closes when Apollo stops (the GraphQL module's destroy hook, before Nest's shutdown
    // hooks): our sockets must be told first, or closing would wait for them and then cut them.
    this.adapterHost.httpAdapter
      .getInstance<FastifyInstance>()
      .addHook('preClose', async () => this.beforeApplicationShutdown());
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(request, socket, head),
    );
    const disposable = useServer<Record<string, unknown> | undefined>(
      {
        connectionInitWaitTimeout: this.limits.initTimeoutMs,
        onConnect: (ctx) => this.connect(ctx),
        onClose: (ctx) => this.disconnect(ctx),
        onSubscribe: (ctx, _id, payload) => this.subscribe(ctx, operations, payload),
        onNext: (ctx, _id, _payload, args, result) => {
          this.checkBackpressure(ctx.extra.socket);
          if (!result.errors?.length) return undefined;
          const context = args.contextValue as RequestContext;
          return {
            ...result,
            errors: result.errors.map((e) => this.render(e, context.messageLocaleAt(e.path))),
          };
        },
        onError: (ctx, _id, payload, errors) => this.renderAll(ctx, payload, errors),
      },
      wss,
      this.limits.keepAliveMs,
    );
    this.dispose = async () => {
      await disposable.dispose();
    };
    this.recheckTimer = setInterval(() => void this.recheck(), this.limits.recheckMs);
    this.recheckTimer.unref();
    this.sweepTimer = setInterval(() => this.dropClientsNotReading(), BACKPRESSURE_SWEEP_MS);
    this.sweepTimer.unref();
  }

  /** SIGTERM: every socket is told the server is going away (1001, by graphql-ws) before HTTP closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.dispose?.();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (request.url ?? '').split('?', 1)[0];
    if (path !== GRAPHQL_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (this.closing || !this.wss) return refuseUpgrade(socket, 503, 'Service Unavailable');
    const address = this.addressOf(request);
    if (this.byAddress.count(address) >= this.limits.maxConnectionsPerAddress) {
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    const wss = this.wss;
    this.byAddress.add(address);
    let released = false;
    const release = () => {
      if (!released) this.byAddress.release(address);
      released = true;
    };
    socket.once('close', release);
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.once('close', release);
      wss.emit('connection', ws, request);
      // graphql-ws writes socket errors to the console; they are the client's (a message over
      // the size limit, a broken frame) and ws has already closed the socket with the fitting code.
      ws.removeAllListeners('error');
      ws.on('error', (error) => this.logger.verbose(`WebSocket closed on a client error: ${error.message}`));
    });
  }

  /** The client's address: the proxy's unless TRUST_PROXY, then the first X-Forwarded-For. */
  private addressOf(request: IncomingMessage): string {
    const forwarded = request.headers['x-forwarded-for'];
    if (this.config.trustProxy && typeof forwarded === 'string') {
      const first = forwarded.split(',', 1)[0]?.trim();
      if (first) return first;
    }
    return request.socket.remoteAddress ?? 'unknown';
  }

  private async connect(ctx: WsContext): Promise<boolean> {
    const { socket, request } = ctx.extra;
    const headers = credentialHeaders(ctx.connectionParams);
    if (!headers) return false;
    let auth: Authentication;
    try {
      auth = await this.authenticator.authenticate(headers);
    } catch (error) {
      // Credentials that are not valid: graphql-ws closes with 4403. Anything else (the database
      // down) closes with 4500, and the client may retry.
      if (isUnauthenticated(error)) return false;
      throw error;
    }
    const address = this.addressOf(request);
    const key = callerKey(auth.principal, address);
    if (this.byCaller.count(key) >= this.limits.maxConnectionsPerCaller) {
      socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many connections');
      return false;
    }
    this.byCaller.add(key);
    const acceptLanguages = parseAcceptLanguage(request.headers['accept-language']);
    this.connections.set(socket, { auth, address, acceptLanguages, key, headers });
    return true;
  }

  private disconnect(ctx: WsContext): void {
    const connection = this.connections.get(ctx.extra.socket);
    if (!connection) return;
    this.connections.delete(ctx.extra.socket);
    this.byCaller.release(connection.key);
  }

  private subscribe(ctx: WsContext, operations: SubscriptionOperations, payload: SubscribePayload) {
    const connection = this.connections.get(ctx.extra.socket);
    if (!connection) return [operationError(AppError.unauthenticated())];
    // graphql-ws lists this operation already: more than the cap means one too many.
    if (Object.keys(ctx.subscriptions).length > this.limits.maxSubscriptionsPerConnection) {
      const max = this.limits.maxSubscriptionsPerConnection;
      return [operationError(new AppError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, { params: { max } }))];
    }
    return operations.prepare(connection, payload);
  }

  /**
   * HTTP checks credentials on every request; a connection was checked once. Signed-in
   * connections are checked again on an interval, one at a time (one small query each): those
   * whose session ended or whose key was revoked are closed with 4403, as a new one would be.
   */
  private async recheck(): Promise<void> {
    if (this.rechecking) return;
    this.rechecking = true;
    try {
      for (const [socket, connection] of [...this.connections]) {
        if (connection.auth.principal.kind === 'anonymous' || this.closing) continue;
        const ended = await this.authenticator.authenticate(connection.headers).then(
          () => false,
          // A database that does not answer ends no session.
          (error: unknown) => isUnauthenticated(error),
        );
        if (ended && this.connections.has(socket)) socket.close(4403, 'Forbidden');
      }
    } finally {
      this.rechecking = false;
    }
  }

  /**
   * A message waits until the previous one is handed to the socket, so an operation whose client
   * stopped reading stops at its first message that does not fit: only a look from outside the
   * operations sees that client's queue grow.
   */
  private dropClientsNotReading(): void {
    for (const socket of this.wss?.clients ?? []) this.checkBackpressure(socket);
  }

  /** A client that does not read its messages is dropped before its queue eats the memory. */
  private checkBackpressure(socket: WebSocket): void {
    if (socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.logger.warn(`dropping a subscriber that does not read (${socket.bufferedAmount} bytes queued)`);
      socket.terminate();
    }
  }

  /** Errors of an operation that never ran: in the language its `locale` argument asks for. */
  private renderAll(ctx: WsContext, payload: SubscribePayload, errors: readonly GraphQLError[]) {
    const connection = this.connections.get(ctx.extra.socket);
    const context = new RequestContext({
      acceptLanguages: connection ? [...connection.acceptLanguages] : [],
      preferredLocale: connection?.auth.preferredLocale,
    });
    context.useMessageLocale(localeArgumentOf(payload, this.config.graphqlLimits.maxTokens));
    const locale = context.messageLocaleAt(undefined);
    return errors.map((e) => this.render(e, locale));
  }

  private render(error: GraphQLError, locale: MessageLocale): GraphQLFormattedError {
    return renderError(this.i18n, this.format(error.toJSON(), error), locale);
  }
}
