import { Injectable, type Type } from '@nestjs/common';
import { AppError, normalizeLanguage, type RequestContext } from '#core';
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
import {
  ITEM_FIELDS,
  itemLine,
  itemOf,
  itemRows,
  programmeLines,
  withItemHosts,
} from './web-study-visit-items.js';

/** The form's text fields: the DTOs' own names, so their errors land next to them. */
export const STUDY_VISIT_FIELDS = [
  'organizationId',
  'language',
  'version',
  'title',
  'startDate',
  'endDate',
  'networkId',
  'fundingProgrammeId',
  'visibility',
  'programme',
  'purpose',
  'learnings',
  ...ACTION_FIELDS,
  ...ITEM_FIELDS,
];

/** The form's multiple selects. */
export const STUDY_VISIT_LISTS = [
  'hostOrganizationIds',
  'hostCityIds',
  'visitorOrganizationIds',
  'participantIds',
  'topicIds',
  'relatedPracticeIds',
] as const;
type StudyVisitList = (typeof STUDY_VISIT_LISTS)[number];

/** The form's pick lists (who records is one for admins only: an editor picks among theirs). */
export const STUDY_VISIT_PICKERS: PickFields = {
  organizationId: 'organization',
  hostOrganizationIds: 'organization',
  hostCityIds: 'city',
  visitorOrganizationIds: 'organization',
  networkId: 'network',
  fundingProgrammeId: 'programme',
  participantIds: 'person',
  topicIds: 'topic',
  relatedPracticeIds: 'practice',
  ...ACTION_OWNER_PICKERS,
};
const { organizationId: _recorder, ...withoutRecorder } = STUDY_VISIT_PICKERS;

