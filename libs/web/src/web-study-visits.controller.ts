import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type RequestContext } from '#core';
import { StudyVisitsService, type StudyVisitView } from '#exchanges';
import type { Frame } from './pages/layout.js';
import { removeTranslationPage } from './pages/practice-confirm.js';
import { notFoundPage } from './pages/records.js';
import { studyVisitFormPage, type StudyVisitFormPage } from './pages/study-visit-form.js';
import { UI_LOCALES } from './i18n/web-i18n.js';
import { ACTION_ROWS } from './web-form-rows.js';
import { emptyPickList } from './pick-lists.js';
import { WebPages, formFields, formList, isAppError, preselected } from './web-pages.js';
import { pickFilters, type PickFilters } from './web-pickers.js';
import {
  STUDY_VISIT_FIELDS,
  STUDY_VISIT_LISTS,
  STUDY_VISIT_PICKERS,
  WebStudyVisitForms,
  type StudyVisitForm,
} from './web-study-visit-forms.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Recording and editing study visits as forms (POST → 303), through StudyVisitsService: the same
 * validation, permission rules (the visiting organization's editors) and version checks as GraphQL.
 */
@Controller()
export class WebStudyVisitsController {
  constructor(
    private readonly pages: WebPages,
    private readonly visits: StudyVisitsService,
    private readonly forms: WebStudyVisitForms,
  ) {}

  /** The form to record a visit: signed-out visitors are asked to sign in first. */
  @Get(':locale/study-visits/new')
  async newVisit(
    @Param('locale') locale: string,
    @Query('networkId') networkId: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { ctx, frame } = await this.pages.open(request, reply, locale, '/study-visits/new');
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const values = { language: frame.locale, visibility: 'PUBLIC', networkId: preselected(networkId) };
    const page = {
      visitId: null,
      options: await this.forms.options(ctx, values),
      form: { values, errors: {} },
    };
    this.pages.send(reply, 200, studyVisitFormPage(frame, { ...page, actionRows: ACTION_ROWS }));
  }

  @Post(':locale/study-visits/new')
  async createVisit(
    @Param('locale') locale: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = visitForm(body);
    const filters = pickFilters(body, STUDY_VISIT_PICKERS);
    await this.pages.form(request, reply, { locale, path: '/study-visits/new', body }, async (ctx, frame) => {
      if (filters.filtering || refreshing(body))
        return this.showAgain(ctx, reply, frame, { visitId: null, form }, filters);
      try {
        const id = await this.forms.create(ctx, form);
        this.pages.seeOther(reply, `/${frame.locale}/study-visits/${id}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, error, { visitId: null, form }, filters);
      }
    });
  }

  /**
   * The form to change a visit, for whoever the API lets change it (others: the 404 page): the
   * whole visit with its text in its original language, or (`?language=`) its text in another.
   */
  @Get(':locale/study-visits/:id/edit')
  async editVisit(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Query('language') language: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const path = `/study-visits/${encodeURIComponent(id)}/edit`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const view = await this.manageable(ctx, id);
    if (!view) return this.pages.send(reply, 404, notFoundPage(frame));
    const v = view.visit;
    const chosen = UI_LOCALES.find((code) => code === language) ?? v.originalLanguage;
    const target = { visitId: v.id, originalLanguage: v.originalLanguage, actionRows: ACTION_ROWS };
    if (chosen !== v.originalLanguage) {
      const texts = await this.forms.translation(ctx, v.id, chosen);
      const values = { ...texts, version: String(v.version), language: chosen };
      const page = { ...target, options: noOptions, form: { values, errors: {} }, removable: texts !== null };
      return this.pages.send(reply, 200, studyVisitFormPage(frame, page));
    }
    const { values, lists } = await this.forms.valuesOf(ctx, view);
    const form = { values: { ...values, ...joined(lists) }, errors: {} };
    const options = await this.forms.options(ctx, form.values);
    this.pages.send(reply, 200, studyVisitFormPage(frame, { ...target, options, form }));
  }

  @Post(':locale/study-visits/:id/edit')
  async updateVisit(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = visitForm(body);
    const filters = pickFilters(body, STUDY_VISIT_PICKERS);
    const path = `/study-visits/${encodeURIComponent(id)}/edit`;
    await this.pages.form(request, reply, { locale, path, body }, async (ctx, frame) => {
      if (!UUID.test(id)) return this.pages.send(reply, 404, notFoundPage(frame));
      const visitId = id.toLowerCase();
      const view = await this.visits.get(ctx, visitId).catch(() => null);
      const target = { visitId, form, ...(view ? { originalLanguage: view.visit.originalLanguage } : {}) };
      if (filters.filtering || refreshing(body)) return this.showAgain(ctx, reply, frame, target, filters);
      try {
        await this.forms.update(ctx, visitId, form);
        this.pages.seeOther(reply, `/${frame.locale}/study-visits/${visitId}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, error, target, filters);
      }
    });
  }

  /** Asks before removing the text in one language; a language it is not written in is the 404 page. */
  @Get(':locale/study-visits/:id/remove-translation')
  async confirmRemoveTranslation(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Query('language') language: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const query = typeof language === 'string' ? `?language=${encodeURIComponent(language)}` : '';
    const path = `/study-visits/${encodeURIComponent(id)}/remove-translation${query}`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const view = await this.manageable(ctx, id);
    const texts = view ? await this.forms.translation(ctx, view.visit.id, language) : null;
    if (!view || !texts || typeof language !== 'string')
      return this.pages.send(reply, 404, notFoundPage(frame));
    const page = {
      records: 'study-visits' as const,
      id: view.visit.id,
      version: view.visit.version,
      language,
      translationTitle: texts.title,
    };
    this.pages.send(reply, 200, removeTranslationPage(frame, page));
  }

  @Post(':locale/study-visits/:id/remove-translation')
  async removeTranslation(
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
      { locale, records: 'study-visits', id, body },
      (frame) => frame.t('practiceManage.notRemoved'),
      (ctx, visitId) => this.forms.removeTranslation(ctx, visitId, values),
    );
  }

  /** A visit the caller may change (the service's rule), or null: unknown, unreadable, someone else's. */
  private async manageable(ctx: RequestContext, id: string): Promise<StudyVisitView | null> {
    const view = UUID.test(id) ? await this.visits.get(ctx, id.toLowerCase()).catch(() => null) : null;
    return view && (await this.visits.mayManage(ctx, view.visit)) ? view : null;
  }

  /**
   * The form again with the typed values and the messages next to the fields; on CONFLICT the
   * texts saved meanwhile beside the refused ones, and the current version, so saving again is a
   * deliberate choice.
   */
  private async refuse(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    error: unknown,
    target: VisitTarget,
    filters: PickFilters,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    const values = await this.typed(ctx, target);
    const { status, form } = this.pages.refusal(frame, error, visitLabels(frame), values);
    const page: StudyVisitFormPage = {
      ...target,
      options: await this.forms.options(ctx, values, filters),
      form,
      actionRows: ACTION_ROWS,
    };
    if (error.code === ErrorCode.CONFLICT && target.visitId) {
      const saved = await this.forms.savedTexts(ctx, target.visitId, values['language'] ?? '');
      page.form = { ...form, values: { ...values, version: String(error.details['currentVersion'] ?? '') } };
      const v = (name: string) => values[name] ?? '';
      page.conflict = {
        saved,
        yours: {
          title: v('title'),
          purpose: v('purpose'),
          learnings: v('learnings'),
          programme: v('programme'),
        },
      };
    }
    this.pages.send(reply, status, studyVisitFormPage(frame, page));
  }

  /** The form again as typed, its lists narrowed by the filters (without script): nothing is saved. */
  private async showAgain(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    target: VisitTarget,
    filters: PickFilters,
  ): Promise<void> {
    const values = await this.typed(ctx, target);
    const options = await this.forms.options(ctx, values, filters);
    const page = { ...target, options, form: { values, errors: {} }, actionRows: ACTION_ROWS };
    this.pages.send(reply, 200, studyVisitFormPage(frame, page));
  }

  /** What was typed, as the form state keeps it, with one item host row per programme line. */
  private typed(ctx: RequestContext, target: VisitTarget): Promise<Record<string, string>> {
    const values = { ...target.form.values, ...joined(target.form.lists) };
    return this.forms.withItemHosts(ctx, target.visitId, values);
  }
}

