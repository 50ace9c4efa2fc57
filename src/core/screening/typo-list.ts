// The shipped list of typos and confusions seen in official writing (公文常见错别字). Each entry names the wrong
// form, the right one, and — where the wrong form is also correct Chinese in some context — the context rule that
// keeps it quiet on correct text. Agencies extend the list with their own entries (buildTypoMatcher).
//
// Context rules look at the text just around the hit (folded, at most CONTEXT_WINDOW characters each side):
//   unlessBefore / unlessAfter: stay quiet when the text before / after matches (anchored at the hit);
//   onlyBefore / onlyAfter: fire only when it matches.

export interface TypoEntry {
  wrong: string;
  right: string;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  onlyBefore?: RegExp;
  onlyAfter?: RegExp;
  /** Why, shown to the reviewer when the distinction is not obvious. */
  note?: string;
}

/** Up to the end of the sentence: how far "既…又…" may reach. */
const REST_OF_SENTENCE = '[^。！？；!?;\\n]*';

export const SHIPPED_TYPOS: readonly TypoEntry[] = [
  // The seed report: "把人民群众最关系、最想了解的事项公开出来". "关系到" / "关系着" are verbs ("最关系到群众利益的
  // 问题" is correct Chinese), so those stay quiet; everywhere else "最关系" is the adjective 最关心 mistyped.
  { wrong: '最关系', right: '最关心', unlessAfter: /^[到着]/ },
  // 按装修标准、按装机容量、按装备清单、按装卸量 are 按 + a word beginning with 装.
  { wrong: '按装', right: '安装', unlessAfter: /^[修机备卸载饰订配箱运]/ },
  // "既使企业减负，又使群众受益" is 既…又…; without a 又/也 later in the sentence it is 即使 mistyped.
  { wrong: '既使', right: '即使', unlessAfter: new RegExp(`^(?:得|${REST_OF_SENTENCE}[又且])`) },
  { wrong: '既便', right: '即便' },
  { wrong: '即然', right: '既然' },
  // 截至 + a point in time ("截至2023年12月31日", "截至目前"); 截止 is "to end" ("报名截止", "截止日期", "截止到",
  // "截止于"), so only 截止 directly before a date or 目前/今年/年底 … is the confusion.
  {
    wrong: '截止',
    right: '截至',
    onlyAfter:
      /^\s*(?:[0-9一二三〇零]{2,4}年|[0-9]{1,2}月|目前|今年|本年|当前|去年|上年|年底|年末|发稿|现在)/,
    note: '“截至”后接时间点，“截止”表示到期停止',
  },
  { wrong: '布署', right: '部署' },
  { wrong: '部暑', right: '部署' },
  // 部属 (subordinates) is a word; after 工作/决策/战略/安排 … it is 部署 mistyped.
  { wrong: '部属', right: '部署', onlyBefore: /(?:工作|决策|战略|安排|统一|周密|精心|全面|重点)$/ },
  { wrong: '通迅', right: '通讯' },
  // 反映 (to report, to convey) before 问题/情况/意见/诉求; 反应 stays right for reactions ("反应迅速").
  {
    wrong: '反应',
    right: '反映',
    onlyAfter: /^的?(?:问题|情况|意见|诉求|建议)/,
    note: '“反映”指把情况、意见告诉上级或有关部门',
  },
  // 按排名、按排放量 are 按 + a word beginning with 排.
  { wrong: '按排', right: '安排', unlessAfter: /^[名放序列量污]/ },
  { wrong: '座落', right: '坐落' },
  { wrong: '坐谈会', right: '座谈会' },
  { wrong: '签定', right: '签订' },
  { wrong: '做为', right: '作为', unlessBefore: /[当看]$/ },
  { wrong: '防碍', right: '妨碍' },
  { wrong: '松驰', right: '松弛' },
  { wrong: '气慨', right: '气概' },
  { wrong: '震憾', right: '震撼' },
  { wrong: '追朔', right: '追溯' },
  { wrong: '针贬', right: '针砭' },
  { wrong: '寒喧', right: '寒暄' },
  { wrong: '脉博', right: '脉搏' },
  { wrong: '发韧', right: '发轫' },
  { wrong: '按步就班', right: '按部就班' },
  { wrong: '迫不急待', right: '迫不及待' },
  { wrong: '再接再励', right: '再接再厉' },
  { wrong: '一如继往', right: '一如既往' },
  { wrong: '不径而走', right: '不胫而走' },
  { wrong: '名符其实', right: '名副其实' },
  { wrong: '默守成规', right: '墨守成规' },
  { wrong: '自力更新', right: '自力更生' },
  { wrong: '事实求是', right: '实事求是' },
  { wrong: '以身作责', right: '以身作则' },
  { wrong: '涣然一新', right: '焕然一新' },
  { wrong: '一愁莫展', right: '一筹莫展' },
  { wrong: '既往不究', right: '既往不咎' },
  { wrong: '凭心而论', right: '平心而论' },
  { wrong: '一张一驰', right: '一张一弛' },
  { wrong: '对证下药', right: '对症下药' },
  { wrong: '一股作气', right: '一鼓作气' },
  { wrong: '迫在眉捷', right: '迫在眉睫' },
  { wrong: '走头无路', right: '走投无路' },
  { wrong: '出奇不意', right: '出其不意' },
  { wrong: '穿流不息', right: '川流不息' },
  { wrong: '宣染', right: '渲染' },
  // The vocabulary of this work itself.
  { wrong: '信息公开条列', right: '信息公开条例' },
  { wrong: '行政复义', right: '行政复议' },
  { wrong: '营商坏境', right: '营商环境' },
  { wrong: '中华人民共合国', right: '中华人民共和国' },
];
