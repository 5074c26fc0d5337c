import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import ical from 'ical-generator';
import {
  APP_CONFIG,
  AUTHENTICATOR,
  AppError,
  RequestContext,
  assertId,
  markdownToSafeHtml,
  normalizeLanguage,
  parseAcceptLanguage,
  type AppConfig,
  type Authenticator,
} from '#core';
import { NetworksService } from '#directory';
import { PracticeStatus, PracticesService } from '#practices';
import { MeetingsService } from '../meetings/meetings.service.js';
import { StudyVisitsService } from '../study-visits/study-visits.service.js';
import { atomXml, webUrl } from './atom.js';
import { newest, notModified } from './conditional.js';

const FEED_SIZE = 50;

/**
 * Feeds for member-city portals: an Atom feed of newly published practices and an iCalendar feed
 * of a network's meetings and study visits. They read exactly what the caller may read: public
 * content anonymously, a network's member content with that network's API key (X-Api-Key or
 * Authorization: Bearer). Both answer conditional GETs (ETag, Last-Modified, 304; conditional.ts).
 */
@Controller('feeds')
export class FeedsController {
  constructor(
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly practices: PracticesService,
    private readonly meetings: MeetingsService,
    private readonly visits: StudyVisitsService,
    private readonly networks: NetworksService,
  ) {}

  @Get('practices.atom')
  async practicesAtom(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('network') network?: string,
    @Query('locale') locale?: string,
  ): Promise<string | undefined> {
    const ctx = await this.context(request, locale);
    const networkId = network ? assertId(network, 'network') : undefined;
    const page = await this.practices.list(
      ctx,
      { status: PracticeStatus.PUBLISHED, networkId },
      { first: FEED_SIZE },
    );
    const named = networkId ? await this.networks.get(ctx, networkId) : null;
    const title = named ? `Practice Exchange — ${named.name}` : 'Practice Exchange — new practices';
    // Titles are plain text, summaries sanitized HTML, links http(s) only (see atom.ts).
    const body = atomXml({
      id: `${this.config.publicUrl}/feeds/practices.atom${networkId ? `?network=${networkId}` : ''}`,
      title,
      link: this.config.publicUrl,
      rights: 'Practice Exchange members',
      updated: page.edges[0]?.node.practice.publishedAt ?? new Date(0),
      generator: 'Practice Exchange',
      entries: page.edges.map(({ node }) => ({
        id: `urn:uuid:${node.practice.id}`,
        title: node.title,
        link: `${this.config.publicUrl}/${ctx.messageLocale}/practices/${node.practice.id}`,
        updated: node.practice.publishedAt ?? node.practice.updatedAt,
        published: node.practice.publishedAt ?? undefined,
        summaryHtml: markdownToSafeHtml(node.summary) ?? undefined,
      })),
    });
    const lastModified = newest([
      named?.updatedAt,
      ...page.edges.flatMap(({ node }) => [node.practice.updatedAt, node.practice.publishedAt]),
    ]);
    return this.answer(request, reply, ctx, body, lastModified, 'application/atom+xml; charset=utf-8');
  }

  @Get('networks/:networkId/calendar.ics')
  async calendar(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('networkId') networkId: string,
    @Query('locale') locale?: string,
  ): Promise<string | undefined> {
    const ctx = await this.context(request, locale);
    const network = await this.networks.get(ctx, assertId(networkId, 'networkId'));
    // Every property is plain text, which ical-generator escapes (a line break cannot start a new
    // property); no HTML description (X-ALT-DESC) and no URL but our own http(s) pages.
    const calendar = ical({
      name: `${network.name} — meetings and study visits`,
      prodId: { company: 'Practice Exchange', product: 'calendar' },
    });
    const meetings = await this.meetings.list(ctx, { networkId: network.id }, { first: 100 });
    for (const { node } of meetings.edges) {
      calendar.createEvent({
        id: `meeting-${node.meeting.id}`,
        // Not the time of the request (ical-generator's default): the same content, the same bytes.
        stamp: node.meeting.updatedAt,
        start: new Date(`${node.meeting.date}T00:00:00Z`),
        end: nextDay(node.meeting.date),
        allDay: true,
        summary: node.translation?.title ?? '',
        location: node.meeting.venue ?? undefined,
        description: node.translation?.notes ?? undefined,
        url: webUrl(`${this.config.publicUrl}/${ctx.messageLocale}/meetings/${node.meeting.id}`),
      });
    }
    const visits = await this.visits.list(ctx, { networkId: network.id }, { first: 100 });
    for (const { node } of visits.edges) {
      calendar.createEvent({
        id: `study-visit-${node.visit.id}`,
        stamp: node.visit.updatedAt,
        start: new Date(`${node.visit.startDate}T00:00:00Z`),
        end: nextDay(node.visit.endDate),
        allDay: true,
        summary: node.translation?.title ?? '',
        description: node.translation?.purpose ?? undefined,
        url: webUrl(`${this.config.publicUrl}/${ctx.messageLocale}/study-visits/${node.visit.id}`),
      });
    }
    const lastModified = newest([
      network.updatedAt,
      ...meetings.edges.map(({ node }) => node.meeting.updatedAt),
      ...visits.edges.map(({ node }) => node.visit.updatedAt),
    ]);
    return this.answer(
      request,
      reply,
      ctx,
      calendar.toString(),
      lastModified,
      'text/calendar; charset=utf-8',
    );
  }

  /** The body with its validators, or 304 and no body when the client's copy is current. */
  private answer(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: RequestContext,
    body: string,
    lastModified: Date | null,
    contentType: string,
  ): string | undefined {
    const current = notModified(request, reply, {
      body,
      lastModified,
      private: ctx.principal.kind !== 'anonymous',
    });
    if (current) {
      reply.status(304);
      return undefined;
    }
    reply.header('content-type', contentType);
    return body;
  }

  private async context(request: FastifyRequest, locale: string | undefined): Promise<RequestContext> {
    const auth = await this.authenticator.authenticate(request.headers);
    const ctx = new RequestContext({
      requestId: String(request.id),
      acceptLanguages: parseAcceptLanguage(request.headers['accept-language']),
      ip: request.ip,
      principal: auth.principal,
      preferredLocale: auth.preferredLocale,
      access: auth.access,
    });
    if (locale) {
      const language = normalizeLanguage(locale);
      if (!language) throw AppError.invalidField('locale', 'languageCode');
      ctx.useLocale(language);
    }
    return ctx;
  }
}

/** iCalendar all-day events end on the day after. */
function nextDay(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
