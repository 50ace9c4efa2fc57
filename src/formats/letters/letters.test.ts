import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors/index.ts';
import { OUTCOME_KEYS, outcomeLeaf, type OutcomeKey } from '../../core/taxonomy/outcomes.ts';
import { zipEntry } from '../write/zip-entry.test-helper.ts';
import { renderReplyLetter, type ReplyLetterData } from './index.ts';
import { expectOfficialLetterLayout } from './layout.test-helper.ts';

const base: ReplyLetterData = {
  agency: { name: '澜禾市生态环境局', address: '澜禾市滨江路8号', phone: '0571-8800123', postcode: '310001' },
  applicant: { name: '王小明', address: '澜禾市青桐街道12号' },
  registrationNumber: 'LHHB-2024-0031',
  receivedOn: '2024-03-04',
  requestSummary: '2023年度本市空气质量监测点位分布图',
  outcome: 'granted',
  reasons: '相关信息随本答复书一并提供。',
  decidedOn: '2024-03-22',
};

/** The article each outcome's letter must cite: its report basis, or the letter's own ground where it differs. */
const EXPECTED_ARTICLE: Record<OutcomeKey, string> = Object.fromEntries(
  OUTCOME_KEYS.map((key) => [
    key,
    outcomeLeaf(key).basis.replace('《条例》', '《中华人民共和国政府信息公开条例》'),
  ]),
) as Record<OutcomeKey, string>;
EXPECTED_ARTICLE['notProcessed.confirmation'] = '《中华人民共和国政府信息公开条例》第二条';
EXPECTED_ARTICLE['otherDisposal.feeLapsed'] = '《政府信息公开信息处理费管理办法》(国办函〔2020〕109号)';
EXPECTED_ARTICLE['otherDisposal.other'] = '《中华人民共和国政府信息公开条例》第三十一条';

const letterFor = (outcome: OutcomeKey): ReplyLetterData => ({
  ...base,
  outcome,
  reasons: outcome === 'otherDisposal.other' ? '申请人已于2024年3月10日撤回申请。' : base.reasons,
  ...(outcome === 'otherDisposal.other' ? { articles: '《条例》第三十一条' } : {}),
});

