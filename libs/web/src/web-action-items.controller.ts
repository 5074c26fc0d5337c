import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, type RequestContext } from '#core';
import { ActionItemsService, UpdateActionItemInput } from '#exchanges';
import { problemPage } from './pages/action-items.js';
import {
  actionItemFormPage,
  deleteActionItemPage,
  type ActionItemFormPage,
  type ActionItemTexts,
} from './pages/action-item-form.js';
import type { FormState } from './pages/forms.js';
import type { Frame } from './pages/layout.js';
import { notFoundPage } from './pages/records.js';
import { WebPages, formFields, isAppError } from './web-pages.js';
import { WebPickers, noFilters, pickFilters, type PickFields, type PickFilters } from './web-pickers.js';
import { versionOf } from './web-practice-forms.js';
import { WebReader, type ActionItemView } from './web-reader.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['version', 'description', 'ownerOrganizationId', 'dueDate'] as const;
const PICKERS: PickFields = { ownerOrganizationId: 'organization' };

/** An action item read for a form, with its meeting's or visit's page. */
type Found = { item: ActionItemView; back: string };

/**
 * An existing action item's text, owner and due date, and deleting it (issue 18), through
 * ActionItemsService — updateActionItem's rule (the owner organization's editors or the parent's
 * managers, on the version read) and deleteActionItem's (the parent's managers).
 */
@Controller()
export class WebActionItemsController {
  constructor(
    private readonly pages: WebPages,
    private readonly reader: WebReader,
    private readonly pickers: WebPickers,
    private readonly actionItems: ActionItemsService,
  ) {}

  /** The edit form, for whoever may change the item; signed out: sign in first; anyone else: 404. */
  @Get(':locale/action-items/:id/edit')
  async edit(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const opened = await this.open(request, reply, locale, id, '/edit', (item) => item.editable);
    if (!opened) return;
    const { ctx, frame, found } = opened;
    const form = { values: storedValues(found.item), errors: {} };
    await this.show(ctx, reply, frame, 200, { found, form });
  }

  @Post(':locale/action-items/:id/edit')
  async save(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formFields(body, FIELDS);
    const filters = pickFilters(body, PICKERS);
    const path = `/action-items/${encodeURIComponent(id)}/edit`;
    await this.pages.form(request, reply, { locale, path, body }, async (ctx, frame) => {
      const found = await this.find(ctx, id);
      if (!found) return this.pages.send(reply, 404, notFoundPage(frame));
      const form = { values, errors: {} };
      // A list filtered without script: the form again as typed, nothing saved.
      if (filters.filtering) return this.show(ctx, reply, frame, 200, { found, form, filters });
      try {
        const input = await this.pages.validated(UpdateActionItemInput, {
          description: values['description'],
          ownerOrganizationId: values['ownerOrganizationId'] || null,
          dueDate: values['dueDate'] || null,
        });
        await this.actionItems.update(ctx, found.item.id, versionOf(values), input);
        this.pages.seeOther(reply, `/${frame.locale}${found.back}#action-${found.item.id}`);
      } catch (error) {
        await this.refuse(ctx, reply, frame, { found, values, filters }, error);
      }
    });
  }

  /** Asks before deleting, for the item's meeting's or visit's managers; anyone else: 404. */
  @Get(':locale/action-items/:id/delete')
  async confirmDelete(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const opened = await this.open(request, reply, locale, id, '/delete', (item) => item.deletable);
    if (!opened) return;
    const { frame, found } = opened;
    const item = { id: found.item.id, description: found.item.description, back: found.back };
    this.pages.send(reply, 200, deleteActionItemPage(frame, item));
  }

  @Post(':locale/action-items/:id/delete')
  async delete(
    @Param('locale') locale: string,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const path = `/action-items/${encodeURIComponent(id)}/delete`;
    await this.pages.form(request, reply, { locale, path, body }, async (ctx, frame) => {
      const found = await this.find(ctx, id);
      if (!found) return this.pages.send(reply, 404, notFoundPage(frame));
      try {
        await this.actionItems.delete(ctx, found.item.id);
        this.pages.seeOther(reply, `/${frame.locale}${found.back}`);
      } catch (error) {
        this.pages.refuseAction(reply, frame, error, frame.t('actionItem.notDeleted'));
      }
    });
  }

