// Traditional → simplified for the characters that occur in the format's labels, headings and the words the
// reader looks for (agency, year, section meanings). Reports from Hong Kong-facing sites or typed with a
// traditional input method use these forms; the mapping is only used to MATCH, never to rewrite prose.
// Pairs are written traditional first, simplified second.
const PAIRS =
  '總总體体況况動动開开處处復复複复議议訴诉訟讼結结維维糾纠審审計计問问題题進进報报項项發发廢废現现規规範范' +
  '許许罰罚強强費费額额單单萬万請请數数轉转辦办區区這这屬属國国穩稳護护權权類类內内務务過过執执詢询無无機机' +
  '關关沒没補补後后確确訪访舉举當当認认獲获繳缴納纳業业構构會会組组織织據据經经條条繼继續续採采購购減减門门' +
  '編编縣县廳厅員员實实際际監监督督劃划麼么個个們们為为於于說说明明導导檢检驗验應应況况對对與与參参協协' +
  '態态態态諮咨詢询網网站站聯联繫系係系電电話话郵邮號号簡简稱称統统範范圍围區区質质準准時时間间據据線线' +
  '場场證证書书勞劳鄉乡鎮镇衛卫設设備备財财稅税監监環环舊旧倉仓產产農农園园歸归蹤踪製制並并佈布頒颁屆届戶户';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i]!, chars[i + 1]!);
  }
  return map;
})();

const TRADITIONAL_CHARS = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join('')}]`, 'g');

/** Replace the known traditional characters by their simplified forms (others are left as they are). */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL_TO_SIMPLIFIED.get(ch)!);
}
