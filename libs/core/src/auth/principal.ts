/**
 * Who is calling. Until member accounts exist, the only authenticated caller is the platform
 * operator holding the bootstrap admin token (ADMIN_TOKEN).
 */
export type Principal = { kind: 'anonymous' } | { kind: 'admin'; via: 'admin-token' };

export const ANONYMOUS: Principal = { kind: 'anonymous' };
