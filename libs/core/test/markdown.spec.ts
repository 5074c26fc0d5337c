import { describe, expect, it } from '@jest/globals';
import { markdownToSafeHtml } from '../src/index.js';

/** A corpus of the usual XSS payloads, as Markdown and as raw HTML inside Markdown. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x"></object><embed src="x">',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<style>body{display:none}</style>',
  '<div onclick="alert(1)">x</div>',
  '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<scr<script>ipt>alert(1)</script>',
  '"><script>alert(1)</script>',
  '<details open ontoggle=alert(1)>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
];

describe('Markdown to embeddable HTML', () => {
  it.each(PAYLOADS)('neutralizes %s', (payload) => {
    const html = markdownToSafeHtml(`Intro text\n\n${payload}\n\nMore text`) ?? '';
    expect(html).not.toMatch(
      /<script|<iframe|<object|<embed|<style|<svg|<math|<form|<base|<meta|<link|<img/i,
    );
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).toContain('More text');
  });

  it('keeps the structure members write', () => {
    const html =
      markdownToSafeHtml(
        '## Results\n\n- **10** shops reopened\n- [map](https://velenje.si/map)\n\n> quote',
      ) ?? '';
    expect(html).toContain('<h2>Results</h2>');
    expect(html).toContain('<strong>10</strong>');
    expect(html).toContain(
      '<a href="https://velenje.si/map" rel="nofollow noopener noreferrer" target="_blank">map</a>',
    );
    expect(html).toContain('<blockquote>');
    expect(markdownToSafeHtml(null)).toBeNull();
  });
});
