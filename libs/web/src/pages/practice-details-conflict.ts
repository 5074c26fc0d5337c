import { html, type HtmlValue } from '../html.js';
import { formatDate, type Frame } from './layout.js';
import type { DetailsChoices, PracticeDetailsPage } from './practice-details.js';

/** The details as read, one line per field, for comparing what was saved with what was refused. */
function detailsSummary(
  frame: Frame,
  choices: DetailsChoices,
  v: Readonly<Record<string, string>>,
): [string, string][] {
  const { t, locale } = frame;
  const named = (refs: readonly { id: string; name: string }[], ids: string | undefined) =>
    (ids ?? '')
      .split(',')
      .filter(Boolean)
      .map((id) => refs.find((r) => r.id === id)?.name ?? id)
      .join(', ');
  /** The rows kept (filled, not ticked for removal), one text each. */
  const rows = (prefix: string, first: string, show: (cell: (column: string) => string) => string) => {
    const lines: string[] = [];
    for (let i = 0; v[`${prefix}-${first}-${i}`] !== undefined; i++) {
      const line = show((column) => (v[`${prefix}-${column}-${i}`] ?? '').trim());
      if (line && !v[`${prefix}-remove-${i}`]) lines.push(line);
    }
    return lines.join('; ');
  };
  const date = (d: string | undefined) => (d ? formatDate(locale, d) : '…');
  const listed = (name: string) => choices.lists[name]?.entries ?? [];
  const visibility = v['visibility'] ?? '';
  return [
    [t('record.city'), named(listed('cityId'), v['cityId'])],
    [t('meetingForm.visibility'), visibility ? t(`practiceForm.visibilities.${visibility}`) : ''],
    [t('record.topics'), named(listed('topicIds'), v['topicIds'])],
    [t('practice.sharedWith'), named(listed('sharedWithNetworkIds'), v['sharedWithNetworkIds'])],
    [
      t('record.period'),
      v['periodStart'] || v['periodEnd'] ? `${date(v['periodStart'])} – ${date(v['periodEnd'])}` : '',
    ],
    [t('record.budget'), money(locale, v['budgetAmount'] ?? '', v['budgetCurrency'] ?? '')],
    [t('record.programme'), named(listed('fundingProgrammeId'), v['fundingProgrammeId'])],
    [t('practiceDetails.sourceUrl'), v['sourceUrl'] ?? ''],
    [
      t('practice.metrics'),
      rows('metric', 'name', (c) => [c('name'), c('value'), c('unit')].filter(Boolean).join(' ')),
    ],
    [t('practice.links'), rows('link', 'url', (c) => (c('url') ? `${c('title')} <${c('url')}>` : ''))],
    [t('practice.contacts'), named(choices.people, v['contactIds'])],
  ];
}

/** An amount as the page's language writes it ("25000" and "25000.00" alike), else as typed. */
function money(locale: string, amount: string, currency: string): string {
  try {
    if (amount.trim() && !Number.isNaN(Number(amount)))
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    // not a currency Intl knows: shown as typed
  }
  return `${amount} ${currency}`.trim();
}

/** What changed meanwhile: only the fields where the saved details and the refused ones differ. */
export function conflictPanel(frame: Frame, p: PracticeDetailsPage): HtmlValue {
  if (!p.conflict) return null;
  const { t } = frame;
  const saved = detailsSummary(frame, p.choices, p.conflict.saved);
  const yours = detailsSummary(frame, p.choices, p.conflict.yours);
  const differ = saved.flatMap(([label, text], i) => {
    const mine = yours[i]?.[1] ?? '';
    return text === mine ? [] : [{ label, saved: text, yours: mine }];
  });
  const column = (heading: string, side: 'saved' | 'yours') =>
    html`<div>
      <h2>${heading}</h2>
      <dl class="facts">
        ${differ.map(
          (row) =>
            html`<dt>${row.label}</dt>
              <dd>${row[side] || '—'}</dd>`,
        )}
      </dl>
    </div>`;
  return html`<div class="form-error" role="alert">${t('practiceDetails.conflict')}</div>
    ${
      differ.length
        ? html`<div class="conflict">
            ${column(t('actionItem.theirs'), 'saved')} ${column(t('actionItem.yours'), 'yours')}
          </div>`
        : html`<p>${t('practiceDetails.same')}</p>`
    }`;
}
