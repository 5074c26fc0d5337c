import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type RequestContext } from '#core';
import type { PracticeView } from '#practices';
import { problemPage } from './pages/action-items.js';
import type { Frame } from './pages/layout.js';
import { archivePage, removeTranslationPage } from './pages/practice-confirm.js';
import { detailsLabels, practiceDetailsPage, type PracticeDetailsPage } from './pages/practice-details.js';
import { notFoundPage } from './pages/records.js';
import { DETAILS_PICKERS, WebPracticeDetails } from './web-practice-details.js';
import { pickFilters, type PickFilters } from './web-pickers.js';
import {
  addingRow,
  detailsValues,
  postedDetails,
  withBlankRow,
  type DetailsForm,
} from './web-practice-details-form.js';
import { WebPages, formFields, isAppError } from './web-pages.js';
import { WebPracticeForms } from './web-practice-forms.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A practice after it was written (issue 18): its details, archiving it, removing a translation.
 * The forms are offered to whoever the editing service lets change the practice (its owner's
 * editors; PracticeEditingService.mayEdit) and every POST goes to the service GraphQL's
 * updatePractice, archivePractice and removePracticeTranslation call.
 */
@Controller()
export class WebPracticeManageController {
  constructor(
    private readonly pages: WebPages,
    private readonly forms: WebPracticeForms,
    private readonly details: WebPracticeDetails,
  ) {}

  /** The details as stored, each list with a blank row to fill in; else sign-in or 404. */
  @Get(':locale/practices/:id/details')
  async editDetails(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const opened = await this.openEditable(request, reply, locale, id, '/details');
    if (!opened) return;
    const { ctx, frame, view } = opened;
    const stored = await this.details.stored(ctx, view);
    const form = withBlankRow(withBlankRow(stored, 'metric'), 'link');
    await this.show(ctx, reply, frame, view, 200, { form, errors: {} });
  }

