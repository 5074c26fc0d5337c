import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type RequestContext } from '#core';
import { StudyVisitsService } from '#exchanges';
import type { Frame } from './pages/layout.js';
import { notFoundPage } from './pages/records.js';
import { studyVisitFormPage, type StudyVisitFormPage } from './pages/study-visit-form.js';
import { ACTION_ROWS } from './web-form-rows.js';
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
      if (filters.filtering) return this.showAgain(ctx, reply, frame, { visitId: null, form }, filters);
      try {
        const id = await this.forms.create(ctx, form);
        this.pages.seeOther(reply, `/${frame.locale}/study-visits/${id}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, error, { visitId: null, form }, filters);
      }
    });
  }

  /** The form to change a visit, for whoever the API lets change it (others: the 404 page). */
  @Get(':locale/study-visits/:id/edit')
  async editVisit(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const path = `/study-visits/${encodeURIComponent(id)}/edit`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const view = UUID.test(id) ? await this.visits.get(ctx, id.toLowerCase()).catch(() => null) : null;
    if (!view || !(await this.visits.mayManage(ctx, view.visit)))
      return this.pages.send(reply, 404, notFoundPage(frame));
    const { values, lists } = await this.forms.valuesOf(ctx, view);
    const form = { values: { ...values, ...joined(lists) }, errors: {} };
    const options = await this.forms.options(ctx, form.values);
    const page = { visitId: view.visit.id, options, form, actionRows: ACTION_ROWS };
    this.pages.send(reply, 200, studyVisitFormPage(frame, page));
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
      if (filters.filtering) return this.showAgain(ctx, reply, frame, { visitId, form }, filters);
      try {
        await this.forms.update(ctx, visitId, form);
        this.pages.seeOther(reply, `/${frame.locale}/study-visits/${visitId}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, error, { visitId, form }, filters);
      }
    });
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
    target: { visitId: string | null; form: StudyVisitForm },
    filters: PickFilters,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    const values: Record<string, string> = { ...target.form.values, ...joined(target.form.lists) };
    const { status, form } = this.pages.refusal(frame, error, visitLabels(frame), values);
    const page: StudyVisitFormPage = {
      visitId: target.visitId,
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
    target: { visitId: string | null; form: StudyVisitForm },
    filters: PickFilters,
  ): Promise<void> {
    const values: Record<string, string> = { ...target.form.values, ...joined(target.form.lists) };
    const options = await this.forms.options(ctx, values, filters);
    const page = { visitId: target.visitId, options, form: { values, errors: {} }, actionRows: ACTION_ROWS };
    this.pages.send(reply, 200, studyVisitFormPage(frame, page));
  }
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
