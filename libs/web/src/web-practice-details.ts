import { Injectable } from '@nestjs/common';
import { AppError, normalizeLanguage, type FieldProblem, type RequestContext } from '#core';
import { CitiesService, NetworksService, PeopleService, ProgrammesService } from '#directory';
import {
  AdoptionsService,
  PracticeDetailsInput,
  PracticeEditingService,
  PracticesService,
  type PracticeTranslation,
  type PracticeView,
} from '#practices';
import { TopicsService } from '#taxonomy';
import type { DetailsChoices, PersonChoice } from './pages/practice-details.js';
import {
  byName,
  fieldProblems,
  isBlankRow,
  postedRows,
  renameRowProblems,
  rowValues,
  type PostedRow,
  type RowList,
} from './web-form-rows.js';
import { WebPages } from './web-pages.js';
import { versionOf } from './web-practice-forms.js';
import { WebReader, decimalText, isNotFound, type Ref } from './web-reader.js';

type MetricColumn = 'name' | 'value' | 'unit';
type LinkColumn = 'url' | 'title' | 'kind' | 'language';

/** A practice's results in figures and its links, as rows (PracticeDetailsInput's MaxItems). */
export const METRIC_ROWS: RowList<MetricColumn> = {
  prefix: 'metric',
  columns: ['name', 'value', 'unit'],
  max: 50,
};
export const LINK_ROWS: RowList<LinkColumn> = {
  prefix: 'link',
  columns: ['url', 'title', 'kind', 'language'],
  max: 50,
};

/** The form's single fields: PracticeDetailsInput's names (the budget split in two). */
export const DETAIL_FIELDS = [
  'version',
  'cityId',
  'visibility',
  'periodStart',
  'periodEnd',
  'budgetAmount',
  'budgetCurrency',
  'fundingProgrammeId',
  'sourceUrl',
] as const;

/** Its choices of several: a multiple select each (topics, networks) or boxes (contacts). */
export const DETAIL_LISTS = ['topicIds', 'sharedWithNetworkIds', 'contactIds'] as const;
type DetailList = (typeof DETAIL_LISTS)[number];

