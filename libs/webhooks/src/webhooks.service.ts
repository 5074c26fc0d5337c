import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  AppError,
  assertAllowed,
  coordinatorOf,
  paginate,
  type ConnectionResult,
  type PageArgs,
  type RequestContext,
} from '#core';
import { MAX_WEBHOOK_URL_LENGTH, webhookUrlProblem } from './delivery/target-address.js';
import { newSigningSecret, SecretBox } from './secret-box.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { WEBHOOK_CONFIG } from './webhook-tokens.js';
import type { WebhookConfig } from './webhook-config.js';

export interface WebhookDraft {
  networkId: string;
  url: string;
  events: string[];
  topicIds?: string[];
}

export interface WebhookChanges {
  url?: string;
  events?: string[];
  topicIds?: string[];
  enabled?: boolean;
}

/**
 * A network's webhooks, managed by its coordinators and platform admins. The signing secret is
 * returned by create and rotate only, and stored encrypted (SecretBox).
 */
@Injectable()
export class WebhooksService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
  ) {
    this.secrets = new SecretBox(config.secretKey);
  }

  async create(ctx: RequestContext, draft: WebhookDraft): Promise<{ webhook: Webhook; secret: string }> {
    await this.assertNetwork(draft.networkId);
    await assertAllowed(ctx, coordinatorOf(draft.networkId));
    this.assertUrl(draft.url);
    const topicIds = await this.knownTopics(draft.topicIds ?? []);
    const secret = newSigningSecret();
    const webhook = await this.dataSource.transaction(async (em) => {
      // The network's row is locked so two creations cannot both pass the cap.
      await em.query(`SELECT 1 FROM network WHERE id = $1 FOR UPDATE`, [draft.networkId]);
      await this.assertBelowCap(em, draft.networkId);
      const repo = em.getRepository(Webhook);
      return repo.save(
        repo.create({
          networkId: draft.networkId,
          url: draft.url,
          events: [...new Set(draft.events)],
          topicIds,
          secretBox: this.secrets.seal(secret),
          createdBy: ctx.userId,
        }),
      );
    });
    return { webhook, secret };
  }

  async list(ctx: RequestContext, networkId: string): Promise<Webhook[]> {
    await assertAllowed(ctx, coordinatorOf(networkId));
    return this.dataSource
      .getRepository(Webhook)
      .find({ where: { networkId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The webhooks among `ids` the caller may see: those of networks they coordinate (admins: all). */
  async readable(ctx: RequestContext, ids: readonly string[]): Promise<Webhook[]> {
    if (ids.length === 0) return [];
    const webhooks = await this.dataSource.getRepository(Webhook).findBy({ id: In([...ids]) });
    const allowed = await Promise.all(webhooks.map((w) => coordinatorOf(w.networkId).allows(ctx)));
    return webhooks.filter((_, i) => allowed[i]);
  }

  async update(ctx: RequestContext, id: string, changes: WebhookChanges): Promise<Webhook> {
    const webhook = await this.managed(ctx, id);
    if (changes.url !== undefined) {
      this.assertUrl(changes.url);
      webhook.url = changes.url;
    }
    if (changes.events !== undefined) webhook.events = [...new Set(changes.events)];
    if (changes.topicIds !== undefined) webhook.topicIds = await this.knownTopics(changes.topicIds);
    if (changes.enabled === true) {
      webhook.disabledAt = null;
      webhook.disabledReason = null;
    } else if (changes.enabled === false && !webhook.disabledAt) {
      webhook.disabledAt = new Date();
      webhook.disabledReason = 'Disabled by a coordinator.';
    }
    await this.dataSource.getRepository(Webhook).update(
      { id },
      {
        url: webhook.url,
        events: webhook.events,
        topicIds: webhook.topicIds,
        disabledAt: webhook.disabledAt,
        disabledReason: webhook.disabledReason,
      },
    );
    return webhook;
  }

  async delete(ctx: RequestContext, id: string): Promise<Webhook> {
    const webhook = await this.managed(ctx, id);
    await this.dataSource.getRepository(Webhook).delete({ id });
    return webhook;
  }

  async rotateSecret(ctx: RequestContext, id: string): Promise<{ webhook: Webhook; secret: string }> {
    const webhook = await this.managed(ctx, id);
    const secret = newSigningSecret();
    await this.dataSource.getRepository(Webhook).update({ id }, { secretBox: this.secrets.seal(secret) });
    return { webhook, secret };
  }

  /** The webhook's deliveries, oldest first (ask `last` for the newest). */
  async deliveries(
    ctx: RequestContext,
    webhookId: string,
    page: PageArgs,
  ): Promise<ConnectionResult<WebhookDelivery>> {
    await this.managed(ctx, webhookId);
    return paginate(
      () =>
        this.dataSource
          .getRepository(WebhookDelivery)
          .createQueryBuilder('d')
          .where('d.webhook_id = :webhookId', { webhookId }),
      { alias: 'd', column: 'id', idPattern: /^\d{1,18}$/, sortKey: (d) => d.id, id: (d) => d.id },
      page,
    );
  }

  /** The webhook, when the caller coordinates its network (NOT_FOUND when there is none). */
  private async managed(ctx: RequestContext, id: string): Promise<Webhook> {
    const webhook = await this.dataSource.getRepository(Webhook).findOneBy({ id });
    if (!webhook) throw AppError.notFound('Webhook', id);
    await assertAllowed(ctx, coordinatorOf(webhook.networkId));
    return webhook;
  }

  private async assertNetwork(networkId: string): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT 1 FROM network WHERE id = $1`, [
      networkId,
    ])) as unknown[];
    if (!row) throw AppError.invalidField('networkId', 'unknownReference');
  }

  private assertUrl(url: string): void {
    if (webhookUrlProblem(url, this.config.allowPrivateTargets) !== null) {
      throw AppError.invalidField('url', 'webhookUrl', { max: MAX_WEBHOOK_URL_LENGTH });
    }
  }

  private async assertBelowCap(em: EntityManager, networkId: string): Promise<void> {
    const count = await em.getRepository(Webhook).countBy({ networkId });
    if (count >= this.config.maxPerNetwork) {
      throw AppError.invalidField('networkId', 'webhookLimit', { max: this.config.maxPerNetwork });
    }
  }

  private async knownTopics(topicIds: string[]): Promise<string[]> {
    const unique = [...new Set(topicIds)];
    if (unique.length === 0) return [];
    const rows = (await this.dataSource.query(`SELECT id FROM topic WHERE id = ANY($1::uuid[])`, [
      unique,
    ])) as unknown[];
    if (rows.length !== unique.length) throw AppError.invalidField('topicIds', 'unknownReference');
    return unique;
  }
}
