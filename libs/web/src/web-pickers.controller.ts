import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type RequestDeadline } from '#core';
import { PICK_KINDS, type PickKind } from './pick-lists.js';
import { WebContexts } from './web-context.js';
import { WebPages, isAppError } from './web-pages.js';
import { WebPickers } from './web-pickers.js';

const isPickKind = (kind: string): kind is PickKind => (PICK_KINDS as readonly string[]).includes(kind);

/**
 * The pickers' search as you type: `GET /{locale}/pick/{kind}?q=` answers at most 20
 * `{ id, label }` whose name contains `q`, named in the page's language. It reads as a GraphQL
 * query does: the caller's session through the same Authenticator, the same time budget, the same
 * directory services and their read rules, the same validation of the filter (`nameContains`).
 */
@Controller()
export class WebPickersController {
  constructor(
    private readonly contexts: WebContexts,
    private readonly pages: WebPages,
    private readonly pickers: WebPickers,
  ) {}

  @Get(':locale/pick/:kind')
  async pick(
    @Param('locale') locale: string,
    @Param('kind') kind: string,
    @Query('q') q: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const frame = this.pages.frame(locale, `/pick/${encodeURIComponent(kind)}`);
    if (!isPickKind(kind)) throw new NotFoundException();
    try {
      // One text: `?q=a&q=b` is not a question this endpoint answers.
      if (q !== undefined && typeof q !== 'string') throw AppError.invalidField('q', 'invalid');
      const ctx = await this.contexts.create(request, reply, frame.locale);
      const found = await withinBudget(ctx.deadline, this.pickers.answer(ctx, kind, q ?? ''));
      send(
        reply,
        200,
        found.map((r) => ({ id: r.id, label: r.name })),
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      const label = frame.t('picker.query');
      const { status, form } = this.pages.refusal(frame, error, { q: label, nameContains: label }, {});
      const message = [form.message, ...Object.values(form.errors)].filter(Boolean).join(' ');
      send(reply, status, { errors: [{ message, extensions: { code: error.code } }] });
    }
  }
}

/**
 * The work's answer within the request's time budget, as a GraphQL query field gets it
 * (TimeBudgetInterceptor): TIME_LIMIT_EXCEEDED (503) when the budget is spent first.
 */
export async function withinBudget<T>(deadline: RequestDeadline, work: Promise<T>): Promise<T> {
  if (deadline.unlimited) return work;
  if (deadline.expired) {
    work.catch(() => undefined); // its failure, if any, is not the answer
    throw deadline.error();
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadline.error()), deadline.remainingMs());
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * JSON that stays inert even if something renders it as HTML: `<`, `>` and `&` are written as
 * `\u003c` … (the API's headers add `nosniff` and `default-src 'none'`). Answers depend on the
 * caller's session, so no cache shares them.
 */
function send(reply: FastifyReply, status: number, body: unknown): void {
  const json = JSON.stringify(body).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  void reply
    .status(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'private, no-cache')
    .header('vary', 'authorization, x-api-key, cookie')
    .send(json);
}
