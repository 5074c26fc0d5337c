import { ApiKey, OneTimeToken, RefreshToken } from './entities/credential.entity.js';
import { NetworkGrant, OrganizationRole, User } from './entities/user.entity.js';
import { Identity1763780400000 } from './migrations/1763780400000-identity.js';
import { IdentityHardening1764800400000 } from './migrations/1764800400000-identity-hardening.js';

export * from './credentials/secrets.js';
export * from './entities/credential.entity.js';
export * from './entities/user.entity.js';
export * from './identity.module.js';
export * from './invitations/invitations.service.js';
export * from './mail/mailer.js';
export * from './mail/smtp-mailer.js';
export * from './members/members.service.js';
export { AcceptInvitationInput, ResetPasswordInput } from './invitations/invitation.types.js';
export { LoginInput } from './sessions/session.types.js';
export * from './sessions/sessions.service.js';
export * from './throttling/sign-in-throttle.js';

export const identityEntities = [User, OrganizationRole, NetworkGrant, RefreshToken, OneTimeToken, ApiKey];
export const identityMigrations = [Identity1763780400000, IdentityHardening1764800400000];
