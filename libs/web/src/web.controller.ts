import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { I18nService, isMessageLocale, type RequestContext } from '#core';
import { WEB_ASSETS } from './assets.js';
import type { SafeHtml } from './html.js';
import { isUiLocale, uiLocaleFor, type UiLocale } from './i18n/web-i18n.js';
import type { Frame } from './pages/layout.js';
import {
  meetingPage,
  networkPage,
  notFoundPage,
  organizationPage,
  practicePage,
  studyVisitPage,
  topicPage,
} from './pages/records.js';
import { homePage, searchPage } from './pages/search.js';
import { WebPages } from './web-pages.js';
import { WebReader, isNotFound } from './web-reader.js';
import { WebSearch, parseSearchParams, searchPath } from './web-search.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOPIC_KEY = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Record pages: URL segment, how the id is checked, how the page is read and drawn. */
type RecordRoute = (ctx: RequestContext, frame: Frame, id: string) => Promise<SafeHtml>;

/**
 * Server-rendered pages for people (marketers, coordinators), on the API's port: `/` chooses a
 * language, `/{locale}/…` are the stable URLs portals and feeds link to. Every page reads through
 * the modules' services with the caller's RequestContext, so it shows what GraphQL would.
 */
@Controller()
export class WebController {
  private readonly records: Record<string, RecordRoute>;

  constructor(
    private readonly pages: WebPages,
    private readonly reader: WebReader,
    private readonly search: WebSearch,
    @Inject(I18nService) private readonly messages: I18nService,
  ) {
    const enumLabel = (locale: UiLocale) => (name: string, value: string) =>
      isMessageLocale(locale) ? this.messages.enumLabel(locale, name, value) : value;
    this.records = {
      practices: async (ctx, frame, id) =>
        UUID.test(id)
          ? practicePage(frame, await this.reader.practice(ctx, id.toLowerCase()))
          : this.missing(),
      'study-visits': async (ctx, frame, id) =>
        UUID.test(id)
          ? studyVisitPage(frame, await this.reader.studyVisit(ctx, id.toLowerCase()))
          : this.missing(),
      meetings: async (ctx, frame, id) =>
        UUID.test(id) ? meetingPage(frame, await this.reader.meeting(ctx, id.toLowerCase())) : this.missing(),
      organizations: async (ctx, frame, id) =>
        UUID.test(id)
          ? organizationPage(
              frame,
              await this.reader.organization(ctx, id.toLowerCase()),
              enumLabel(frame.locale),
            )
          : this.missing(),
      networks: async (ctx, frame, id) =>
        UUID.test(id)
          ? networkPage(frame, await this.reader.network(ctx, id.toLowerCase()), enumLabel(frame.locale))
          : this.missing(),
      topics: async (ctx, frame, key) =>
        TOPIC_KEY.test(key) ? topicPage(frame, await this.reader.topic(ctx, key)) : this.missing(),
    };
  }

  /** `/` → the visitor's language (Accept-Language among the UI languages, else English). */
  @Get()
  root(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    this.redirect(reply, `/${uiLocaleFor(request.headers['accept-language'])}/`, true);
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() reply: FastifyReply): void {
    const asset = WEB_ASSETS.get(file);
    if (!asset) throw new NotFoundException();
    // The content's hash is in the name, so a file never changes under its name.
    void reply
      .header('content-type', asset.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  }

  /** Links without a language (old feed entries, hand-typed URLs) go to the visitor's language. */
  @Get([
    'search',
    'practices/:id',
    'study-visits/:id',
    'meetings/:id',
    'organizations/:id',
    'networks/:id',
    'topics/:id',
  ])
  localeless(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const url = request.raw.url ?? '/';
    this.redirect(reply, `/${uiLocaleFor(request.headers['accept-language'])}${url}`, true);
  }

  @Get(':locale')
  localeRoot(@Param('locale') locale: string, @Res() reply: FastifyReply): void {
    if (!isUiLocale(locale)) throw new NotFoundException();
    this.redirect(reply, `/${locale}/`, false);
  }

  /**
   * `/{locale}/` is the home page; anything else under a UI language that no route below knows is
   * the localized 404 page. (Nest strips a path's trailing slash, so the home page is this
   * wildcard's empty case.)
   */
  @Get(':locale/*')
  async home(
    @Param('locale') locale: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const rest = (request.params as Record<string, string | undefined>)['*'] ?? '';
    if (rest !== '') return this.notFound(reply, this.pages.frame(locale, '/'));
    const { ctx, frame } = await this.pages.open(request, reply, locale, '/');
    const [newest, topics] = await Promise.all([
      this.search.run(ctx, parseSearchParams({ type: 'practice' }), { first: 8, facets: false }),
      this.reader.rootTopics(ctx),
    ]);
    this.pages.send(reply, 200, homePage(frame, newest, topics));
  }

  @Get(':locale/search')
  async searchPage(
    @Param('locale') locale: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const params = parseSearchParams(query);
    const { ctx, frame } = await this.pages.open(request, reply, locale, searchPath(params));
    const data = await this.search.run(ctx, params);
    this.pages.send(reply, 200, searchPage({ ...frame, path: searchPath(data.params) }, data));
  }

  @Get(':locale/:kind/:id')
  async record(
    @Param('locale') locale: string,
    @Param('kind') kind: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const route = Object.hasOwn(this.records, kind) ? this.records[kind] : undefined;
    const path = `/${kind}/${encodeURIComponent(id)}`;
    if (!route) return this.notFound(reply, this.pages.frame(locale, path));
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    try {
      this.pages.send(reply, 200, await route(ctx, frame, id));
    } catch (error) {
      // Not there and not readable look the same: nothing tells that a hidden record exists.
      if (isNotFound(error) || error instanceof PageNotFound) return this.notFound(reply, frame);
      throw error;
    }
  }

  private missing(): never {
    throw new PageNotFound();
  }

  private notFound(reply: FastifyReply, frame: Frame): void {
    this.pages.send(reply, 404, notFoundPage(frame));
  }

  private redirect(reply: FastifyReply, location: string, byLanguage: boolean): void {
    if (byLanguage) void reply.header('vary', 'accept-language');
    void reply.status(302).header('location', location).header('cache-control', 'no-cache').send();
  }
}

class PageNotFound extends Error {}
