import type { ChangeEvent } from '#outbox';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { ChangeEventFeed } from './change-event-feed.js';

export interface ChangeEventStreamOptions<T> {
  feed: ChangeEventFeed;
  /** Cheap filtering on what the event itself says (type, networks, topics): no database. */
  matches: (event: ChangeEvent) => boolean;
  /** The record as the subscriber may see it, or null when it may not (then nothing is sent). */
  read: (event: ChangeEvent) => Promise<T | null>;
  /** Events waiting while the subscriber's previous one is still being sent; beyond: ended. */
  maxQueued: number;
}

/**
 * One subscriber's events as an async iterator (what a GraphQL subscription resolver returns):
 * events are queued as the feed hands them over, read one at a time as the subscriber's caller,
 * and events it may not see are skipped. `return()` (the client completed, the socket closed)
 * stops listening at once.
 */
export function changeEventStream<T>(options: ChangeEventStreamOptions<T>): AsyncIterableIterator<T> {
  const queue: ChangeEvent[] = [];
  let waiting: (() => void) | null = null;
  let overflowed = false;
  let done = false;
  const stop = options.feed.listen((event) => {
    if (done || !options.matches(event)) return;
    if (queue.length >= options.maxQueued) overflowed = true;
    else queue.push(event);
    waiting?.();
  });
  const finish = (): IteratorReturnResult<undefined> => {
    done = true;
    stop();
    queue.length = 0;
    waiting?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (!done) {
        if (overflowed) {
          finish();
          throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, { message: 'errors.SUBSCRIBER_TOO_SLOW' });
        }
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => (waiting = resolve));
          waiting = null;
          continue;
        }
        const value = await options.read(event);
        if (value !== null && !done) return { done: false, value };
      }
      return { done: true, value: undefined };
    },
    async return(): Promise<IteratorResult<T>> {
      return finish();
    },
    async throw(error: unknown): Promise<IteratorResult<T>> {
      finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** A caller's identity for sharing work between its subscriptions (the same reads, one cap). */
export function callerKey(principal: Principal, address: string): string {
  switch (principal.kind) {
    case 'anonymous':
      return `anonymous:${address}`;
    case 'operator':
      return 'operator';
    case 'user':
      return `user:${principal.userId}`;
    case 'api-key':
      return `api-key:${principal.keyId}`;
  }
}

const SHARED_READS = new WeakMap<ChangeEvent, Map<string, Promise<unknown>>>();

/**
 * One read of an event's record per caller and language, however many of that caller's
 * subscriptions receive it (a portal's key with many connections, anonymous pages). Entries go
 * with the event object, which the feed drops once delivered.
 */
export function readOncePerCaller<T>(event: ChangeEvent, key: string, read: () => Promise<T>): Promise<T> {
  let reads = SHARED_READS.get(event);
  if (!reads) SHARED_READS.set(event, (reads = new Map()));
  let found = reads.get(key) as Promise<T> | undefined;
  if (!found) {
    found = read();
    reads.set(key, found);
  }
  return found;
}