/** The details form as posted or as stored. */
export interface DetailsForm {
  values: Record<string, string>;
  lists: Record<DetailList, string[]>;
  metrics: PostedRow<MetricColumn>[];
  links: PostedRow<LinkColumn>[];
  /** The list whose "add another" button was pressed: the form is shown again, not saved. */
  adding: 'metric' | 'link' | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The details form from a POST body; rows keep their order and are numbered from 0 again. */
export function postedDetails(body: unknown): DetailsForm {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => (typeof source[name] === 'string' ? source[name] : '');
  const list = (name: string) => {
    const value = source[name];
    return (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
  };
  const renumber = <C extends string>(rows: PostedRow<C>[]) => rows.map((row, index) => ({ ...row, index }));
  const adding = text('_add');
  return {
    values: Object.fromEntries(DETAIL_FIELDS.map((name) => [name, text(name)])),
    lists: {
      topicIds: list('topicIds'),
      sharedWithNetworkIds: list('sharedWithNetworkIds'),
      contactIds: list('contactIds'),
    },
    metrics: renumber(postedRows(source, METRIC_ROWS)),
    links: renumber(postedRows(source, LINK_ROWS)),
    adding: adding === 'metric' || adding === 'link' ? adding : null,
  };
}

/** The form as its fields show it: single fields, lists joined (as a multiple select reads them), rows. */
export function detailsValues(form: DetailsForm): Record<string, string> {
  return {
    ...form.values,
    ...Object.fromEntries(DETAIL_LISTS.map((name) => [name, form.lists[name].join(',')])),
    ...rowValues(
      METRIC_ROWS,
      form.metrics.map((r) => ({ ...r.cells, removed: r.removed })),
    ),
    ...rowValues(
      LINK_ROWS,
      form.links.map((r) => ({ ...r.cells, removed: r.removed })),
    ),
  };
}

const blankMetric = (index: number): PostedRow<MetricColumn> => ({
  index,
  cells: { name: '', value: '', unit: '' },
  removed: false,
});
const blankLink = (index: number): PostedRow<LinkColumn> => ({
  index,
  cells: { url: '', title: '', kind: 'WEBSITE', language: '' },
  removed: false,
});

/** One more blank row in a list (the form's offer, and what "add another" asks for). */
export function withBlankRow(form: DetailsForm, list: 'metric' | 'link'): DetailsForm {
  return list === 'metric'
    ? { ...form, metrics: [...form.metrics, blankMetric(form.metrics.length)] }
    : { ...form, links: [...form.links, blankLink(form.links.length)] };
}

/** "Add another": the rows ticked for removal go, the others stay as typed, one blank row more. */
export function addingRow(form: DetailsForm, list: 'metric' | 'link'): DetailsForm {
  const kept = <C extends string>(rows: PostedRow<C>[]) =>
    rows.filter((r) => !r.removed).map((r, index) => ({ ...r, index }));
  return withBlankRow({ ...form, metrics: kept(form.metrics), links: kept(form.links), adding: null }, list);
}

const METRIC_TYPED: readonly MetricColumn[] = ['name', 'value', 'unit'];
const LINK_TYPED: readonly LinkColumn[] = ['url', 'title'];

/**
 * updatePractice's input from the form: every field given, so the form replaces what is stored
 * (an emptied field clears it, an empty list empties it); blank and removed rows are left out.
 */
function detailsInput(form: DetailsForm): {
  input: Record<string, unknown>;
  metricRows: number[];
  linkRows: number[];
} {
  const v = form.values;
  const optional = (name: string) => v[name]?.trim() || null;
  const metrics = form.metrics.filter((r) => !r.removed && !isBlankRow(r, METRIC_TYPED));
  const links = form.links.filter((r) => !r.removed && !isBlankRow(r, LINK_TYPED));
  const amount = v['budgetAmount']?.trim() ?? '';
  const currency = v['budgetCurrency']?.trim() ?? '';
  return {
    input: {
      cityId: optional('cityId'),
      visibility: v['visibility'] || undefined,
      topicIds: form.lists.topicIds,
      sharedWithNetworkIds: form.lists.sharedWithNetworkIds,
      periodStart: optional('periodStart'),
      periodEnd: optional('periodEnd'),
      budget: amount || currency ? { amount, currency } : null,
      fundingProgrammeId: optional('fundingProgrammeId'),
      sourceUrl: optional('sourceUrl'),
      metrics: metrics.map(({ cells }) => ({
        name: cells.name,
        value: cells.value.trim(),
        unit: cells.unit.trim() || null,
      })),
      links: links.map(({ cells }) => ({
        url: cells.url.trim(),
        title: cells.title,
        kind: cells.kind,
        language: cells.language || null,
      })),
      contactIds: form.lists.contactIds,
    },
    metricRows: metrics.map((r) => r.index),
    linkRows: links.map((r) => r.index),
  };
}

/** The input's problems named as the form names its fields (`budget.amount` is `budgetAmount`). */
function formProblems(problems: FieldProblem[], metricRows: number[], linkRows: number[]): FieldProblem[] {
  const budget: Record<string, string> = {
    'budget.amount': 'budgetAmount',
    'budget.currency': 'budgetCurrency',
  };
  return renameRowProblems(
    renameRowProblems(problems, 'metrics', METRIC_ROWS, metricRows),
    'links',
    LINK_ROWS,
    linkRows,
  ).map((p) => ({ ...p, field: budget[p.field] ?? p.field }));
}

/**
 * A practice's details, archiving and translations on the web, through the practices module's
 * editing service (updatePractice, archivePractice, removePracticeTranslation): the same input
 * class and pipe, the same permission (the owner's editors) and the same version check.
 */
@Injectable()
export class WebPracticeDetails {
  constructor(
    private readonly pages: WebPages,
    private readonly reader: WebReader,
    private readonly practices: PracticesService,
    private readonly editing: PracticeEditingService,
    private readonly adoptions: AdoptionsService,
    private readonly cities: CitiesService,
    private readonly networks: NetworksService,
    private readonly programmes: ProgrammesService,
    private readonly people: PeopleService,
    private readonly topics: TopicsService,
  ) {}

  /** The details stored now, as the form shows them. */
  async stored(ctx: RequestContext, view: PracticeView): Promise<DetailsForm> {
    const p = view.practice;
    const [topicIds, networkIds, metrics, links, contactIds] = await Promise.all([
      this.practices.topicIds(ctx, p.id),
      this.practices.networkIds(ctx, p.id),
      this.adoptions.metrics(ctx, p.id),
      this.adoptions.links(ctx, p.id),
      this.adoptions.contactIds(ctx, p.id),
    ]);
    return {
      values: {
        version: String(p.version),
        cityId: p.cityId ?? '',
        visibility: p.visibility,
        periodStart: p.periodStart ?? '',
        periodEnd: p.periodEnd ?? '',
        budgetAmount: p.budgetAmount ?? '',
        budgetCurrency: p.budgetCurrency ?? '',
        fundingProgrammeId: p.fundingProgrammeId ?? '',
        sourceUrl: p.sourceUrl ?? '',
      },
      lists: { topicIds, sharedWithNetworkIds: networkIds, contactIds },
      metrics: metrics.map((m, index) => ({
        index,
        cells: { name: m.name, value: decimalText(m.value), unit: m.unit ?? '' },
        removed: false,
      })),
      links: links.map((l, index) => ({
        index,
        cells: { url: l.url, title: l.title, kind: l.kind, language: l.language ?? '' },
        removed: false,
      })),
      adding: null,
    };
  }

  /** Saves the details on the version the editor read (CONFLICT otherwise). */
  async save(ctx: RequestContext, id: string, form: DetailsForm): Promise<void> {
    const version = versionOf(form.values);
    const { input, metricRows, linkRows } = detailsInput(form);
    let valid: PracticeDetailsInput;
    try {
      valid = await this.pages.validated(PracticeDetailsInput, input);
    } catch (error) {
      throw AppError.invalid(formProblems(fieldProblems(error), metricRows, linkRows));
    }
    await this.editing.update(ctx, id, version, valid);
  }

  /** The version and the details saved now, for the conflict view. */
  async saved(ctx: RequestContext, id: string): Promise<DetailsForm> {
    ctx.clearLoaders();
    return this.stored(ctx, await this.practices.get(ctx, id));
  }

  /** The practice's text in a language it is written in, or null. */
  async translation(ctx: RequestContext, id: string, language: unknown): Promise<PracticeTranslation | null> {
    return (await this.practices.translations(ctx, id)).find((t) => t.language === language) ?? null;
  }

  /** Removes the text in one language, on the version the page showed. */
  async removeTranslation(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const language = normalizeLanguage(values['language'] ?? '');
    if (!language) throw AppError.invalidField('language', 'languageCode');
    await this.editing.removeTranslation(ctx, id, versionOf(values), language);
  }

  /**
   * The form's pick lists: the first 100 cities, topics, networks and programmes, the people of the
   * organization sharing the practice, and always every value one of the forms has chosen, even
   * beyond those (saving never drops a choice). A searchable picker is to take this one's place.
   */
  async pickLists(
    ctx: RequestContext,
    ownerId: string,
    forms: readonly DetailsForm[],
  ): Promise<DetailsChoices> {
    const first100 = { first: 100 };
    const chosen = (pick: (form: DetailsForm) => string[]) =>
      forms.flatMap(pick).filter((id) => UUID.test(id));
    /** The ids listed, then the chosen ones not among them. */
    const ids = async (listed: Promise<{ edges: { node: { id: string } }[] }>, also: string[]) => [
      ...new Set([...(await listed).edges.map((e) => e.node.id), ...also.map((id) => id.toLowerCase())]),
    ];
    const refs = async (all: string[], ref: (id: string) => Promise<Ref | null>) =>
      byName(await Promise.all(all.map(ref)));
    const [cityIds, networkIds, programmeIds, topicIds] = await Promise.all([
      ids(
        this.cities.list(ctx, {}, first100),
        chosen((f) => [f.values['cityId'] ?? '']),
      ),
      ids(
        this.networks.list(ctx, {}, first100),
        chosen((f) => f.lists.sharedWithNetworkIds),
      ),
      ids(
        this.programmes.list(ctx, {}, first100),
        chosen((f) => [f.values['fundingProgrammeId'] ?? '']),
      ),
      ids(
        this.topics.list(ctx, {}, first100),
        chosen((f) => f.lists.topicIds),
      ),
    ]);
    const [cities, networks, programmes, topicLabels, people] = await Promise.all([
      refs(cityIds, (id) => this.reader.cityRef(ctx, id)),
      refs(networkIds, (id) => this.reader.networkRef(ctx, id)),
      refs(programmeIds, (id) => this.reader.programmeRef(ctx, id)),
      this.reader.topicsById(ctx, topicIds),
      this.contactChoices(
        ctx,
        ownerId,
        chosen((f) => f.lists.contactIds),
      ),
    ]);
    const topics = byName(
      topicIds.map((id) => ({ id, name: topicLabels.get(id)?.label ?? '' })).filter((t) => t.name),
    );
    return { cities, networks, programmes, topics, people };
  }

  /**
   * People to name as contacts: the owner organization's and those already chosen. Only their
   * names and roles, which the API shows anyone; email and phone stay on the practice page, for
   * those PeopleService.contactDetailsVisible lets see them.
   */
  private async contactChoices(
    ctx: RequestContext,
    ownerId: string,
    chosen: string[],
  ): Promise<PersonChoice[]> {
    const own = await this.people.ofOrganization(ctx, ownerId);
    const others = await Promise.all(
      [...new Set(chosen.map((id) => id.toLowerCase()))]
        .filter((id) => !own.some((p) => p.id === id))
        .map((id) =>
          this.people.get(ctx, id).catch((error: unknown) => {
            if (isNotFound(error)) return null;
            throw error;
          }),
        ),
    );
    const people = [...own, ...others.filter((p) => p !== null)];
    const choices = await Promise.all(
      people.map(async (person) => ({
        id: person.id,
        name: person.name,
        role: (await this.people.localized(ctx, person)).translation?.role ?? null,
      })),
    );
    return choices.sort((a, b) => a.name.localeCompare(b.name));
  }
}
