import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorCode, type RequestContext } from '#core';
import type { MeetingView } from '#exchanges';
import { problemPage } from './pages/action-items.js';
import type { Frame } from './pages/layout.js';
import type { MeetingTexts } from './pages/meeting-form.js';
import { meetingTranslationPage, type MeetingTranslationPage } from './pages/meeting-translation.js';
import { notFoundPage } from './pages/records.js';
import { WebMeetingForms } from './web-meeting-forms.js';
import { WebPages, isAppError } from './web-pages.js';

/**
 * A meeting's text in another language on the web (issue 18): the edit route with `?language=`
 * other than the original shows and saves only the text, through updateMeeting's `translations`
 * (MeetingsService.update: the same coordinators, validation and version check as GraphQL).
 */
@Injectable()
export class WebMeetingTranslations {
  constructor(
    private readonly pages: WebPages,
    private readonly forms: WebMeetingForms,
  ) {}

  /** The form of the text in `language` (not the original), as stored or empty. */
  async show(ctx: RequestContext, reply: FastifyReply, frame: Frame, view: MeetingView, language: string) {
    const m = view.meeting;
    const { exists, ...texts } = await this.forms.textIn(ctx, m.id, language);
    const values = { ...texts, version: String(m.version), language };
    const page = { ...this.about(view), form: { values, errors: {} }, removable: exists };
    this.pages.send(reply, 200, meetingTranslationPage(frame, page));
  }

  /** Saves the text (303 to the meeting), or shows the form again with what was typed. */
  async save(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    view: MeetingView,
    values: Record<string, string>,
  ): Promise<void> {
    const id = view.meeting.id;
    try {
      await this.forms.saveTranslation(ctx, id, values);
      this.pages.seeOther(reply, `/${frame.locale}/meetings/${id}`);
    } catch (error) {
      await this.refuse(ctx, reply, frame, view, values, error);
    }
  }

  /**
   * The messages next to the fields (a bad language above the form: it has no field of its own); a
   * refusal not about the input is its own page; on CONFLICT the text saved meanwhile beside the
   * refused one and the form on the current version with what was typed.
   */
  private async refuse(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    view: MeetingView,
    values: Record<string, string>,
    error: unknown,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    if (error.code === ErrorCode.NOT_FOUND) return this.pages.send(reply, 404, notFoundPage(frame));
    const { status, form } = this.pages.refusal(frame, error, labels(frame), values);
    if (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.UNAUTHENTICATED)
      return this.pages.send(
        reply,
        status,
        problemPage(frame, frame.t('actionItem.notSaved'), form.message ?? ''),
      );
    const language = values['language'] ?? '';
    const { exists, ...saved } = await this.forms.textIn(ctx, view.meeting.id, language);
    const page: MeetingTranslationPage = {
      ...this.about(view),
      form: { ...form, message: form.errors['language'] ?? form.message },
      removable: exists,
    };
    if (error.code === ErrorCode.CONFLICT) {
      const current = String(error.details['currentVersion'] ?? '');
      page.form = { ...form, values: { ...values, version: current } };
      page.conflict = { saved, yours: textsOf(values) };
    }
    this.pages.send(reply, status, meetingTranslationPage(frame, page));
  }

  private about(view: MeetingView) {
    const title = view.translation?.title ?? '';
    const language = view.translation?.language ?? view.meeting.originalLanguage;
    return { meetingId: view.meeting.id, heading: { title, language } };
  }
}

function textsOf(values: Record<string, string>): MeetingTexts {
  const at = (name: keyof MeetingTexts) => values[name] ?? '';
  return {
    title: at('title'),
    summary: at('summary'),
    agenda: at('agenda'),
    notes: at('notes'),
    decisions: at('decisions'),
  };
}

function labels(frame: Frame): Record<string, string> {
  const { t } = frame;
  return {
    language: t('meetingForm.language'),
    title: t('meetingForm.title'),
    summary: t('meeting.summary'),
    agenda: t('meeting.agenda'),
    notes: t('meeting.notes'),
    decisions: t('meeting.decisions'),
  };
}
