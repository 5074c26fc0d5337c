import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, type RequestContext } from '#core';
import { toAuthPayload } from '../sessions/session.mapper.js';
import { AuthPayloadType } from '../sessions/session.types.js';
import { toInvitationType } from './invitation.mapper.js';
import {
  AcceptInvitationInput,
  InvitationType,
  InviteMemberInput,
  ResetPasswordInput,
} from './invitation.types.js';
import { InvitationsService } from './invitations.service.js';

/** Invitations into an organization, and password resets by emailed link. */
@Resolver()
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Mutation(() => InvitationType, {
    description:
      "Invites an email into an organization: admins and the organization's editors with any role, coordinators of its networks as VIEWER only.",
  })
  async inviteMember(
    @Context() ctx: RequestContext,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationType> {
    return toInvitationType(
      await this.invitations.invite(ctx, input.email, input.organizationId, input.role),
    );
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, {
    description: 'Accepts an invitation from its emailed link and signs in.',
  })
  async acceptInvitation(
    @Context() ctx: RequestContext,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(
      await this.invitations.accept(
        ctx,
        input.token,
        input.displayName,
        input.password,
        input.preferredLocale ?? 'en',
      ),
    );
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, {
    description:
      'Emails a reset link if the address has an account (voiding older links); always answers true. Limited per email and per address.',
  })
  requestPasswordReset(@Context() ctx: RequestContext, @Args('email') email: string): Promise<boolean> {
    return this.invitations.requestPasswordReset(ctx, email.slice(0, 254));
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Sets a new password from an emailed link; ends every session.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.invitations.resetPassword(input.token, input.newPassword);
  }
}
