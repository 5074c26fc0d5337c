/** Who is calling. Recognized by an Authenticator from the request's headers. */
export type Principal =
  | { kind: 'anonymous' }
  /** The platform operator holding the bootstrap token (ADMIN_TOKEN). */
  | { kind: 'operator' }
  /** A signed-in member; `familyId` identifies the session (refresh-token family). */
  | { kind: 'user'; userId: string; isAdmin: boolean; familyId: string }
  /** A member-city portal's read-only key, scoped to one network. */
  | { kind: 'api-key'; keyId: string; networkId: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type OrganizationRoleName = 'EDITOR' | 'VIEWER';

/** What a caller may reach, beyond public data. Loaded lazily, once per request. */
export interface AccessFacts {
  /** Organizations the caller belongs to, with the role there. */
  organizationRoles: ReadonlyMap<string, OrganizationRoleName>;
  /** Networks the caller coordinates (via a coordinating organization or an explicit grant). */
  coordinatedNetworks: ReadonlySet<string>;
  /** Networks whose member-only content the caller may read (its organizations' networks, or the key's). */
  memberNetworks: ReadonlySet<string>;
}

export const NO_ACCESS: AccessFacts = {
  organizationRoles: new Map(),
  coordinatedNetworks: new Set(),
  memberNetworks: new Set(),
};
