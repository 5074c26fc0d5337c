/**
 * A record's read rule as data: SQL expressions over its row that say who may read it. A module
 * writes the rule once; its list reads (readableCondition) and the search index (which stores the
 * evaluated grants with every document) both apply it.
 */
export interface ReadGrants {
  /** Anyone, signed in or not (boolean). */
  public: string;
  /** Members (and API keys) of these networks (uuid[]). */
  memberNetworkIds: string;
  /** Coordinators of these networks (uuid[]). */
  coordinatorNetworkIds: string;
  /** Members of these organizations, whatever their role (uuid[]). */
  organizationIds: string;
}

/** What a caller's memberships grant; `everything` for platform admins. */
export type GrantHolder =
  | { kind: 'everything' }
  | {
      kind: 'scoped';
      memberNetworkIds: string[];
      coordinatorNetworkIds: string[];
      organizationIds: string[];
    };

/**
 * The SQL condition "the holder may read this row" for grants on the row's alias; values are
 * appended to `params` and referenced by position.
 */
export function readableCondition(grants: ReadGrants, holder: GrantHolder, params: unknown[]): string {
  if (holder.kind === 'everything') return 'TRUE';
  const arms = [`(${grants.public})`];
  const add = (sql: string, ids: string[]) => {
    if (ids.length === 0) return;
    params.push(ids);
    arms.push(`(${sql}) && $${params.length}::uuid[]`);
  };
  add(grants.memberNetworkIds, holder.memberNetworkIds);
  add(grants.coordinatorNetworkIds, holder.coordinatorNetworkIds);
  add(grants.organizationIds, holder.organizationIds);
  return `(${arms.join(' OR ')})`;
}
