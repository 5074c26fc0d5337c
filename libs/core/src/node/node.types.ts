import { Field, ID, InterfaceType } from '@nestjs/graphql';

/** Where `node`/`nodes` put the GraphQL type name of a record they read (the interface's resolveType). */
export const NODE_TYPENAME = Symbol('nodeTypename');

/** A value read by `node`/`nodes`, tagged with its GraphQL type. */
export type NodeValue = object & { [NODE_TYPENAME]: string };

/**
 * The Relay `Node` interface: a record a client cache can refetch by its id alone. Record types
 * implement it with `@ObjectType(name, { implements: () => [Node] })`; ids are the records' own
 * UUIDs (see docs/api.md), or `<Type>:<key>` for a type whose key is not one (Country).
 */
@InterfaceType('Node', {
  description: 'A record with a globally unique id: `node(id)` reads it again.',
  resolveType: (value: NodeValue) => value[NODE_TYPENAME],
})
export abstract class Node {
  @Field(() => ID)
  id: string;
}
