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
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid, unexpired token, or null. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
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
