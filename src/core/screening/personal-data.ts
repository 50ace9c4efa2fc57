// Personal data in a text due for publication: 《条例》第十五条 withholds personal privacy, and a published ID,
// phone or bank card cannot be taken back. Numbers are confirmed by their check digits where they have one, so a
// 文号, an order number or a statistic of the same length does not fire.
//
// Landlines are how an office is reached — the seed report's preface gives "联系电话:0539-8729507" by law (《条例》
// 第十二条: the guide lists the office's phone) — so a landline is flagged only when the text calls it someone's
// home or personal phone. Mobile numbers reach one person and are always flagged. An e-mail address is flagged
// unless its domain is the institution's (gov.cn by default) or it stands in an office contact block — the sentence
// also gives a postcode or an address, as the preface of an annual report does ("地址：…，邮编：223001，电话：…，
// 电子邮箱：hazwgkc@163.com", 淮安市人民政府 2024) — and nothing in that sentence makes it a person's.
import type { ScreeningHit } from './hit.ts';
import { isCreditCode, isIdNumber15, isIdNumber18, passesLuhn } from './checksums.ts';

/** Not glued to more digits or letters, nor to a digit group ("6222 1380 0138 0001" is one number). */
const START = '(?<![0-9a-z])(?<![0-9][ -])';
const END = '(?![0-9a-z])(?![ -][0-9])';

const ID_18 = new RegExp(`${START}\\d{6}([ -]?)\\d{8}\\1\\d{3}[0-9x]${END}`, 'g');
const ID_15 = new RegExp(`${START}\\d{15}${END}`, 'g');
const ID_15_CONTEXT = /(?:身份证|证件号|身份号码)[^。\n]{0,12}$/;
const BANK_CARD = new RegExp(
  `${START}(?:[3-69]\\d{15,18}|[3-69]\\d{3}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?)${END}`,
  'g',
);
const NOT_A_CARD =
  /(?:编号|单号|流水号|发票号码?|订单号?|税号|批号|证书号|许可证号|文号|序列号|条码)[^。\n]{0,4}$/;
const MOBILE = new RegExp(`${START}(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}${END}`, 'g');
const LANDLINE = new RegExp(`${START}(?:\\(0\\d{2,3}\\)|0\\d{2,3})[ -]?[2-9]\\d{6,7}${END}`, 'g');
const LANDLINE_PRIVATE =
  /(?:家庭|住宅|家中|家里|个人|私人|本人)(?:电话|座机|号码)[^。\n]{0,6}$|宅电[^。\n]{0,6}$/;
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![a-z0-9-])/g;

const digitsOf = (s: string) => s.replace(/[^0-9x]/g, '');

function hit(rule: ScreeningHit['rule'], match: RegExpMatchArray, message: string): ScreeningHit {
  return { rule, offset: match.index!, length: match[0].length, expected: null, message };
}

export function findPersonalDataHits(
  folded: string,
  institutionalEmailDomains: readonly string[],
): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  for (const m of folded.matchAll(ID_18)) {
    if (isIdNumber18(digitsOf(m[0])))
      hits.push(hit('screening.personal.idNumber', m, '居民身份证号码（校验位正确），属于敏感个人信息'));
  }
  for (const m of folded.matchAll(ID_15)) {
    const before = folded.slice(Math.max(0, m.index! - 20), m.index!);
    if (isIdNumber15(m[0]) && ID_15_CONTEXT.test(before)) {
      hits.push(hit('screening.personal.idNumber', m, '15 位旧版居民身份证号码，属于敏感个人信息'));
    }
  }
  for (const m of folded.matchAll(BANK_CARD)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits)) continue;
    if (isIdNumber18(digits) || isCreditCode(digits)) continue;
    // One number in ten passes Luhn by chance: a number the text names as something else is not a card.
    if (NOT_A_CARD.test(folded.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    hits.push(hit('screening.personal.bankCard', m, '银行卡号（Luhn 校验正确），属于金融账户信息'));
  }
  for (const m of folded.matchAll(MOBILE))
    hits.push(hit('screening.personal.mobile', m, '手机号码，属于个人信息'));
  for (const m of folded.matchAll(LANDLINE)) {
    const before = folded.slice(Math.max(0, m.index! - 20), m.index!);
    if (LANDLINE_PRIVATE.test(before))
      hits.push(hit('screening.personal.landline', m, '个人或家庭固定电话，属于个人信息'));
  }
  for (const m of folded.matchAll(EMAIL)) {
    const domain = m[1]!;
    const isInstitutional = (d: string) =>
      domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`);
    if (institutionalEmailDomains.some(isInstitutional) || isOfficeContact(folded, m.index!)) continue;
    hits.push(
      hit(
        'screening.personal.email',
        m,
        '电子邮箱地址，可能是个人信息（机关邮箱域名可在设置中列为机构邮箱）',
      ),
    );
  }
  return withoutNested(hits);
}

const CONTACT_BLOCK = /邮编|邮政编码|地址\s*:/;
const PERSON_WORDS = /家庭|个人|本人|私人|您/;
/** How far a contact block reaches either side; line breaks do not end it (PDF text breaks lines anywhere). */
const CONTACT_REACH = 150;

function isOfficeContact(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - CONTACT_REACH), at);
  const after = folded.slice(at, at + CONTACT_REACH);
  const stop = after.search(/[。;；]/);
  const sentence = before.slice(before.search(/[^。;；]*$/)) + (stop === -1 ? after : after.slice(0, stop));
  return CONTACT_BLOCK.test(sentence) && !PERSON_WORDS.test(sentence);
}

/** A mobile number inside a bank card, a card inside an ID: the longer, earlier-listed reading wins. */
function withoutNested(hits: ScreeningHit[]): ScreeningHit[] {
  return hits.filter(
    (h, i) =>
      !hits.some(
        (o, j) =>
          j !== i &&
          o.offset <= h.offset &&
          o.offset + o.length >= h.offset + h.length &&
          (o.length > h.length || j < i),
      ),
  );
}
