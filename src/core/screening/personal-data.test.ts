import { describe, expect, it } from 'vitest';
import { findPersonalDataHits } from './personal-data.ts';
import { spansOf } from '../../../test/fixtures/screening/spans.ts';
import { passesLuhn } from './checksums.ts';

const personalIn = (text: string) => spansOf(text, (folded) => findPersonalDataHits(folded, ['gov.cn']));

describe('personal data', () => {
  it.each([
    ['申请人身份证号11010519491231002X。', 'idNumber', '11010519491231002X'],
    ['证件号：110105 19491231 002x', 'idNumber', '110105 19491231 002x'],
    ['全角：１１０１０５１９４９１２３１００２Ｘ', 'idNumber', '１１０１０５１９４９１２３１００２Ｘ'],
    ['身份证：370102850307123', 'idNumber', '370102850307123'],
    ['联系人手机13800138000', 'mobile', '13800138000'],
    ['手机：138-0013-8000', 'mobile', '138-0013-8000'],
    ['电话 +86 139 1234 5678', 'mobile', '+86 139 1234 5678'],
    ['退款至6222021234567890128', 'bankCard', '6222021234567890128'],
    ['卡号 4111 1111 1111 1111', 'bankCard', '4111 1111 1111 1111'],
    ['来信请寄 li.si_1990@qq.com 。', 'email', 'li.si_1990@qq.com'],
    ['您的地址：某路2号，邮箱a.b@qq.com', 'email', 'a.b@qq.com'],
    ['其家庭电话为0539-8123456', 'landline', '0539-8123456'],
  ])('flags %j as %s', (text, rule, value) => expect(personalIn(text)).toEqual([[rule, value]]));

  it.each([
    ['(联系电话:0539-8729507;地址:临沂市兰山区北京路13号;邮编:276001)', 'the seed: an office landline'],
    ['申请人身份证号110105194912310021', 'check digit wrong'],
    ['身份证号3701**********123X', 'masked'],
    ['流水号370102850307123', '15 digits without an ID word'],
    ['订单号4111111111111112', 'Luhn fails'],
    ['快递单号：4111111111111111', 'named as a waybill number, though it passes Luhn'],
    ['发票号码 6222021234567890128', 'named as an invoice number'],
    ['统一社会信用代码91350100M000100Y43', 'an organisation code'],
    ['索引号000014349/2018-00222', 'an index number'],
    ['投诉邮箱gkb@linyi.gov.cn', 'an institutional mailbox'],
    [
      '（地址：某市某路1号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）',
      'an office contact block',
    ],
    ['2023年共收到申请29件，办结率100%', 'figures'],
    ['编号12345678901234567', 'a 17-digit number starting with 1'],
  ])('stays quiet on %j (%s)', (text) => expect(personalIn(text)).toEqual([]));

  it('reads a card number once, not also as a mobile number inside it', () => {
    const digits = '621380013800012';
    const card = [...'0123456789'].map((d) => digits + d).find(passesLuhn)!;
    expect(personalIn(`卡号${card}`)).toEqual([['bankCard', card]]);
  });
});
