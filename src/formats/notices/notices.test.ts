import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors/index.ts';
import { expectOfficialLetterLayout } from '../letters/layout.test-helper.ts';
import { renderNotice } from './index.ts';
import { NOTICE_KINDS, sampleNotice } from './notices.fixture.ts';

describe('statutory notices', () => {
  it.each(NOTICE_KINDS)(
    '%s: DOCX in the reply letter’s GB/T 9704 layout, with masthead and 文号',
    async (kind) => {
      const html = await renderNotice(sampleNotice(kind), 'html');
      expectOfficialLetterLayout(await renderNotice(sampleNotice(kind), 'docx'), {
        title: /<h1>(.*)<\/h1>/.exec(html)![1]!,
        reference: '朔农信公〔2025〕7号',
        issuer: '朔禾县农业农村局',
        date: '2025年2月13日',
        masthead: '朔禾县农业农村局',
      });
    },
  );

  it('keeps the statutory clauses whatever the agency writes in its free paragraph', async () => {
    const data = sampleNotice('correctionNotice');
    const html = await renderNotice(
      { ...data, template: { ...data.template, freeText: '补正材料可发送至本机关邮箱。' } },
      'html',
    );
    expect(html).toContain('<p>补正材料可发送至本机关邮箱。</p>');
    expect(html).toContain('依照《中华人民共和国政府信息公开条例》第三十条，现一次性告知您需要补正的事项');
    expect(html).toContain('无正当理由逾期不补正的，视为放弃申请');
    // Not recorded as received: the notice says how the period moves with the actual receipt.
    expect(html).toContain('实际收到日期晚于此日的，期限相应顺延');
  });

  it('escapes what the agency and the applicant typed', async () => {
    const data = sampleNotice('deferralNotice');
    const html = await renderNotice({ ...data, addressee: '<script>x</script>' }, 'html');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;：');
    expect(html).not.toContain('<script>');
  });

  it('refuses a notice without a number, naming the field in Chinese', async () => {
    const error = await renderNotice({ ...sampleNotice('receipt'), number: ' ' }, 'html').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toContain('文号：不能为空');
  });
});