  /** Saves the details (303 to the practice), or shows the form again: one more row, or what was refused. */
  @Post(':locale/practices/:id/details')
  async saveDetails(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const posted = postedDetails(body);
    const filters = pickFilters(body, DETAILS_PICKERS);
    const path = `/practices/${encodeURIComponent(id)}/details`;
    await this.pages.form(request, reply, { locale, path, body }, async (ctx, frame) => {
      const view = await this.editable(ctx, id);
      if (!view) return this.pages.send(reply, 404, notFoundPage(frame));
      // A list filtered without script: the form again as typed, nothing saved.
      if (filters.filtering)
        return this.show(ctx, reply, frame, view, 200, { form: posted, errors: {}, filters });
      if (posted.adding) {
        const form = addingRow(posted, posted.adding);
        const rows = posted.adding === 'metric' ? form.metrics : form.links;
        const focus = `${posted.adding}-${posted.adding === 'metric' ? 'name' : 'url'}-${rows.length - 1}`;
        return this.show(ctx, reply, frame, view, 200, { form, errors: {}, focus, filters });
      }
      try {
        await this.details.save(ctx, view.practice.id, posted);
        this.pages.seeOther(reply, `/${frame.locale}/practices/${view.practice.id}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, view, { form: posted, filters }, error);
      }
    });
  }

  /** Asks before archiving (the page's button posts to the workflow's status route). */
  @Get(':locale/practices/:id/archive')
  async confirmArchive(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const opened = await this.openEditable(request, reply, locale, id, '/archive');
    if (!opened) return;
    const { frame, view } = opened;
    const p = view.practice;
    const heading = { id: p.id, title: view.title, language: view.language, version: p.version };
    this.pages.send(reply, 200, archivePage(frame, heading));
  }

  /** Asks before removing the text in one language; a language it is not written in is the 404 page. */
  @Get(':locale/practices/:id/remove-translation')
  async confirmRemoveTranslation(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Query('language') language: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const query = typeof language === 'string' ? `?language=${encodeURIComponent(language)}` : '';
    const opened = await this.openEditable(request, reply, locale, id, `/remove-translation${query}`);
    if (!opened) return;
    const { ctx, frame, view } = opened;
    const translation = await this.details.translation(ctx, view.practice.id, language);
    if (!translation) return this.pages.send(reply, 404, notFoundPage(frame));
    const page = {
      records: 'practices' as const,
      id: view.practice.id,
      version: view.practice.version,
      language: translation.language,
      translationTitle: translation.title,
    };
    this.pages.send(reply, 200, removeTranslationPage(frame, page));
  }

  @Post(':locale/practices/:id/remove-translation')
  async removeTranslation(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['language', 'version']);
    // A refusal is the service's own word: the original language stays, one it lacks, a stale version.
    await this.pages.recordAction(
      request,
      reply,
      { locale, records: 'practices', id, body },
      (frame) => frame.t('practiceManage.notRemoved'),
      (ctx, practiceId) => this.details.removeTranslation(ctx, practiceId, values),
    );
  }

  /**
   * A page about a practice the caller may change: signed-out visitors are asked to sign in (and
   * come back), anyone else gets the 404 page; both are answered here, and null returned.
   */
  private async openEditable(
    request: FastifyRequest,
    reply: FastifyReply,
    locale: string,
    id: string,
    suffix: string,
  ): Promise<{ ctx: RequestContext; frame: Frame; view: PracticeView } | null> {
    const path = `/practices/${encodeURIComponent(id)}${suffix}`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') {
      this.pages.signInFirst(reply, frame);
      return null;
    }
    const view = await this.editable(ctx, id);
    if (!view) this.pages.send(reply, 404, notFoundPage(frame));
    return view ? { ctx, frame, view } : null;
  }

  /** A practice the caller may change (the service's rule), or null: unknown, unreadable, someone else's. */
  private editable(ctx: RequestContext, id: string): Promise<PracticeView | null> {
    return UUID.test(id) ? this.forms.editable(ctx, id.toLowerCase()) : Promise.resolve(null);
  }

  private async show(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    view: PracticeView,
    status: number,
    shown: {
      form: DetailsForm;
      errors: Record<string, string>;
      message?: string;
      focus?: string;
      conflict?: { saved: DetailsForm; yours: DetailsForm };
      filters?: PickFilters;
    },
  ): Promise<void> {
    const p = view.practice;
    const forms = shown.conflict ? [shown.conflict.saved, shown.form] : [shown.form];
    const page: PracticeDetailsPage = {
      practice: { id: p.id, title: view.title, language: view.language },
      choices: await this.details.pickLists(ctx, p.ownerOrganizationId, forms, shown.filters),
      form: {
        values: detailsValues(shown.form),
        errors: shown.errors,
        ...(shown.message ? { message: shown.message } : {}),
      },
      rows: { metric: shown.form.metrics.length, link: shown.form.links.length },
      ...(shown.focus ? { focus: shown.focus } : {}),
      ...(shown.conflict
        ? {
            conflict: {
              saved: detailsValues(shown.conflict.saved),
              yours: detailsValues(shown.conflict.yours),
            },
          }
        : {}),
    };
    this.pages.send(reply, status, practiceDetailsPage(frame, page));
  }

  /**
   * The form again with the messages next to the fields; a refusal that is not about the input
   * (not allowed) is its own page. On CONFLICT the details saved meanwhile beside the refused ones,
   * and the form on the current version with what was typed, so saving again is a choice.
   */
  private async refuse(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    view: PracticeView,
    { form: posted, filters }: { form: DetailsForm; filters: PickFilters },
    error: unknown,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    if (error.code === ErrorCode.NOT_FOUND) return this.pages.send(reply, 404, notFoundPage(frame));
    const rows = { metric: posted.metrics.length, link: posted.links.length };
    const { status, form } = this.pages.refusal(frame, error, detailsLabels(frame, rows), {});
    if (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.UNAUTHENTICATED) {
      return this.pages.send(
        reply,
        status,
        problemPage(frame, frame.t('actionItem.notSaved'), form.message ?? ''),
      );
    }
    if (error.code === ErrorCode.CONFLICT) {
      const saved = await this.details.saved(ctx, view.practice.id);
      const yours = { ...posted, values: { ...posted.values, version: saved.values['version'] ?? '' } };
      return this.show(ctx, reply, frame, view, status, {
        form: yours,
        errors: {},
        conflict: { saved, yours: posted },
      });
    }
    await this.show(ctx, reply, frame, view, status, {
      form: posted,
      filters,
      errors: form.errors,
      ...(form.message ? { message: form.message } : {}),
    });
  }
}
