import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import { emptyPickList, type PickKind, type PickList } from '../pick-lists.js';
import { checkboxes, csrfField, field, formMessage, select, type FormState } from './forms.js';
import { languageName, page, type Frame } from './layout.js';
import { picker } from './pickers.js';
import { conflictPanel } from './practice-details-conflict.js';
import { PRACTICE_VISIBILITIES } from './practice-form.js';

/** Someone who may be named as a contact: the name and role the API shows anyone. */
export interface PersonChoice {
  id: string;
  name: string;
  role: string | null;
}

/** What the details form offers: its pickers by field (always with what is chosen), and people. */
export interface DetailsChoices {
  /** `cityId`, `topicIds`, `sharedWithNetworkIds`, `fundingProgrammeId`. */
  lists: Readonly<Record<string, PickList>>;
  people: PersonChoice[];
}

/** The practice a page is about: its id, and its title in the language shown. */
export interface PracticeHeading {
  id: string;
  title: string;
  language: string;
}

export interface PracticeDetailsPage {
  practice: PracticeHeading;
  choices: DetailsChoices;
  form: FormState;
  /** How many rows each list shows (filled ones and blank ones). */
  rows: { metric: number; link: number };
  /** The field to focus when the page loads: the first of a row just added. */
  focus?: string;
  /** After a version conflict: the details saved meanwhile and the refused ones. */
  conflict?: { saved: Readonly<Record<string, string>>; yours: Readonly<Record<string, string>> };
}

export const LINK_KINDS = ['WEBSITE', 'DOCUMENT', 'VIDEO', 'IMAGE', 'PRESS', 'OTHER'] as const;

/** The fields' labels, by the names the form and the API's errors give them. */
export function detailsLabels(frame: Frame, rows: { metric: number; link: number }): Record<string, string> {
  const { t } = frame;
  const row = (label: string, legend: string) => `${label} (${legend})`;
  const labels: Record<string, string> = {
    cityId: t('record.city'),
    visibility: t('meetingForm.visibility'),
    topicIds: t('record.topics'),
    sharedWithNetworkIds: t('practice.sharedWith'),
    periodStart: t('practiceDetails.periodStart'),
    periodEnd: t('practiceDetails.periodEnd'),
    budgetAmount: t('practiceDetails.budgetAmount'),
    budgetCurrency: t('practiceDetails.budgetCurrency'),
    fundingProgrammeId: t('record.programme'),
    sourceUrl: t('practiceDetails.sourceUrl'),
    metrics: t('practice.metrics'),
    links: t('practice.links'),
    contactIds: t('practice.contacts'),
  };
  for (let i = 0; i < rows.metric; i++) {
    const legend = t('practiceDetails.metric', { n: i + 1 });
    labels[`metric-name-${i}`] = row(t('practiceDetails.metricName'), legend);
    labels[`metric-value-${i}`] = row(t('practiceDetails.metricValue'), legend);
    labels[`metric-unit-${i}`] = row(t('practiceDetails.metricUnit'), legend);
  }
  for (let i = 0; i < rows.link; i++) {
    const legend = t('practiceDetails.link', { n: i + 1 });
    labels[`link-url-${i}`] = row(t('practiceDetails.linkUrl'), legend);
    labels[`link-title-${i}`] = row(t('practiceDetails.linkTitle'), legend);
    labels[`link-kind-${i}`] = row(t('practiceDetails.linkKind'), legend);
    labels[`link-language-${i}`] = row(t('practiceDetails.linkLanguage'), legend);
  }
  return labels;
}

const none = [['', '—'] as const];

/** A row's "remove" box, offered once the row has something in it. */
function removeBox(frame: Frame, form: FormState, name: string, filled: boolean): HtmlValue {
  if (!filled) return null;
  return html`<div class="field check">
    <input
      type="checkbox"
      id="f-${name}"
      name="${name}"
      value="on"
      ${form.values[name] ? html`checked` : ''}
    />
    <label for="f-${name}">${frame.t('practiceDetails.remove')}</label>
  </div>`;
}

function metricRow(frame: Frame, p: PracticeDetailsPage, i: number): SafeHtml {
  const { t } = frame;
  const v = (column: string) => p.form.values[`metric-${column}-${i}`] ?? '';
  const filled = [v('name'), v('value'), v('unit')].some((x) => x.trim() !== '');
  return html`<fieldset>
    <legend>${t('practiceDetails.metric', { n: i + 1 })}</legend>
    ${field(p.form, {
      name: `metric-name-${i}`,
      label: t('practiceDetails.metricName'),
      autofocus: p.focus === `metric-name-${i}`,
    })}
    ${field(p.form, { name: `metric-value-${i}`, label: t('practiceDetails.metricValue') })}
    ${field(p.form, { name: `metric-unit-${i}`, label: t('practiceDetails.metricUnit') })}
    ${removeBox(frame, p.form, `metric-remove-${i}`, filled)}
  </fieldset>`;
}

