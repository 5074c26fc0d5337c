import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MeetingsService } from '#exchanges';
import { removeTranslationPage } from './pages/practice-confirm.js';
import { notFoundPage } from './pages/records.js';
import { WebMeetingForms } from './web-meeting-forms.js';
import { WebPages, formFields } from './web-pages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Removing a meeting's text in one language (issue 18): a page that asks, then updateMeeting's
 * `removeLanguages` through MeetingsService.update — the same coordinators, the version read, and
 * the original language refused by the service (ORIGINAL_TRANSLATION), shown in the page's language.
 */
@Controller()
export class WebMeetingTranslationsController {
  constructor(
    private readonly pages: WebPages,
    private readonly meetings: MeetingsService,
    private readonly forms: WebMeetingForms,
  ) {}

  /** Asks first; a language it has no text in, or a meeting the caller may not change, is the 404 page. */
  @Get(':locale/meetings/:id/remove-translation')
  async confirmRemoval(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Query('language') language: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const query = typeof language === 'string' ? `?language=${encodeURIComponent(language)}` : '';
    const path = `/meetings/${encodeURIComponent(id)}/remove-translation${query}`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const view = UUID.test(id) ? await this.meetings.get(ctx, id.toLowerCase()).catch(() => null) : null;
    const allowed = view !== null && (await this.meetings.mayManage(ctx, view.meeting));
    const translation = allowed
      ? (await this.meetings.translations(ctx, view.meeting.id)).find((t) => t.language === language)
      : undefined;
    if (!view || !translation) return this.pages.send(reply, 404, notFoundPage(frame));
    const page = {
      records: 'meetings' as const,
      id: view.meeting.id,
      version: view.meeting.version,
      language: translation.language,
      translationTitle: translation.title,
    };
    this.pages.send(reply, 200, removeTranslationPage(frame, page));
  }

  @Post(':locale/meetings/:id/remove-translation')
  async remove(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['language', 'version']);
    // A refusal is the service's own word: the original language stays, a stale version, not allowed.
    await this.pages.recordAction(
      request,
      reply,
      { locale, records: 'meetings', id, body },
      (frame) => frame.t('practiceManage.notRemoved'),
      (ctx, meetingId) => this.forms.removeTranslation(ctx, meetingId, values),
    );
  }
}
