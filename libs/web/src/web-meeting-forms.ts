import { Injectable } from '@nestjs/common';
import { AppError, type RequestContext } from '#core';
import {
  ActionItemsService,
  CreateMeetingInput,
  MeetingDetailsInput,
  MeetingsService,
  type MeetingView,
} from '#exchanges';
import type { MeetingFormOptions, MeetingTexts } from './pages/meeting-form.js';
import { WebPages } from './web-pages.js';
import { versionOf } from './web-practice-forms.js';
import { ACTION_FIELDS, ACTION_OWNER_PICKERS, validatedTogether } from './web-form-rows.js';
import { WebPickers, noFilters, type PickFields, type PickFilters } from './web-pickers.js';

/** The form's text fields: the DTOs' own names, so their errors land next to them. */
export const MEETING_FIELDS = [
  'networkId',
  'language',
  'version',
  'title',
  'kind',
  'date',
  'cityId',
  'venue',
  'visibility',
  'summary',
  'agenda',
  'notes',
  'decisions',
  ...ACTION_FIELDS,
] as const;

/** The form's pick lists (the network is one for admins only: a coordinator picks among theirs). */
export const MEETING_PICKERS: PickFields = {
  networkId: 'network',
  cityId: 'city',
  attendeeOrganizationIds: 'organization',
  ...ACTION_OWNER_PICKERS,
};
const { networkId: _network, ...withoutNetwork } = MEETING_PICKERS;

/** A meeting form as posted: its text fields, and the attendees (a multiple select). */
export interface MeetingForm {
  values: Record<string, string>;
  attendees: string[];
}

/**
 * What the meeting forms read and write, through the exchanges' services and DTOs: the same
 * validation (the GraphQL input classes through the same pipe), rules and version checks.
 */
@Injectable()
export class WebMeetingForms {
  constructor(
    private readonly pages: WebPages,
    private readonly pickers: WebPickers,
    private readonly meetings: MeetingsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  /**
   * Networks the member coordinates (any, through a picker, for admins), and the cities and
   * organizations to pick from, always with the form's chosen ones (`values`) and its filters.
   */
  async options(
    ctx: RequestContext,
    values: Readonly<Record<string, string>>,
    filters: PickFilters = noFilters,
  ): Promise<MeetingFormOptions> {
    const fields = ctx.isAdmin ? MEETING_PICKERS : withoutNetwork;
    const lists = await this.pickers.lists(ctx, fields, values, filters);
    const networks =
      lists['networkId'] ??
      (await this.pickers.fixed(
        ctx,
        'network',
        [...(await ctx.access()).coordinatedNetworks],
        values['networkId'],
      ));
    return { networks, lists };
  }

  /** An existing meeting as the edit form shows it: its text in its original language. */
  async valuesOf(ctx: RequestContext, view: MeetingView): Promise<MeetingForm> {
    const m = view.meeting;
    const text = (await this.meetings.translations(ctx, m.id)).find((t) => t.language === m.originalLanguage);
    return {
      values: {
        version: String(m.version),
        language: m.originalLanguage,
        kind: m.kind,
        date: m.date,
        cityId: m.cityId ?? '',
        venue: m.venue ?? '',
        visibility: m.visibility,
        ...textsOf(text ?? null),
      },
      attendees: await this.meetings.attendeeIds(ctx, m.id),
    };
  }

  /** Logs a meeting and its action items; every input is validated before anything is written. */
  async create(ctx: RequestContext, form: MeetingForm): Promise<string> {
    const [input, rows] = await validatedTogether(
      this.pages,
      this.pages.validated(CreateMeetingInput, {
        networkId: form.values['networkId'],
        ...details(form),
        content: text(form.values),
      }),
      form.values,
    );
    await this.actionItems.assertOwnersExist(rows);
    const { meeting } = await this.meetings.create(ctx, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, meetingId: meeting.id });
    return meeting.id;
  }

  /** Changes a meeting on the version the editor read (CONFLICT otherwise) and adds action items. */
  async update(ctx: RequestContext, id: string, form: MeetingForm): Promise<void> {
    const version = Number(form.values['version']);
    if (!Number.isInteger(version)) throw AppError.invalidField('version', 'integer');
    const [input, rows] = await validatedTogether(
      this.pages,
      this.pages.validated(MeetingDetailsInput, { ...details(form), translations: [text(form.values)] }),
      form.values,
    );
    await this.actionItems.assertOwnersExist(rows);
    await this.meetings.update(ctx, id, version, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, meetingId: id });
  }

  /** The text in one language as its form shows it (empty for a translation not written yet). */
  async textIn(
    ctx: RequestContext,
    id: string,
    language: string,
  ): Promise<MeetingTexts & { exists: boolean }> {
    const text = (await this.meetings.translations(ctx, id)).find((t) => t.language === language);
    return { ...textsOf(text ?? null), exists: text !== undefined };
  }

  /**
   * Adds or replaces the text in a language other than the original, on the version read
   * (updateMeeting's `translations`): nothing else of the meeting changes.
   */
  async saveTranslation(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const version = versionOf(values);
    const input = await this.pages.validated(MeetingDetailsInput, { translations: [text(values)] });
    await this.meetings.update(ctx, id, version, input);
  }

  /** Removes the text in one language on the version read (updateMeeting's `removeLanguages`). */
  async removeTranslation(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const version = versionOf(values);
    const input = await this.pages.validated(MeetingDetailsInput, {
      removeLanguages: [values['language'] ?? ''],
    });
    await this.meetings.update(ctx, id, version, input);
  }

  /** The texts saved now, for the conflict view. */
  async savedTexts(ctx: RequestContext, id: string, language: string): Promise<MeetingTexts> {
    ctx.clearLoaders();
    const text = (await this.meetings.translations(ctx, id)).find((t) => t.language === language);
    return textsOf(text ?? null);
  }
}

/** The meeting's own fields from the form; empty optional fields clear the value. */
function details(form: MeetingForm): Record<string, unknown> {
  const v = form.values;
  return {
    kind: v['kind'] || undefined,
    date: v['date'] || undefined,
    cityId: v['cityId'] || null,
    venue: v['venue']?.trim() || null,
    visibility: v['visibility'] || undefined,
    attendeeOrganizationIds: form.attendees,
  };
}

/** The text in one language: the agenda is one item per line. */
function text(v: Record<string, string>): Record<string, unknown> {
  const optional = (name: string) => (v[name]?.trim() ? v[name] : null);
  return {
    language: v['language'],
    title: v['title'],
    summary: optional('summary'),
    notes: optional('notes'),
    decisions: optional('decisions'),
    agenda: (v['agenda'] ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

function textsOf(
  t: {
    title: string;
    summary: string | null;
    notes: string | null;
    decisions: string | null;
    agenda: string[];
  } | null,
): MeetingTexts {
  return {
    title: t?.title ?? '',
    summary: t?.summary ?? '',
    agenda: (t?.agenda ?? []).join('\n'),
    notes: t?.notes ?? '',
    decisions: t?.decisions ?? '',
  };
}
