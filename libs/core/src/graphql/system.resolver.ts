import { Query, Resolver } from '@nestjs/graphql';

/** Version of the API contract; raised with every release that changes schema.graphql. */
export const API_VERSION = '0.1.0';

@Resolver()
export class SystemResolver {
  @Query(() => String, { description: 'Version of the API (a cheap query for uptime checks).' })
  apiVersion(): string {
    return API_VERSION;
  }
}
