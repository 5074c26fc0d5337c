import { Inject, Injectable, NotFoundException, type Type } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  ErrorCode,
  HTTP_STATUS_BY_CODE,
  I18nService,
  createValidationPipe,
  isMessageLocale,
  type RequestContext,
} from '#core';
import { MembersService } from '#identity';
import type { SafeHtml } from './html.js';
import { WebI18n, isUiLocale, type UiLocale } from './i18n/web-i18n.js';
import { csrfRefusedPage } from './pages/account.js';
import { problemPage } from './pages/action-items.js';
import type { FormState } from './pages/forms.js';
import type { Frame } from './pages/layout.js';
import { notFoundPage } from './pages/records.js';
import { CsrfRefused, WebCsrf } from './session/csrf.js';
import { WebContexts } from './web-context.js';

/**
 * The pages' policy: our own stylesheet and script only, nothing inline, no other host, no
 * framing; forms post only here. (The API's JSON answers keep their `default-src 'none'`.)
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const VALIDATION = createValidationPipe();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A POST handler's work: it redirects (303) or shows its form again (refused input). */
export type FormWork = (ctx: RequestContext, frame: Frame) => Promise<void>;

/** What every page needs: its frame (language, viewer), its context, and how it is sent. */
@Injectable()
export class WebPages {
  private readonly i18n = new WebI18n();

  constructor(
    private readonly contexts: WebContexts,
    private readonly members: MembersService,
    private readonly csrf: WebCsrf,
    @Inject(I18nService) private readonly messages: I18nService,
  ) {}

  /** The frame of a page in a UI language; any other first segment is the API's JSON 404. */
  frame(locale: string, path: string): Frame {
    if (!isUiLocale(locale)) throw new NotFoundException();
    return { locale, t: this.i18n.for(locale), path };
  }

  /** The caller's context and the page's frame with who is signed in and the forms' CSRF token. */
  async open(
    request: FastifyRequest,
    reply: FastifyReply,
    locale: string,
    path: string,
  ): Promise<{ ctx: RequestContext; frame: Frame }> {
    const bare = this.frame(locale, path);
    const ctx = await this.contexts.create(request, reply, bare.locale);
    const user = await this.members.me(ctx);
    const viewer = {
      member: user ? { name: user.displayName } : null,
      csrf: this.csrf.token(request, reply, ctx),
    };
    return { ctx, frame: { ...bare, viewer } };
  }

  /** Every form's POST: the CSRF checks first (a localized 403 page), then the form's work. */
  async form(
    request: FastifyRequest,
    reply: FastifyReply,
    target: { locale: string; path: string; body: unknown },
    work: FormWork,
  ): Promise<void> {
    const { ctx, frame } = await this.open(request, reply, target.locale, target.path);
    try {
      this.csrf.verify(request, target.body, ctx);
    } catch (error) {
      if (error instanceof CsrfRefused) return this.send(reply, 403, csrfRefusedPage(frame));
      throw error;
    }
    await work(ctx, frame);
  }

  /**
   * Shows a form again after an AppError, with its messages next to the fields (`labels` name
   * them in the page's language); anything but an AppError is a real failure and is thrown on.
   */
  refuse(
    reply: FastifyReply,
    frame: Frame,
    error: unknown,
    form: { labels: Readonly<Record<string, string>>; values: Readonly<Record<string, string>> },
    render: (state: FormState) => SafeHtml,
  ): void {
    if (!isAppError(error)) throw error;
    const { status, form: state } = this.refusal(frame, error, form.labels, form.values);
    this.send(reply, status, render(state));
  }

  send(reply: FastifyReply, status: number, body: SafeHtml): void {
    void reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      // Not the API's no-referrer: under it a browser posts our own forms with `Origin: null`,
      // which the CSRF check must refuse. Other sites still learn nothing (no Referer to them).
      .header('referrer-policy', 'same-origin')
      // Pages depend on who asks (credentials, session cookie) and are never shared by caches.
      .header('cache-control', 'private, no-cache')
      .header('vary', 'authorization, x-api-key, cookie')
      .send(body.value);
  }

  /** After a POST: the browser GETs the next page, so reloading it never sends the form again. */
  seeOther(reply: FastifyReply, location: string): void {
    void reply.status(303).header('location', location).header('cache-control', 'no-cache').send();
  }

