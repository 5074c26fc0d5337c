import type { RequestContext } from '../context/request-context.js';
import type { AccessFacts } from './principal.js';

/**
 * Who may do what, as one vocabulary: each rule about the caller is written once, here, and named
 * for what it says. Services check a rule (assertAllowed) or declare it on a method (@Allow); both
 * run in the service layer, so every way in (GraphQL, scripts, tests) meets the same checks.
 *
 * Platform admins (members with the ADMIN role and the operator, see RequestContext.isAdmin) pass
 * every rule. The other rules are about members: API keys are read-only and pass none.
 */
export interface Policy {
  allows(ctx: RequestContext): Promise<boolean>;
}

/** Ids a rule is about; a function when finding them costs a query only some callers need. */
export type PolicyIds = string | null | readonly string[] | (() => Promise<readonly string[]>);

async function idsOf(ids: PolicyIds): Promise<readonly string[]> {
  if (ids === null) return [];
  if (typeof ids === 'string') return [ids];
  return typeof ids === 'function' ? ids() : ids;
}

/** A rule about a signed-in member's roles (their access facts), which admins pass. */
function memberRule(test: (facts: AccessFacts) => boolean | Promise<boolean>): Policy {
  return {
    async allows(ctx) {
      if (ctx.isAdmin) return true;
      if (ctx.principal.kind !== 'user') return false;
      return test(await ctx.access());
    },
  };
}

/** Platform admins only. */
export const admin: Policy = { allows: async (ctx) => ctx.isAdmin };

/** Coordinators of the network (of any of the networks). */
export const coordinatorOf = (networkIds: PolicyIds): Policy =>
  memberRule(async (facts) => (await idsOf(networkIds)).some((id) => facts.coordinatedNetworks.has(id)));

/** Members of an organization in the network (of any of the networks). */
export const memberOf = (networkIds: PolicyIds): Policy =>
  memberRule(async (facts) => (await idsOf(networkIds)).some((id) => facts.memberNetworks.has(id)));

/** Editors of the organization (none when there is no organization). */
export const editorOf = (organizationId: string | null): Policy =>
  memberRule((facts) => organizationId !== null && facts.organizationRoles.get(organizationId) === 'EDITOR');

/** Members of the organization, whatever their role. */
export const memberOfOrganization = (organizationId: string | null): Policy =>
  memberRule((facts) => organizationId !== null && facts.organizationRoles.has(organizationId));

/** Whoever passes one of the rules, asked in order (a rule's lookups run only when needed). */
export const anyOf = (...policies: Policy[]): Policy => ({
  async allows(ctx) {
    for (const policy of policies) if (await policy.allows(ctx)) return true;
    return false;
  },
});

/** Denies (UNAUTHENTICATED for anonymous callers, FORBIDDEN otherwise) unless the caller passes. */
export async function assertAllowed(ctx: RequestContext, policy: Policy): Promise<void> {
  if (!(await policy.allows(ctx))) ctx.deny();
}

/**
 * Declares who may call a service method, like Vendure's `@Allow`: the rule is checked when the
 * method is called, before its body runs. A rule that depends on the arguments is a function of
 * the arguments after the request context, e.g. `@Allow((input: X) => editorOf(input.organizationId))`.
 * Rules about a stored record (its owner, its network) are checked where the record is loaded.
 */
export function Allow<A extends unknown[] = never[]>(rule: Policy | ((...args: A) => Policy)) {
  // The rule may take the first arguments only: the method may have more (`never` fits any).
  type Method<R> = (ctx: RequestContext, ...args: [...A, ...never[]]) => Promise<R>;
  return <R>(
    _target: object,
    _name: string | symbol,
    descriptor: TypedPropertyDescriptor<Method<R>>,
  ): void => {
    const method = descriptor.value;
    if (!method) throw new Error('@Allow applies to methods');
    descriptor.value = async function (this: unknown, ctx: RequestContext, ...args: [...A, ...never[]]) {
      await assertAllowed(ctx, typeof rule === 'function' ? rule(...(args as unknown[] as A)) : rule);
      return method.apply(this, [ctx, ...args]);
    };
  };
}