  /**
   * A page about an item the caller may use (`allowed`, the service's rule as the reader saw it):
   * signed-out visitors are asked to sign in, anyone else gets the 404 page; null then.
   */
  private async open(
    request: FastifyRequest,
    reply: FastifyReply,
    locale: string,
    id: string,
    suffix: string,
    allowed: (item: ActionItemView) => boolean,
  ): Promise<{ ctx: RequestContext; frame: Frame; found: Found } | null> {
    const path = `/action-items/${encodeURIComponent(id)}${suffix}`;
    const { ctx, frame } = await this.pages.open(request, reply, locale, path);
    if (ctx.principal.kind === 'anonymous') {
      this.pages.signInFirst(reply, frame);
      return null;
    }
    const found = await this.find(ctx, id);
    if (found && allowed(found.item)) return { ctx, frame, found };
    this.pages.send(reply, 404, notFoundPage(frame));
    return null;
  }

  /** An item the caller may read, or null (a malformed id too). */
  private find(ctx: RequestContext, id: string): Promise<Found | null> {
    return UUID.test(id) ? this.reader.actionItem(ctx, id.toLowerCase()) : Promise.resolve(null);
  }

  private async show(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    status: number,
    shown: {
      found: Found;
      form: FormState;
      filters?: PickFilters;
      conflict?: ActionItemFormPage['conflict'];
      alsoListed?: string[];
    },
  ): Promise<void> {
    const alsoListed = { ownerOrganizationId: shown.alsoListed ?? [] };
    const lists = await this.pickers.lists(
      ctx,
      PICKERS,
      shown.form.values,
      shown.filters ?? noFilters,
      alsoListed,
    );
    const page: ActionItemFormPage = {
      id: shown.found.item.id,
      back: shown.found.back,
      form: shown.form,
      owners: lists['ownerOrganizationId']!,
      // Giving the item to another owner is its meeting's or visit's managers' (deleteActionItem's) rule.
      ...(shown.found.item.deletable ? {} : { fixedOwner: shown.found.item.owner?.name ?? '' }),
      ...(shown.conflict ? { conflict: shown.conflict } : {}),
    };
    this.pages.send(reply, status, actionItemFormPage(frame, page));
  }

  /**
   * The form again with the messages next to the fields; a refusal not about the input (not
   * allowed) is its own page; on CONFLICT the item saved meanwhile beside the refused text, and the
   * form on the current version with what was typed, so saving again is a choice made knowing both.
   */
  private async refuse(
    ctx: RequestContext,
    reply: FastifyReply,
    frame: Frame,
    posted: { found: Found; values: Record<string, string>; filters: PickFilters },
    error: unknown,
  ): Promise<void> {
    if (!isAppError(error)) throw error;
    if (error.code === ErrorCode.NOT_FOUND) return this.pages.send(reply, 404, notFoundPage(frame));
    const { status, form } = this.pages.refusal(frame, error, labels(frame), posted.values);
    if (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.UNAUTHENTICATED)
      return this.pages.send(
        reply,
        status,
        problemPage(frame, frame.t('actionItem.notSaved'), form.message ?? ''),
      );
    if (error.code !== ErrorCode.CONFLICT)
      return this.show(ctx, reply, frame, status, { found: posted.found, form, filters: posted.filters });
    ctx.clearLoaders();
    const current = await this.find(ctx, posted.found.item.id);
    if (!current) return this.pages.send(reply, 404, notFoundPage(frame));
    const yours = { ...posted.values, version: String(current.item.version) };
    await this.show(ctx, reply, frame, status, {
      found: current,
      form: { values: yours, errors: {} },
      conflict: { saved: savedTexts(current.item), yours: await this.yoursTexts(ctx, posted.values) },
      alsoListed: current.item.ownerOrganizationId ? [current.item.ownerOrganizationId] : [],
    });
  }

  /** The refused text as the conflict view shows it: the chosen owner by name. */
  private async yoursTexts(ctx: RequestContext, values: Record<string, string>): Promise<ActionItemTexts> {
    const ownerId = values['ownerOrganizationId'] ?? '';
    const owner = UUID.test(ownerId)
      ? await this.reader.organizationRef(ctx, ownerId.toLowerCase()).catch(() => null)
      : null;
    return {
      description: values['description'] ?? '',
      owner: owner?.name ?? '',
      dueDate: values['dueDate'] ?? '',
    };
  }
}

function storedValues(item: ActionItemView): Record<string, string> {
  return {
    version: String(item.version),
    description: item.description,
    ownerOrganizationId: item.ownerOrganizationId ?? '',
    dueDate: item.dueDate ?? '',
  };
}

function savedTexts(item: ActionItemView): ActionItemTexts {
  return { description: item.description, owner: item.owner?.name ?? '', dueDate: item.dueDate ?? '' };
}

/** Field names as the DTO gives them, labelled as the form labels them. */
function labels(frame: Frame): Record<string, string> {
  const { t } = frame;
  return {
    description: t('meetingForm.actionDescription'),
    ownerOrganizationId: t('exchange.owner'),
    dueDate: t('exchange.due'),
  };
}
