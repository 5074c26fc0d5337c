import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode, type RequestContext } from '#core';
import { ActionItemsService, UpdateActionItemInput } from '#exchanges';
import { actionConflictPage, problemPage } from './pages/action-items.js';
import type { Frame } from './pages/layout.js';
import { notFoundPage } from './pages/records.js';
import { WebPages, formFields, isAppError } from './web-pages.js';
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
  ) {}

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
