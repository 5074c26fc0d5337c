import { z } from 'zod';
import { parseEnvironment, positiveInt } from '#core';

/** Webhooks' own settings, read from the environment next to the core's (see loadWebhookConfig). */
export interface WebhookConfig {
  /** Key material for the secrets' encryption at rest: WEBHOOK_SECRET_KEY, else JWT_SECRET. */
  secretKey: string;
  /** Development and tests: allow http:// and loopback/private targets. */
  allowPrivateTargets: boolean;
  /** `inline`: the API process dispatches and delivers; `off`: apps/worker does. */
  worker: 'inline' | 'off';
  pollMs: number;
  /** A receiver that has not answered within this is a failed attempt. */
  timeoutMs: number;
  /** Failed deliveries are retried this long after the event, then the webhook is disabled. */
  retryWindowSeconds: number;
  retryBaseMs: number;
  retryCapMs: number;
  maxPerNetwork: number;
  /** How often the overdue scan runs (action items whose due date passed). */
  overdueScanMs: number;
  /** Finished deliveries are kept this long for `webhookDeliveries`, then deleted. */
  deliveryRetentionDays: number;
}

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const webhookEnvSchema = z.object({
  WEBHOOK_SECRET_KEY: z
    .string()
    .min(32, { error: 'must be at least 32 characters long' })
    .max(512)
    .optional(),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: flag.default(false),
  WEBHOOK_WORKER: z.enum(['inline', 'off'], { error: 'must be inline or off' }).default('inline'),
  WEBHOOK_POLL_MS: positiveInt(10, 60_000).default(500),
  WEBHOOK_TIMEOUT_MS: positiveInt(100, 60_000).default(10_000),
  WEBHOOK_RETRY_WINDOW_SECONDS: positiveInt(1, 7 * 86_400).default(86_400),
  WEBHOOK_RETRY_BASE_MS: positiveInt(1, 3_600_000).default(5_000),
  WEBHOOK_RETRY_CAP_MS: positiveInt(1, 86_400_000).default(3_600_000),
  WEBHOOKS_PER_NETWORK: positiveInt(1, 1000).default(20),
  WEBHOOK_OVERDUE_SCAN_MS: positiveInt(100, 86_400_000).default(60_000),
  WEBHOOK_DELIVERY_RETENTION_DAYS: positiveInt(1, 3650).default(30),
});

const WEBHOOK_SECRETS: ReadonlySet<string> = new Set(['WEBHOOK_SECRET_KEY']);

/**
 * Reads and validates the webhooks' settings; throws a ConfigError whose message is one line.
 * `jwtSecret` is the core's (validated there): the fallback key when WEBHOOK_SECRET_KEY is unset.
 */
export function loadWebhookConfig(
  jwtSecret: string,
  env: Record<string, string | undefined> = process.env,
): WebhookConfig {
  const e = parseEnvironment(webhookEnvSchema, env, WEBHOOK_SECRETS);
  return {
    secretKey: e.WEBHOOK_SECRET_KEY ?? jwtSecret,
    allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    worker: e.WEBHOOK_WORKER,
    pollMs: e.WEBHOOK_POLL_MS,
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    retryWindowSeconds: e.WEBHOOK_RETRY_WINDOW_SECONDS,
    retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
    retryCapMs: e.WEBHOOK_RETRY_CAP_MS,
    maxPerNetwork: e.WEBHOOKS_PER_NETWORK,
    overdueScanMs: e.WEBHOOK_OVERDUE_SCAN_MS,
    deliveryRetentionDays: e.WEBHOOK_DELIVERY_RETENTION_DAYS,
  };
}
