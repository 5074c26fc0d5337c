import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode, type RequestContext } from '#core';
import { ActionItemsService, MeetingsService, UpdateActionItemInput, type MeetingView } from '#exchanges';
import { UI_LOCALES } from './i18n/web-i18n.js';
import { actionConflictPage, problemPage } from './pages/action-items.js';
import type { Frame } from './pages/layout.js';
import { meetingFormPage, type MeetingFormPage } from './pages/meeting-form.js';
import { notFoundPage } from './pages/records.js';
import { ACTION_ROWS } from './web-form-rows.js';
import { MEETING_FIELDS, MEETING_PICKERS, WebMeetingForms, type MeetingForm } from './web-meeting-forms.js';
import { WebMeetingTranslations } from './web-meeting-translations.js';
import { pickFilters, type PickFilters } from './web-pickers.js';
import { WebPages, formFields, formList, isAppError, preselected } from './web-pages.js';
import { WebReader } from './web-reader.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The coordinators' writes on meetings and study visits, as forms (POST → 303), through the same
 * services, validation and permission rules as the GraphQL mutations.
 */
@Controller()
export class WebExchangesController {
  constructor(
    private readonly pages: WebPages,
    private readonly reader: WebReader,
    private readonly actionItems: ActionItemsService,
    private readonly meetings: MeetingsService,
    private readonly meetingForms: WebMeetingForms,
    private readonly translations: WebMeetingTranslations,
  ) {}

  /** The form to log a meeting: signed-out visitors are asked to sign in first. */
  @Get(':locale/meetings/new')
  async newMeeting(
    @Param('locale') locale: string,
    @Query('networkId') networkId: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { ctx, frame } = await this.pages.open(request, reply, locale, '/meetings/new');
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const values = {
      language: frame.locale,
      kind: 'NETWORK_MEETING',
      visibility: 'NETWORK',
      networkId: preselected(networkId),
    };
    const options = await this.meetingForms.options(ctx, values);
    const form = { values, errors: {} };
    this.pages.send(
      reply,
      200,
      meetingFormPage(frame, { meetingId: null, options, form, actionRows: ACTION_ROWS }),
    );
  }

  @Post(':locale/meetings/new')
  async createMeeting(
    @Param('locale') locale: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = meetingForm(body);
    const filters = pickFilters(body, MEETING_PICKERS);
    await this.pages.form(request, reply, { locale, path: '/meetings/new', body }, async (ctx, frame) => {
      if (filters.filtering) return this.showMeeting(ctx, reply, frame, { meetingId: null, form }, filters);
      try {
        const id = await this.meetingForms.create(ctx, form);
        this.pages.seeOther(reply, `/${frame.locale}/meetings/${id}`);
      } catch (error) {
        await this.refuseMeeting(ctx, reply, frame, error, { meetingId: null, form }, filters);
      }
    });
  }

  /** The form to change a meeting, for whoever the API lets change it (others: the 404 page). */
  @Get(':locale/meetings/:id/edit')
  async editMeeting(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Query('language') language: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const query = typeof language === 'string' ? `?language=${encodeURIComponent(language)}` : '';
    const path = `/meetings/${encodeURIComponent(id)}/edit${query}`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const view = await this.manageable(ctx, id);
    if (!view) return this.pages.send(reply, 404, notFoundPage(frame));
    // `?language=`: a UI language or one it is written in; the original is the whole meeting's form.
    const chosen = [...UI_LOCALES, ...view.availableLanguages].find((code) => code === language);
    if (chosen && chosen !== view.meeting.originalLanguage)
      return this.translations.show(ctx, reply, frame, view, chosen);
    const { values, attendees } = await this.meetingForms.valuesOf(ctx, view);
    const form = { values: { ...values, attendeeOrganizationIds: attendees.join(',') }, errors: {} };
    const options = await this.meetingForms.options(ctx, form.values);
    const page = { meetingId: view.meeting.id, options, form, actionRows: ACTION_ROWS };
    this.pages.send(reply, 200, meetingFormPage(frame, page));
  }

  @Post(':locale/meetings/:id/edit')
  async updateMeeting(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = meetingForm(body);
    const filters = pickFilters(body, MEETING_PICKERS);
    const path = `/meetings/${encodeURIComponent(id)}/edit`;
    await this.pages.form(request, reply, { locale, path, body }, async (ctx, frame) => {
      if (!UUID.test(id)) return this.pages.send(reply, 404, notFoundPage(frame));
      const meetingId = id.toLowerCase();
      if (filters.filtering) return this.showMeeting(ctx, reply, frame, { meetingId, form }, filters);
      // A meeting the caller may not read is the 404 page, as its form is.
      const view = await this.meetings.get(ctx, meetingId).catch(() => null);
      if (!view) return this.pages.send(reply, 404, notFoundPage(frame));
      // Text in another language than the original: only that text is saved (updateMeeting's
      // translations); whoever may not is refused by the service, as for the whole meeting.
      if (form.values['language'] !== view.meeting.originalLanguage)
        return this.translations.save(ctx, reply, frame, view, form.values);
      try {
        await this.meetingForms.update(ctx, meetingId, form);
        this.pages.seeOther(reply, `/${frame.locale}/meetings/${meetingId}`);
      } catch (error) {
        await this.refuseMeeting(ctx, reply, frame, error, { meetingId, form }, filters);
      }
    });
  }

