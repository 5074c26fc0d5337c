import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import {
  CHANGE_EVENTS_CHANNEL,
  ChangeEvents,
  changeEventsPendingAfter,
  currentChangeEventPosition,
  readChangeEventsAfter,
  type ChangeEvent,
  type ChangeEventSource,
} from '#outbox';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Metrics } from '../metrics/metrics.js';

/** Events read per statement while catching up. */
const PAGE = 500;
/** Reconnect delays of the LISTEN connection: doubling from the first to the last. */
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 10_000;
/** Re-reads while committed events wait behind an older running transaction. */
const HELD_BACK_FIRST_MS = 10;
const HELD_BACK_MAX_MS = 100;

export type ChangeEventListener = (event: ChangeEvent) => void;

/**
 * Committed change events as this process hears of them: each event is read from the database
 * once per process, whatever the number of subscribers, then handed to every listener (who
 * filters it and re-reads the record as its own caller).
 *
 * On a PostgreSQL server one dedicated connection LISTENs on the events channel (a notification
 * is only a wake-up; the table is the truth). When that connection drops it is re-opened with
 * backoff and the events committed meanwhile are read from the last position seen, so none is
 * lost. The embedded database serves one process: its writers wake this feed after commit.
 */
@Injectable()
export class ChangeEventFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeEventFeed');
  private readonly listeners = new Set<ChangeEventListener>();
  private position: string | null = null;
  private client: pg.Client | null = null;
  /** The current client has connected and LISTENs. */
  private listening = false;
  private stopped = false;
  private reconnectDelay = RECONNECT_FIRST_MS;
  private heldBackDelay = HELD_BACK_FIRST_MS;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private readonly timers = new Map<'reconnect' | 'read', NodeJS.Timeout>();
  private stopInProcess: (() => void) | null = null;

  private readonly eventsRead: Counter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly events: ChangeEvents,
    metrics: Metrics,
  ) {
    this.eventsRead = new Counter({
      name: 'px_change_events_read_total',
      help: 'Change events this process read for its subscribers (once each, whatever their number).',
      registers: [metrics.registry],
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.position = await currentChangeEventPosition(this.dataSource);
    if (this.config.database.kind === 'postgres') await this.connect();
    else this.stopInProcess = this.events.onCommitted(() => this.wake());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.stopInProcess?.();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.reading;
  }

  /** Calls `listener` with every event committed from now on; returns the unsubscribe. */
  listen(listener: ChangeEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.config.database.kind !== 'postgres') return;
    const client = new pg.Client({
      connectionString: this.config.database.url,
      application_name: 'practice-exchange-events',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    this.client = client;
    this.listening = false;
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_EVENTS_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    this.listening = true;
    this.reconnectDelay = RECONNECT_FIRST_MS;
    // What committed while no connection listened (or before the first one did).
    this.wake();
  }

  private lost(client: pg.Client, error: unknown): void {
    // Each connection is lost once (an error is usually followed by its end); at shutdown the
    // feed has let go of it first.
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    if (error) client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.logger.warn(
      `listen connection lost${error instanceof Error ? ` (${error.message})` : ''}; reconnecting in ${delay} ms`,
    );
    this.schedule('reconnect', () => void this.connect(), delay);
  }

  private schedule(kind: 'reconnect' | 'read', run: () => void, ms: number): void {
    clearTimeout(this.timers.get(kind));
    const timer = setTimeout(() => {
      this.timers.delete(kind);
      run();
    }, ms);
    timer.unref();
    this.timers.set(kind, timer);
  }

  /** Reads what is new; a wake-up during a read makes it read once more when done. */
  private wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readNew()
      .catch((error: unknown) => {
        if (this.stopped) return; // the connection was closed under the read
        this.logger.warn(`reading change events failed: ${error instanceof Error ? error.message : error}`);
        this.schedule('read', () => this.wake(), this.reconnectDelay);
      })
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  /**
   * On a server, events are read on the LISTEN connection: not through the pool, so the feed
   * never waits for (or takes) a connection requests need, nor shows in their statement counts.
   * Without it (lost, reconnecting) nothing is read: the reconnect reads what was missed.
   */
  private get source(): ChangeEventSource | null {
    if (this.config.database.kind !== 'postgres') return this.dataSource;
    const client = this.client;
    if (!client || !this.listening) return null;
    return { query: async (sql, parameters) => (await client.query(sql, parameters)).rows };
  }

  private async readNew(): Promise<void> {
    const source = this.source;
    if (this.position === null || !source) return;
    for (;;) {
      const page = await readChangeEventsAfter(source, this.position, PAGE);
      for (const event of page) {
        this.position = event.position;
        this.deliver(event);
      }
      this.eventsRead.inc(page.length);
      if (page.length < PAGE) break;
    }
    // Committed events an older running transaction still holds back: no notification will come
    // for them when it ends, so look again shortly.
    if (await changeEventsPendingAfter(source, this.position)) {
      const delay = this.heldBackDelay;
      this.heldBackDelay = Math.min(this.heldBackDelay * 2, HELD_BACK_MAX_MS);
      this.schedule('read', () => this.wake(), delay);
    } else {
      this.heldBackDelay = HELD_BACK_FIRST_MS;
    }
  }

  private deliver(event: ChangeEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(
          `a change event listener failed: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
  }
}
