import { describe, expect, it } from 'vitest';
import { publicationDraftSchema } from './item.ts';

const news = {
  title: '市人防办开展防空警报试鸣宣传活动',
  publishingBody: '临沂市国防动员办公室',
  genre: 'news',
  category: 'workUpdate',
  body: '<p>9月16日上午<script>x</script>，全市统一试鸣防空警报。</p>',
};

const normative = {
  title: '临沂市人民防空工程维护管理办法',
  publishingBody: '临沂市国防动员办公室',
  genre: 'normativeDocument',
  category: 'policyDocument',
  art20Item: 1,
  documentNumber: '临人防发〔2023〕3号',
  writtenOn: '2023-03-01',
  validity: { status: 'inForce' },
};

function problems(input: unknown): string {
  const result = publicationDraftSchema.safeParse(input);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；');
}

describe('catalogue item metadata', () => {
  it('parses a work update and sanitises its body', () => {
    const draft = publicationDraftSchema.parse(news);
    expect(draft.body).toBe('<p>9月16日上午，全市统一试鸣防空警报。</p>');
    expect(draft.documentNumber).toBeNull();
    expect(draft.validity).toBeNull();
  });

  it('parses a normative document with its validity', () => {
    expect(publicationDraftSchema.parse(normative).validity).toMatchObject({
      status: 'inForce',
      repealedOn: null,
    });
  });

  it.each([
    ['an empty title', { ...news, title: '  ' }, '标题不能为空'],
    ['a normative document without validity', { ...normative, validity: null }, '须标明有效性'],
    ['a normative document outside Art. 20(一)', { ...normative, art20Item: 6 }, '第二十条第(一)项'],
    ['a repealed document without its date', { ...normative, validity: { status: 'repealed' } }, '废止日期'],
    [
      'validity before the written date',
      { ...normative, validity: { status: 'amended', amendedOn: '2022-01-01' } },
      '不能早于成文日期',
    ],
    ['validity on a news item', { ...news, validity: { status: 'inForce' } }, '只有规章和行政规范性文件'],
    [
      'an interpretation without its policy',
      { ...news, category: 'interpretation', genre: 'interpretation' },
      '须关联',
    ],
    ['a malformed date', { ...news, writtenOn: '2023/3/1' }, 'YYYY-MM-DD'],
    ['an Art. 20 item out of range', { ...news, art20Item: 16 }, 'art20Item'],
  ])('refuses %s', (_why, input, message) => {
    expect(problems(input)).toContain(message);
  });
});
