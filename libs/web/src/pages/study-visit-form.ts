import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import type { Ref } from '../web-reader.js';
import { actionRow, csrfField, field, formMessage, select, type FormState } from './forms.js';
import { languageName, page, type Frame } from './layout.js';

/** The choices a study visit form offers. */
export interface StudyVisitFormOptions {
  /** Organizations whose visits the member records (their editor's). */
  recorders: Ref[];
  networks: Ref[];
  organizations: Ref[];
  cities: Ref[];
}

/** The texts saved meanwhile, shown next to the refused ones after a version conflict. */
export interface StudyVisitTexts {
  title: string;
  purpose: string;
  learnings: string;
  programme: string;
}

export interface StudyVisitFormPage {
  /** Null for a new visit. */
  visitId: string | null;
  options: StudyVisitFormOptions;
  form: FormState;
  actionRows: number;
  conflict?: { saved: StudyVisitTexts; yours: StudyVisitTexts };
}

export const VISIT_VISIBILITIES = ['PRIVATE', 'NETWORK', 'PUBLIC'] as const;

function conflictPanel(frame: Frame, conflict: StudyVisitFormPage['conflict']): HtmlValue {
  if (!conflict) return null;
  const { t } = frame;
  const texts = (heading: string, x: StudyVisitTexts) =>
    html`<div>
      <h2>${heading}</h2>
      <dl class="facts">
        <dt>${t('visitForm.title')}</dt>
        <dd>${x.title}</dd>
        <dt>${t('visit.programme')}</dt>
        <dd class="prose"><pre>${x.programme}</pre></dd>
        <dt>${t('visit.purpose')}</dt>
        <dd class="prose"><pre>${x.purpose}</pre></dd>
        <dt>${t('visit.learnings')}</dt>
        <dd class="prose"><pre>${x.learnings}</pre></dd>
      </dl>
    </div>`;
  return html`<div class="form-error" role="alert">${t('visitForm.conflict')}</div>
    <div class="conflict">
      ${texts(t('actionItem.theirs'), conflict.saved)} ${texts(t('actionItem.yours'), conflict.yours)}
    </div>`;
}

/** What only a new visit asks: who records it and the language of its text. */
function recorderFields(frame: Frame, p: StudyVisitFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form } = p;
  if (p.visitId)
    return html`<input type="hidden" name="version" value="${form.values['version'] ?? ''}" />
      <input type="hidden" name="language" value="${form.values['language'] ?? ''}" />`;
  return html`${select(form, {
    name: 'organizationId',
    label: t('visitForm.organization'),
    options: p.options.recorders.map((o) => [o.id, o.name] as const),
  })}
  ${select(form, {
    name: 'language',
    label: t('meetingForm.language'),
    options: UI_LOCALES.map((code) => [code, languageName(locale, code)] as const),
  })}`;
}

/** Recording a study visit, or editing one (its text in its original language, on the version read). */
export function studyVisitFormPage(frame: Frame, p: StudyVisitFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form, options } = p;
  const title = p.visitId ? t('visitForm.editTitle') : t('visitForm.newTitle');
  const action = p.visitId ? `/${locale}/study-visits/${p.visitId}/edit` : `/${locale}/study-visits/new`;
  const many = (name: string, label: string, refs: readonly Ref[]) =>
    select(form, { name, label, options: refs.map((r) => [r.id, r.name] as const), multiple: true });
  const body = html`<h1>${title}</h1>
    ${conflictPanel(frame, p.conflict)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${action}" novalidate>
      ${csrfField(frame)} ${recorderFields(frame, p)}
      ${field(form, { name: 'title', label: t('visitForm.title'), required: true })}
      ${field(form, { name: 'startDate', label: t('visitForm.startDate'), type: 'date', required: true })}
      ${field(form, { name: 'endDate', label: t('visitForm.endDate'), type: 'date', required: true })}
      ${many('hostOrganizationIds', t('visit.hosts'), options.organizations)}
      ${many('hostCityIds', t('visit.hostCities'), options.cities)}
      ${many('visitorOrganizationIds', t('visitForm.otherVisitors'), options.organizations)}
      ${select(form, {
        name: 'networkId',
        label: t('visit.network'),
        options: [['', '—'] as const, ...options.networks.map((n) => [n.id, n.name] as const)],
      })}
      ${select(form, {
        name: 'visibility',
        label: t('meetingForm.visibility'),
        options: VISIT_VISIBILITIES.map((v) => [v, t(`visitForm.visibilities.${v}`)] as const),
      })}
      ${field(form, {
        name: 'programme',
        label: t('visit.programme'),
        hint: t('visitForm.programmeHint'),
        multiline: true,
      })}
      ${field(form, { name: 'purpose', label: t('visit.purpose'), multiline: true })}
      ${field(form, { name: 'learnings', label: t('visit.learnings'), multiline: true })}
      <h2>${t('exchange.actions')}</h2>
      ${Array.from({ length: p.actionRows }, (_, i) => actionRow(frame, form, options, i))}
      <button type="submit">${t('visitForm.save')}</button>
    </form>`;
  return page(frame, { title, body });
}
