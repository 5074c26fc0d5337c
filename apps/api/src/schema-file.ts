import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = 'schema.graphql';

/** The committed schema.graphql text: the code-first schema, sorted, with a header. */
export function renderSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema\`. Do not edit: a test fails when it drifts.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
