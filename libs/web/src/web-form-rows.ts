import { AppError, type FieldProblem } from '#core';
import { ActionItemInput } from '#exchanges';
import type { WebPages } from './web-pages.js';
import type { PickFields } from './web-pickers.js';
import type { Ref } from './web-reader.js';

/** How many blank action item rows a meeting or visit form offers. */
export const ACTION_ROWS = 3;

/** The action item rows' field names: `description-0`, `owner-0`, `due-0`, … */
export const ACTION_FIELDS = Array.from({ length: ACTION_ROWS }, (_, i) => [
  `description-${i}`,
  `owner-${i}`,
  `due-${i}`,
]).flat();

/** The action item rows' owners, each picked from the organizations. */
export const ACTION_OWNER_PICKERS: PickFields = Object.fromEntries(
  Array.from({ length: ACTION_ROWS }, (_, i) => [`owner-${i}`, 'organization' as const]),
);

/**
 * An input and the action item rows, validated together, so the form shows every problem at once
 * rather than one round trip per part.
 */
export async function validatedTogether<T>(
  pages: WebPages,
  input: Promise<T>,
  values: Record<string, string>,
): Promise<[T, ActionItemInput[]]> {
  const [main, rows] = await Promise.allSettled([input, actionRows(pages, values)]);
  if (main.status === 'fulfilled' && rows.status === 'fulfilled') return [main.value, rows.value];
  const problems = [main, rows].flatMap((r) => (r.status === 'rejected' ? fieldProblems(r.reason) : []));
  throw AppError.invalid(problems);
}

/** The filled-in action item rows, each validated as createActionItem's input. */
async function actionRows(pages: WebPages, values: Record<string, string>): Promise<ActionItemInput[]> {
  const rows: ActionItemInput[] = [];
  const problems: FieldProblem[] = [];
  for (let i = 0; i < ACTION_ROWS; i++) {
    const [description, owner, due] = [`description-${i}`, `owner-${i}`, `due-${i}`].map(
      (k) => values[k] ?? '',
    );
    if (!description.trim() && !owner && !due) continue;
    try {
      rows.push(
        await pages.validated(ActionItemInput, {
          description,
          ownerOrganizationId: owner || null,
          dueDate: due || null,
        }),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const names: Record<string, string> = {
        description: `description-${i}`,
        ownerOrganizationId: `owner-${i}`,
        dueDate: `due-${i}`,
      };
      problems.push(...error.fields.map((f) => ({ ...f, field: names[f.field] ?? f.field })));
    }
  }
  if (problems.length) throw AppError.invalid(problems);
  return rows;
}

/** A validation failure's field problems; anything else is thrown on. */
export function fieldProblems(reason: unknown): FieldProblem[] {
  if (reason instanceof AppError && reason.fields.length > 0) return reason.fields;
  throw reason;
}

/** The refs found (an unreadable one is null), sorted by name for a select. */
export function byName(refs: (Ref | null)[]): Ref[] {
  return refs.filter((r): r is Ref => r !== null).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A list a form edits as rows of fields (a practice's results in figures, its links): field names
 * `<prefix>-<column>-<row>` and a `<prefix>-remove-<row>` box. Without JavaScript, rows are added
 * by a submit button that shows the form again with one more blank row, and removed by ticking
 * the box (or emptying the row) before saving.
 */
export interface RowList<C extends string> {
  prefix: string;
  columns: readonly C[];
  /** How many rows the API accepts (its MaxItems); a few more may be posted and are refused there. */
  max: number;
}

/** A row as posted: where it was in the form, its cells, whether its remove box was ticked. */
export interface PostedRow<C extends string> {
  index: number;
  cells: Record<C, string>;
  removed: boolean;
}

export const rowField = (list: RowList<string>, column: string, index: number): string =>
  `${list.prefix}-${column}-${index}`;

export const removeField = (list: RowList<string>, index: number): string => `${list.prefix}-remove-${index}`;

/** Rows beyond the API's limit that are still read, so that limit's own message can be shown. */
const ROW_SLACK = 5;

/** The rows a form posted, in form order; indexes past the limit (a forged form) are ignored. */
export function postedRows<C extends string>(
  source: Readonly<Record<string, unknown>>,
  list: RowList<C>,
): PostedRow<C>[] {
  const pattern = new RegExp(`^${list.prefix}-(?:${list.columns.join('|')}|remove)-(\\d{1,3})$`);
  const indexes = new Set<number>();
  for (const name of Object.keys(source)) {
    const index = Number(pattern.exec(name)?.[1] ?? NaN);
    if (index < list.max + ROW_SLACK) indexes.add(index);
  }
  const text = (name: string) => {
    const value = source[name];
    return typeof value === 'string' ? value : '';
  };
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      cells: Object.fromEntries(list.columns.map((c) => [c, text(rowField(list, c, index))])) as Record<
        C,
        string
      >,
      removed: text(removeField(list, index)) !== '',
    }));
}

/** A row with nothing typed in its free-text cells is no row: blank rows are offered, not saved. */
export function isBlankRow<C extends string>(row: PostedRow<C>, typed: readonly C[]): boolean {
  return typed.every((column) => row.cells[column].trim() === '');
}

/** Rows as the form's flat values (`link-url-0` …), from index 0 on. */
export function rowValues<C extends string>(
  list: RowList<C>,
  rows: readonly (Record<C, string> & { removed?: boolean })[],
): Record<string, string> {
  return Object.fromEntries(
    rows.flatMap((row, i) => [
      ...list.columns.map((c) => [rowField(list, c, i), row[c]] as const),
      ...(row.removed ? [[removeField(list, i), 'on'] as const] : []),
    ]),
  );
}

/**
 * A validation failure on the input's list (`links[2].url`) named as the form names the field
 * (`link-url-<form row>`): `formIndex[k]` is where the input's k-th item was in the form.
 */
export function renameRowProblems(
  problems: readonly FieldProblem[],
  inputName: string,
  list: RowList<string>,
  formIndex: readonly number[],
): FieldProblem[] {
  const pattern = new RegExp(`^${inputName}\\[(\\d+)\\]\\.(\\w+)$`);
  return problems.map((problem) => {
    const match = pattern.exec(problem.field);
    if (!match) return problem;
    const index = formIndex[Number(match[1])];
    return index === undefined ? problem : { ...problem, field: rowField(list, match[2] ?? '', index) };
  });
}
