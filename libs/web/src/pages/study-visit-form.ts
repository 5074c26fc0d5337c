import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import { emptyPickList, type PickList } from '../pick-lists.js';
import { actionRow, csrfField, field, formMessage, select, type FormState } from './forms.js';
import { defaultSave, picker } from './pickers.js';
import { languageName, page, type Frame } from './layout.js';

/** The choices a study visit form offers. */
export interface StudyVisitFormOptions {
  /** Organizations whose visits the member records (their editor's; any for admins). */
  recorders: PickList;
  /** The other pick lists by field: hosts, host cities, visitors, network, action rows' owners. */
  lists: Readonly<Record<string, PickList>>;
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
  return html`${picker(frame, form, {
    name: 'organizationId',
    label: t('visitForm.organization'),
    list: p.options.recorders,
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
  const list = (name: string, kind: PickList['kind']) => options.lists[name] ?? emptyPickList(kind);
  const many = (name: string, label: string, kind: PickList['kind']) =>
    picker(frame, form, { name, label, list: list(name, kind), multiple: true });
  const body = html`<h1>${title}</h1>
    ${conflictPanel(frame, p.conflict)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${action}" novalidate>
      ${csrfField(frame)}
      ${defaultSave(t('visitForm.save'), [options.recorders, ...Object.values(options.lists)])}
      ${recorderFields(frame, p)}
      ${field(form, { name: 'title', label: t('visitForm.title'), required: true })}
      ${field(form, { name: 'startDate', label: t('visitForm.startDate'), type: 'date', required: true })}
      ${field(form, { name: 'endDate', label: t('visitForm.endDate'), type: 'date', required: true })}
      ${many('hostOrganizationIds', t('visit.hosts'), 'organization')}
      ${many('hostCityIds', t('visit.hostCities'), 'city')}
      ${many('visitorOrganizationIds', t('visitForm.otherVisitors'), 'organization')}
      ${picker(frame, form, {
        name: 'networkId',
        label: t('visit.network'),
        list: list('networkId', 'network'),
        optional: true,
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
      ${Array.from({ length: p.actionRows }, (_, i) => actionRow(frame, form, options.lists[`owner-${i}`], i))}
      <button type="submit">${t('visitForm.save')}</button>
    </form>`;
  return page(frame, { title, body });
}