/** The visit a form is about (null: a new one), its original language and what was posted. */
interface VisitTarget {
  visitId: string | null;
  originalLanguage?: string;
  form: StudyVisitForm;
}

/** A translation's form chooses nothing from lists. */
const noOptions = { recorders: emptyPickList('organization'), lists: {} };

/** "Show the items again": the programme's host rows brought in line with its text, nothing saved. */
function refreshing(body: unknown): boolean {
  return formFields(body, ['items'])['items'] === 'refresh';
}

function visitForm(body: unknown): StudyVisitForm {
  const lists = Object.fromEntries(STUDY_VISIT_LISTS.map((name) => [name, formList(body, name)]));
  return { values: formFields(body, STUDY_VISIT_FIELDS), lists: lists as StudyVisitForm['lists'] };
}

/** The multiple selects as the form state keeps them (comma-separated ids). */
function joined(lists: StudyVisitForm['lists']): Record<string, string> {
  return Object.fromEntries(Object.entries(lists).map(([name, ids]) => [name, ids.join(',')]));
}

/** Field names as the DTOs and services give them, labelled as the form labels them. */
function visitLabels(frame: Frame): Record<string, string> {
  const { t } = frame;
  const labels: Record<string, string> = {
    organizationId: t('visitForm.organization'),
    language: t('meetingForm.language'),
    title: t('visitForm.title'),
    startDate: t('visitForm.startDate'),
    endDate: t('visitForm.endDate'),
    networkId: t('visit.network'),
    fundingProgrammeId: t('record.programme'),
    participantIds: t('visit.participants'),
    topicIds: t('record.topics'),
    relatedPracticeIds: t('exchange.practices'),
    visibility: t('meetingForm.visibility'),
    hostOrganizationIds: t('visit.hosts'),
    hostCityIds: t('visit.hostCities'),
    visitorOrganizationIds: t('visitForm.otherVisitors'),
    programme: t('visit.programme'),
    purpose: t('visit.purpose'),
    learnings: t('visit.learnings'),
  };
  for (let i = 0; i < ACTION_ROWS; i++) {
    labels[`description-${i}`] = t('meetingForm.actionDescription');
    labels[`owner-${i}`] = t('exchange.owner');
    labels[`due-${i}`] = t('exchange.due');
  }
  return labels;
}
