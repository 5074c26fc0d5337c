import { html, type HtmlValue, type SafeHtml } from '../html.js';
import type { PickList } from '../pick-lists.js';
import { csrfField, field, formMessage, type FormState } from './forms.js';
import { page, type Frame } from './layout.js';
import { confirmation } from './practice-confirm.js';
import { defaultSave, picker } from './pickers.js';

/** An action item as the conflict view shows it: its text, its owner's name, its due date. */
export interface ActionItemTexts {
  description: string;
  owner: string;
  dueDate: string;
}

export interface ActionItemFormPage {
  id: string;
  /** Its meeting's or visit's page (without the language). */
  back: string;
  form: FormState;
  owners: PickList;
  /**
   * The owner's name when the caller works the item but may not give it to another owner (only
   * its meeting's or visit's managers may): shown as text, not as a choice.
   */
  fixedOwner?: string;
  conflict?: { saved: ActionItemTexts; yours: ActionItemTexts };
}

function conflictPanel(frame: Frame, conflict: ActionItemFormPage['conflict']): HtmlValue {
  if (!conflict) return null;
  const { t } = frame;
  const texts = (heading: string, x: ActionItemTexts) =>
    html`<div>
      <h2>${heading}</h2>
      <dl class="facts">
        <dt>${t('meetingForm.actionDescription')}</dt>
        <dd>${x.description}</dd>
        <dt>${t('exchange.owner')}</dt>
        <dd>${x.owner || '—'}</dd>
        <dt>${t('exchange.due')}</dt>
        <dd>${x.dueDate || '—'}</dd>
      </dl>
    </div>`;
  return html`<div class="form-error" role="alert">${t('actionItem.editConflict')}</div>
    <div class="conflict">
      ${texts(t('actionItem.theirs'), conflict.saved)} ${texts(t('actionItem.yours'), conflict.yours)}
    </div>`;
}

/** An existing action item's text, owner and due date, on the version read (its status has its own form). */
export function actionItemFormPage(frame: Frame, p: ActionItemFormPage): SafeHtml {
  const { t, locale } = frame;
  const { form } = p;
  const title = t('actionItem.editTitle');
  const body = html`<h1>${title}</h1>
    ${conflictPanel(frame, p.conflict)}
    ${formMessage(frame, p.conflict ? { ...form, message: undefined } : form)}
    <form class="record" method="post" action="/${locale}/action-items/${p.id}/edit" novalidate>
      ${csrfField(frame)}
      ${defaultSave(t('actionItem.saveItem'), p.fixedOwner === undefined ? [p.owners] : [])}
      <input type="hidden" name="version" value="${form.values['version'] ?? ''}" />
      ${field(form, {
        name: 'description',
        label: t('meetingForm.actionDescription'),
        required: true,
        multiline: true,
      })}
      ${
        p.fixedOwner === undefined
          ? picker(frame, form, {
              name: 'ownerOrganizationId',
              label: t('exchange.owner'),
              list: p.owners,
              optional: true,
            })
          : html`<input
                type="hidden"
                name="ownerOrganizationId"
                value="${form.values['ownerOrganizationId'] ?? ''}"
              />
              <dl class="facts">
                <dt>${t('exchange.owner')}</dt>
                <dd>${p.fixedOwner || '—'}</dd>
              </dl>`
      }
      ${field(form, { name: 'dueDate', label: t('exchange.due'), type: 'date' })}
      <button type="submit">${t('actionItem.saveItem')}</button>
    </form>
    <p><a href="/${locale}${p.back}#action-${p.id}">${t('actionItem.back')}</a></p>`;
  return page(frame, { title, body });
}

/** Asks before deleting an action item (deleteActionItem: its meeting's or visit's managers). */
export function deleteActionItemPage(
  frame: Frame,
  item: { id: string; description: string; back: string },
): SafeHtml {
  const { t, locale } = frame;
  return confirmation(frame, {
    title: t('actionItem.deleteTitle'),
    subject: { text: item.description },
    text: t('actionItem.deleteText'),
    action: `/${locale}/action-items/${item.id}/delete`,
    fields: {},
    button: t('actionItem.deleteButton'),
    back: `/${locale}${item.back}#action-${item.id}`,
  });
}
