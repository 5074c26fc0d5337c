import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { emptyPickList, type PickList } from '../pick-lists.js';
import type { Frame } from './layout.js';
import { picker } from './pickers.js';

/** What a form shows again after a refused POST: the typed values and the messages per field. */
export interface FormState {
  values: Readonly<Record<string, string>>;
  /** Messages by field name, shown next to the field. */
  errors: Readonly<Record<string, string>>;
  /** A message about the whole form (wrong password, too many attempts). */
  message?: string;
}

export const emptyForm: FormState = { values: {}, errors: {} };

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'url';
  autocomplete?: string;
  required?: boolean;
  hint?: string;
  /** Multi-line text (Markdown). */
  multiline?: boolean;
  /** Focus it when the page loads (the first field of a row just added). */
  autofocus?: boolean;
}

/**
 * A labelled field with its error next to it: `aria-invalid` and `aria-describedby` tie the message
 * to the field for screen readers, and the typed value stays (never a password's).
 */
export function field(form: FormState, spec: FieldSpec): SafeHtml {
  const id = `f-${spec.name}`;
  const error = form.errors[spec.name];
  const value = spec.type === 'password' ? '' : (form.values[spec.name] ?? '');
  const described = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attributes = html`id="${id}"
  name="${spec.name}"${spec.required ? html` required` : ''}${
    spec.autocomplete ? html` autocomplete="${spec.autocomplete}"` : ''
  }${spec.autofocus ? html` autofocus` : ''}${error ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
  const control = spec.multiline
    ? html`<textarea ${attributes} rows="5">${value}</textarea>`
    : html`<input ${attributes} type="${spec.type ?? 'text'}" value="${value}" />`;
  return html`<div class="field${error ? ' invalid' : ''}">
    <label for="${id}">${spec.label}</label>
    ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : ''} ${control}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : ''}
  </div>`;
}

/** The form's own message, announced when the page loads after a refused POST. */
export function formMessage(frame: Frame, form: FormState): HtmlValue {
  const message = form.message ?? (Object.keys(form.errors).length ? frame.t('form.problems') : undefined);
  return message
    ? html`<div class="form-error" role="alert"><strong>${frame.t('form.error')}</strong> ${message}</div>`
    : null;
}

/** A notice after a completed action (POST → 303 → this page). */
export function notice(text: string | null): HtmlValue {
  return text ? html`<div class="notice" role="status">${text}</div>` : null;
}

/** The CSRF token every POST form carries. */
export function csrfField(frame: Frame): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${frame.viewer?.csrf ?? ''}" />`;
}

/** A select (one value, or several when `multiple`) whose error sits next to it, like field()'s. */
export function select(
  form: FormState,
  spec: { name: string; label: string; options: readonly (readonly [string, string])[]; multiple?: boolean },
): SafeHtml {
  const id = `f-${spec.name}`;
  const error = form.errors[spec.name];
  const chosen = new Set((form.values[spec.name] ?? '').split(','));
  return html`<div class="field${error ? ' invalid' : ''}">
    <label for="${id}">${spec.label}</label>
    <select
      id="${id}"
      name="${spec.name}"
      ${spec.multiple ? html`multiple size="6"` : ''}
      ${error ? html`aria-invalid="true" aria-describedby="${id}-error"` : ''}
    >
      ${spec.options.map(
        ([value, label]) =>
          html`<option value="${value}" ${chosen.has(value) ? html`selected` : ''}>${label}</option>`,
      )}
    </select>
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : ''}
  </div>`;
}

/** A new action item's row; its owner is picked from the organizations (`owner-<i>`'s list). */
export function actionRow(frame: Frame, form: FormState, owners: PickList | undefined, i: number): SafeHtml {
  const { t } = frame;
  const list = owners ?? emptyPickList('organization');
  return html`<fieldset>
    <legend>${t('meetingForm.action', { n: i + 1 })}</legend>
    ${field(form, { name: `description-${i}`, label: t('meetingForm.actionDescription') })}
    ${picker(frame, form, { name: `owner-${i}`, label: t('exchange.owner'), list, optional: true })}
    ${field(form, { name: `due-${i}`, label: t('exchange.due'), type: 'date' })}
  </fieldset>`;
}

/**
 * Several choices as boxes to tick, in a fieldset named by its legend; the error sits under the
 * legend. Chosen values are the form value's comma-separated ids, as a multiple select's.
 */
export function checkboxes(
  form: FormState,
  spec: {
    name: string;
    legend: string;
    hint?: string;
    options: readonly { value: string; label: string; detail?: string | null }[];
  },
): SafeHtml {
  const id = `f-${spec.name}`;
  const error = form.errors[spec.name];
  const chosen = new Set((form.values[spec.name] ?? '').split(','));
  const described = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset
    class="field${error ? ' invalid' : ''}"
    id="${id}"
    ${described ? html`aria-describedby="${described}"` : ''}
  >
    <legend>${spec.legend}</legend>
    ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : ''}
    ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : ''}
    <ul class="checks">
      ${spec.options.map(
        (option, i) =>
          html`<li>
            <input
              type="checkbox"
              id="${id}-${i}"
              name="${spec.name}"
              value="${option.value}"
              ${chosen.has(option.value) ? html`checked` : ''}
            />
            <label for="${id}-${i}"
              >${option.label}${option.detail ? html` <span class="meta">· ${option.detail}</span>` : ''}</label
            >
          </li>`,
      )}
    </ul>
  </fieldset>`;
}
