import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { ExchangesModule } from '#exchanges';
import { PracticesModule } from '#practices';
import { TaxonomyModule } from '#taxonomy';
import { WebContexts } from './web-context.js';
import { WebController } from './web.controller.js';
import { WebReader } from './web-reader.js';
import { WebSearch } from './web-search.js';

/** The web app: server-rendered pages for people, on the API's port (issue 18). */
@Module({
  imports: [DirectoryModule, TaxonomyModule, PracticesModule, ExchangesModule],
  controllers: [WebController],
  providers: [WebContexts, WebReader, WebSearch],
})
export class WebModule {}
