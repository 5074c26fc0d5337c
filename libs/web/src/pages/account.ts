import { html, type SafeHtml } from '../html.js';
import { csrfField, field, formMessage, notice, type FormState } from './forms.js';
import { page, type Frame } from './layout.js';

/** Sign-in: email and password; `next` is where to go afterwards (a path on this site). */
export function signInPage(frame: Frame, form: FormState, next: string, done: string | null): SafeHtml {
  const { locale, t } = frame;
  return page(frame, {
    title: t('account.signInTitle'),
    body: html`<h1>${t('account.signIn')}</h1>
      ${notice(done)} ${formMessage(frame, form)}
      <form class="entry" method="post" action="/${locale}/sign-in" novalidate>
        ${csrfField(frame)}
        <input type="hidden" name="next" value="${next}" />
        ${field(form, {
          name: 'email',
          label: t('account.email'),
          type: 'email',
          autocomplete: 'username',
          required: true,
        })}
        ${field(form, {
          name: 'password',
          label: t('account.password'),
          type: 'password',
          autocomplete: 'current-password',
          required: true,
        })}
        <button type="submit">${t('account.submit')}</button>
      </form>
      <p><a href="/${locale}/reset-password">${t('account.forgot')}</a></p>`,
  });
}

/** Accepting an invitation: the name others see and a password (the emailed link is the token). */
export function invitationPage(frame: Frame, form: FormState, token: string): SafeHtml {
  const { locale, t } = frame;
  return page(frame, {
    title: t('account.invitationTitle'),
    body: html`<h1>${t('account.invitationTitle')}</h1>
      <p>${t('account.invitationText')}</p>
      ${formMessage(frame, form)}
      <form
        class="entry"
        method="post"
        action="/${locale}/invitations/${encodeURIComponent(token)}"
        novalidate
      >
        ${csrfField(frame)}
        ${field(form, { name: 'displayName', label: t('account.name'), autocomplete: 'name', required: true })}
        ${field(form, {
          name: 'password',
          label: t('account.password'),
          type: 'password',
          autocomplete: 'new-password',
          required: true,
        })}
        <button type="submit">${t('account.accept')}</button>
      </form>`,
  });
}

/** Asking for a reset link; after the POST the same page says a link is on its way (or not). */
export function resetRequestPage(frame: Frame, form: FormState, sent: boolean): SafeHtml {
  const { locale, t } = frame;
  return page(frame, {
    title: t('account.resetRequestTitle'),
    body: html`<h1>${t('account.resetRequestTitle')}</h1>
      ${notice(sent ? t('account.resetSent') : null)}
      <p>${t('account.resetRequestText')}</p>
      ${formMessage(frame, form)}
      <form class="entry" method="post" action="/${locale}/reset-password" novalidate>
        ${csrfField(frame)}
        ${field(form, {
          name: 'email',
          label: t('account.email'),
          type: 'email',
          autocomplete: 'email',
          required: true,
        })}
        <button type="submit">${t('account.resetRequestSubmit')}</button>
      </form>`,
  });
}

/** Setting a new password from an emailed link. */
export function resetPage(frame: Frame, form: FormState, token: string): SafeHtml {
  const { locale, t } = frame;
  return page(frame, {
    title: t('account.resetTitle'),
    body: html`<h1>${t('account.resetTitle')}</h1>
      ${formMessage(frame, form)}
      <form
        class="entry"
        method="post"
        action="/${locale}/reset-password/${encodeURIComponent(token)}"
        novalidate
      >
        ${csrfField(frame)}
        ${field(form, {
          name: 'newPassword',
          label: t('account.newPassword'),
          type: 'password',
          autocomplete: 'new-password',
          required: true,
        })}
        <button type="submit">${t('account.resetSubmit')}</button>
      </form>`,
  });
}

/** A POST refused by the CSRF checks. */
export function csrfRefusedPage(frame: Frame): SafeHtml {
  const { t } = frame;
  return page(frame, {
    title: t('csrf.title'),
    body: html`<h1>${t('csrf.title')}</h1>
      <p>${t('csrf.text')}</p>`,
  });
}
