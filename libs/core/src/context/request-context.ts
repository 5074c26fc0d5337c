import type { GrantHolder } from '../access/read-grants.js';
import { randomUUID } from 'node:crypto';
import type DataLoader from 'dataloader';
import { ANONYMOUS, NO_ACCESS, type AccessFacts, type Principal } from '../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import type { RequestTelemetry } from '../http/request-telemetry.js';
import { DEFAULT_LANGUAGE, isMessageLocale, type MessageLocale } from '../i18n/languages.js';
import { RequestDeadline } from './request-deadline.js';

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
  /** The request's time budget; none outside HTTP requests. */
  deadline?: RequestDeadline;
  /** Shared with the HTTP request's log line and metrics (see http/request-telemetry.ts). */
  telemetry?: RequestTelemetry;
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
  readonly deadline: RequestDeadline;
  /**
   * What the request's log line and metrics learn from GraphQL (operation name, error codes). An
   * object of the request's, not the context itself: Apollo hands plugins a shallow copy.
   */
  readonly telemetry: RequestTelemetry;
  private readonly preferredLocale: string | undefined;
  private readonly loadAccess: () => Promise<AccessFacts>;
  private accessFacts: Promise<AccessFacts> | undefined;
  /** Language explicitly asked for with a `locale` argument, if any. */
  private explicitLocale: string | null = null;
  /**
   * The `locale` of the operation's first top-level field that has one: for messages of errors no
   * field owns (validation, limits), never for content (see withLocale).
   */
  private requestLocale: string | null = null;
  /** The context views share one request: its access facts are loaded once, here. */
  private readonly root: RequestContext = this;
  /** Response paths ("a.edges.0") of fields with their own `locale` argument, and that locale. */
  private readonly fieldLocales = new Map<string, string>();
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
    this.deadline = init.deadline ?? RequestDeadline.none();
    this.telemetry = init.telemetry ?? {};
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
    this.root.accessFacts ??= this.root.loadAccess();
    return this.root.accessFacts;
  }

  /** What the caller's memberships grant, for read rules written as grants (ReadGrants). */
  async grantHolder(): Promise<GrantHolder> {
    if (this.isAdmin) return { kind: 'everything' };
    if (this.principal.kind === 'anonymous') {
      return { kind: 'scoped', memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] };
    }
    const access = await this.access();
    return {
      kind: 'scoped',
      memberNetworkIds: [...access.memberNetworks],
      coordinatorNetworkIds: [...access.coordinatedNetworks],
      organizationIds: [...access.organizationRoles.keys()],
    };
  }

  /** UNAUTHENTICATED for anonymous callers, FORBIDDEN for signed-in callers without the right. */
  deny(): never {
    throw this.principal.kind === 'anonymous' ? AppError.unauthenticated() : AppError.forbidden();
  }

  useLocale(locale: string | null | undefined): void {
    if (locale) this.explicitLocale = locale;
  }

  /** The language of messages no field owns (see requestLocale). */
  useMessageLocale(locale: string | null | undefined): void {
    if (locale) this.requestLocale = locale;
  }

  /**
   * The request as one field with its own `locale` argument (and every field nested in it) sees
   * it: content and messages in that language. Two aliases of one field may ask for two languages,
   * so the language cannot be the request's; loaders, access facts and response extensions are.
   */
  withLocale(locale: string, path?: string): RequestContext {
    if (path !== undefined) this.fieldLocales.set(path, locale);
    if (locale === this.explicitLocale) return this;
    const view = Object.create(this) as RequestContext;
    view.explicitLocale = locale;
    return view;
  }

  /** Whether any field of this request asked for its own language (else no field needs a view). */
  get hasFieldLocales(): boolean {
    return this.fieldLocales.size > 0;
  }

  /**
   * The language of an error's message: that of the innermost field with a `locale` around it;
   * for an error of no field (validation, limits), the operation's first `locale` argument.
   */
  messageLocaleAt(path: readonly (string | number)[] | undefined): MessageLocale {
    if (!path)
      return this.requestLocale ? this.withLocale(this.requestLocale).messageLocale : this.messageLocale;
    for (let length = path.length; length > 0; length--) {
      const locale = this.fieldLocales.get(path.slice(0, length).join('.'));
      if (locale) return this.withLocale(locale).messageLocale;
    }
    return this.messageLocale;
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
