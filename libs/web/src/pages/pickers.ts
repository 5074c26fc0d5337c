import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { PICK_ANSWERS, PICK_PAGE, type PickList } from '../pick-lists.js';
import type { FormState } from './forms.js';
import type { Frame } from './layout.js';

export interface PickerSpec {
  name: string;
  label: string;
  list: PickList;
  /** Several values: a checkbox list; else a select. */
  multiple?: boolean;
  /** A select that may stay empty ("—"). */
  optional?: boolean;
}

/**
 * A pick list that never drops a chosen value: the chosen entries are always in it. When the
 * directory holds more than a page, a filter box narrows it by name — a POST of the whole form
 * without script (the Filter button; nothing is saved), as you type with it (the script asks
 * `/{locale}/pick/{kind}?q=` and keeps what is checked or selected).
 */
export function picker(frame: Frame, form: FormState, spec: PickerSpec): SafeHtml {
  const { t, locale } = frame;
  const { name, list } = spec;
  const error = form.errors[name];
  const errorId = `f-${name}-error`;
  const script = list.filterable
    ? html` data-pick-url="/${locale}/pick/${list.kind}" data-field="${name}"
      data-found="${t('picker.found', { count: '{count}' })}"
      data-many="${t('picker.foundMany', { count: '{count}' })}" data-none="${t('picker.foundNone')}"
      data-max="${PICK_ANSWERS}"`
    : '';
  const errorLine = error ? html`<p class="field-error" id="${errorId}">${error}</p>` : '';
  if (spec.multiple) {
    // Chosen first, so they are seen at once however long the list.
    const entries = [
      ...list.entries.filter((e) => list.chosen.has(e.id)),
      ...list.entries.filter((e) => !list.chosen.has(e.id)),
    ];
    return html`<fieldset
      class="field picker${error ? ' invalid' : ''}"
      id="p-${name}"
      ${error ? html`aria-describedby="${errorId}"` : ''}${script}
    >
      <legend>${spec.label}</legend>
      ${filterBox(frame, spec)}
      <ul class="pick-options">
        ${entries.map(
          (e) =>
            html`<li>
              <input
                type="checkbox"
                id="p-${name}-${e.id}"
                name="${name}"
                value="${e.id}"
                ${list.chosen.has(e.id) ? html`checked` : ''}
              /><label for="p-${name}-${e.id}">${e.name}</label>
            </li>`,
        )}
      </ul>
      ${errorLine}
    </fieldset>`;
  }
  const id = `f-${name}`;
  return html`<div class="field picker${error ? ' invalid' : ''}" id="p-${name}" ${script}>
    <label for="${id}">${spec.label}</label>
    ${filterBox(frame, spec)}
    <select id="${id}" name="${name}" ${error ? html`aria-invalid="true" aria-describedby="${errorId}"` : ''}>
      ${spec.optional ? html`<option value="">—</option>` : ''}
      ${list.entries.map(
        (e) =>
          html`<option value="${e.id}" ${list.chosen.has(e.id) ? html`selected` : ''}>${e.name}</option>`,
      )}
    </select>
    ${errorLine}
  </div>`;
}

/** The filter box, its Filter button and what the list shows now (only for a list larger than a page). */
function filterBox(frame: Frame, spec: PickerSpec): HtmlValue {
  const { list, name, label } = spec;
  if (!list.filterable) return null;
  const { t } = frame;
  return html`<div class="pick-filter">
    <label for="q-${name}">${t('picker.filterLabel', { field: label })}</label>
    <div class="pick-row">
      <input
        type="search"
        id="q-${name}"
        name="pick:${name}"
        value="${list.filter}"
        autocomplete="off"
        maxlength="100"
        aria-describedby="s-${name}"
        ${list.focus ? html`autofocus` : ''}
      />
      <button type="submit" name="filter" value="${name}">${t('picker.filter')}</button>
    </div>
    <input type="hidden" name="shown:${name}" value="${list.filter}" />
    <p class="hint pick-status" id="s-${name}" role="status">${status(frame, list)}</p>
  </div>`;
}

function status(frame: Frame, list: PickList): string {
  const { t } = frame;
  if (!list.filter) return t('picker.firstPage', { count: PICK_PAGE });
  const found = list.more
    ? t('picker.moreMatches', { count: list.matches, filter: list.filter })
    : list.matches
      ? t('picker.matches', { count: list.matches, filter: list.filter })
      : t('picker.noMatch', { filter: list.filter });
  return `${found} ${t('picker.notSaved')}`;
}

/**
 * Enter in a text field saves, as in any form. The first submit button is the one Enter presses,
 * and a list's Filter button comes before the form's Save: so a form with a filter box starts with
 * its Save button, hidden from sight, from the tab order and from screen readers (who have Save);
 * so does a form with other buttons before its Save (`otherButtons`).
 */
export function defaultSave(label: string, lists: readonly PickList[], otherButtons = false): HtmlValue {
  if (!otherButtons && !lists.some((l) => l.filterable)) return null;
  return html`<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">
    ${label}
  </button>`;
}
