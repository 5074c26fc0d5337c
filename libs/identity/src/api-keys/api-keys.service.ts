import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { AppError, coordinatorOf, type RequestContext } from '#core';
import { Network } from '#directory';
import { ApiKey } from '../entities/credential.entity.js';
import { digest, randomToken, sameDigest } from '../credentials/secrets.js';
import { IdentityPolicy } from '../identity.policy.js';

/** Last-used times are written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Read-only keys for member-city portals, scoped to one network. A key looks like
 * `pxk_<12-char prefix>_<secret>`: the prefix finds the row, the secret is compared by digest in
 * constant time, and only the digest is stored, so the secret is shown once, at creation.
 */
@Injectable()
export class ApiKeysService {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    ctx: RequestContext,
    networkId: string,
    name: string,
  ): Promise<{ key: ApiKey; secret: string }> {
    if (!(await this.dataSource.getRepository(Network).existsBy({ id: networkId }))) {
      throw AppError.invalidField('networkId', 'unknownReference');
    }
    await IdentityPolicy.assertCanManageNetwork(ctx, networkId);
    const prefix = randomBytes(9).toString('base64url');
    const secretPart = randomToken();
    const key = await this.dataSource.getRepository(ApiKey).save(
      this.dataSource.getRepository(ApiKey).create({
        networkId,
        name,
        prefix,
        secretHash: digest(secretPart),
        createdBy: ctx.userId,
      }),
    );
    return { key, secret: `pxk_${prefix}_${secretPart}` };
  }

  async list(ctx: RequestContext, networkId: string): Promise<ApiKey[]> {
    await IdentityPolicy.assertCanManageNetwork(ctx, networkId);
    return this.dataSource.getRepository(ApiKey).find({ where: { networkId }, order: { createdAt: 'DESC' } });
  }

  /** The keys among `ids` the caller may list: those of networks they coordinate (admins: all). */
  async readable(ctx: RequestContext, ids: readonly string[]): Promise<ApiKey[]> {
    if (ids.length === 0) return [];
    const keys = await this.dataSource.getRepository(ApiKey).findBy({ id: In([...ids]) });
    const allowed = await Promise.all(keys.map((k) => coordinatorOf(k.networkId).allows(ctx)));
    return keys.filter((_, i) => allowed[i]);
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const key = await this.dataSource.getRepository(ApiKey).findOneBy({ id });
    if (!key) throw AppError.notFound('ApiKey', id);
    await IdentityPolicy.assertCanManageNetwork(ctx, key.networkId);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.dataSource.getRepository(ApiKey).update({ id }, { revokedAt: key.revokedAt });
    }
    return key;
  }

  /** The active key a presented secret belongs to, or null. Records when it was last used. */
  async verify(presented: string): Promise<ApiKey | null> {
    const match = /^pxk_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{20,100})$/.exec(presented);
    if (!match) return null;
    const [, prefix, secret] = match;
    const key = await this.dataSource
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .addSelect('k.secretHash')
      .where('k.prefix = :prefix AND k.revoked_at IS NULL', { prefix })
      .getOne();
    if (!key || !sameDigest(key.secretHash, digest(secret ?? ''))) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource
        .getRepository(ApiKey)
        .update({ id: key.id, revokedAt: IsNull() }, { lastUsedAt: new Date() });
    }
    return key;
  }
}
