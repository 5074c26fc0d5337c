import { Injectable, type Type } from '@nestjs/common';
import { AppError, type RequestContext } from '#core';
import {
  ActionItemsService,
  CreateStudyVisitInput,
  StudyVisitDetailsInput,
  StudyVisitsService,
  type StudyVisitView,
} from '#exchanges';
import type { StudyVisitFormOptions, StudyVisitTexts } from './pages/study-visit-form.js';
import { ACTION_FIELDS, ACTION_OWNER_PICKERS, validatedTogether } from './web-form-rows.js';
import { WebPages } from './web-pages.js';
import { WebPickers, noFilters, type PickFields, type PickFilters } from './web-pickers.js';

/** The form's text fields: the DTOs' own names, so their errors land next to them. */
export const STUDY_VISIT_FIELDS = [
  'organizationId',
  'language',
  'version',
  'title',
  'startDate',
  'endDate',
  'networkId',
  'visibility',
  'programme',
  'purpose',
  'learnings',
  ...ACTION_FIELDS,
] as const;

/** The form's multiple selects. */
export const STUDY_VISIT_LISTS = ['hostOrganizationIds', 'hostCityIds', 'visitorOrganizationIds'] as const;
type StudyVisitList = (typeof STUDY_VISIT_LISTS)[number];

/** The form's pick lists (who records is one for admins only: an editor picks among theirs). */
export const STUDY_VISIT_PICKERS: PickFields = {
  organizationId: 'organization',
  hostOrganizationIds: 'organization',
  hostCityIds: 'city',
  visitorOrganizationIds: 'organization',
  networkId: 'network',
  ...ACTION_OWNER_PICKERS,
};
const { organizationId: _recorder, ...withoutRecorder } = STUDY_VISIT_PICKERS;

/** A study visit form as posted: its text fields and its multiple selects. */
export interface StudyVisitForm {
  values: Record<string, string>;
  lists: Record<StudyVisitList, string[]>;
}

/** A programme line: an ISO date, then the item's title ("2026-05-04 Visit to the market hall"). */
const PROGRAMME_LINE = /^(\S+)\s+(.*)$/;

/**
 * What the study visit forms read and write, through StudyVisitsService and the exchanges' DTOs:
 * the same validation (the GraphQL input classes through the same pipe), rules and version checks.
 */
@Injectable()
export class WebStudyVisitForms {
  constructor(
    private readonly pages: WebPages,
    private readonly pickers: WebPickers,
    private readonly visits: StudyVisitsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  /**
   * Organizations the member edits (any, through a picker, for admins) may record visits; any
   * network, host or city, always with the form's chosen ones (`values`) and its filters.
   */
  async options(
    ctx: RequestContext,
    values: Readonly<Record<string, string>>,
    filters: PickFilters = noFilters,
  ): Promise<StudyVisitFormOptions> {
    const fields = ctx.isAdmin ? STUDY_VISIT_PICKERS : withoutRecorder;
    const lists = await this.pickers.lists(ctx, fields, values, filters);
    const recorders = lists['organizationId'] ?? (await this.pickers.edited(ctx, values['organizationId']));
    return { recorders, lists };
  }

  /** An existing visit as the edit form shows it: its text in its original language. */
  async valuesOf(ctx: RequestContext, view: StudyVisitView): Promise<StudyVisitForm> {
    const v = view.visit;
    const text = (await this.visits.translations(ctx, v.id)).find((t) => t.language === v.originalLanguage);
    const [hosts, visitors, hostCities] = await Promise.all([
      this.visits.organizations(ctx, v.id, 'HOST'),
      this.visits.organizations(ctx, v.id, 'VISITOR'),
      this.visits.hostCityIds(ctx, v.id),
    ]);
    return {
      values: {
        version: String(v.version),
        language: v.originalLanguage,
        startDate: v.startDate,
        endDate: v.endDate,
        networkId: v.networkId ?? '',
        visibility: v.visibility,
        programme: view.items.map(itemLine).join('\n'),
        ...textsOf(text ?? null),
      },
      lists: {
        hostOrganizationIds: hosts,
        hostCityIds: hostCities,
        // The recording organization is always a visitor; the form lists the others.
        visitorOrganizationIds: visitors.filter((id) => id !== v.ownerOrganizationId),
      },
    };
  }

  /** Records a visit and its action items; every input is validated before anything is written. */
  async create(ctx: RequestContext, form: StudyVisitForm): Promise<string> {
    const [input, rows] = await validatedTogether(
      this.pages,
      this.validated(CreateStudyVisitInput, {
        organizationId: form.values['organizationId'],
        ...details(form),
        content: text(form.values),
      }),
      form.values,
    );
    const { visit } = await this.visits.create(ctx, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, studyVisitId: visit.id });
    return visit.id;
  }

