import WebSocket from 'ws';

/** A message of the graphql-transport-ws protocol for one operation. */
export interface OperationMessage {
  type: 'next' | 'error' | 'complete';
  id: string;
  payload?: unknown;
}

export interface Closed {
  code: number;
  reason: string;
}

/** Thrown by WsClient.open when the server closes instead of acknowledging. */
export class ClosedBeforeAck extends Error {
  constructor(readonly closed: Closed) {
    super(`closed before connection_ack: ${closed.code} ${closed.reason}`);
  }
}

/**
 * A bare graphql-transport-ws client for tests and benches: it shows exactly what the server sends
 * (close codes, error payloads), which a full client library hides behind retries.
 */
export class WsClient {
  readonly closed: Promise<Closed>;
  private readonly queues = new Map<string, OperationMessage[]>();
  private readonly waiters = new Map<string, (message: OperationMessage) => void>();

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('message', (data) => this.receive(JSON.parse(data.toString()) as OperationMessage));
  }

  /** Opens a socket to `url` (ws://…/graphql) without sending anything. */
  static connect(
    url: string,
    headers: Record<string, string> = {},
    options: { answerPings?: boolean } = {},
  ): Promise<WsClient> {
    const socket = new WebSocket(url, 'graphql-transport-ws', {
      headers,
      autoPong: options.answerPings ?? true,
    });
    const client = new WsClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  /** Connects and initialises; resolves once acknowledged, rejects with ClosedBeforeAck. */
  static async open(url: string, params: Record<string, unknown> = {}): Promise<WsClient> {
    const client = await WsClient.connect(url);
    await client.init(params);
    return client;
  }

  async init(params: Record<string, unknown>): Promise<void> {
    const acked = new Promise<void>((resolve) => this.waiters.set('ack', () => resolve()));
    this.send({ type: 'connection_init', payload: params });
    const outcome = await Promise.race([acked.then(() => null), this.closed]);
    if (outcome) throw new ClosedBeforeAck(outcome);
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ type: 'subscribe', id, payload: { query, variables } });
  }

  complete(id: string): void {
    this.send({ type: 'complete', id });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  /** The next message for operation `id`, or null after `timeoutMs`. */
  next(id: string, timeoutMs = 5_000): Promise<OperationMessage | null> {
    const queued = this.queues.get(id)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        resolve(null);
      }, timeoutMs);
      this.waiters.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }

  /** Closes normally; a server that does not answer the close within a second is cut off. */
  close(): Promise<Closed> {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close(1000);
    const timer = setTimeout(() => this.socket.terminate(), 1000);
    return this.closed.finally(() => clearTimeout(timer));
  }

  private receive(message: OperationMessage | { type: string; id?: string }): void {
    if (message.type === 'connection_ack') {
      this.waiters.get('ack')?.(message as OperationMessage);
      this.waiters.delete('ack');
      return;
    }
    if (message.type === 'ping') {
      this.send({ type: 'pong' });
      return;
    }
    if (!message.id) return;
    const waiter = this.waiters.get(message.id);
    if (waiter) {
      this.waiters.delete(message.id);
      waiter(message as OperationMessage);
      return;
    }
    let queue = this.queues.get(message.id);
    if (!queue) this.queues.set(message.id, (queue = []));
    queue.push(message as OperationMessage);
  }
}

/** The WebSocket address of an API's GraphQL endpoint from its HTTP base URL. */
export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;
