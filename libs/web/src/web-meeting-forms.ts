import { Injectable } from '@nestjs/common';
import { AppError, type RequestContext } from '#core';
import { CitiesService, NetworksService, OrganizationsService } from '#directory';
import {
  ActionItemsService,
  CreateMeetingInput,
  MeetingDetailsInput,
  MeetingsService,
  type MeetingView,
} from '#exchanges';
import type { MeetingFormOptions, MeetingTexts } from './pages/meeting-form.js';
import { WebPages } from './web-pages.js';
import { ACTION_FIELDS, byName, validatedTogether } from './web-form-rows.js';
import { WebReader } from './web-reader.js';

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
    private readonly reader: WebReader,
    private readonly meetings: MeetingsService,
    private readonly actionItems: ActionItemsService,
    private readonly networks: NetworksService,
    private readonly organizations: OrganizationsService,
    private readonly cities: CitiesService,
  ) {}

  /** Networks the member coordinates (all for admins), organizations and cities to pick from. */
  async options(ctx: RequestContext): Promise<MeetingFormOptions> {
    const first100 = { first: 100 };
    const networkIds = ctx.isAdmin
      ? (await this.networks.list(ctx, {}, first100)).edges.map((e) => e.node.id)
      : [...(await ctx.access()).coordinatedNetworks];
    const [networks, organizations, cities] = await Promise.all([
      Promise.all(networkIds.map((id) => this.reader.networkRef(ctx, id))),
      this.organizations
        .list(ctx, {}, first100)
        .then((c) => Promise.all(c.edges.map((e) => this.reader.organizationRef(ctx, e.node.id)))),
      this.cities
        .list(ctx, {}, first100)
        .then((c) => Promise.all(c.edges.map((e) => this.reader.cityRef(ctx, e.node.id)))),
    ]);
    return { networks: byName(networks), organizations: byName(organizations), cities: byName(cities) };
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
    await this.meetings.update(ctx, id, version, input);
    for (const row of rows) await this.actionItems.create(ctx, { ...row, meetingId: id });
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
