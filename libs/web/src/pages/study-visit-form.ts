import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import { emptyPickList, type PickList } from '../pick-lists.js';
import { itemRows } from '../web-study-visit-items.js';
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
  /**
   * For an existing visit: the language it was first written in. The form in another language is
   * a translation's: its title, purpose and learnings only.
   */
  originalLanguage?: string;
  /** An existing translation (not the original) is shown: the page offers removing it. */
  removable?: boolean;
  options: StudyVisitFormOptions;
  form: FormState;
  actionRows: number;
  conflict?: { saved: StudyVisitTexts; yours: StudyVisitTexts };
}

export const VISIT_VISIBILITIES = ['PRIVATE', 'NETWORK', 'PUBLIC'] as const;

function conflictPanel(
  frame: Frame,
  conflict: StudyVisitFormPage['conflict'],
  translation: boolean,
): HtmlValue {
  if (!conflict) return null;
  const { t } = frame;
  const texts = (heading: string, x: StudyVisitTexts) =>
    html`<div>
      <h2>${heading}</h2>
      <dl class="facts">
        <dt>${t('visitForm.title')}</dt>
        <dd>${x.title}</dd>
        ${
          translation
            ? null
            : html`<dt>${t('visit.programme')}</dt>
                <dd class="prose"><pre>${x.programme}</pre></dd>`
        }
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
      <input type="hidden" name="language" value="${form.values['language'] ?? ''}" />
      ${languageLinks(frame, p.visitId, form.values['language'] ?? '')}`;
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

/** The languages the text can be written in, each a link to its form (the shown one marked). */
function languageLinks(frame: Frame, visitId: string, current: string): SafeHtml {
  const { t, locale } = frame;
  return html`<nav aria-label="${t('practiceForm.languages')}">
    <p>
      ${t('practiceForm.languages')}
      ${UI_LOCALES.map((code) =>
        code === current
          ? html`<strong aria-current="page">${languageName(locale, code)}</strong> `
          : html`<a href="/${locale}/study-visits/${visitId}/edit?language=${code}"
              >${languageName(locale, code)}</a
            > `,
      )}
    </p>
  </nav>`;
}

/** Whether the form is a translation's: an existing visit's text in another language than its first. */
function isTranslation(p: StudyVisitFormPage): boolean {
  return Boolean(p.visitId && p.originalLanguage && p.form.values['language'] !== p.originalLanguage);
}

/** Recording a study visit, editing one (on the version read), or writing its text in another language. */
export function studyVisitFormPage(frame: Frame, p: StudyVisitFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form } = p;
  const language = form.values['language'] ?? '';
  const translation = isTranslation(p);
  const title = !p.visitId
    ? t('visitForm.newTitle')
    : translation
      ? t('visitForm.translateTitle', { language: languageName(locale, language) })
      : t('visitForm.editTitle');
  const action = p.visitId
    ? `/${locale}/study-visits/${p.visitId}/edit?language=${encodeURIComponent(language)}`
    : `/${locale}/study-visits/new`;
  const body = html`<h1>${title}</h1>
    ${conflictPanel(frame, p.conflict, translation)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${action}" novalidate>
      ${csrfField(frame)} ${translation ? translationFields(frame, p) : detailFields(frame, p)}
      <button type="submit">${t('visitForm.save')}</button>
    </form>
    ${p.removable && p.visitId ? removeTranslationLink(frame, p.visitId, language) : null}`;
  return page(frame, { title, body });
}

/** A translation's form: the language links, a note on what is shared, and the three texts. */
function translationFields(frame: Frame, p: StudyVisitFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form } = p;
  return html`${recorderFields(frame, p)}
    <p class="hint">
      ${t('visitForm.sharedDetails', { language: languageName(locale, p.originalLanguage ?? '') })}
    </p>
    <div lang="${form.values['language'] ?? ''}">${titleField(frame, form)} ${textAreas(frame, form)}</div>`;
}