function linkRow(frame: Frame, p: PracticeDetailsPage, i: number): SafeHtml {
  const { t, locale } = frame;
  const v = (column: string) => p.form.values[`link-${column}-${i}`] ?? '';
  const language = v('language');
  const languages = [
    ...UI_LOCALES,
    ...(language && !UI_LOCALES.some((l) => l === language) ? [language] : []),
  ];
  return html`<fieldset>
    <legend>${t('practiceDetails.link', { n: i + 1 })}</legend>
    ${field(p.form, {
      name: `link-url-${i}`,
      label: t('practiceDetails.linkUrl'),
      type: 'url',
      autofocus: p.focus === `link-url-${i}`,
    })}
    ${field(p.form, { name: `link-title-${i}`, label: t('practiceDetails.linkTitle') })}
    ${select(p.form, {
      name: `link-kind-${i}`,
      label: t('practiceDetails.linkKind'),
      options: LINK_KINDS.map((kind) => [kind, t(`enums.LinkKind.${kind}`)] as const),
    })}
    ${select(p.form, {
      name: `link-language-${i}`,
      label: t('practiceDetails.linkLanguage'),
      options: [...none, ...languages.map((code) => [code, languageName(locale, code)] as const)],
    })}
    ${removeBox(
      frame,
      p.form,
      `link-remove-${i}`,
      [v('url'), v('title')].some((x) => x.trim() !== ''),
    )}
  </fieldset>`;
}

/** A list's own error (too many rows), under its heading. */
function listError(form: FormState, name: string): HtmlValue {
  const error = form.errors[name];
  return error ? html`<p class="field-error" id="f-${name}-error">${error}</p>` : null;
}

/** The rows of the results in figures and of the links, each list with its "add another" button. */
function rowSections(frame: Frame, p: PracticeDetailsPage): SafeHtml {
  const { t } = frame;
  // The page comes back with the new row's first field focused (autofocus, which a URL fragment would cancel).
  const add = (list: 'metric' | 'link', label: string) =>
    html`<p>
      <button type="submit" class="secondary" name="_add" value="${list}">${label}</button>
    </p>`;
  return html`<h2>${t('practice.metrics')}</h2>
    <p class="hint">${t('practiceDetails.metricsHint')}</p>
    ${listError(p.form, 'metrics')} ${Array.from({ length: p.rows.metric }, (_, i) => metricRow(frame, p, i))}
    ${add('metric', t('practiceDetails.addMetric'))}
    <h2>${t('practice.links')}</h2>
    ${listError(p.form, 'links')} ${Array.from({ length: p.rows.link }, (_, i) => linkRow(frame, p, i))}
    ${add('link', t('practiceDetails.addLink'))}`;
}

/** The contacts: boxes to tick, with the names and roles anyone may see. */
function contactsSection(frame: Frame, p: PracticeDetailsPage): SafeHtml {
  const { t } = frame;
  return html`<h2>${t('practice.contacts')}</h2>
    ${
      p.choices.people.length
        ? checkboxes(p.form, {
            name: 'contactIds',
            legend: t('practiceDetails.contacts'),
            options: p.choices.people.map((person) => ({
              value: person.id,
              label: person.name,
              detail: person.role,
            })),
          })
        : html`<p class="muted">${t('practiceDetails.noPeople')}</p>`
    }`;
}

/** The details of a practice after it was written: where, what about, who reads it, figures, links, people. */
export function practiceDetailsPage(frame: Frame, p: PracticeDetailsPage): SafeHtml {
  const { t, locale } = frame;
  const { form, choices } = p;
  const list = (name: string, kind: PickKind) => choices.lists[name] ?? emptyPickList(kind);
  const title = t('practiceDetails.title');
  const action = `/${locale}/practices/${p.practice.id}/details`;
  // Also first in the form: pressing Enter in a field saves, not "add another" (the first submit button).
  const save = html`<p class="form-actions"><button type="submit">${t('practiceDetails.save')}</button></p>`;
  const body = html`<h1>${title}</h1>
    <p>
      <a href="/${locale}/practices/${p.practice.id}" lang="${p.practice.language}">${p.practice.title}</a>
    </p>
    ${conflictPanel(frame, p)} ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${action}" novalidate>
      ${csrfField(frame)}
      <input type="hidden" name="version" value="${form.values['version'] ?? ''}" />
      ${save}
      ${picker(frame, form, { name: 'cityId', label: t('record.city'), list: list('cityId', 'city'), optional: true })}
      ${picker(frame, form, {
        name: 'topicIds',
        label: t('record.topics'),
        list: list('topicIds', 'topic'),
        multiple: true,
      })}
      ${select(form, {
        name: 'visibility',
        label: t('meetingForm.visibility'),
        options: PRACTICE_VISIBILITIES.map((v) => [v, t(`practiceForm.visibilities.${v}`)] as const),
      })}
      ${picker(frame, form, {
        name: 'sharedWithNetworkIds',
        label: t('practice.sharedWith'),
        list: list('sharedWithNetworkIds', 'network'),
        multiple: true,
      })}
      ${field(form, { name: 'periodStart', label: t('practiceDetails.periodStart'), type: 'date' })}
      ${field(form, { name: 'periodEnd', label: t('practiceDetails.periodEnd'), type: 'date' })}
      ${field(form, {
        name: 'budgetAmount',
        label: t('practiceDetails.budgetAmount'),
        hint: t('practiceDetails.budgetHint'),
      })}
      ${field(form, {
        name: 'budgetCurrency',
        label: t('practiceDetails.budgetCurrency'),
        hint: t('practiceDetails.currencyHint'),
      })}
      ${picker(frame, form, {
        name: 'fundingProgrammeId',
        label: t('record.programme'),
        list: list('fundingProgrammeId', 'programme'),
        optional: true,
      })}
      ${field(form, { name: 'sourceUrl', label: t('practiceDetails.sourceUrl'), type: 'url' })}
      ${rowSections(frame, p)} ${contactsSection(frame, p)} ${save}
    </form>`;
  return page(frame, { title, body });
}
