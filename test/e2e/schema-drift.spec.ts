import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, isObjectType, type GraphQLObjectType } from 'graphql';
import { SCHEMA_FILE, renderSchemaFile } from '../../apps/api/src/schema-file.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('schema.graphql', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('matches the schema the code generates (run `npm run schema` after changing the API)', () => {
    const generated = renderSchemaFile(api.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('maps entities to output types: no foreign-key or import columns leak into object types', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const internal =
      /^(externalRef|parentId|cityId|countryCode|organizationId|networkId|topicId|defaultLanguage)$/;
    const leaks = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.keys(type.getFields())
          .filter((f) => internal.test(f))
          .map((f) => `${type.name}.${f}`),
      );
    expect(leaks).toEqual([]);
  });
});
