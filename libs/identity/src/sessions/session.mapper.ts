import type { Session } from './sessions.service.js';
import type { AuthPayloadType } from './session.types.js';

export function toAuthPayload(s: Session): AuthPayloadType {
  return {
    accessToken: s.accessToken,
    accessTokenExpiresAt: s.accessTokenExpiresAt,
    refreshToken: s.refreshToken,
    refreshTokenExpiresAt: s.refreshTokenExpiresAt,
    userId: s.user.id,
  };
}
