import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES } from '../i18n/web-i18n.js';
import { emptyPickList, type PickList } from '../pick-lists.js';
import { actionRow, csrfField, field, formMessage, select, type FormState } from './forms.js';
import { defaultSave, picker } from './pickers.js';
import { languageName, page, type Frame } from './layout.js';

/** The choices a meeting form offers (what the member may pick). */
export interface MeetingFormOptions {
  /** Networks the member coordinates (any for admins). */
  networks: PickList;
  /** The other pick lists by field: the city, the attendees, each action row's owner. */
  lists: Readonly<Record<string, PickList>>;
}

/** The texts saved meanwhile, shown next to the refused ones after a version conflict. */
export interface MeetingTexts {
  title: string;
  summary: string;
  agenda: string;
  notes: string;
  decisions: string;
}

export interface MeetingFormPage {
  /** Null for a new meeting. */
  meetingId: string | null;
  options: MeetingFormOptions;
  form: FormState;
  /** The blank action item rows offered (new ones; existing items keep their own status form). */
  actionRows: number;
  conflict?: { saved: MeetingTexts; yours: MeetingTexts };
}

/** The edit form of a meeting's text in one language (the original: the whole meeting). */
export const editHref = (frame: Frame, id: string, language: string): string =>
  `/${frame.locale}/meetings/${id}/edit?language=${encodeURIComponent(language)}`;

/** The edit form's language links: the original (the whole meeting) or a translation (its text). */
export function meetingLanguageNav(frame: Frame, id: string, current: string): SafeHtml {
  const { t, locale } = frame;
  return html`<nav aria-label="${t('practiceForm.languages')}">
    <p>
      ${t('practiceForm.languages')}
      ${UI_LOCALES.map((code) =>
        code === current
          ? html`<strong aria-current="page">${languageName(locale, code)}</strong> `
          : html`<a href="${editHref(frame, id, code)}">${languageName(locale, code)}</a> `,
      )}
    </p>
  </nav>`;
}

export const MEETING_KINDS = ['NETWORK_MEETING', 'CONFERENCE', 'WORKSHOP', 'WEBINAR'] as const;
export const MEETING_VISIBILITIES = ['NETWORK', 'PUBLIC'] as const;

export function conflictPanel(frame: Frame, conflict: MeetingFormPage['conflict']): HtmlValue {
  if (!conflict) return null;
  const { t } = frame;
  const texts = (heading: string, x: MeetingTexts) =>
    html`<div>
      <h2>${heading}</h2>
      <dl class="facts">
        <dt>${t('meetingForm.title')}</dt>
        <dd>${x.title}</dd>
        <dt>${t('meeting.summary')}</dt>
        <dd>${x.summary}</dd>
        <dt>${t('meeting.agenda')}</dt>
        <dd class="prose"><pre>${x.agenda}</pre></dd>
        <dt>${t('meeting.notes')}</dt>
        <dd class="prose"><pre>${x.notes}</pre></dd>
        <dt>${t('meeting.decisions')}</dt>
        <dd class="prose"><pre>${x.decisions}</pre></dd>
      </dl>
    </div>`;
  return html`<div class="form-error" role="alert">${t('meetingForm.conflict')}</div>
    <div class="conflict">
      ${texts(t('actionItem.theirs'), conflict.saved)} ${texts(t('actionItem.yours'), conflict.yours)}
    </div>`;
}

/** Logging a meeting, or editing one (its text in its original language, on the version read). */
export function meetingFormPage(frame: Frame, p: MeetingFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form, options } = p;
  const title = p.meetingId ? t('meetingForm.editTitle') : t('meetingForm.newTitle');
  const action = p.meetingId ? `/${locale}/meetings/${p.meetingId}/edit` : `/${locale}/meetings/new`;
  const list = (name: string, kind: PickList['kind']) => options.lists[name] ?? emptyPickList(kind);
  const enumOptions = (name: string, values: readonly string[]) =>
    values.map((value) => [value, t(`enums.${name}.${value}`)] as const);
  const body = html`<h1>${title}</h1>
    ${conflictPanel(frame, p.conflict)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="${action}" novalidate>
      ${csrfField(frame)}
      ${defaultSave(t('meetingForm.save'), [options.networks, ...Object.values(options.lists)])}
      ${
        p.meetingId
          ? html`<input type="hidden" name="version" value="${form.values['version'] ?? ''}" />
              <input type="hidden" name="language" value="${form.values['language'] ?? ''}" />
              ${meetingLanguageNav(frame, p.meetingId, form.values['language'] ?? '')}`
          : html`${picker(frame, form, { name: 'networkId', label: t('meeting.network'), list: options.networks })}
            ${select(form, {
              name: 'language',
              label: t('meetingForm.language'),
              options: UI_LOCALES.map((code) => [code, languageName(locale, code)] as const),
            })}`
      }
      ${field(form, { name: 'title', label: t('meetingForm.title'), required: true })}
      ${select(form, { name: 'kind', label: t('meeting.kind'), options: enumOptions('MeetingKind', MEETING_KINDS) })}
      ${field(form, { name: 'date', label: t('meeting.date'), type: 'date', required: true })}
      ${picker(frame, form, { name: 'cityId', label: t('record.city'), list: list('cityId', 'city'), optional: true })}
      ${field(form, { name: 'venue', label: t('meeting.venue') })}
      ${select(form, {
        name: 'visibility',
        label: t('meetingForm.visibility'),
        options: MEETING_VISIBILITIES.map((v) => [v, t(`meetingForm.visibilities.${v}`)] as const),
      })}
      ${field(form, { name: 'summary', label: t('meeting.summary'), multiline: true })}
      ${field(form, { name: 'agenda', label: t('meeting.agenda'), hint: t('meetingForm.agendaHint'), multiline: true })}
      ${field(form, { name: 'notes', label: t('meeting.notes'), multiline: true })}
      ${field(form, { name: 'decisions', label: t('meeting.decisions'), multiline: true })}
      ${picker(frame, form, {
        name: 'attendeeOrganizationIds',
        label: t('meeting.attendees'),
        list: list('attendeeOrganizationIds', 'organization'),
        multiple: true,
      })}
      <h2>${t('exchange.actions')}</h2>
      ${Array.from({ length: p.actionRows }, (_, i) => actionRow(frame, form, options.lists[`owner-${i}`], i))}
      <button type="submit">${t('meetingForm.save')}</button>
    </form>`;
  return page(frame, { title, body });
}