/** A study visit form as posted: its text fields and its multiple selects. */
export interface StudyVisitForm {
  values: Record<string, string>;
  lists: Record<StudyVisitList, string[]>;
}

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
    // An item's host is one of the visit's hosts as ticked on the form (or the one it has).
    const hosts = (values['hostOrganizationIds'] ?? '').split(',').filter(Boolean);
    const itemHosts = await Promise.all(
      Array.from({ length: itemRows(values) }, (_, i) => {
        const chosen = values[`itemHost-${i}`] ?? '';
        return this.pickers.fixed(ctx, 'organization', [...hosts, chosen], chosen);
      }),
    );
    itemHosts.forEach((list, i) => (lists[`itemHost-${i}`] = list));
    return { recorders, lists };
  }

  /** The posted values with one host row per programme line (an edit's stored hosts as the default). */
  async withItemHosts(
    ctx: RequestContext,
    visitId: string | null,
    values: Readonly<Record<string, string>>,
  ): Promise<Record<string, string>> {
    const view = visitId ? await this.visits.get(ctx, visitId).catch(() => null) : null;
    return withItemHosts(values, storedHosts(view));
  }

  /** An existing visit as the edit form shows it: its text in its original language. */
  async valuesOf(ctx: RequestContext, view: StudyVisitView): Promise<StudyVisitForm> {
    const v = view.visit;
    const text = (await this.visits.translations(ctx, v.id)).find((t) => t.language === v.originalLanguage);
    const [hosts, visitors, hostCities, participants, topics, practices] = await Promise.all([
      this.visits.organizations(ctx, v.id, 'HOST'),
      this.visits.organizations(ctx, v.id, 'VISITOR'),
      this.visits.hostCityIds(ctx, v.id),
      this.visits.participantIds(ctx, v.id),
      this.visits.topicIds(ctx, v.id),
      this.visits.practiceIds(ctx, v.id),
    ]);
    const values = {
      version: String(v.version),
      language: v.originalLanguage,
      startDate: v.startDate,
      endDate: v.endDate,
      networkId: v.networkId ?? '',
      fundingProgrammeId: v.fundingProgrammeId ?? '',
      visibility: v.visibility,
      programme: view.items.map(itemLine).join('\n'),
      ...textsOf(text ?? null),
    };
    return {
      values: withItemHosts(values, storedHosts(view)),
      lists: {
        hostOrganizationIds: hosts,
        hostCityIds: hostCities,
        // The recording organization is always a visitor; the form lists the others.
        visitorOrganizationIds: visitors.filter((id) => id !== v.ownerOrganizationId),
        participantIds: participants,
        topicIds: topics,
        relatedPracticeIds: practices,
      },
    };
  }

  /** Records a visit and its action items; every input is validated before anything is written. */
  async create(ctx: RequestContext, form: StudyVisitForm): Promise<string> {
    const values = withItemHosts(form.values);
    const [input, rows] = await validatedTogether(
      this.pages,
      this.validated(CreateStudyVisitInput, {
        organizationId: values['organizationId'],
        ...details({ ...form, values }),
        content: text(values),
      }),
      values,
    );
    await this.actionItems.assertOwnersExist(rows);
    const { visit } = await this.visits.create(ctx, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, studyVisitId: visit.id });
    return visit.id;
  }

  /**
   * Changes a visit on the version the editor read (CONFLICT otherwise) and adds action items. The
   * text in another language than the original is a translation: only it is written (added or
   * replaced), as `updateStudyVisit` with `translations` alone.
   */
  async update(ctx: RequestContext, id: string, form: StudyVisitForm): Promise<void> {
    const version = versionOf(form.values);
    const view = await this.visits.get(ctx, id).catch(() => null);
    if (view && form.values['language'] !== view.visit.originalLanguage) {
      const input = await this.validated(StudyVisitDetailsInput, { translations: [text(form.values)] });
      await this.visits.update(ctx, id, version, input);
      return;
    }
    const values = withItemHosts(form.values, storedHosts(view));
    const [input, rows] = await validatedTogether(
      this.pages,
      this.validated(StudyVisitDetailsInput, {
        ...details({ ...form, values }),
        // Those the editor may not read are not on the form; the service keeps their links.
        relatedPracticeIds: form.lists.relatedPracticeIds,
        translations: [text(values)],
      }),
      values,
    );
    await this.actionItems.assertOwnersExist(rows);
    await this.visits.update(ctx, id, version, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, studyVisitId: id });
  }

  /** Removes the text in one language, on the version the page showed (the service keeps the original). */
  async removeTranslation(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const version = versionOf(values);
    const language = normalizeLanguage(values['language'] ?? '');
    if (!language) throw AppError.invalidField('language', 'languageCode');
    const input = await this.pages.validated(StudyVisitDetailsInput, { removeLanguages: [language] });
    // The service refuses the original language and one the visit is not written in.
    await this.visits.update(ctx, id, version, input);
  }

  /** The visit's text in one language, or null. */
  async translation(ctx: RequestContext, id: string, language: unknown): Promise<StudyVisitTexts | null> {
    const found = (await this.visits.translations(ctx, id)).find((t) => t.language === language);
    return found ? { ...textsOf(found), programme: '' } : null;
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

/**
 * The visit's own fields from the form (its values with one host row per programme line);
 * empty optional fields clear the value.
 */
function details(form: StudyVisitForm): Record<string, unknown> {
  const v = form.values;
  return {
    startDate: v['startDate'] || undefined,
    endDate: v['endDate'] || undefined,
    networkId: v['networkId'] || null,
    fundingProgrammeId: v['fundingProgrammeId'] || null,
    visibility: v['visibility'] || undefined,
    programme: programmeLines(v['programme'] ?? '').map((line, i) => ({
      ...itemOf(line),
      hostOrganizationId: v[`itemHost-${i}`] || null,
    })),
    ...form.lists,
  };
}

/** The stored programme's hosts by line, the default of each line's host select. */
function storedHosts(view: StudyVisitView | null): Map<string, string | null> {
  return new Map((view?.items ?? []).map((item) => [itemLine(item), item.hostOrganizationId]));
}

/** The version the form was read at; anything else is refused as the API refuses it. */
function versionOf(values: Readonly<Record<string, string>>): number {
  const version = Number(values['version']);
  if (!Number.isInteger(version)) throw AppError.invalidField('version', 'integer');
  return version;
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
