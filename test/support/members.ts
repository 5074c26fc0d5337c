import { DataSource } from 'typeorm';
import { hashPassword } from '#identity';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery staple';

export interface MemberSpec {
  email: string;
  isAdmin?: boolean;
  organizations?: { id: string; role: 'EDITOR' | 'VIEWER' }[];
  coordinatorOf?: string[];
  preferredLocale?: string;
}

/** Creates a member directly in the database (invitations are tested on their own). */
export async function createMember(api: TestApp, spec: MemberSpec): Promise<string> {
  const db = api.app.get(DataSource);
  const [{ id }] = (await db.query(
    `INSERT INTO app_user (email, display_name, preferred_locale, password_hash, is_admin) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      spec.email,
      spec.email.split('@')[0],
      spec.preferredLocale ?? 'en',
      await hashPassword(PASSWORD),
      spec.isAdmin ?? false,
    ],
  )) as [{ id: string }];
  for (const o of spec.organizations ?? []) {
    await db.query(`INSERT INTO organization_role (user_id, organization_id, role) VALUES ($1, $2, $3)`, [
      id,
      o.id,
      o.role,
    ]);
  }
  for (const n of spec.coordinatorOf ?? []) {
    await db.query(`INSERT INTO network_grant (user_id, network_id, role) VALUES ($1, $2, 'COORDINATOR')`, [
      id,
      n,
    ]);
  }
  return id;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export async function signIn(api: TestApp, email: string, password = PASSWORD): Promise<Tokens> {
  const res = await api.gql<{ login: Tokens }>(
    `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken } }`,
    { variables: { e: email, p: password } },
  );
  if (!res.data?.login) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Ids of demo records by external ref. */
export async function refId(
  api: TestApp,
  table: 'organization' | 'network' | 'city' | 'practice' | 'study_visit' | 'meeting',
  ref: string,
): Promise<string> {
  const rows = (await api.app
    .get(DataSource)
    .query(`SELECT id FROM ${table} WHERE external_ref = $1`, [ref])) as { id: string }[];
  if (!rows[0]) throw new Error(`no ${table} ${ref}`);
  return rows[0].id;
}
