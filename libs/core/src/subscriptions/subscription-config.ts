import { z } from 'zod';
import { parseEnvironment, positiveInt } from '../config/app-config.js';

/** The WebSocket transport's bounds (docs/subscriptions.md#limits-and-close-codes). */
export interface SubscriptionConfig {
  /** Open connections one caller (member, API key, operator; anonymous: per address) may hold. */
  maxConnectionsPerCaller: number;
  /** Open WebSocket connections from one remote address (the proxy's, unless TRUST_PROXY). */
  maxConnectionsPerAddress: number;
  /** Active operations on one connection. */
  maxSubscriptionsPerConnection: number;
  /** Largest message a client may send; a bigger one closes the connection (1009). */
  maxPayloadBytes: number;
  /** Time a client has to send `connection_init` after the upgrade (closed with 4408). */
  initTimeoutMs: number;
  /** Ping interval; a peer that has not answered the previous ping by the next one is dropped. */
  keepAliveMs: number;
  /** Bytes queued for a client that does not read; beyond this its connection is dropped. */
  maxBufferedBytes: number;
  /** Events waiting for one subscriber (its selection still running); beyond this it is ended. */
  maxQueuedEvents: number;
  /**
   * How often a connection's credentials are checked again: a session that ended (logout,
   * expiry, a disabled account) or a revoked API key closes its connections with 4403.
   */
  recheckMs: number;
}

const subscriptionEnvSchema = z.object({
  SUBSCRIPTIONS_MAX_CONNECTIONS_PER_CALLER: positiveInt(1, 100_000).default(10),
  SUBSCRIPTIONS_MAX_CONNECTIONS_PER_ADDRESS: positiveInt(1, 1_000_000).default(50),
  SUBSCRIPTIONS_MAX_PER_CONNECTION: positiveInt(1, 1000).default(20),
  SUBSCRIPTIONS_MAX_PAYLOAD_BYTES: positiveInt(1024, 10 * 1024 * 1024).default(64 * 1024),
  SUBSCRIPTIONS_INIT_TIMEOUT_MS: positiveInt(100, 60_000).default(5_000),
  SUBSCRIPTIONS_KEEPALIVE_MS: positiveInt(100, 600_000).default(15_000),
  SUBSCRIPTIONS_MAX_BUFFERED_BYTES: positiveInt(1024, 256 * 1024 * 1024).default(1024 * 1024),
  SUBSCRIPTIONS_MAX_QUEUED_EVENTS: positiveInt(1, 100_000).default(100),
  SUBSCRIPTIONS_RECHECK_MS: positiveInt(100, 3_600_000).default(60_000),
});

export const SUBSCRIPTION_CONFIG = Symbol('SUBSCRIPTION_CONFIG');

/** Reads and validates the transport's settings; throws a ConfigError whose message is one line. */
export function loadSubscriptionConfig(
  env: Record<string, string | undefined> = process.env,
): SubscriptionConfig {
  const e = parseEnvironment(subscriptionEnvSchema, env);
  return {
    maxConnectionsPerCaller: e.SUBSCRIPTIONS_MAX_CONNECTIONS_PER_CALLER,
    maxConnectionsPerAddress: e.SUBSCRIPTIONS_MAX_CONNECTIONS_PER_ADDRESS,
    maxSubscriptionsPerConnection: e.SUBSCRIPTIONS_MAX_PER_CONNECTION,
    maxPayloadBytes: e.SUBSCRIPTIONS_MAX_PAYLOAD_BYTES,
    initTimeoutMs: e.SUBSCRIPTIONS_INIT_TIMEOUT_MS,
    keepAliveMs: e.SUBSCRIPTIONS_KEEPALIVE_MS,
    maxBufferedBytes: e.SUBSCRIPTIONS_MAX_BUFFERED_BYTES,
    maxQueuedEvents: e.SUBSCRIPTIONS_MAX_QUEUED_EVENTS,
    recheckMs: e.SUBSCRIPTIONS_RECHECK_MS,
  };
}
