import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type RequestContext } from '#core';
import type { Frame } from './pages/layout.js';
import { PRACTICE_SECTIONS, practiceFormPage, type PracticeFormPage } from './pages/practice-form.js';
import { notFoundPage } from './pages/records.js';
import { UI_LOCALES } from './i18n/web-i18n.js';
import { WebPages, formFields, formList, isAppError, preselected } from './web-pages.js';
import { emptyPickList } from './pick-lists.js';
import {
  PRACTICE_FIELDS,
  PRACTICE_PICKERS,
  WebPracticeForms,
  practiceTexts,
  type PracticeForm,
} from './web-practice-forms.js';
import { noFilters, pickFilters } from './web-pickers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writing practices as forms (POST → 303): a draft, its text and translations, and the review
 * workflow, through the practices module's editing service — the same validation, permissions
 * (the owner's editors write and submit, a shared network's coordinators publish) and versions.
 */
@Controller()
export class WebPracticesController {
  constructor(
    private readonly pages: WebPages,
    private readonly forms: WebPracticeForms,
  ) {}

  /** The form to write a practice: signed-out visitors are asked to sign in first. */
  @Get(':locale/practices/new')
  async newPractice(
    @Param('locale') locale: string,
    @Query('organizationId') organizationId: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { ctx, frame } = await this.pages.open(request, reply, locale, '/practices/new');
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const values = {
      language: frame.locale,
      visibility: 'NETWORK',
      organizationId: preselected(organizationId),
    };
    const form = { values, errors: {} };
    const page = { practiceId: null, options: await this.forms.options(ctx, values), form };
    this.pages.send(reply, 200, practiceFormPage(frame, page));
  }

  @Post(':locale/practices/new')
  async createPractice(
    @Param('locale') locale: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = practiceForm(body);
    const filters = pickFilters(body, PRACTICE_PICKERS);
    await this.pages.form(request, reply, { locale, path: '/practices/new', body }, async (ctx, frame) => {
      if (filters.filtering) {
        // Filtering a list without script sends the whole form: shown again as typed, nothing saved.
        const values = { ...form.values, sharedWithNetworkIds: form.networks.join(',') };
        const options = await this.forms.options(ctx, values, filters);
        const page = { practiceId: null, options, form: { values, errors: {} } };
        return this.pages.send(reply, 200, practiceFormPage(frame, page));
      }
      try {
        const id = await this.forms.create(ctx, form);
        this.pages.seeOther(reply, `/${frame.locale}/practices/${id}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, error, { practiceId: null, form }, filters);
      }
    });
  }

  /** The text in one language (`?language=`, else the original) for the owner's editors; else 404. */
  @Get(':locale/practices/:id/edit')
  async editPractice(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Query('language') language: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const path = `/practices/${encodeURIComponent(id)}/edit`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') return this.pages.signInFirst(reply, frame);
    const view = UUID.test(id) ? await this.forms.editable(ctx, id.toLowerCase()) : null;
    if (!view) return this.pages.send(reply, 404, notFoundPage(frame));
    const p = view.practice;
    const chosen = UI_LOCALES.find((code) => code === language) ?? p.originalLanguage;
    const texts = await this.forms.texts(ctx, p.id, chosen);
    const form = { values: { ...texts, version: String(p.version), language: chosen }, errors: {} };
    const removable = chosen !== p.originalLanguage && view.availableLanguages.includes(chosen);
    const page = {
      practiceId: p.id,
      originalLanguage: p.originalLanguage,
      options: noOptions,
      form,
      removable,
    };
    this.pages.send(reply, 200, practiceFormPage(frame, page));
  }

  @Post(':locale/practices/:id/edit')
  async savePracticeText(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = practiceForm(body);
    const path = `/practices/${encodeURIComponent(id)}/edit`;
    await this.pages.form(request, reply, { locale, path, body }, async (ctx, frame) => {
      const view = UUID.test(id) ? await this.forms.editable(ctx, id.toLowerCase()) : null;
      if (!view) return this.pages.send(reply, 404, notFoundPage(frame));
      const practiceId = view.practice.id;
      try {
        await this.forms.saveText(ctx, practiceId, form.values);
        this.pages.seeOther(reply, `/${frame.locale}/practices/${practiceId}`);
      } catch (error) {
        const target = { practiceId, originalLanguage: view.practice.originalLanguage, form };
        await this.refuse(ctx, reply, frame, error, target);
      }
    });
  }

  /** Submitting for review, publishing or returning it, from the practice page. */
  @Post(':locale/practices/:id/status')
  async movePractice(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['transition', 'version']);
    const target = { locale, records: 'practices', id, body };
    await this.pages.recordAction(
      request,
      reply,
      target,
      (frame) => frame.t('actionItem.notSaved'),
      (ctx, practiceId) => this.forms.move(ctx, practiceId, values),
    );
  }

  /**
   * The form again with the typed values and the messages next to the fields; on CONFLICT the
   * text saved meanwhile beside the refused one, and the current version, so saving again is a
   * deliberate choice.
   */
  private async refuse(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    error: unknown,
    target: { practiceId: string | null; originalLanguage?: string; form: PracticeForm },
    filters = noFilters,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    const values: Record<string, string> = {
      ...target.form.values,
      sharedWithNetworkIds: target.form.networks.join(','),
    };
    const { status, form } = this.pages.refusal(frame, error, practiceLabels(frame), values);
    const page: PracticeFormPage = {
      practiceId: target.practiceId,
      ...(target.originalLanguage ? { originalLanguage: target.originalLanguage } : {}),
      options: target.practiceId ? noOptions : await this.forms.options(ctx, values, filters),
      form,
    };
    if (error.code === ErrorCode.CONFLICT && target.practiceId) {
      const [version, saved] = await this.forms.saved(ctx, target.practiceId, values['language'] ?? '');
      page.form = { ...form, values: { ...values, version: String(version) } };
      page.conflict = { saved, yours: practiceTexts((name) => values[name]) };
    }
    this.pages.send(reply, status, practiceFormPage(frame, page));
  }
}

/** An edit form chooses no organization or network: those were set when the practice was written. */
const noOptions = { writers: emptyPickList('organization'), networks: emptyPickList('network') };

function practiceForm(body: unknown): PracticeForm {
  return { values: formFields(body, PRACTICE_FIELDS), networks: formList(body, 'sharedWithNetworkIds') };
}

/** Field names as the DTOs and services give them, labelled as the form labels them. */
function practiceLabels(frame: Frame): Record<string, string> {
  const { t } = frame;
  return {
    organizationId: t('practiceForm.organization'),
    language: t('meetingForm.language'),
    visibility: t('meetingForm.visibility'),
    sharedWithNetworkIds: t('practice.sharedWith'),
    title: t('practiceForm.title'),
    ...Object.fromEntries(PRACTICE_SECTIONS.map((name) => [name, t(`practice.${name}`)])),
  };
}
