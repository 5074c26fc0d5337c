import { AppError, type FieldProblem } from '#core';
import { ActionItemInput } from '#exchanges';
import type { WebPages } from './web-pages.js';
import type { Ref } from './web-reader.js';

/** How many blank action item rows a meeting or visit form offers. */
export const ACTION_ROWS = 3;

/** The action item rows' field names: `description-0`, `owner-0`, `due-0`, … */
export const ACTION_FIELDS = Array.from({ length: ACTION_ROWS }, (_, i) => [
  `description-${i}`,
  `owner-${i}`,
  `due-${i}`,
]).flat();

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
