import { describe, expect, it } from 'vitest';
import { applicantKey, documentNumber, phoneNumber } from './applicant-key.ts';
import { art35Flags, art35Note, DEFAULT_ART35_OPTIONS, volumeWindow, type EarlierRequest } from './art35.ts';

const person = { name: '张三', idDocument: null, contact: '13800138000', email: null };

describe('applicant key', () => {
  it.each([
    ['居民身份证 11010119900307123X', '11010119900307123X', 'the number without the document name'],
    [
      '身份证：１１０１０１１９９００３０７１２３ｘ',
      '11010119900307123X',
      'full-width digits and a lower-case x',
    ],
    ['统一社会信用代码91350100M000100Y43', '91350100M000100Y43', 'an organisation’s code inside the words'],
    ['护照 E1234-5678', 'E12345678', 'a passport number with a hyphen'],
    ['居民身份证', null, 'a document named but no number given'],
    ['证号 123', null, 'too few digits to name anyone'],
  ])('documentNumber(%j) = %j: %s', (text, expected, _reason) => {
    expect(documentNumber(text)).toBe(expected);
  });

  it.each([
    ['13800138000', '13800138000', 'a bare mobile'],
    ['+86 138-0013-8000', '13800138000', 'country code and hyphens'],
    ['北京市东城区某路1号 邮编100010 电话 138 0013 8000', '13800138000', 'a postcode before the phone'],
    ['010-65123456', '01065123456', 'a landline with its area code'],
    ['zhang@example.cn', null, 'no phone at all'],
  ])('phoneNumber(%j) = %j: %s', (text, expected, _reason) => {
    expect(phoneNumber(text)).toBe(expected);
  });

  it('is the document number whatever the name and contact, else the name with the phone', () => {
    const withId = { ...person, idDocument: '身份证 11010119900307123X' };
    expect(applicantKey(withId)).toBe('id:11010119900307123X');
    expect(applicantKey({ ...withId, name: '张 三', contact: '北京市某路1号' })).toBe(applicantKey(withId));
    expect(applicantKey(person)).toBe('name:张三|13800138000');
    expect(applicantKey({ ...person, name: ' 张三 ', contact: '电话：138-0013-8000' })).toBe(
      applicantKey(person),
    );
    // The same name with another phone is another person (王伟 is common); so is another name with the same phone.
    expect(applicantKey({ ...person, contact: '13900139000' })).not.toBe(applicantKey(person));
    expect(applicantKey({ ...person, name: '李四' })).not.toBe(applicantKey(person));
    expect(applicantKey({ ...person, contact: '信箱 Zhang@Example.cn' })).toBe('name:张三|zhang@example.cn');
    expect(applicantKey({ ...person, contact: '北京市 东城区某路1号' })).toBe(
      'name:张三|北京市东城区某路1号',
    );
  });
});

function earlier(n: number, overrides: Partial<EarlierRequest> = {}): EarlierRequest {
  return {
    id: `r${n}`,
    registrationNumber: `测〔2026〕第${String(n).padStart(3, '0')}号`,
    receivedOn: '2026-11-01',
    closedOn: null,
    informationSought: `第${n}件：某项目的审批文件`,
    ...overrides,
  };
}

const TEXT = '2025年本区人防工程建设审批文件及验收意见';

describe('第三十五条 flags', () => {
  const facts = { receivedOn: '2026-12-04', informationSought: TEXT, countInWindow: 0, earlier: [] };

  it('counts the window as the 30 days ending on the receipt day', () => {
    expect(volumeWindow('2026-12-04', DEFAULT_ART35_OPTIONS)).toEqual({
      from: '2026-11-05',
      to: '2026-12-04',
    });
  });

  it('flags volume on exactly the requests over the number: the 11th in 30 days, not the 10th', () => {
    expect(art35Flags({ ...facts, countInWindow: 9 })).toEqual([]);
    expect(art35Flags({ ...facts, countInWindow: 10 })).toEqual([
      { kind: 'volume', count: 11, maxRequests: 10, windowDays: 30, since: '2026-11-05' },
    ]);
    const strict = { ...DEFAULT_ART35_OPTIONS, maxRequests: 3, windowDays: 7 };
    expect(art35Flags({ ...facts, countInWindow: 3 }, strict)).toMatchObject([
      { count: 4, since: '2026-11-28' },
    ]);
  });

  it.each([
    [TEXT, 1, 'the same text'],
    [` ${TEXT.replace('及', '，及')}。`, 1, 'the same once spaces and punctuation are dropped'],
    ['２０２５年本区人防工程建设审批文件及验收意见', 1, 'full-width digits'],
    ['2025年本区人防工程建设审批文件和验收意见', 0.83, 'one character changed in a long text'],
    ['2024年本区人防工程建设审批文件及验收意见', 0, 'another year is another request'],
    ['本区人防工程的维护经费', 0, 'another subject'],
  ])('duplicate of %j → similarity %j (%s)', (text, expected, _reason) => {
    const flags = art35Flags({ ...facts, earlier: [earlier(1, { informationSought: text })] });
    if (expected === 0) expect(flags).toEqual([]);
    else
      expect(flags).toEqual([
        {
          kind: 'duplicate',
          requestId: 'r1',
          registrationNumber: earlier(1).registrationNumber,
          similarity: expected,
        },
      ]);
  });

  it('names the earliest matching request, and ignores one closed too long ago', () => {
    const list = [
      earlier(3, { receivedOn: '2026-11-20', informationSought: TEXT }),
      earlier(2, { receivedOn: '2026-10-01', informationSought: TEXT }),
      earlier(1, { receivedOn: '2025-06-01', closedOn: '2025-07-01', informationSought: TEXT }),
    ];
    expect(art35Flags({ ...facts, earlier: list })).toMatchObject([{ kind: 'duplicate', requestId: 'r2' }]);
    // Answered within the year: 第三十六条第(六)项 counts it.
    list[2] = { ...list[2]!, closedOn: '2026-01-10' };
    expect(art35Flags({ ...facts, earlier: list })).toMatchObject([{ kind: 'duplicate', requestId: 'r1' }]);
  });

  it('says both in one system note that leaves the decision to the agency', () => {
    const flags = art35Flags({
      ...facts,
      countInWindow: 11,
      earlier: [earlier(1, { informationSought: TEXT })],
    });
    const note = art35Note(flags);
    expect(note).toContain('第12件申请（超过10件）');
    expect(note).toContain(`与本人此前的申请${earlier(1).registrationNumber}内容相同`);
    expect(note).toContain('不影响受理和答复期限');
  });
});
