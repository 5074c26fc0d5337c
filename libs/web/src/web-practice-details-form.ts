import type { FieldProblem } from '#core';
import {
  isBlankRow,
  postedRows,
  renameRowProblems,
  rowValues,
  type PostedRow,
  type RowList,
} from './web-form-rows.js';
import { formFields, formList } from './web-pages.js';

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

/** The details form from a POST body; rows keep their order and are numbered from 0 again. */
export function postedDetails(body: unknown): DetailsForm {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const renumber = <C extends string>(rows: PostedRow<C>[]) => rows.map((row, index) => ({ ...row, index }));
  const adding = formFields(body, ['_add'])['_add'];
  return {
    values: formFields(body, DETAIL_FIELDS),
    lists: {
      topicIds: formList(body, 'topicIds'),
      sharedWithNetworkIds: formList(body, 'sharedWithNetworkIds'),
      contactIds: formList(body, 'contactIds'),
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
export function detailsInput(form: DetailsForm): {
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
export function formProblems(
  problems: FieldProblem[],
  metricRows: number[],
  linkRows: number[],
): FieldProblem[] {
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
