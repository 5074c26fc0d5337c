import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('changing the directory', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const cityId = async (name: string): Promise<string> => {
    const res = await api.gql<{ cities: { edges: { node: { id: string } }[] } }>(
      `query($n: String) { cities(filter: { nameContains: $n }) { edges { node { id } } } }`,
      {
        variables: { n: name },
      },
    );
    return res.data!.cities.edges[0]!.node.id;
  };

  it('refuses anonymous changes with UNAUTHENTICATED, localized, and changes nothing', async () => {
    const res = await api.gql(
      `mutation { createTopic(input: { key: "place-making", translations: [{ language: "en", label: "Place making" }] }) { id } }`,
      {
        headers: { 'accept-language': 'sl' },
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).not.toBe('You need to sign in to do this.');
    const bogus = await api.gql(`mutation { deleteCountry(code: "LT") }`, {
      headers: { authorization: 'Bearer not-the-token-at-all-0123456789abcdef' },
    });
    expect(bogus.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const topics = await api.gql<{ topics: { totalCount: number } }>(
      `{ topics(filter: { labelContains: "Place making" }) { totalCount } }`,
    );
    expect(topics.data!.topics.totalCount).toBe(0);
  });

  it('creates, updates and deletes an organization with translations and topics', async () => {
    const kaunas = await cityId('Kaunas');
    const topics = await api.gql<{ topics: { edges: { node: { id: string; key: string } }[] } }>(
      `{ topics(first: 3) { edges { node { id key } } } }`,
    );
    const [t1, t2] = topics.data!.topics.edges.map((e) => e.node);
    const created = await api.gql<{
      createOrganization: {
        id: string;
        name: string;
        language: string;
        topics: { key: string }[];
        city: { localName: string };
      };
    }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name language topics { key } city { localName } } }`,
      {
        admin: true,
        variables: {
          input: {
            kind: 'NGO',
            name: 'Kauno senamiesčio bendruomenė',
            cityId: kaunas,
            defaultLanguage: 'lt',
            website: 'https://example.lt',
            topicIds: [t1!.id, t2!.id],
            translations: [
              { language: 'lt', description: 'Senamiesčio gyventojų ir verslininkų bendruomenė.' },
              {
                language: 'en',
                name: 'Kaunas Old Town Community',
                description: 'Residents and businesses of the old town.',
              },
            ],
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const org = created.data!.createOrganization;
    expect(org).toMatchObject({
      name: 'Kauno senamiesčio bendruomenė',
      language: 'lt',
      city: { localName: 'Kaunas' },
    });
    expect(org.topics.map((t) => t.key).sort()).toEqual([t1!.key, t2!.key].sort());

    const updated = await api.gql<{
      updateOrganization: { name: string; acronym: string; availableLanguages: string[]; topics: unknown[] };
    }>(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { acronym: "KSB", topicIds: [], removeLanguages: ["lt"] }) { name acronym availableLanguages topics { key } } }`,
      { admin: true, variables: { id: org.id }, headers: { 'accept-language': 'en' } },
    );
    expect(updated.data!.updateOrganization).toEqual({
      name: 'Kaunas Old Town Community',
      acronym: 'KSB',
      availableLanguages: ['en'],
      topics: [],
    });

    const deleted = await api.gql<{ deleteOrganization: string }>(
      `mutation($id: ID!) { deleteOrganization(id: $id) }`,
      { admin: true, variables: { id: org.id } },
    );
    expect(deleted.data!.deleteOrganization).toBe(org.id);
    const gone = await api.gql(`query($id: ID!) { organization(id: $id) { id } }`, {
      variables: { id: org.id },
    });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("validates every field and reports all problems at once, in the caller's language", async () => {
    const res = await api.gql(
      `mutation { createOrganization(input: { kind: NGO, name: "", defaultLanguage: "xx", website: "javascript:alert(1)", cityId: "nope" }) { id } }`,
      { admin: true, headers: { 'accept-language': 'lt' } },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0]?.extensions?.fields ?? [];
    expect(fields.map((f) => f.field).sort()).toEqual(['cityId', 'defaultLanguage', 'name', 'website']);
    expect(fields.every((f) => f.message.includes(f.field))).toBe(true);
    expect(res.errors?.[0]?.message).not.toBe('Some of the input is not valid.');
  });

  it('rejects references to records that do not exist', async () => {
    const res = await api.gql(
      `mutation { createOrganization(input: { kind: NGO, name: "X", defaultLanguage: "en", cityId: "00000000-0000-4000-8000-000000000001" }) { id } }`,
      { admin: true },
    );
    expect(res.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'cityId',
      rule: 'unknownReference',
    });
  });

  it('keeps the topic tree acyclic and unique by key', async () => {
    const create = (key: string, parentId?: string) =>
      api.gql<{ createTopic: { id: string } }>(
        `mutation($key: String!, $parentId: ID) { createTopic(input: { key: $key, parentId: $parentId, translations: [{ language: "en", label: $key }] }) { id } }`,
        {
          admin: true,
          variables: { key, parentId },
        },
      );
    const root = (await create('test-root')).data!.createTopic.id;
    const child = (await create('test-child', root)).data!.createTopic.id;
    const cycle = await api.gql(
      `mutation($id: ID!, $p: ID) { updateTopic(id: $id, input: { parentId: $p }) { id } }`,
      {
        admin: true,
        variables: { id: root, p: child },
      },
    );
    expect(cycle.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'parentId',
      rule: 'topicCycle',
    });
    const duplicate = await create('test-root');
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('ALREADY_EXISTS');
    const inUse = await api.gql(`mutation($id: ID!) { deleteTopic(id: $id) }`, {
      admin: true,
      variables: { id: root },
    });
    expect(inUse.errors?.[0]?.extensions?.code).toBe('IN_USE');
    const lastLabel = await api.gql(
      `mutation($id: ID!) { updateTopic(id: $id, input: { removeLanguages: ["en"] }) { id } }`,
      { admin: true, variables: { id: child } },
    );
    expect(lastLabel.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ rule: 'translationRequired' });
  });

  it('refuses to delete a country or city still referred to', async () => {
    const country = await api.gql(`mutation { deleteCountry(code: "LT") }`, { admin: true });
    expect(country.errors?.[0]?.extensions?.code).toBe('IN_USE');
    const city = await api.gql(`mutation($id: ID!) { deleteCity(id: $id) }`, {
      admin: true,
      variables: { id: await cityId('Kaunas') },
    });
    expect(city.errors?.[0]?.extensions?.code).toBe('IN_USE');
  });

  it('manages network membership and roles', async () => {
    const nets = await api.gql<{ networks: { edges: { node: { id: string } }[] } }>(
      `{ networks(filter: { nameContains: "MMS" }) { edges { node { id } } } }`,
    );
    const networkId = nets.data!.networks.edges[0]!.node.id;
    const orgs = await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
      `{ organizations(filter: { nameContains: "ALMI" }) { edges { node { id } } } }`,
    );
    const organizationId = orgs.data!.organizations.edges[0]!.node.id;
    const added = await api.gql<{ setNetworkMember: { role: string; organization: { id: string } } }>(
      `mutation($n: ID!, $o: ID!) { setNetworkMember(input: { networkId: $n, organizationId: $o, role: OBSERVER, joinedOn: "2024-05-01" }) { role organization { id } } }`,
      { admin: true, variables: { n: networkId, o: organizationId } },
    );
    expect(added.data!.setNetworkMember).toEqual({ role: 'OBSERVER', organization: { id: organizationId } });
    const badDate = await api.gql(
      `mutation($n: ID!, $o: ID!) { setNetworkMember(input: { networkId: $n, organizationId: $o, role: MEMBER, joinedOn: "yesterday" }) { role } }`,
      {
        admin: true,
        variables: { n: networkId, o: organizationId },
      },
    );
    expect(badDate.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'joinedOn' });
    const removed = await api.gql(
      `mutation($n: ID!, $o: ID!) { removeNetworkMember(networkId: $n, organizationId: $o) }`,
      {
        admin: true,
        variables: { n: networkId, o: organizationId },
      },
    );
    expect(removed.data).toEqual({ removeNetworkMember: true });
    const again = await api.gql(
      `mutation($n: ID!, $o: ID!) { removeNetworkMember(networkId: $n, organizationId: $o) }`,
      {
        admin: true,
        variables: { n: networkId, o: organizationId },
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
