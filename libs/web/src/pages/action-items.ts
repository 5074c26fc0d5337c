import { html, type SafeHtml } from '../html.js';
import type { ActionItemView } from '../web-reader.js';
import { formatDate, page, type Frame } from './layout.js';
import { statusForm } from './records.js';

/**
 * A status change refused because someone changed the item meanwhile: both versions side by side,
 * nothing overwritten, and the form again — on the current version, with the caller's choice.
 */
export function actionConflictPage(
  frame: Frame,
  current: ActionItemView,
  back: string,
  yours: string,
): SafeHtml {
  const { t, locale } = frame;
  const status = (value: string) => t(`enums.ActionItemStatus.${value}`);
  return page(frame, {
    title: t('actionItem.conflictTitle'),
    body: html`<h1>${t('actionItem.conflictTitle')}</h1>
      <div class="form-error" role="alert">${t('actionItem.conflictText')}</div>
      <div class="conflict">
        <div>
          <h2>${t('actionItem.theirs')}</h2>
          <p><strong>${status(current.status)}</strong>: ${current.description}</p>
          ${
            current.dueDate
              ? html`<p class="meta">${t('exchange.due')}: ${formatDate(locale, current.dueDate)}</p>`
              : null
          }
        </div>
        <div>
          <h2>${t('actionItem.yours')}</h2>
          <p><strong>${status(yours)}</strong>: ${current.description}</p>
        </div>
      </div>
      ${statusForm(frame, current, yours, current.version)}
      <p><a href="/${locale}${back}#action-${current.id}">${t('actionItem.back')}</a></p>`,
  });
}

/** A refusal that is not about a field (not allowed, not signed in), in the page's language. */
export function problemPage(frame: Frame, title: string, message: string): SafeHtml {
  return page(frame, {
    title,
    body: html`<h1>${title}</h1>
      <p>${message}</p>`,
  });
}
