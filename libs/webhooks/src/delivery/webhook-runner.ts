import type { DataSource } from 'typeorm';
import type { ChangeEvents } from '#outbox';
import type { WebhookConfig } from '../webhook-config.js';
import { SecretBox } from '../secret-box.js';
import { WebhookDeliverer } from './deliverer.js';
import { WebhookDispatcher } from './dispatcher.js';
import type { WebhookSources } from './record-views.js';

export interface RunnerLog {
  error(object: object, message: string): void;
}

/**
 * The background loop of one process (apps/worker, or the API with WEBHOOK_WORKER=inline): runs
 * the periodic scans, dispatches new events and delivers what is due, every `pollMs` and at once
 * when this process commits events. Any number of runners may share a database.
 */
export class WebhookRunner {
  readonly dispatcher: WebhookDispatcher;
  readonly deliverer: WebhookDeliverer;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private lastScan = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: WebhookConfig,
    private readonly sources: WebhookSources,
    private readonly changeEvents: ChangeEvents,
    private readonly log: RunnerLog,
  ) {
    this.dispatcher = new WebhookDispatcher(dataSource, sources);
    this.deliverer = new WebhookDeliverer(dataSource, config, new SecretBox(config.secretKey));
  }

  /** Wakes the runner now (a notification from another process that events were committed). */
  nudge(): void {
    if (this.timer) this.wake();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.wake(), this.config.pollMs);
    this.timer.unref();
    this.unsubscribe = this.changeEvents.onCommitted(() => this.wake());
    this.wake();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.running;
  }

  /** Runs the scans once now (tests, and the periodic loop). */
  async scan(): Promise<number> {
    let recorded = 0;
    for (const scan of this.sources.scans) recorded += await scan(this.dataSource, this.changeEvents);
    return recorded;
  }

  /** Deletes finished deliveries older than the retention; returns how many. */
  async prune(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM webhook_delivery
         WHERE status <> 'PENDING' AND created_at < now() - make_interval(days => $1) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [this.config.deliveryRetentionDays],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** One round: scans (and pruning) when due, dispatch everything new, deliver everything due now. */
  async runOnce(): Promise<void> {
    if (Date.now() - this.lastScan >= this.config.overdueScanMs) {
      this.lastScan = Date.now();
      await this.scan();
      await this.prune();
    }
    await this.dispatcher.drain();
    await this.deliverer.drain();
  }

  private wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .catch((error: unknown) => this.log.error({ err: error }, 'webhook round failed'))
      .finally(() => {
        this.running = null;
        if (this.again && this.timer) {
          this.again = false;
          this.wake();
        }
      });
  }
}
