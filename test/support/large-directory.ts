import type { TestApp } from './test-app.js';

/** What `growDirectory` added beyond the forms' first page of 100 entries. */
export interface LargeDirectory {
  /** "Zwölfte Örtliche Agentur" (in Lithuanian "Dvyliktoji vietos agentūra"): after 150 others by name. */
  farOrganization: string;
  /** "Šmarje pri Jelšah": after 110 other cities by name. */
  farCity: string;
}

export const FAR_ORGANIZATION = { en: 'Zwölfte Örtliche Agentur', lt: 'Dvyliktoji vietos agentūra' };
export const FAR_CITY = 'Šmarje pri Jelšah';

/** Runs the jobs a few at a time (the test app's pool is small). */
async function inBatches<T>(count: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, k) => job(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

async function created(api: TestApp, mutation: string, input: Record<string, unknown>): Promise<string> {
  const response = await api.gql<Record<string, { id: string }>>(mutation, {
    variables: { input },
    admin: true,
  });
  const id = Object.values(response.data ?? {})[0]?.id;
  if (!id) throw new Error(`not created: ${JSON.stringify(response.errors)}`);
  return id;
}

const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_CITY = `mutation($input: CreateCityInput!) { createCity(input: $input) { id } }`;

/**
 * A directory larger than a form's list: 150 organizations and 110 cities, through GraphQL as an
 * operator, then one organization and one city that sort after all of them.
 */
export async function growDirectory(api: TestApp): Promise<LargeDirectory> {
  const number = (i: number) => String(i + 1).padStart(3, '0');
  await inBatches(150, (i) =>
    created(api, CREATE_ORGANIZATION, {
      kind: 'NGO',
      name: `Picker Org ${number(i)}`,
      defaultLanguage: 'en',
    }),
  );
  await inBatches(110, (i) =>
    created(api, CREATE_CITY, { countryCode: 'SI', name: `Pickerton ${number(i)}`, originalLanguage: 'sl' }),
  );
  const farOrganization = await created(api, CREATE_ORGANIZATION, {
    kind: 'DEVELOPMENT_AGENCY',
    name: FAR_ORGANIZATION.en,
    defaultLanguage: 'en',
    translations: [
      { language: 'en', name: FAR_ORGANIZATION.en },
      { language: 'lt', name: FAR_ORGANIZATION.lt },
    ],
  });
  const farCity = await created(api, CREATE_CITY, {
    countryCode: 'SI',
    name: FAR_CITY,
    originalLanguage: 'sl',
  });
  return { farOrganization, farCity };
}
