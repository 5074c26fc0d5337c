import { Inject } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription, createUnionType } from '@nestjs/graphql';
import {
  AppError,
  ChangeEventFeed,
  LOCALE_ARG,
  NodeRegistry,
  RequestContext,
  SUBSCRIPTION_CONFIG,
  assertId,
  callerKey,
  changeEventStream,
  readOncePerCaller,
  type SubscriptionConfig,
} from '#core';
import { MeetingType, StudyVisitType } from '#exchanges';
import type { ChangeEvent } from '#outbox';
import { PracticeType } from '#practices';

/** Topics one practicePublished subscription may filter on. */
const MAX_TOPIC_FILTER = 100;

const EXCHANGE_TYPE = Symbol('exchangeType');
type ExchangeTypename = 'Meeting' | 'StudyVisit';
type ExchangeValue = (MeetingType | StudyVisitType) & { [EXCHANGE_TYPE]: ExchangeTypename };

export const Exchange = createUnionType({
  name: 'Exchange',
  description: 'A meeting or a study visit of a network.',
  types: () => [MeetingType, StudyVisitType] as const,
  resolveType: (value: ExchangeValue) => (value[EXCHANGE_TYPE] === 'Meeting' ? MeetingType : StudyVisitType),
});

const EXCHANGE_EVENTS: ReadonlyMap<string, ExchangeTypename> = new Map([
  ['meeting.created', 'Meeting'],
  ['studyVisit.created', 'StudyVisit'],
]);

/**
 * Change events as GraphQL subscriptions. Each event is read once per process (ChangeEventFeed),
 * filtered on what it says (type, networks, topics), then re-read as the subscriber through the
 * record type's node reader — the same service call and read rule as `practice(id)` or `node` —
 * so a subscriber who may not see the record receives nothing. Reads are shared by subscribers
 * who are the same caller asking for the same language.
 */
@Resolver()
export class ChangeSubscriptionsResolver {
  constructor(
    private readonly feed: ChangeEventFeed,
    private readonly nodes: NodeRegistry,
    @Inject(SUBSCRIPTION_CONFIG) private readonly config: SubscriptionConfig,
  ) {}

  @Subscription(() => PracticeType, {
    description:
      'Practices as they are published, that you may read: of one network (owned by or shared with it) and with any of the topics, when given.',
    resolve: (value: PracticeType) => value,
  })
  practicePublished(
    @Context() ctx: RequestContext,
    @Args('networkId', { type: () => ID, nullable: true }) networkId?: string | null,
    @Args('topicIds', { type: () => [ID], nullable: true }) topicIds?: string[] | null,
    @Args(LOCALE_ARG) locale?: string,
  ): AsyncIterableIterator<PracticeType> {
    const network = networkId ? assertId(networkId, 'networkId') : null;
    if (topicIds && topicIds.length > MAX_TOPIC_FILTER) {
      throw AppError.invalidField('topicIds', 'maxItems', { max: MAX_TOPIC_FILTER });
    }
    const topics = topicIds?.length ? new Set(topicIds.map((id) => assertId(id, 'topicIds'))) : null;
    return changeEventStream({
      feed: this.feed,
      maxQueued: this.config.maxQueuedEvents,
      matches: (event) =>
        event.type === 'practice.published' &&
        (!network || event.networkIds.includes(network)) &&
        (!topics || event.topicIds.some((id) => topics.has(id))),
      read: (event) => this.readAs<PracticeType>(ctx, locale, 'Practice', event),
    });
  }

  @Subscription(() => Exchange, {
    description: 'Meetings and study visits of a network as they are logged, that you may read.',
    resolve: (value: ExchangeValue) => value,
  })
  exchangeLogged(
    @Context() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args(LOCALE_ARG) locale?: string,
  ): AsyncIterableIterator<ExchangeValue> {
    const network = assertId(networkId, 'networkId');
    return changeEventStream({
      feed: this.feed,
      maxQueued: this.config.maxQueuedEvents,
      matches: (event) => EXCHANGE_EVENTS.has(event.type) && event.networkIds.includes(network),
      read: async (event) => {
        const typename = EXCHANGE_EVENTS.get(event.type)!;
        const value = await this.readAs<MeetingType | StudyVisitType>(ctx, locale, typename, event);
        return value && { ...value, [EXCHANGE_TYPE]: typename };
      },
    });
  }

  /** The event's record as the subscriber sees it in its language, or null when it may not. */
  private readAs<T>(
    ctx: RequestContext,
    locale: string | undefined,
    typename: string,
    event: ChangeEvent,
  ): Promise<T | null> {
    const view = locale ? ctx.withLocale(locale) : ctx;
    const key = `${typename}|${callerKey(ctx.principal, '')}|${view.contentLocale ?? ''}`;
    // Rows this subscription's loaders cached for an earlier event would be stale now (events of
    // one subscription are handled one after another, so nothing still uses them).
    ctx.clearLoaders();
    return readOncePerCaller(event, key, async () => {
      const reader = this.nodes.get(typename);
      const found = await reader?.load(view, [event.recordId]);
      return (found?.get(event.recordId) as T | undefined) ?? null;
    });
  }
}
