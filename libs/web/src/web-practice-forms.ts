import { Injectable } from '@nestjs/common';
import { AppError, type RequestContext } from '#core';
import {
  CreatePracticeInput,
  PracticeContentInput,
  PracticeEditingService,
  PracticesService,
  type PracticeTransition,
  type PracticeView,
} from '#practices';
import { PRACTICE_SECTIONS, type PracticeFormOptions, type PracticeTexts } from './pages/practice-form.js';
import { emptyPickList } from './pick-lists.js';
import { WebPages } from './web-pages.js';
import { WebPickers, noFilters, type PickFields, type PickFilters } from './web-pickers.js';

/** The form's text fields: the DTOs' own names, so their errors land next to them. */
export const PRACTICE_FIELDS = [
  'organizationId',
  'language',
  'version',
  'visibility',
  'title',
  ...PRACTICE_SECTIONS,
] as const;

/** The status changes the practice page offers, by the name the service knows them by. */
export const PRACTICE_TRANSITIONS: readonly PracticeTransition[] = [
  'submit',
  'publish',
  'returnToDraft',
  'archive',
];

/** The new practice form's pick lists (the organization is one for admins only). */
export const PRACTICE_PICKERS: PickFields = {
  organizationId: 'organization',
  sharedWithNetworkIds: 'network',
};

/** A practice form as posted: its text fields and the networks to share it with. */
export interface PracticeForm {
  values: Record<string, string>;
  networks: string[];
}

/**
 * What the practice forms read and write, through the practices module's editing service and its
 * input classes: the same validation pipe, workflow, permissions and version checks as GraphQL.
 */
@Injectable()
export class WebPracticeForms {
  constructor(
    private readonly pages: WebPages,
    private readonly pickers: WebPickers,
    private readonly practices: PracticesService,
    private readonly editing: PracticeEditingService,
  ) {}

  /**
   * Organizations the member edits (any, through a picker, for admins) may write practices; any
   * network to share with, always with the form's chosen ones (`values`) and its filters.
   */
  async options(
    ctx: RequestContext,
    values: Readonly<Record<string, string>>,
    filters: PickFilters = noFilters,
  ): Promise<PracticeFormOptions> {
    const fields: PickFields = ctx.isAdmin ? PRACTICE_PICKERS : { sharedWithNetworkIds: 'network' };
    const lists = await this.pickers.lists(ctx, fields, values, filters);
    return {
      writers: lists['organizationId'] ?? (await this.pickers.edited(ctx, values['organizationId'])),
      networks: lists['sharedWithNetworkIds'] ?? emptyPickList('network'),
    };
  }

  /** A practice the caller may edit, or null (unknown, unreadable or someone else's). */
  async editable(ctx: RequestContext, id: string): Promise<PracticeView | null> {
    const view = await this.practices.get(ctx, id).catch(() => null);
    return view && (await this.editing.mayEdit(ctx, view.practice)) ? view : null;
  }

  /** The text in one language as the edit form shows it (empty for a translation not written yet). */
  async texts(ctx: RequestContext, id: string, language: string): Promise<PracticeTexts> {
    const text = (await this.practices.translations(ctx, id)).find((t) => t.language === language);
    return practiceTexts((name) => text?.[name]);
  }

  /** Writes a practice as a draft of the chosen organization. */
  async create(ctx: RequestContext, form: PracticeForm): Promise<string> {
    const v = form.values;
    const input = await this.pages.validated(CreatePracticeInput, {
      organizationId: v['organizationId'],
      visibility: v['visibility'] || undefined,
      sharedWithNetworkIds: form.networks,
      content: content(v),
    });
    return (await this.editing.create(ctx, input)).view.practice.id;
  }

  /** Adds or replaces the text in one language, on the version the editor read (CONFLICT otherwise). */
  async saveText(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const input = await this.pages.validated(PracticeContentInput, content(values));
    await this.editing.saveTranslation(ctx, id, versionOf(values), input);
  }

  /** Submits, publishes or returns the practice, on the version the page showed. */
  async move(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const transition = PRACTICE_TRANSITIONS.find((t) => t === values['transition']);
    if (!transition) throw AppError.invalidField('transition', 'invalid');
    await this.editing.move(ctx, id, versionOf(values), transition);
  }

  /** The current version and the texts saved now, for the conflict view. */
  async saved(ctx: RequestContext, id: string, language: string): Promise<[number, PracticeTexts]> {
    ctx.clearLoaders();
    const view = await this.practices.get(ctx, id);
    return [view.practice.version, await this.texts(ctx, id, language)];
  }
}

/** A practice's text from wherever it is kept (a translation, a posted form); missing is empty. */
export function practiceTexts(
  valueOf: (name: keyof PracticeTexts) => string | null | undefined,
): PracticeTexts {
  const v = (name: keyof PracticeTexts) => valueOf(name) ?? '';
  return {
    title: v('title'),
    summary: v('summary'),
    challenge: v('challenge'),
    solution: v('solution'),
    results: v('results'),
    lessonsLearned: v('lessonsLearned'),
    transferability: v('transferability'),
  };
}

export function versionOf(values: Record<string, string>): number {
  const version = Number(values['version']);
  if (!Number.isInteger(version)) throw AppError.invalidField('version', 'integer');
  return version;
}

/** The text in one language; empty sections are left out. */
function content(v: Record<string, string>): Record<string, unknown> {
  const optional = (name: string) => (v[name]?.trim() ? v[name] : null);
  return {
    language: v['language'],
    title: v['title'],
    ...Object.fromEntries(PRACTICE_SECTIONS.map((name) => [name, optional(name)])),
  };
}