async function refusal(data: unknown): Promise<DomainError> {
  try {
    await renderReplyLetter(data as ReplyLetterData, 'html');
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the letter data to be refused');
}

type Node = DefaultTreeAdapterTypes.Node;
function elementNames(node: Node, into: string[] = []): string[] {
  if ('tagName' in node) into.push(node.tagName);
  if ('childNodes' in node) for (const child of node.childNodes as Node[]) elementNames(child, into);
  return into;
}

describe('reply letters', () => {
  it.each(OUTCOME_KEYS)(
    '%s: renders as HTML citing its article, with the agency and applicant',
    async (outcome) => {
      const html = await renderReplyLetter(letterFor(outcome), 'html');
      expect(html).toContain(`根据${EXPECTED_ARTICLE[outcome]}的规定，`);
      expect(html).toMatch(/<h1>政府信息公开申请(答复|告知)书<\/h1>/);
      expect(html).toContain('<p class="salutation">王小明：</p>');
      expect(html).toContain('本机关于2024年3月4日收到您提出的政府信息公开申请');
      expect(html).toContain('<p class="signature">澜禾市生态环境局</p>');
      expect(html).toContain('<p class="date">2024年3月22日</p>');
      expect(html).toContain('六十日内依法申请行政复议');
      expect(html).toContain('六个月内依法向人民法院提起行政诉讼');
      expect(html).toContain('联系电话：0571-8800123');
    },
  );

  it.each(OUTCOME_KEYS)(
    '%s: renders as DOCX citing its article, in the GB/T 9704 layout',
    async (outcome) => {
      const docx = await renderReplyLetter(letterFor(outcome), 'docx');
      expect(zipEntry(docx, 'word/document.xml')).toContain(`根据${EXPECTED_ARTICLE[outcome]}的规定，`);
      expectOfficialLetterLayout(docx, {
        title: /<h1>(.*)<\/h1>/.exec(await renderReplyLetter(letterFor(outcome), 'html'))![1]!,
        reference: '登记号：LHHB-2024-0031',
        issuer: '澜禾市生态环境局',
        date: '2024年3月22日',
      });
    },
  );

  it('carries the agency template: its 发文机关标志, the paper’s 文号 and its contact block', async () => {
    const options = {
      letterhead: '澜禾市生态环境局',
      documentNumber: '澜环依申〔2024〕12号',
      contact: '联系人：信息公开科；联系电话：0571-8800999',
    };
    const docx = await renderReplyLetter(base, 'docx', options);
    expectOfficialLetterLayout(docx, {
      title: '政府信息公开申请答复书',
      reference: '澜环依申〔2024〕12号',
      issuer: '澜禾市生态环境局',
      date: '2024年3月22日',
      masthead: '澜禾市生态环境局',
    });
    const html = await renderReplyLetter(base, 'html', options);
    expect(html).toContain('<p class="masthead">澜禾市生态环境局</p>');
    expect(html).toContain('<p class="reference">澜环依申〔2024〕12号</p>');
    expect(html).toContain('<p class="note">登记号：LHHB-2024-0031</p>');
    expect(html).toContain('联系人：信息公开科；联系电话：0571-8800999');
    expect(html).not.toContain('0571-8800123');
  });

  it('uses 答复书 for decisions on the information and 告知书 when the request is not handled', async () => {
    expect(await renderReplyLetter(letterFor('withheld.stateSecret'), 'html')).toContain(
      '<h1>政府信息公开申请答复书</h1>',
    );
    expect(await renderReplyLetter(letterFor('notProcessed.repeated'), 'html')).toContain(
      '<h1>政府信息公开申请告知书</h1>',
    );
    expect(await renderReplyLetter(letterFor('notProcessed.repeated'), 'html')).toContain('如对本告知不服');
  });

  it('cites the articles the agency relied on when it gives them', async () => {
    const html = await renderReplyLetter(
      { ...letterFor('unavailable.notHeld'), articles: '《条例》第三十六条第(五)项' },
      'html',
    );
    expect(html).toContain('根据《中华人民共和国政府信息公开条例》第三十六条第(五)项的规定，');
    expect(html).not.toContain('第三十六条第(四)(五)项');
  });

  it('takes the remedies sentence from configuration', async () => {
    const remedies = '如对本{verb}不服，可以依法向澜禾市人民政府申请行政复议，或者依法提起行政诉讼。';
    const html = await renderReplyLetter(base, 'html', { remedies });
    expect(html).toContain('如对本答复不服，可以依法向澜禾市人民政府申请行政复议');
    expect(html).not.toContain('六十日');
  });

  it('escapes hostile input in HTML: no element comes from the data', async () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;';
    const html = await renderReplyLetter(
      {
        ...base,
        applicant: { name: hostile, address: hostile },
        requestSummary: hostile,
        reasons: hostile,
        agency: { ...base.agency, name: hostile },
      },
      'html',
    );
    const elements = elementNames(parse(html));
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('img');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;',
    );
  });

  it('escapes hostile input in DOCX as XML text', async () => {
    const xml = zipEntry(
      await renderReplyLetter({ ...base, requestSummary: '</w:t><w:t>注入&' }, 'docx'),
      'word/document.xml',
    );
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:t&gt;注入&amp;');
  });

  it.each([
    [
      'withholding without reasons',
      { ...letterFor('withheld.thirdPartyRights'), reasons: ' ' },
      '理由：不予公开或部分公开的，应当说明理由',
    ],
    [
      '“其他处理” without its article',
      { ...base, outcome: 'otherDisposal.other' },
      '依据条款：“其他处理”须写明所依据的条款',
    ],
    [
      'a reply dated before receipt',
      { ...base, decidedOn: '2024-03-01' },
      '答复日期：答复日期不能早于收到申请的日期',
    ],
    [
      'a bad postcode',
      { ...base, agency: { ...base.agency, postcode: '31000' } },
      '机关 / 邮政编码：邮政编码应为 6 位数字',
    ],
    ['an empty applicant name', { ...base, applicant: { name: '  ' } }, '申请人 / 名称：不能为空'],
    [
      'an unknown outcome',
      { ...base, outcome: 'approved' },
      '办理结果：办理结果应为年度报告表三的 21 种结果之一',
    ],
  ])('refuses %s with a Chinese message naming the field', async (_what, data, message) => {
    const error = await refusal(data);
    expect(error.code).toBe('platform.invalidInput');
    expect(error.message).toContain(message);
  });
});
