import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import { ANONYMOUS, NO_ACCESS, type AccessFacts, type Principal } from '../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { DEFAULT_LANGUAGE, isMessageLocale, type MessageLocale } from '../i18n/languages.js';

/** Identifies one kind of per-request DataLoader; create one key per loader, at module level. */
export class LoaderKey<K, V> {
  // The phantom fields tie K and V to the key so `ctx.loader(key, ...)` is fully typed.
  declare readonly _key: K;
  declare readonly _value: V;
  constructor(readonly name: string) {}
}

export interface RequestContextInit {
  requestId?: string;
  acceptLanguages?: string[];
  ip?: string;
  principal?: Principal;
  preferredLocale?: string;
  access?: () => Promise<AccessFacts>;
}

/**
 * Who is asking, in which language, for one GraphQL request. Every service method takes it first.
 * It also holds the request's DataLoaders, so batching and caching never cross requests.
 */
export class RequestContext {
  readonly requestId: string;
  readonly acceptLanguages: readonly string[];
  readonly ip: string | undefined;
  readonly principal: Principal;
  private readonly preferredLocale: string | undefined;
  private readonly loadAccess: () => Promise<AccessFacts>;
  private accessFacts: Promise<AccessFacts> | undefined;
  /** Language explicitly asked for with a `locale` argument, if any. */
  private explicitLocale: string | null = null;
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, DataLoader<unknown, unknown>>();
  /** Added to the response's `extensions` (e.g. which search engine answered). */
  readonly responseExtensions: Record<string, unknown> = {};

  constructor(init: RequestContextInit = {}) {
    this.requestId = init.requestId ?? randomUUID();
    this.acceptLanguages = init.acceptLanguages ?? [];
    this.ip = init.ip;
    this.principal = init.principal ?? ANONYMOUS;
    this.preferredLocale = init.preferredLocale;
    this.loadAccess = init.access ?? (async () => NO_ACCESS);
  }

  /** A context for work outside HTTP requests (start-up, seeding, scripts). */
  static system(): RequestContext {
    return new RequestContext({ requestId: 'system', principal: { kind: 'operator' } });
  }

  /** The operator, or a member with the platform ADMIN role. */
  get isAdmin(): boolean {
    return this.principal.kind === 'operator' || (this.principal.kind === 'user' && this.principal.isAdmin);
  }

  get userId(): string | null {
    return this.principal.kind === 'user' ? this.principal.userId : null;
  }

  /** The caller's roles, loaded on first use and kept for the request. */
  access(): Promise<AccessFacts> {
    this.accessFacts ??= this.loadAccess();
    return this.accessFacts;
  }

  /** UNAUTHENTICATED for anonymous callers, FORBIDDEN for signed-in callers without the right. */
  deny(): never {
    throw new AppError(this.principal.kind === 'anonymous' ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN);
  }

  useLocale(locale: string | null | undefined): void {
    if (locale) this.explicitLocale = locale;
  }

  /** Content language asked for: the `locale` argument, else Accept-Language; null means "original". */
  get contentLocale(): string | null {
    return this.explicitLocale ?? this.acceptLanguages[0] ?? null;
  }

  /** Language of API messages: the locale argument, then Accept-Language, then the member's preference, then English. */
  get messageLocale(): MessageLocale {
    const candidates = [this.explicitLocale, ...this.acceptLanguages, this.preferredLocale];
    const found = candidates.find((c): c is MessageLocale => typeof c === 'string' && isMessageLocale(c));
    return found ?? (DEFAULT_LANGUAGE as MessageLocale);
  }

  loader<K, V>(key: LoaderKey<K, V>, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key as LoaderKey<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key as LoaderKey<unknown, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Drops cached rows after a write, so later fields in the same request read fresh data. */
  clearLoaders(): void {
    this.loaders.clear();
  }
}
