import type { IncomingHttpHeaders } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AdminTokenAuthenticator,
  AppError,
  ErrorCode,
  NO_ACCESS,
  anonymousAuthentication,
  type AccessFacts,
  type AppConfig,
  type Authentication,
  type Authenticator,
  type OrganizationRoleName,
} from '#core';
import { ApiKeysService } from '../api-keys/api-keys.service.js';
import { AccessTokens } from '../sessions/access-tokens.js';

const unauthenticated = () =>
  new GraphQLError('Session ended.', {
    originalError: AppError.unauthenticated('errors.SESSION_ENDED'),
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map() } },
  });

/**
 * Recognizes, in order: the operator token, a member's access token (JWT) and a portal's API key
 * (`Authorization: Bearer pxk_…` or `X-Api-Key`). A credential that is present but not valid is
 * refused with UNAUTHENTICATED rather than treated as anonymous, so clients know to refresh.
 */
@Injectable()
export class IdentityAuthenticator implements Authenticator {
  private readonly operator: AdminTokenAuthenticator;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly apiKeys: ApiKeysService,
  ) {
    this.operator = new AdminTokenAuthenticator(config.adminToken);
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Authentication> {
    const operator = this.operator.recognize(headers);
    if (operator) return { principal: operator, access: async () => NO_ACCESS };
    const bearer =
      typeof headers.authorization === 'string' && headers.authorization.startsWith('Bearer ')
        ? headers.authorization.slice(7).trim()
        : null;
    const apiKey =
      typeof headers['x-api-key'] === 'string'
        ? headers['x-api-key'].trim()
        : bearer?.startsWith('pxk_')
          ? bearer
          : null;
    if (apiKey) return this.fromApiKey(apiKey);
    if (bearer) return this.fromAccessToken(bearer);
    return anonymousAuthentication();
  }

  private async fromAccessToken(token: string): Promise<Authentication> {
    const claims = await this.accessTokens.verify(token);
    if (!claims) throw unauthenticated();
    // One cheap check per signed-in request: the account is active and the session not revoked,
    // so logout and a replayed refresh token take effect at once, not when the token expires.
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM app_user WHERE id = $1 AND disabled_at IS NULL)
          AND EXISTS (SELECT 1 FROM refresh_token WHERE family_id = $2 AND revoked_at IS NULL AND expires_at > now()) AS live`,
      [claims.userId, claims.familyId],
    )) as [{ live: boolean }];
    if (!row.live) throw unauthenticated();
    return {
      principal: { kind: 'user', userId: claims.userId, isAdmin: claims.isAdmin, familyId: claims.familyId },
      preferredLocale: claims.locale,
      access: () => this.memberAccess(claims.userId),
    };
  }

  private async fromApiKey(secret: string): Promise<Authentication> {
    const key = await this.apiKeys.verify(secret);
    if (!key) throw unauthenticated();
    const facts: AccessFacts = {
      organizationRoles: new Map(),
      coordinatedNetworks: new Set(),
      memberNetworks: new Set([key.networkId]),
    };
    return {
      principal: { kind: 'api-key', keyId: key.id, networkId: key.networkId },
      access: async () => facts,
    };
  }

  /** A member's organizations with roles, the networks they coordinate and the networks they belong to. */
  private async memberAccess(userId: string): Promise<AccessFacts> {
    const rows = (await this.dataSource.query(
      `SELECT 'org' AS kind, organization_id AS id, role FROM organization_role WHERE user_id = $1
       UNION ALL
       SELECT 'member', m.network_id, m.role || ':' || r.role FROM network_membership m
         JOIN organization_role r ON r.organization_id = m.organization_id AND r.user_id = $1
       UNION ALL
       SELECT 'grant', network_id, role FROM network_grant WHERE user_id = $1`,
      [userId],
    )) as { kind: 'org' | 'member' | 'grant'; id: string; role: string }[];
    const organizationRoles = new Map<string, OrganizationRoleName>();
    const coordinatedNetworks = new Set<string>();
    const memberNetworks = new Set<string>();
    for (const row of rows) {
      if (row.kind === 'org') organizationRoles.set(row.id, row.role as OrganizationRoleName);
      else if (row.kind === 'grant') {
        coordinatedNetworks.add(row.id);
        memberNetworks.add(row.id);
      } else {
        memberNetworks.add(row.id);
        // Editors of the coordinating organization coordinate the network; its viewers do not.
        if (row.role === 'COORDINATOR:EDITOR') coordinatedNetworks.add(row.id);
      }
    }
    return { organizationRoles, coordinatedNetworks, memberNetworks };
  }
}
