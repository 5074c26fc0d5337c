import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import { csrfField, field, formMessage, type FormState } from './forms.js';
import { languageName, page, type Frame } from './layout.js';
import { conflictPanel, editHref, meetingLanguageNav, type MeetingTexts } from './meeting-form.js';

/** A meeting's text in a language other than its original one (issue 18): added or replaced. */
export interface MeetingTranslationPage {
  meetingId: string;
  /** The meeting's title as the page shows it, in its own language. */
  heading: { title: string; language: string };
  form: FormState;
  conflict?: { saved: MeetingTexts; yours: MeetingTexts };
  /** The meeting already has text in this language: the page offers removing it. */
  removable: boolean;
}

const removeHref = (frame: Frame, id: string, language: string) =>
  `/${frame.locale}/meetings/${id}/remove-translation?language=${encodeURIComponent(language)}`;

/** The text in one language other than the original: title, summary, agenda, notes, decisions. */
export function meetingTranslationPage(frame: Frame, p: MeetingTranslationPage): SafeHtml {
  const { t, locale } = frame;
  const { form } = p;
  const language = form.values['language'] ?? '';
  const title = t('meetingForm.translateTitle', { language: languageName(locale, language) });
  const body = html`<h1>${title}</h1>
    <p lang="${p.heading.language}">
      <a href="/${locale}/meetings/${p.meetingId}">${p.heading.title}</a>
    </p>
    ${conflictPanel(frame, p.conflict)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${editHref(frame, p.meetingId, language)}" novalidate>
      ${csrfField(frame)}
      <input type="hidden" name="version" value="${form.values['version'] ?? ''}" />
      <input type="hidden" name="language" value="${language}" />
      ${meetingLanguageNav(frame, p.meetingId, language)}
      <div lang="${language}">
        ${field(form, { name: 'title', label: t('meetingForm.title'), required: true })}
        ${field(form, { name: 'summary', label: t('meeting.summary'), multiline: true })}
        ${field(form, {
          name: 'agenda',
          label: t('meeting.agenda'),
          hint: t('meetingForm.agendaHint'),
          multiline: true,
        })}
        ${field(form, { name: 'notes', label: t('meeting.notes'), multiline: true })}
        ${field(form, { name: 'decisions', label: t('meeting.decisions'), multiline: true })}
      </div>
      <button type="submit">${t('meetingForm.save')}</button>
    </form>
    ${
      p.removable
        ? html`<p>
            <a href="${removeHref(frame, p.meetingId, language)}"
              >${t('practiceManage.removeLink', { language: languageName(locale, language) })}</a
            >
          </p>`
        : null
    }`;
  return page(frame, { title, body });
}

/**
 * The meeting page's list of the languages its text is in, for those who may change it: each one's
 * edit link, a removal link for every translation (never the original), and the UI languages it
 * may still be translated into.
 */
export function meetingLanguages(
  frame: Frame,
  m: { id: string; originalLanguage: string; availableLanguages: readonly string[] },
): HtmlValue {
  const { t, locale } = frame;
  const name = (code: string) => languageName(locale, code);
  const missing = UI_LOCALES.filter((code) => !m.availableLanguages.includes(code));
  return html`<section id="meeting-languages">
    <h2>${t('meetingForm.translations')}</h2>
    <ul class="plain">
      ${m.availableLanguages.map(
        (code) =>
          html`<li>
            <a href="${editHref(frame, m.id, code)}">${name(code)}</a>
            ${
              code === m.originalLanguage
                ? html`<span class="meta">${t('meetingForm.original')}</span>`
                : html`·
                    <a href="${removeHref(frame, m.id, code)}"
                      >${t('practiceManage.removeLink', { language: name(code) })}</a
                    >`
            }
          </li>`,
      )}
    </ul>
    ${
      missing.length
        ? html`<p>
            ${t('meetingForm.addTranslation')}
            ${missing.map((code, i) => [i ? ', ' : '', html`<a href="${editHref(frame, m.id, code)}">${name(code)}</a>`])}
          </p>`
        : null
    }
  </section>`;
}
