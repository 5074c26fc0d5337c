import type { InvitationType } from './invitation.types.js';

/** What the inviter sees of an invitation (never its token). */
export function toInvitationType(invitation: InvitationType): InvitationType {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
  };
}
