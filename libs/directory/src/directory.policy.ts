import { anyOf, memberOf, memberOfOrganization, type RequestContext } from '#core';

/**
 * Who changes what in the directory is declared on the services' methods (@Allow, from the
 * policies in #core); who sees personal contact details is here.
 * - reference data (countries, cities, programmes) and creating or deleting organizations and
 *   networks: platform admins;
 * - an organization and its people: admins and the organization's editors;
 * - a network and its membership: admins and the network's coordinators.
 */
export const DirectoryPolicy = {
  /**
   * Email and phone: admins; members of the person's own organization; members of organizations
   * sharing a network with it. Never API keys or anonymous callers.
   */
  async canSeeContactDetails(
    ctx: RequestContext,
    organizationId: string | null,
    networksOf: (organizationId: string) => Promise<string[]>,
  ): Promise<boolean> {
    if (organizationId === null) return ctx.isAdmin;
    const sharesNetwork = memberOf(() => networksOf(organizationId));
    return anyOf(memberOfOrganization(organizationId), sharesNetwork).allows(ctx);
  },
};
