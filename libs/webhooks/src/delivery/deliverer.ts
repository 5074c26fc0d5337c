import type { DataSource } from 'typeorm';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { WebhookConfig } from '../webhook-config.js';
import type { SecretBox } from '../secret-box.js';
import { postWebhook, type PostOutcome } from './http-post.js';

/** A lease outlives an attempt (the timeout) with room to record its outcome. */
const LEASE_SLACK_MS = 20_000;

interface LeasedDelivery {
  id: string;
  webhook_id: string;
  event_id: string;
  body: string;
  attempts: number;
  created_at: Date;
  url: string;
  secret_box: string;
}

/** The header a receiver deduplicates by: the same for every attempt of one event to one webhook. */
export function webhookMessageId(eventId: string, webhookId: string): string {
  return `msg_${eventId}_${webhookId.replaceAll('-', '')}`;
}

/**
 * Sends due deliveries. A delivery is leased (FOR UPDATE SKIP LOCKED, then `leased_until`) before it
 * is sent, so two deliverers never send one delivery at once; a crashed deliverer's lease expires
 * and another retries it. A failure is retried with exponential backoff and full jitter until the
 * retry window after the event has passed; then the webhook is disabled with the reason.
 */
export class WebhookDeliverer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: WebhookConfig,
    private readonly secrets: SecretBox,
  ) {}

  /** Leases and sends up to `limit` due deliveries at once; returns how many it attempted. */
  async deliverBatch(limit = 16): Promise<number> {
    const leased = (await this.dataSource.query(
      `WITH due AS (
         SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
         WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
           AND (d.leased_until IS NULL OR d.leased_until < now()) AND w.disabled_at IS NULL
         ORDER BY d.next_attempt_at, d.id LIMIT $1
         FOR UPDATE OF d SKIP LOCKED)
       , leased AS (UPDATE webhook_delivery d
       SET leased_until = now() + make_interval(secs => $2::float8 / 1000), attempts = d.attempts + 1
       FROM due, webhook w
       WHERE d.id = due.id AND w.id = d.webhook_id
       RETURNING d.id::text AS id, d.webhook_id, d.event_id::text AS event_id, d.body, d.attempts, d.created_at,
         w.url, w.secret_box)
       SELECT * FROM leased`,
      [limit, this.config.timeoutMs + LEASE_SLACK_MS],
    )) as LeasedDelivery[];
    await Promise.all(leased.map((delivery) => this.attempt(delivery)));
    return leased.length;
  }

  /** Delivers until nothing is due now (retries scheduled later are left for later). */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.deliverBatch(); n > 0; n = await this.deliverBatch()) total += n;
    return total;
  }

  private async attempt(delivery: LeasedDelivery): Promise<void> {
    const secret = this.secrets.open(delivery.secret_box);
    const outcome: PostOutcome = secret
      ? await this.send(delivery, secret)
      : {
          statusCode: null,
          durationMs: 0,
          error: 'the signing secret cannot be read (key changed): rotate it',
        };
    if (outcome.error === null) {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET status = 'SUCCEEDED', delivered_at = now(), leased_until = NULL,
           last_status_code = $2, last_duration_ms = $3, last_error = NULL WHERE id = $1`,
        [delivery.id, outcome.statusCode, outcome.durationMs],
      );
      return;
    }
    await this.failed(delivery, outcome);
  }

  private async send(delivery: LeasedDelivery, secret: string): Promise<PostOutcome> {
    const id = webhookMessageId(delivery.event_id, delivery.webhook_id);
    const now = new Date();
    let signature: string;
    try {
      signature = new StandardWebhook(secret).sign(id, now, delivery.body);
    } catch {
      return { statusCode: null, durationMs: 0, error: 'the signing secret is not usable: rotate it' };
    }
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
      'user-agent': 'PracticeExchange-Webhooks/1',
    };
    return postWebhook(delivery.url, headers, delivery.body, {
      timeoutMs: this.config.timeoutMs,
      allowPrivateTargets: this.config.allowPrivateTargets,
    });
  }

  /** Schedules the next attempt, or gives up after the retry window and disables the webhook. */
  private async failed(delivery: LeasedDelivery, outcome: PostOutcome): Promise<void> {
    const error = (outcome.error ?? 'failed').slice(0, 500);
    const windowEnds = delivery.created_at.getTime() + this.config.retryWindowSeconds * 1000;
    const ceiling = Math.min(this.config.retryCapMs, this.config.retryBaseMs * 2 ** (delivery.attempts - 1));
    const delayMs = Math.floor(Math.random() * ceiling);
    const givingUp = Date.now() + delayMs >= windowEnds;
    await this.dataSource.transaction(async (em) => {
      // Giving up also fails the webhook's other pending deliveries: the webhook is locked first,
      // so two deliveries of one webhook giving up at once queue here instead of deadlocking
      // (each holding its own delivery row and waiting for the other's).
      if (givingUp) await em.query(`SELECT 1 FROM webhook WHERE id = $1 FOR UPDATE`, [delivery.webhook_id]);
      await em.query(
        `UPDATE webhook_delivery SET status = $2, leased_until = NULL, last_status_code = $3,
           last_duration_ms = $4, last_error = $5, next_attempt_at = now() + make_interval(secs => $6::float8 / 1000)
         WHERE id = $1`,
        [
          delivery.id,
          givingUp ? 'FAILED' : 'PENDING',
          outcome.statusCode,
          outcome.durationMs,
          error,
          delayMs,
        ],
      );
      if (!givingUp) return;
      const hours = Math.round((this.config.retryWindowSeconds / 3600) * 10) / 10;
      await em.query(
        `UPDATE webhook SET disabled_at = now(), disabled_reason = $2 WHERE id = $1 AND disabled_at IS NULL`,
        [delivery.webhook_id, `Deliveries kept failing for ${hours} h; last error: ${error}`.slice(0, 500)],
      );
      // Pending deliveries of a disabled webhook are given up too: enabling it again starts afresh.
      await em.query(
        `UPDATE webhook_delivery SET status = 'FAILED' WHERE webhook_id = $1 AND status = 'PENDING'`,
        [delivery.webhook_id],
      );
    });
  }
}
