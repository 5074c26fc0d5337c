import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '#identity';

export interface DemoCredential {
  email: string;
  password: string;
  what: string;
}

const MEMBERS: {
  email: string;
  name: string;
  what: string;
  admin?: boolean;
  organization?: string;
  role?: 'EDITOR' | 'VIEWER';
  locale: string;
}[] = [
  {
    email: 'admin@practice-exchange.demo',
    name: 'Platform admin',
    what: 'platform ADMIN',
    admin: true,
    locale: 'en',
  },
  {
    email: 'editor@kaunasin.demo',
    name: 'Kaunas IN editor',
    what: 'EDITOR of Kaunas IN',
    organization: 'org:kaunas-in',
    role: 'EDITOR',
    locale: 'lt',
  },
  {
    email: 'editor@velenje.demo',
    name: 'Velenje editor',
    what: 'EDITOR of Mestna občina Velenje',
    organization: 'org:velenje-municipality',
    role: 'EDITOR',
    locale: 'sl',
  },
  {
    email: 'coordinator@koper.demo',
    name: 'MMS coordinator',
    what: 'EDITOR of Mestna občina Koper, so COORDINATOR of the MMS network',
    organization: 'org:koper-municipality',
    role: 'EDITOR',
    locale: 'sl',
  },
  {
    email: 'viewer@turku.demo',
    name: 'Turku viewer',
    what: 'VIEWER of Turku Tourist & Convention Bureau',
    organization: 'org:turku-tourist-convention-bureau',
    role: 'VIEWER',
    locale: 'fi',
  },
];

/**
 * Demo members, for development only: created once with random passwords, which are returned so
 * the caller can print them that one time. Nothing is fixed in code, so nothing leaks to production.
 * They stay out of demo-data.jsonl on purpose: the import format carries no accounts or credentials.
 */
export async function loadDemoMembers(dataSource: DataSource): Promise<DemoCredential[]> {
  return dataSource.transaction(async (em) => {
    const inserted = (await em.query(
      `INSERT INTO app_meta (key, value) VALUES ('demo_data.members', $1) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [JSON.stringify({ loadedAt: new Date().toISOString() })],
    )) as unknown[];
    if (inserted.length === 0) return [];
    const credentials: DemoCredential[] = [];
    for (const member of MEMBERS) {
      const organizationId = member.organization
        ? (
            (await em.query(`SELECT id FROM organization WHERE external_ref = $1`, [
              member.organization,
            ])) as { id: string }[]
          )[0]?.id
        : undefined;
      if (member.organization && !organizationId) continue; // the demo organization was deleted
      const password = randomBytes(12).toString('base64url');
      const [{ id }] = (await em.query(
        `INSERT INTO app_user (email, display_name, preferred_locale, password_hash, is_admin) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [member.email, member.name, member.locale, await hashPassword(password), member.admin ?? false],
      )) as [{ id: string }];
      if (organizationId) {
        await em.query(`INSERT INTO organization_role (user_id, organization_id, role) VALUES ($1, $2, $3)`, [
          id,
          organizationId,
          member.role,
        ]);
      }
      credentials.push({ email: member.email, password, what: member.what });
    }
    return credentials;
  });
}
