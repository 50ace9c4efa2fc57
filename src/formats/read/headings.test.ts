// Section headings by number and meaning (issue 2 §3): worded differently they still open their section; a
// table label that starts like a heading does not.
import { describe, expect, it } from 'vitest';
import { matchHeading } from './headings.ts';

describe('matchHeading', () => {
  it.each([
    ['五、存在的主要问题和改进计划', -1, 'problems', '五、存在的主要问题和改进计划'],
    ['五、存在的主要问题及改进措施', 3, 'problems', '五、存在的主要问题及改进措施'],
    ['一. 概述', -1, 'overview', '一. 概述'],
    ['　二　主动公开政府信息情况', 0, 'proactive', '二　主动公开政府信息情况'],
    ['三、收到和處理政府信息公開申請情況', 1, 'applications', '三、收到和處理政府信息公開申請情況'],
    [
      '四．政府信息公开行政复议、行政诉讼情况',
      2,
      'reviewLitigation',
      '四．政府信息公开行政复议、行政诉讼情况',
    ],
    ['六、其它需要报告的事项', 4, 'other', '六、其它需要报告的事项'],
  ])('%s opens its section', (line, after, key, heading) => {
    expect(matchHeading(line, after)).toMatchObject({ key, heading, rest: '' });
  });

  it('splits a heading written on the same line as its first sentence', () => {
    const line =
      '一、总体情况。2024年,本局认真贯彻落实《中华人民共和国政府信息公开条例》,持续推进政务公开工作。';
    expect(matchHeading(line, -1)).toEqual({
      key: 'overview',
      index: 0,
      heading: '一、总体情况',
      rest: '2024年,本局认真贯彻落实《中华人民共和国政府信息公开条例》,持续推进政务公开工作。',
    });
  });

  it.each([
    ['四、结转下年度继续办理', 2, 'a table 三 row: 四 must be about review and litigation'],
    ['三、本年度办理结果', 1, 'a table 三 label: 三 must be about applications'],
    ['二、上年结转政府信息公开申请数量', 2, 'a number already passed'],
    ['一是加强组织领导', -1, 'an enumeration, not a numbered heading'],
    ['(一)主动公开情况', -1, 'a second-level heading'],
    [`二、${'主动公开'.repeat(20)}`, 0, 'too long to be a heading'],
    [`一${' '.repeat(5000)}`, -1, 'spaces only (and no slow matching on them)'],
  ])('%s is not a heading (%s)', (line, after) => {
    expect(matchHeading(line, after)).toBeUndefined();
  });
});
