import { describe, expect, it } from 'vitest';
import { isSafeUrl, richTextToPlain, sanitizeRichText } from './rich-text.ts';

describe('rich text allow-list', () => {
  it.each([
    ['a script with its content', '<p>通知<script>alert(1)</script></p>', '<p>通知</p>'],
    [
      'event handlers',
      '<p onclick="x()">正文</p><img src="/a.png" onerror="x()">',
      '<p>正文</p><img src="/a.png">',
    ],
    [
      'javascript: URLs, even entity-encoded or split by whitespace',
      '<a href="jav&#x09;ascript&#58;x()">链接</a>',
      '<a>链接</a>',
    ],
    ['data: images', '<img src="data:image/svg+xml,<svg onload=x()>">', ''],
    ['style attributes and tags', '<p style="color:red">红<style>p{}</style></p>', '<p>红</p>'],
    ['unknown wrappers but not their text', '<font face="宋体"><o:p>保留文字</o:p></font>', '保留文字'],
    ['iframes and forms', '<iframe src="https://x"></iframe><form><input></form>尾', '尾'],
    [
      'comments and non-numeric spans',
      '<!-- x --><table><tr><td colspan="2;x">格</td></tr></table>',
      '<table><tbody><tr><td>格</td></tr></tbody></table>',
    ],
  ])('removes %s', (_why, input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps ordinary markup and safe links, adding rel to links', () => {
    expect(
      sanitizeRichText('<h3>一、总则</h3><p><a href="https://www.gov.cn/" title="中国政府网">链接</a></p>'),
    ).toBe(
      '<h3>一、总则</h3><p><a href="https://www.gov.cn/" title="中国政府网" rel="noopener noreferrer">链接</a></p>',
    );
  });

  it('escapes text so that it cannot become markup', () => {
    expect(sanitizeRichText('<p>a &lt;script&gt; b</p>')).toBe('<p>a &lt;script&gt; b</p>');
    expect(sanitizeRichText('<a href="/x?a=1&amp;b=&quot;2&quot;">x</a>')).toBe(
      '<a href="/x?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">x</a>',
    );
  });

  it('is idempotent', () => {
    const once = sanitizeRichText(
      '<div><p>甲<b>乙</b></p><ul><li>丙</li></ul><img src="/i.png" alt="图"></div>',
    );
    expect(sanitizeRichText(once)).toBe(once);
  });

  it('judges URL schemes', () => {
    expect(isSafeUrl('/files/a.pdf')).toBe(true);
    expect(isSafeUrl('mailto:office@example.gov.cn')).toBe(true);
    expect(isSafeUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
  });

  it('gives one line per block as plain text', () => {
    expect(
      richTextToPlain(
        '<h3>标题</h3><p>第一段<br>第二行</p><script>x</script><ul><li>甲</li><li>乙</li></ul>',
      ),
    ).toBe('标题\n第一段\n第二行\n甲\n乙');
  });
});
