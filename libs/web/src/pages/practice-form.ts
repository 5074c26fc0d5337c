import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import type { PickList } from '../pick-lists.js';
import type { PracticeActions } from '../web-reader.js';
import { csrfField, field, formMessage, select, type FormState } from './forms.js';
import { languageName, page, type Frame } from './layout.js';
import { defaultSave, picker } from './pickers.js';

/** The choices a practice form offers. */
export interface PracticeFormOptions {
  /** Organizations whose practices the member writes (their editor's; any for admins). */
  writers: PickList;
  networks: PickList;
}

/** A practice's text in one language. */
export interface PracticeTexts {
  title: string;
  summary: string;
  challenge: string;
  solution: string;
  results: string;
  lessonsLearned: string;
  transferability: string;
}

export interface PracticeFormPage {
  /** Null for a new practice. */
  practiceId: string | null;
  /** For an existing practice: the language it was first written in. */
  originalLanguage?: string;
  options: PracticeFormOptions;
  form: FormState;
  conflict?: { saved: PracticeTexts; yours: PracticeTexts };
  /** An existing translation (not the original) is shown: the page offers removing it. */
  removable?: boolean;
}

/** A practice's Markdown sections, in the order the form and the page show them. */
export const PRACTICE_SECTIONS = [
  'summary',
  'challenge',
  'solution',
  'results',
  'lessonsLearned',
  'transferability',
] as const;
export const PRACTICE_VISIBILITIES = ['NETWORK', 'PUBLIC', 'PRIVATE'] as const;

function conflictPanel(frame: Frame, conflict: PracticeFormPage['conflict']): HtmlValue {
  if (!conflict) return null;
  const { t } = frame;
  const texts = (heading: string, x: PracticeTexts) =>
    html`<div>
      <h2>${heading}</h2>
      <dl class="facts">
        <dt>${t('practiceForm.title')}</dt>
        <dd>${x.title}</dd>
        ${PRACTICE_SECTIONS.map(
          (name) =>
            html`<dt>${t(`practice.${name}`)}</dt>
              <dd class="prose"><pre>${x[name]}</pre></dd>`,
        )}
      </dl>
    </div>`;
  return html`<div class="form-error" role="alert">${t('practiceForm.conflict')}</div>
    <div class="conflict">
      ${texts(t('actionItem.theirs'), conflict.saved)} ${texts(t('actionItem.yours'), conflict.yours)}
    </div>`;
}

/** A new practice: who shares it, its language and who may read it; an edit: the language chosen. */
function headFields(frame: Frame, p: PracticeFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form, options } = p;
  const languages = UI_LOCALES.map((code) => [code, languageName(locale, code)] as const);
  if (p.practiceId) {
    const current = form.values['language'] ?? '';
    return html`<input type="hidden" name="version" value="${form.values['version'] ?? ''}" />
      <input type="hidden" name="language" value="${current}" />
      <nav aria-label="${t('practiceForm.languages')}">
        <p>
          ${t('practiceForm.languages')}
          ${languages.map(([code, name]) =>
            code === current
              ? html`<strong aria-current="page">${name}</strong> `
              : html`<a href="/${locale}/practices/${p.practiceId}/edit?language=${code}">${name}</a> `,
          )}
        </p>
      </nav>`;
  }
  return html`${defaultSave(t('practiceForm.save'), [options.writers, options.networks])}
  ${picker(frame, form, { name: 'organizationId', label: t('practiceForm.organization'), list: options.writers })}
  ${select(form, { name: 'language', label: t('meetingForm.language'), options: languages })}
  ${select(form, {
    name: 'visibility',
    label: t('meetingForm.visibility'),
    options: PRACTICE_VISIBILITIES.map((v) => [v, t(`practiceForm.visibilities.${v}`)] as const),
  })}
  ${picker(frame, form, {
    name: 'sharedWithNetworkIds',
    label: t('practice.sharedWith'),
    list: options.networks,
    multiple: true,
  })}`;
}

/** Writing a practice, or its text in one language (a translation when not the original). */
export function practiceFormPage(frame: Frame, p: PracticeFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form } = p;
  const language = form.values['language'] ?? '';
  const title = !p.practiceId
    ? t('practiceForm.newTitle')
    : language === p.originalLanguage
      ? t('practiceForm.editTitle')
      : t('practiceForm.translateTitle', { language: languageName(locale, language) });
  const action = p.practiceId
    ? `/${locale}/practices/${p.practiceId}/edit?language=${encodeURIComponent(language)}`
    : `/${locale}/practices/new`;
  const body = html`<h1>${title}</h1>
    ${conflictPanel(frame, p.conflict)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${action}" novalidate>
      ${csrfField(frame)} ${headFields(frame, p)}
      <div lang="${language}">
        ${field(form, { name: 'title', label: t('practiceForm.title'), required: true })}
        ${PRACTICE_SECTIONS.map((name) =>
          field(form, {
            name,
            label: t(`practice.${name}`),
            multiline: true,
            ...(name === 'summary' ? { hint: t('practiceForm.markdownHint') } : {}),
          }),
        )}
      </div>
      <button type="submit">${t('practiceForm.save')}</button>
    </form>
    ${p.removable && p.practiceId ? removeTranslationLink(frame, p.practiceId, language) : null}`;
  return page(frame, { title, body });
}

/** To the page that asks before removing the text in one language (not the original one). */
function removeTranslationLink(frame: Frame, id: string, language: string): SafeHtml {
  const { t, locale } = frame;
  return html`<p>
    <a href="/${locale}/practices/${id}/remove-translation?language=${encodeURIComponent(language)}"
      >${t('practiceManage.removeLink', { language: languageName(locale, language) })}</a
    >
  </p>`;
}

/** The practice page's edit link and workflow buttons; nothing for those who may not use them. */
export function practiceActions(frame: Frame, a: PracticeActions | null): HtmlValue {
  if (!a || (!a.mayEdit && !a.mayPublish)) return null;
  const { t, locale } = frame;
  const step = (transition: string, label: string) =>
    html`<form class="step" method="post" action="/${locale}/practices/${a.id}/status">
      ${csrfField(frame)}
      <input type="hidden" name="version" value="${String(a.version)}" />
      <input type="hidden" name="transition" value="${transition}" />
      <button type="submit">${label}</button>
    </form>`;
  return html`<div class="record-actions">
    ${
      a.mayEdit
        ? html`<p>
              <a href="/${locale}/practices/${a.id}/edit?language=${a.originalLanguage}"
                >${t('practiceForm.edit')}</a
              >
            </p>
            <p><a href="/${locale}/practices/${a.id}/details">${t('practiceDetails.edit')}</a></p>`
        : null
    }
    ${a.mayEdit && a.status === 'DRAFT' ? step('submit', t('practiceForm.submit')) : null}
    ${
      a.mayEdit && a.status === 'PUBLISHED'
        ? html`<p><a href="/${locale}/practices/${a.id}/archive">${t('practiceManage.archiveLink')}</a></p>`
        : null
    }
    ${a.mayEdit && a.language !== a.originalLanguage ? removeTranslationLink(frame, a.id, a.language) : null}
    ${
      a.mayPublish && a.status === 'IN_REVIEW'
        ? html`${step('publish', t('practiceForm.publish'))}
          ${step('returnToDraft', t('practiceForm.return'))}`
        : null
    }
  </div>`;
}
