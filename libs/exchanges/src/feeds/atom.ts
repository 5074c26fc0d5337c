/**
 * A small Atom 1.0 writer. The `feed` package writes every entry title as `type="html"` inside
 * CDATA: a practice title is plain text, and a title holding markup ran as HTML in feed readers
 * (and `]]>` broke out of the CDATA). Here text is text, HTML is sanitized HTML, both escaped.
 */

export interface AtomEntry {
  id: string;
  /** Plain text. */
  title: string;
  /** http(s) only; anything else is left out. */
  link: string;
  updated: Date;
  published?: Date;
  /** HTML that is already sanitized (markdownToSafeHtml). */
  summaryHtml?: string;
}

export interface AtomFeed {
  id: string;
  /** Plain text. */
  title: string;
  link: string;
  updated: Date;
  rights: string;
  generator: string;
  entries: AtomEntry[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Characters XML 1.0 does not allow anywhere, not even escaped (C0 controls but tab and line
 * breaks, lone surrogates, U+FFFE/U+FFFF): one of them makes the whole feed unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content or an attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The URL if it is an absolute http(s) URL, else null: no javascript:, data: or other schemes. */
export function webUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const text = (name: string, value: string, indent: string) =>
  `${indent}<${name} type="text">${xmlEscape(value)}</${name}>`;
const link = (href: string | null, indent: string) =>
  href === null ? [] : [`${indent}<link rel="alternate" href="${xmlEscape(href)}"/>`];

export function atomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    text('title', feed.title, '  '),
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <generator>${xmlEscape(feed.generator)}</generator>`,
    ...link(webUrl(feed.link), '  '),
    text('rights', feed.rights, '  '),
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlEscape(entry.id)}</id>`,
      text('title', entry.title, '    '),
      ...link(webUrl(entry.link), '    '),
      `    <updated>${entry.updated.toISOString()}</updated>`,
    );
    if (entry.published) lines.push(`    <published>${entry.published.toISOString()}</published>`);
    // Escaped, not in CDATA: the reader unescapes it to the sanitized HTML, and nothing in it
    // can end the element early.
    if (entry.summaryHtml) lines.push(`    <summary type="html">${xmlEscape(entry.summaryHtml)}</summary>`);
    lines.push('  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