  /** A form page asked for while signed out: the sign-in page, which comes back here. */
  signInFirst(reply: FastifyReply, frame: Frame): void {
    void reply
      .status(303)
      .header('location', `/${frame.locale}/sign-in?next=${encodeURIComponent(frame.path)}`)
      .send();
  }

  /**
   * A POST from a record's page that changes the record, then shows it again (303): the CSRF
   * checks, the 404 page for a malformed id, and a refusal as its own page (refuseAction).
   */
  async recordAction(
    request: FastifyRequest,
    reply: FastifyReply,
    target: { locale: string; records: string; id: string; body: unknown },
    refused: (frame: Frame) => string,
    work: (ctx: RequestContext, id: string) => Promise<void>,
  ): Promise<void> {
    const path = `/${target.records}/${encodeURIComponent(target.id)}`;
    await this.form(
      request,
      reply,
      { locale: target.locale, path, body: target.body },
      async (ctx, frame) => {
        if (!UUID.test(target.id)) return this.send(reply, 404, notFoundPage(frame));
        const id = target.id.toLowerCase();
        try {
          await work(ctx, id);
          this.seeOther(reply, `/${frame.locale}/${target.records}/${id}`);
        } catch (error) {
          this.refuseAction(reply, frame, error, refused(frame));
        }
      },
    );
  }

  /**
   * A refused action with no form of its own to show again (a workflow step, a removal): the 404
   * page for a record the caller may not read, else the error's message in the page's language.
   */
  refuseAction(reply: FastifyReply, frame: Frame, error: unknown, title: string): void {
    if (!isAppError(error)) throw error;
    if (error.code === ErrorCode.NOT_FOUND) return this.send(reply, 404, notFoundPage(frame));
    const { status, form } = this.refusal(frame, error, {}, {});
    const message = form.message ?? Object.values(form.errors).join(' ');
    this.send(reply, status, problemPage(frame, title, message));
  }

  /** The input as the GraphQL layer validates it (the same DTO and pipe): AppError otherwise. */
  async validated<T extends object>(type: Type<T>, input: Record<string, unknown>): Promise<T> {
    return (await VALIDATION.transform(input, { type: 'body', metatype: type })) as T;
  }

  /**
   * A refused form shown again: each field's problem next to it, with the field's own label, and the
   * error's message (wrong password, too many attempts) above the form.
   */
  refusal(
    frame: Frame,
    error: AppError,
    labels: Readonly<Record<string, string>>,
    values: Readonly<Record<string, string>>,
  ): { status: number; form: FormState } {
    const locale: UiLocale = frame.locale;
    const say = (key: string, params: Record<string, string | number>) =>
      isMessageLocale(locale) ? this.messages.translate(locale, key, params) : key;
    const errors: Record<string, string> = {};
    for (const problem of error.fields) {
      // `content.title` and `agenda[2]` are the form's `title` and `agenda`.
      const name = (problem.field.split('.').at(-1) ?? problem.field).replace(/\[\d+\]$/, '');
      const label = labels[name] ?? name;
      errors[name] ??= say(`validation.${problem.rule}`, { ...problem.params, field: label });
    }
    const params = { ...error.params };
    if (typeof params['entity'] === 'string') params['entity'] = say(`entities.${params['entity']}`, {});
    const generic = error.messageKey === 'errors.BAD_USER_INPUT' && error.fields.length > 0;
    return {
      status: HTTP_STATUS_BY_CODE[error.code] ?? 400,
      form: { values, errors, message: generic ? undefined : say(error.messageKey, params) },
    };
  }
}

/** A form's text fields, as strings (a field sent twice or not at all is empty). */
export function formFields(body: unknown, names: readonly string[]): Record<string, string> {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    names.map((name) => {
      const value = source[name];
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}

/** A multiple select's values (one value arrives as a string, several as a list). */
export function formList(body: unknown, name: string): string[] {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const value = source[name];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

/**
 * Where to go after signing in: `next` is a page's path without its language (as the header's
 * sign-in link gives it), kept only when it is plainly a path here — never another host (`//x`).
 */
export function afterSignIn(next: string | undefined, locale: UiLocale): string {
  const safe = next !== undefined && /^\/(?!\/)[\w\-./?=&%~+]*$/.test(next);
  return `/${locale}${safe ? next : '/'}`;
}

/**
 * A choice a link preselects in a new form's select (`?networkId=` from a network page): only a
 * plain id, and only a preselection — the select offers what the member may choose, the service
 * checks the rest.
 */
export function preselected(value: unknown): string {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value.toLowerCase() : '';
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
