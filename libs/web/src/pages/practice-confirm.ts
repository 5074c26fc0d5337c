import { html, type SafeHtml } from '../html.js';
import { csrfField } from './forms.js';
import { languageName, page, type Frame } from './layout.js';
import type { PracticeHeading } from './practice-details.js';

/**
 * A step that cannot be taken back from the web asks first: what will happen, then one button
 * (a POST with the version the page showed, so a change made meanwhile is refused, not overrun).
 */
export function confirmation(
  frame: Frame,
  c: {
    title: string;
    /** What it is about: the title, in its own language (when known). */
    subject: { text: string; language?: string };
    text: string;
    action: string;
    fields: Record<string, string>;
    button: string;
    back: string;
  },
): SafeHtml {
  const { t } = frame;
  return page(frame, {
    title: c.title,
    body: html`<h1>${c.title}</h1>
      <p ${c.subject.language ? html`lang="${c.subject.language}"` : ''}>
        <strong>${c.subject.text}</strong>
      </p>
      <p>${c.text}</p>
      <form class="record" method="post" action="${c.action}">
        ${csrfField(frame)}
        ${Object.entries(c.fields).map(
          ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
        )}
        <p class="record-actions">
          <button type="submit">${c.button}</button>
          <a href="${c.back}">${t('practiceManage.cancel')}</a>
        </p>
      </form>`,
  });
}

/** Archiving a published practice: the review workflow's last step, through the status route. */
export function archivePage(frame: Frame, practice: PracticeHeading & { version: number }): SafeHtml {
  const { t, locale } = frame;
  const title = t('practiceManage.archiveTitle');
  return confirmation(frame, {
    title,
    subject: { text: practice.title, language: practice.language },
    text: t('practiceManage.archiveText'),
    action: `/${locale}/practices/${practice.id}/status`,
    fields: { transition: 'archive', version: String(practice.version) },
    button: t('practiceManage.archive'),
    back: `/${locale}/practices/${practice.id}`,
  });
}

/** The records whose text in one language the web removes, and what the page says of each. */
const REMOVED_TEXT = {
  practices: 'practiceManage.removeText',
  meetings: 'meetingForm.removeText',
  'study-visits': 'visitForm.removeText',
} as const;

/**
 * Asks before removing a record's text in one language (never the original one: the service
 * refuses it), then posts it with the version the page showed.
 */
export function removeTranslationPage(
  frame: Frame,
  r: {
    records: keyof typeof REMOVED_TEXT;
    id: string;
    version: number;
    language: string;
    translationTitle: string;
  },
): SafeHtml {
  const { t, locale } = frame;
  const language = languageName(locale, r.language);
  const path = `/${locale}/${r.records}/${r.id}`;
  return confirmation(frame, {
    title: t('practiceManage.removeTitle', { language }),
    subject: { text: r.translationTitle, language: r.language },
    text: t(REMOVED_TEXT[r.records], { language }),
    action: `${path}/remove-translation`,
    fields: { language: r.language, version: String(r.version) },
    button: t('practiceManage.remove'),
    back: `${path}/edit?language=${encodeURIComponent(r.language)}`,
  });
}
