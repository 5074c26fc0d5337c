import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/** The reference point: Apollo Server 5's own HTTP server answering the same trivial query. */
const server = new ApolloServer({
  typeDefs: 'type Query { apiVersion: String! }',
  resolvers: { Query: { apiVersion: () => '0.1.0' } },
});
const port = Number(process.env['PORT'] ?? 3200);
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
process.stdout.write(`ready ${url}\n`);
