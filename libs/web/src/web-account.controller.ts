import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '#core';
import {
  AcceptInvitationInput,
  InvitationsService,
  LoginInput,
  ResetPasswordInput,
  SessionsService,
} from '#identity';
import { uiLocaleFor } from './i18n/web-i18n.js';
import { invitationPage, resetPage, resetRequestPage, signInPage } from './pages/account.js';
import { emptyForm } from './pages/forms.js';
import { WebSessions } from './session/web-sessions.js';
import { WebPages, afterSignIn, formFields } from './web-pages.js';

const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/**
 * Signing in and out, accepting an invitation, resetting a password: the same identity services,
 * throttling and messages as the GraphQL mutations, as HTML forms that work without JavaScript
 * (POST → 303). The session is what identity issues, in HttpOnly cookies (WebSessions).
 */
@Controller()
export class WebAccountController {
  constructor(
    private readonly pages: WebPages,
    private readonly webSessions: WebSessions,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
  ) {}

  /** The emailed links (identity writes `/accept-invitation?token=` and `/reset-password?token=`). */
  @Get('accept-invitation')
  invitationLink(@Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const locale = uiLocaleFor(request.headers['accept-language']);
    const path = typeof token === 'string' && TOKEN.test(token) ? `invitations/${token}` : '';
    void reply.status(302).header('location', `/${locale}/${path}`).send();
  }

  @Get('reset-password')
  resetLink(@Query('token') token: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const locale = uiLocaleFor(request.headers['accept-language']);
    const path = typeof token === 'string' && TOKEN.test(token) ? `/${token}` : '';
    void reply.status(302).header('location', `/${locale}/reset-password${path}`).send();
  }

  @Get(':locale/sign-in')
  async signInForm(
    @Param('locale') locale: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { frame } = await this.pages.open(request, reply, locale, '/sign-in');
    const next = typeof query['next'] === 'string' ? query['next'] : '/';
    const done = query['done'] === 'reset' ? frame.t('account.resetDone') : null;
    this.pages.send(reply, 200, signInPage(frame, emptyForm, next, done));
  }

  @Post(':locale/sign-in')
  async signIn(
    @Param('locale') locale: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['email', 'password', 'next']);
    await this.pages.form(request, reply, { locale, path: '/sign-in', body }, async (ctx, frame) => {
      try {
        const input = await this.pages.validated(LoginInput, values);
        this.webSessions.start(request, reply, await this.sessions.login(ctx, input.email, input.password));
        this.pages.seeOther(reply, afterSignIn(values['next'], frame.locale));
      } catch (error) {
        const labels = { email: frame.t('account.email'), password: frame.t('account.password') };
        this.pages.refuse(reply, frame, error, { labels, values }, (form) =>
          signInPage(frame, form, values['next'] ?? '/', null),
        );
      }
    });
  }

  @Post(':locale/sign-out')
  async signOut(
    @Param('locale') locale: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.pages.form(request, reply, { locale, path: '/', body }, async (_ctx, frame) => {
      await this.webSessions.end(request, reply);
      this.pages.seeOther(reply, `/${frame.locale}/`);
    });
  }

  @Get(':locale/invitations/:token')
  async invitationForm(
    @Param('locale') locale: string,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { frame } = await this.pages.open(
      request,
      reply,
      locale,
      `/invitations/${encodeURIComponent(token)}`,
    );
    this.pages.send(reply, 200, invitationPage(frame, emptyForm, token));
  }

  @Post(':locale/invitations/:token')
  async acceptInvitation(
    @Param('locale') locale: string,
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['displayName', 'password']);
    const path = `/invitations/${encodeURIComponent(token)}`;
    await this.pages.form(request, reply, { locale, path: path, body }, async (ctx, frame) => {
      try {
        const input = await this.pages.validated(AcceptInvitationInput, {
          ...values,
          token,
          preferredLocale: frame.locale,
        });
        const session = await this.invitations.accept(
          ctx,
          input.token,
          input.displayName,
          input.password,
          frame.locale,
        );
        this.webSessions.start(request, reply, session);
        this.pages.seeOther(reply, `/${frame.locale}/`);
      } catch (error) {
        const labels = { displayName: frame.t('account.name'), password: frame.t('account.password') };
        this.pages.refuse(reply, frame, error, { labels, values }, (form) =>
          invitationPage(frame, form, token),
        );
      }
    });
  }

  @Get(':locale/reset-password')
  async resetRequestForm(
    @Param('locale') locale: string,
    @Query('sent') sent: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { frame } = await this.pages.open(request, reply, locale, '/reset-password');
    this.pages.send(reply, 200, resetRequestPage(frame, emptyForm, sent === '1'));
  }

  @Post(':locale/reset-password')
  async requestReset(
    @Param('locale') locale: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['email']);
    await this.pages.form(request, reply, { locale, path: '/reset-password', body }, async (ctx, frame) => {
      try {
        const email = (values['email'] ?? '').trim();
        if (!email) throw AppError.invalidField('email', 'required');
        // The mutation's own answer: the same whether or not the address has an account.
        await this.invitations.requestPasswordReset(ctx, email.slice(0, 254));
        this.pages.seeOther(reply, `/${frame.locale}/reset-password?sent=1`);
      } catch (error) {
        const labels = { email: frame.t('account.email') };
        this.pages.refuse(reply, frame, error, { labels, values }, (form) =>
          resetRequestPage(frame, form, false),
        );
      }
    });
  }

  @Get(':locale/reset-password/:token')
  async resetForm(
    @Param('locale') locale: string,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const path = `/reset-password/${encodeURIComponent(token)}`;
    const { frame } = await this.pages.open(request, reply, locale, path);
    this.pages.send(reply, 200, resetPage(frame, emptyForm, token));
  }

  @Post(':locale/reset-password/:token')
  async reset(
    @Param('locale') locale: string,
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, ['newPassword']);
    const path = `/reset-password/${encodeURIComponent(token)}`;
    await this.pages.form(request, reply, { locale, path: path, body }, async (_ctx, frame) => {
      try {
        const input = await this.pages.validated(ResetPasswordInput, { ...values, token });
        await this.invitations.resetPassword(input.token, input.newPassword);
        // Every session of the account ended, this browser's too.
        await this.webSessions.end(request, reply);
        this.pages.seeOther(reply, `/${frame.locale}/sign-in?done=reset`);
      } catch (error) {
        const labels = { newPassword: frame.t('account.newPassword') };
        this.pages.refuse(reply, frame, error, { labels, values }, (form) => resetPage(frame, form, token));
      }
    });
  }
}
