import { Module } from '@nestjs/common';
import { GraphiqlAssetsController } from './graphiql.controller.js';

/** The files of the GraphiQL page; the page itself is Apollo's landing page (graphiqlLandingPage). */
@Module({ controllers: [GraphiqlAssetsController] })
export class GraphiqlModule {}
