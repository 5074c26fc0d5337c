import { Script } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { SCRIPT, STYLESHEET } from '../src/assets.js';
import { html, httpUrl, trustedHtml } from '../src/html.js';

describe('html templates', () => {
  it('escape every interpolated value, in text and in attributes', () => {
    const title = `<script>alert("x")</script> & 'quotes' \`tick\``;
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &#96;tick&#96;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &#96;tick&#96;</a>',
    );
  });

  it('nest templates and arrays without escaping them twice; drop null, undefined and false', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(
      html`<ul>
        ${items}${null}${undefined}${false}${0}
      </ul>`.value.replace(/\s+/g, ''),
    ).toBe('<ul><li>a&lt;b</li><li>c</li>0</ul>');
  });

  it('pass only markup marked as trusted', () => {
    expect(html`<p>${trustedHtml('<mark>x</mark>')}</p>`.value).toBe('<p><mark>x</mark></p>');
    expect(trustedHtml(null)).toBeNull();
  });

  it('accept only http(s) URLs', () => {
    expect(httpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,x')).toBeNull();
    expect(httpUrl('/relative')).toBeNull();
  });
});

describe('web assets', () => {
  it('the script parses as plain JavaScript and names no other host', () => {
    expect(() => new Script(SCRIPT.body)).not.toThrow();
    expect(SCRIPT.body).not.toMatch(/https?:\/\//);
    expect(STYLESHEET.body).not.toMatch(/https?:\/\/|@import|url\(/);
  });

  it('are small (issue 18: JS ≤ 30 KB; HTML + CSS + JS ≤ 100 KB per page)', () => {
    expect(Buffer.byteLength(SCRIPT.body)).toBeLessThan(30 * 1024);
    expect(Buffer.byteLength(STYLESHEET.body)).toBeLessThan(20 * 1024);
  });
});
