import { Global, Module } from '@nestjs/common';
import { AUTHENTICATOR } from '#core';
import { DirectoryModule } from '#directory';
import { IdentityAuthenticator } from './access/identity-authenticator.js';
import { ApiKeyResolver, ApiKeysResolver } from './api-keys/api-keys.resolver.js';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import { IdentityNodes } from './identity.nodes.js';
import { InvitationsResolver } from './invitations/invitations.resolver.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { LogMailer, MAILER } from './mail/mailer.js';
import { mailerProvider } from './mail/smtp-mailer.js';
import { MembersResolver } from './members/members.resolver.js';
import { MembersService } from './members/members.service.js';
import { AccessTokens } from './sessions/access-tokens.js';
import { SessionsResolver } from './sessions/sessions.resolver.js';
import { SessionsService } from './sessions/sessions.service.js';
import { SignInThrottle } from './throttling/sign-in-throttle.js';

/** Members, sessions, invitations, API keys; provides the Authenticator the GraphQL layer uses. */
@Global()
@Module({
  imports: [DirectoryModule],
  providers: [
    AccessTokens,
    SessionsService,
    SignInThrottle,
    InvitationsService,
    ApiKeysService,
    MembersService,
    IdentityNodes,
    SessionsResolver,
    MembersResolver,
    InvitationsResolver,
    ApiKeysResolver,
    ApiKeyResolver,
    LogMailer,
    mailerProvider,
    { provide: AUTHENTICATOR, useClass: IdentityAuthenticator },
  ],
  exports: [AUTHENTICATOR, MAILER, LogMailer, SessionsService, InvitationsService, MembersService],
})
export class IdentityModule {}
