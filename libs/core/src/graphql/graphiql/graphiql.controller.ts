import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GRAPHIQL_VERSION, graphiqlAsset } from './graphiql-assets.js';

/**
 * GraphiQL's scripts and styles, from the project's own node_modules: the page works behind a
 * firewall and under a CSP that allows this origin only. Mounted only when GRAPHIQL is on.
 */
@Controller('graphiql')
export class GraphiqlAssetsController {
  @Get(':version/:file')
  async asset(
    @Param('version') version: string,
    @Param('file') file: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asset = version === GRAPHIQL_VERSION ? await graphiqlAsset(file) : null;
    if (!asset) throw new NotFoundException();
    await reply
      .header('content-type', asset.contentType)
      // The version is in the URL, so a file never changes under its name.
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  }
}
