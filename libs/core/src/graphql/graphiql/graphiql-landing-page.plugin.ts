import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlPage } from './graphiql-assets.js';

/**
 * Apollo's landing page is what a browser gets from GET /graphql without a query; this one is
 * GraphiQL from our own files instead of Nest's page, which loads React and GraphiQL from unpkg
 * (a blank "Loading..." offline and behind city-hall firewalls). Queries by POST, or by GET with
 * a query and a CSRF-safe header, are answered as before.
 */
export function graphiqlLandingPage(): ApolloServerPlugin {
  const html = graphiqlPage();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