  /** A meeting the caller may change (the service's rule), or null: unknown, unreadable, someone else's. */
  private async manageable(ctx: RequestContext, id: string): Promise<MeetingView | null> {
    const view = UUID.test(id) ? await this.meetings.get(ctx, id.toLowerCase()).catch(() => null) : null;
    return view && (await this.meetings.mayManage(ctx, view.meeting)) ? view : null;
  }

  /**
   * The form again with the typed values and the messages next to the fields; on CONFLICT the
   * texts saved meanwhile beside the refused ones, and the current version, so saving again is a
   * deliberate choice.
   */
  private async refuseMeeting(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    error: unknown,
    target: { meetingId: string | null; form: MeetingForm },
    filters: PickFilters,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    const values = meetingValues(target.form);
    const labels = meetingLabels(frame);
    const { status, form } = this.pages.refusal(frame, error, labels, values);
    const page: MeetingFormPage = {
      meetingId: target.meetingId,
      options: await this.meetingForms.options(ctx, values, filters),
      form,
      actionRows: ACTION_ROWS,
    };
    if (error.code === ErrorCode.CONFLICT && target.meetingId) {
      const language = values['language'] ?? '';
      const saved = await this.meetingForms.savedTexts(ctx, target.meetingId, language);
      page.form = { ...form, values: { ...values, version: String(error.details['currentVersion'] ?? '') } };
      page.conflict = { saved, yours: yoursOf(values) };
    }
    this.pages.send(reply, status, meetingFormPage(frame, page));
  }

  /** The form again as typed, its lists narrowed by the filters (without script): nothing is saved. */
  private async showMeeting(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    target: { meetingId: string | null; form: MeetingForm },
    filters: PickFilters,
  ): Promise<void> {
    const values = meetingValues(target.form);
    const options = await this.meetingForms.options(ctx, values, filters);
    const form = { values, errors: {} };
    const page = { meetingId: target.meetingId, options, form, actionRows: ACTION_ROWS };
    this.pages.send(reply, 200, meetingFormPage(frame, page));
  }

  /** An action item's status, from its meeting's or visit's page; a stale version shows both. */
  @Post(':locale/action-items/:id/status')
  async actionItemStatus(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['status', 'version']);
    await this.pages.form(request, reply, { locale, path: '/', body }, async (ctx, frame) => {
      const found = UUID.test(id) ? await this.reader.actionItem(ctx, id.toLowerCase()) : null;
      if (!found) return this.pages.send(reply, 404, notFoundPage(frame));
      const atParent = { ...frame, path: found.back };
      try {
        await this.changeStatus(ctx, found.item.id, values);
        this.pages.seeOther(reply, `/${atParent.locale}${found.back}#action-${found.item.id}`);
      } catch (error) {
        await this.refused(ctx, reply, atParent, error, found.item.id, values['status'] ?? '');
      }
    });
  }

  private async changeStatus(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const version = Number(values['version']);
    if (!Number.isInteger(version)) throw AppError.invalidField('version', 'integer');
    const input = await this.pages.validated(UpdateActionItemInput, { status: values['status'] });
    await this.actionItems.update(ctx, id, version, input);
  }

  /** CONFLICT: both versions; anything else an AppError says, in the page's language. */
  private async refused(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    error: unknown,
    id: string,
    yours: string,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    if (error.code === ErrorCode.CONFLICT) {
      ctx.clearLoaders();
      const current = await this.reader.actionItem(ctx, id);
      if (current)
        return this.pages.send(reply, 409, actionConflictPage(frame, current.item, current.back, yours));
    }
    const { status, form } = this.pages.refusal(frame, error, {}, {});
    const message = [form.message, ...Object.values(form.errors)].filter(Boolean).join(' ');
    this.pages.send(reply, status, problemPage(frame, frame.t('actionItem.notSaved'), message));
  }
}

function meetingForm(body: unknown): MeetingForm {
  return { values: formFields(body, MEETING_FIELDS), attendees: formList(body, 'attendeeOrganizationIds') };
}

/** The form state of a posted form: the attendees as the state keeps a list (comma separated). */
function meetingValues(form: MeetingForm): Record<string, string> {
  return { ...form.values, attendeeOrganizationIds: form.attendees.join(',') };
}

/** Field names as the DTOs and services give them, labelled as the form labels them. */
function meetingLabels(frame: Frame): Record<string, string> {
  const { t } = frame;
  const labels: Record<string, string> = {
    networkId: t('meeting.network'),
    language: t('meetingForm.language'),
    title: t('meetingForm.title'),
    kind: t('meeting.kind'),
    date: t('meeting.date'),
    cityId: t('record.city'),
    venue: t('meeting.venue'),
    visibility: t('meetingForm.visibility'),
    summary: t('meeting.summary'),
    agenda: t('meeting.agenda'),
    notes: t('meeting.notes'),
    decisions: t('meeting.decisions'),
    attendeeOrganizationIds: t('meeting.attendees'),
  };
  for (let i = 0; i < ACTION_ROWS; i++) {
    labels[`description-${i}`] = t('meetingForm.actionDescription');
    labels[`owner-${i}`] = t('exchange.owner');
    labels[`due-${i}`] = t('exchange.due');
  }
  return labels;
}

function yoursOf(values: Record<string, string>) {
  const v = (name: string) => values[name] ?? '';
  return {
    title: v('title'),
    summary: v('summary'),
    agenda: v('agenda'),
    notes: v('notes'),
    decisions: v('decisions'),
  };
}
