import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';

const ALLOW_ANONYMOUS = 'px:allow-anonymous';

/** Marks a mutation anyone may call without signing in (login, password reset, invitations). */
export const AllowAnonymous = (): MethodDecorator => SetMetadata(ALLOW_ANONYMOUS, true);

/**
 * Every other mutation needs a caller: anonymous ones are refused with UNAUTHENTICATED here, in a
 * guard, because guards run before pipes. Otherwise input validation ran first and an anonymous
 * caller learned about field rules (BAD_USER_INPUT) of mutations it may never call. The services'
 * own permission checks stay where they are; this only answers the anonymous case first.
 */
@Injectable()
export class SignedInMutationsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return true;
    if (gql.getContext<RequestContext>().principal.kind !== 'anonymous') return true;
    if (this.reflector.get<boolean | undefined>(ALLOW_ANONYMOUS, context.getHandler())) return true;
    throw AppError.unauthenticated();
  }
}
