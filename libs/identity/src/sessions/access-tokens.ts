import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG, type AppConfig } from '#core';

export interface AccessClaims {
  userId: string;
  isAdmin: boolean;
  familyId: string;
  locale: string;
}

const ISSUER = 'practice-exchange';
/** Who the token is for: this API's GraphQL endpoint (not another service sharing the key). */
const AUDIENCE = 'practice-exchange-api';

/** Short-lived access tokens (JWT, HS256) carrying who the member is and which session it belongs to. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async sign(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({ adm: claims.isAdmin, fam: claims.familyId, loc: claims.locale })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * The claims of a valid, unexpired token, or null. A token must carry every claim this class
   * signs (one without `exp` would never expire) and be no older than the access-token lifetime,
   * whatever expiry it claims.
   */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub', 'iss', 'aud'],
        maxTokenAge: this.config.accessTokenTtlSeconds,
      });
      if (typeof payload.sub !== 'string' || typeof payload['fam'] !== 'string') return null;
      return {
        userId: payload.sub,
        isAdmin: payload['adm'] === true,
        familyId: payload['fam'],
        locale: typeof payload['loc'] === 'string' ? payload['loc'] : 'en',
      };
    } catch {
      return null;
    }
  }
}