  /** Changes a visit on the version the editor read (CONFLICT otherwise) and adds action items. */
  async update(ctx: RequestContext, id: string, form: StudyVisitForm): Promise<void> {
    const version = Number(form.values['version']);
    if (!Number.isInteger(version)) throw AppError.invalidField('version', 'integer');
    // The form shows no item's host organization (set through the API): an unchanged item keeps it.
    const view = await this.visits.get(ctx, id).catch(() => null);
    const hosts = new Map((view?.items ?? []).map((item) => [itemLine(item), item.hostOrganizationId]));
    const [input, rows] = await validatedTogether(
      this.pages,
      this.validated(StudyVisitDetailsInput, { ...details(form, hosts), translations: [text(form.values)] }),
      form.values,
    );
    await this.visits.update(ctx, id, version, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, studyVisitId: id });
  }

  /** The texts saved now, for the conflict view. */
  async savedTexts(ctx: RequestContext, id: string, language: string): Promise<StudyVisitTexts> {
    ctx.clearLoaders();
    const view = await this.visits.get(ctx, id);
    const text = (await this.visits.translations(ctx, id)).find((t) => t.language === language);
    return {
      ...textsOf(text ?? null),
      programme: view.items.map(itemLine).join('\n'),
    };
  }

  /** The pipe's validation, with a programme item's problem shown next to the programme field. */
  private async validated<T extends object>(type: Type<T>, input: Record<string, unknown>): Promise<T> {
    try {
      return await this.pages.validated(type, input);
    } catch (error) {
      if (!(error instanceof AppError) || error.fields.length === 0) throw error;
      const fields = error.fields.map((f) =>
        f.field.startsWith('programme') ? { ...f, field: 'programme' } : f,
      );
      throw AppError.invalid(fields);
    }
  }
}

/** The visit's own fields from the form; empty optional fields clear the value. */
function details(
  form: StudyVisitForm,
  hosts: ReadonlyMap<string, string | null> = new Map(),
): Record<string, unknown> {
  const v = form.values;
  return {
    startDate: v['startDate'] || undefined,
    endDate: v['endDate'] || undefined,
    networkId: v['networkId'] || null,
    visibility: v['visibility'] || undefined,
    programme: programmeOf(v['programme'] ?? '').map((item) => ({
      ...item,
      hostOrganizationId: hosts.get(itemLine(item)) ?? null,
    })),
    ...form.lists,
  };
}

/** The programme, one item per line: its date, a space, its title. */
function programmeOf(lines: string): { date: string; title: string }[] {
  return lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = PROGRAMME_LINE.exec(line);
      return match ? { date: match[1] ?? '', title: match[2] ?? '' } : { date: line, title: '' };
    });
}

/** A programme item as the form writes it: "2026-05-04 Visit to the market hall". */
function itemLine(item: { date: string; title: string }): string {
  return `${item.date} ${item.title}`;
}

/** The text in one language. */
function text(v: Record<string, string>): Record<string, unknown> {
  const optional = (name: string) => (v[name]?.trim() ? v[name] : null);
  return {
    language: v['language'],
    title: v['title'],
    purpose: optional('purpose'),
    learnings: optional('learnings'),
  };
}

function textsOf(
  t: { title: string; purpose: string | null; learnings: string | null } | null,
): Omit<StudyVisitTexts, 'programme'> {
  return { title: t?.title ?? '', purpose: t?.purpose ?? '', learnings: t?.learnings ?? '' };
}
