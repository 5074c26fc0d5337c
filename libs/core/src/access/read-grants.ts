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
  return condition(grants, holder, (ids) => {
    params.push(ids);
    return `$${params.length}`;
  });
}

/**
 * The same condition for a TypeORM query builder: values become named parameters (`:<prefix>1`, …),
 * so two record kinds' conditions can share one query under two prefixes.
 */
export function readableWhere(
  grants: ReadGrants,
  holder: GrantHolder,
  prefix: string,
): [string, Record<string, unknown>] {
  const parameters: Record<string, unknown> = {};
  const sql = condition(grants, holder, (ids) => {
    const name = `${prefix}${Object.keys(parameters).length + 1}`;
    parameters[name] = ids;
    return `:${name}`;
  });
  return [sql, parameters];
}

function condition(grants: ReadGrants, holder: GrantHolder, bind: (ids: string[]) => string): string {
  if (holder.kind === 'everything') return 'TRUE';
  const arms = [`(${grants.public})`];
  const add = (sql: string, ids: string[]) => {
    if (ids.length > 0) arms.push(`(${sql}) && ${bind(ids)}::uuid[]`);
  };
  add(grants.memberNetworkIds, holder.memberNetworkIds);
  add(grants.coordinatorNetworkIds, holder.coordinatorNetworkIds);
  add(grants.organizationIds, holder.organizationIds);
  return `(${arms.join(' OR ')})`;
}

/** Ids a record grants to; a function when reading them costs a query only some holders need. */
export type GrantedIds = readonly string[] | (() => Promise<readonly string[]>);

/**
 * One record's grants, evaluated in code: the single-record twin of ReadGrants, for a record
 * already loaded. A module writes it beside its ReadGrants and tests that the two agree.
 */
export interface RecordGrants {
  public: boolean;
  memberNetworkIds: GrantedIds;
  coordinatorNetworkIds: GrantedIds;
  organizationIds: GrantedIds;
}

/** readableCondition for one loaded record: the same arms, and ids read only for arms the holder has. */
export async function holderMayRead(grants: RecordGrants, holder: GrantHolder): Promise<boolean> {
  if (holder.kind === 'everything' || grants.public) return true;
  const arms: [GrantedIds, string[]][] = [
    [grants.organizationIds, holder.organizationIds],
    [grants.memberNetworkIds, holder.memberNetworkIds],
    [grants.coordinatorNetworkIds, holder.coordinatorNetworkIds],
  ];
  for (const [granted, held] of arms) {
    if (held.length === 0) continue;
    const ids = typeof granted === 'function' ? await granted() : granted;
    if (ids.some((id) => held.includes(id))) return true;
  }
  return false;
}