function titleField(frame: Frame, form: FormState): SafeHtml {
  return field(form, { name: 'title', label: frame.t('visitForm.title'), required: true });
}

function textAreas(frame: Frame, form: FormState): SafeHtml {
  const { t } = frame;
  return html`${field(form, { name: 'purpose', label: t('visit.purpose'), multiline: true })}
  ${field(form, { name: 'learnings', label: t('visit.learnings'), multiline: true })}`;
}

/** The whole visit: who records it, dates, organizations, programme, texts, people, links, actions. */
function detailFields(frame: Frame, p: StudyVisitFormPage): SafeHtml {
  const { t } = frame;
  const { form, options } = p;
  const list = (name: string, kind: PickList['kind']) => options.lists[name] ?? emptyPickList(kind);
  const many = (name: string, label: string, kind: PickList['kind']) =>
    picker(frame, form, { name, label, list: list(name, kind), multiple: true });
  const one = (name: string, label: string, kind: PickList['kind']) =>
    picker(frame, form, { name, label, list: list(name, kind), optional: true });
  const rows = itemRows(form.values);
  return html`${defaultSave(t('visitForm.save'), [options.recorders, ...Object.values(options.lists)], rows > 0)}
    ${recorderFields(frame, p)} ${titleField(frame, form)}
    ${field(form, { name: 'startDate', label: t('visitForm.startDate'), type: 'date', required: true })}
    ${field(form, { name: 'endDate', label: t('visitForm.endDate'), type: 'date', required: true })}
    ${many('hostOrganizationIds', t('visit.hosts'), 'organization')}
    ${many('hostCityIds', t('visit.hostCities'), 'city')}
    ${many('visitorOrganizationIds', t('visitForm.otherVisitors'), 'organization')}
    ${one('networkId', t('visit.network'), 'network')}
    ${one('fundingProgrammeId', t('record.programme'), 'programme')}
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
    ${itemHosts(frame, p, rows)} ${textAreas(frame, form)}
    ${many('participantIds', t('visit.participants'), 'person')}
    ${many('topicIds', t('record.topics'), 'topic')}
    ${many('relatedPracticeIds', t('exchange.practices'), 'practice')}
    <h2>${t('exchange.actions')}</h2>
    ${Array.from({ length: p.actionRows }, (_, i) => actionRow(frame, form, options.lists[`owner-${i}`], i))}`;
}

/**
 * Who hosted each programme item: one select per line of the programme as last shown, among the
 * hosts ticked above; "Show the items again" brings the rows in line with a changed programme
 * (nothing is saved).
 */
function itemHosts(frame: Frame, p: StudyVisitFormPage, rows: number): HtmlValue {
  if (rows === 0) return null;
  const { t } = frame;
  const { form, options } = p;
  return html`<fieldset class="field" aria-describedby="item-hosts-hint">
    <legend>${t('visitForm.itemHosts')}</legend>
    <p class="hint" id="item-hosts-hint">${t('visitForm.itemHostsHint')}</p>
    ${Array.from({ length: rows }, (_, i) => {
      const line = form.values[`itemLine-${i}`] ?? '';
      return html`<input type="hidden" name="itemLine-${i}" value="${line}" /> ${picker(frame, form, {
          name: `itemHost-${i}`,
          label: t('visitForm.itemHost', { item: line }),
          list: options.lists[`itemHost-${i}`] ?? emptyPickList('organization'),
          optional: true,
        })}`;
    })}
    <button type="submit" name="items" value="refresh">${t('visitForm.refreshItems')}</button>
  </fieldset>`;
}

/** To the page that asks before removing the text in one language (not the original one). */
export function removeTranslationLink(frame: Frame, id: string, language: string): SafeHtml {
  const { t, locale } = frame;
  return html`<p>
    <a href="/${locale}/study-visits/${id}/remove-translation?language=${encodeURIComponent(language)}"
      >${t('practiceManage.removeLink', { language: languageName(locale, language) })}</a
    >
  </p>`;
}
