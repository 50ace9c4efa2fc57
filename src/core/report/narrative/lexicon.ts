// The words that tie a figure in the prose to an aggregate, and the words that make a figure something else (a
// change, a subset, an estimate). Precision over recall: a figure that cannot be attributed is left alone.
import { OUTCOME_GROUP_KEYS, type OutcomeGroupKey, type ReviewResult } from '../../taxonomy/index.ts';
import type { AggregateKey, CaseKind, CountAggregate } from './aggregates.ts';

/** An outcome may be written as a kind of reply, "予以公开答复966件": one keyword, not an outcome and a 答复. */
function outcome(source: string): string {
  return `(?:${source})(?:答复)?`;
}

/**
 * Keywords per aggregate, as regular-expression sources. Order matters where two start at the same place: the
 * longer, more specific phrase comes first (不予公开 before 予以公开; 未办结 before 办结).
 */
const KEYWORDS: [AggregateKey, string][] = [
  [
    'carriedOut',
    '(?:结转|顺延|转入|转)(?:至|到|入)?(?:下一?|\\d{4})年度?|(?:尚|仍)?未办结|尚未办理完毕|(?:尚|仍|正)在办理',
  ],
  // "2021年结转…申请2件" in a 2022 report: reports name only the adjacent years when they carry requests.
  ['carriedIn', '上一?年度?(?:结转|转入)|\\d{4}年度?结转(?![至到入下\\d])|结转上一?年度?|(?:去|前)年结转'],
  ['withheld', outcome('不予以?公开')],
  ['notProcessed', outcome('不予处理')],
  ['partiallyGranted', outcome('部分公开|区分处理')],
  ['granted', outcome('(?<![不分])予以公开|同意公开')],
  ['unavailable', outcome('无法提供|不能提供')],
  ['otherDisposal', outcome('其他处理')],
  ['completed', '办结|办理完毕|处理完毕|答复完毕|办理完成|已答复|作出答复|答复'],
  ['received', '新收|收到|受理|接收|接到'],
  ['litigationAfterReview', '复议后(?:提起)?(?:行政)?(?:诉讼|起诉)'],
  ['litigationDirect', '(?:未经复议)?直接(?:提起)?(?:行政)?(?:诉讼|起诉)'],
  ['review', '行政复议(?!后)'],
  ['litigation', '行政诉讼|被诉|被起诉|应诉'],
  ['processingFee', '信息处理费'],
  ['administrativeFees', '行政事业性收费'],
];

const KEYWORD_GROUPS = KEYWORDS.map(([key]) => key);
const keywordSource = (key: AggregateKey) => KEYWORDS.find(([k]) => k === key)![1];
/** One pass finds every keyword; the capture group that matched names the aggregate. */
export const KEYWORD_PATTERN = new RegExp(KEYWORDS.map(([, source]) => `(${source})`).join('|'), 'g');

function aggregateOfMatch(match: RegExpExecArray): AggregateKey {
  for (let i = 0; i < KEYWORD_GROUPS.length; i++) if (match[i + 1] !== undefined) return KEYWORD_GROUPS[i]!;
  throw new Error('keyword match without a group');
}

/** The last keyword in a stretch of text (the one nearest the figure that follows it), and whether others differ. */
export function lastKeyword(text: string): { aggregate: AggregateKey; mixed: boolean } | null {
  let last: AggregateKey | null = null;
  let mixed = false;
  KEYWORD_PATTERN.lastIndex = 0;
  for (let match = KEYWORD_PATTERN.exec(text); match !== null; match = KEYWORD_PATTERN.exec(text)) {
    const aggregate = aggregateOfMatch(match);
    if (last !== null && last !== aggregate) mixed = true;
    last = aggregate;
  }
  return last === null ? null : { aggregate: last, mixed };
}

/**
 * Outcome groups named together before one figure, "予以公开及部分公开", "不予处理、其他处理": the figure is their sum.
 */
const OUTCOME_SOURCE = OUTCOME_GROUP_KEYS.map((key) => keywordSource(key)).join('|');
const COMBINED_TAIL = new RegExp(
  `(?:${OUTCOME_SOURCE})(?:(?:及|和|与|或|、|以及|加上?|\\+|/)(?:${OUTCOME_SOURCE}))+` +
    '(?:的?(?:申请|答复|事项))?(?:共计?|合计|总计)?(?:为|是|达到?)?$',
);

/** The outcome groups a stretch of text ends by naming together, in table order; null unless two or more. */
export function combinedOutcomes(text: string): OutcomeGroupKey[] | null {
  const tail = COMBINED_TAIL.exec(text);
  if (tail === null) return null;
  const named = new Set<AggregateKey>();
  KEYWORD_PATTERN.lastIndex = 0;
  for (let match = KEYWORD_PATTERN.exec(tail[0]); match !== null; match = KEYWORD_PATTERN.exec(tail[0]))
    named.add(aggregateOfMatch(match));
  const groups = OUTCOME_GROUP_KEYS.filter((key) => named.has(key));
  return groups.length >= 2 && groups.length === named.size ? groups : null;
}

const CASE_KINDS: Partial<Record<AggregateKey, CaseKind>> = { review: 'review', litigation: 'litigation' };

/**
 * The kind of case the text last names (行政复议 or 行政诉讼), and the kinds named together with it just before
 * ("行政复议、行政诉讼"). A single litigation group (直接起诉, 复议后起诉) gives null: its results are not told apart.
 */
export function casesNamed(text: string): CaseKind[] {
  const kinds: CaseKind[] = [];
  KEYWORD_PATTERN.lastIndex = 0;
  for (let match = KEYWORD_PATTERN.exec(text); match !== null; match = KEYWORD_PATTERN.exec(text)) {
    const kind = CASE_KINDS[aggregateOfMatch(match)];
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** A result column of table 四 named just before a figure: "其中结果维持72件", "尚未审结37件". */
const RESULT_WORDS: [ReviewResult, string][] = [
  ['upheld', '(?:结果)?维持(?:原(?:具体)?行政行为)?'],
  ['corrected', '(?:结果)?纠正|被?纠错'],
  ['otherResult', '其他结果'],
  ['pending', '(?:结果)?(?:尚|仍)?未审结|(?:尚|仍|正)在审理中?'],
];
const RESULT_TAIL = new RegExp(
  `(?:${RESULT_WORDS.map(([, source]) => `(${source})`).join('|')})(?:的?案件)?(?:为|有)?$`,
);

export function resultBefore(text: string): ReviewResult | null {
  const match = RESULT_TAIL.exec(text);
  if (match === null) return null;
  return RESULT_WORDS[match.slice(1).findIndex((group) => group !== undefined)]![0];
}

/** "均获维持", "全部维持", "均被依法维持": every case of the kinds named before was upheld. */
export const ALL_UPHELD =
  /(?:均|全部|都|全都|一律)(?:已|获得?|被|予以|为|是|得到|以)?(?:依法)?(?:予以|获得?)?维持/;

/**
 * "未发生…被行政复议纠错", "无行政诉讼败诉": no case of that kind ended corrected. Not after 未经 (未经复议直接起诉),
 * and not when a number follows ("败诉1件" is a count, read elsewhere).
 */
export const NO_CORRECTION =
  /(?:未发生|未出现|没有发生|没有出现|没有|未(?!经)|无)[^，,。；;\d]{0,16}?(行政复议|复议|行政诉讼|诉讼)中?被?(?:纠错|纠正|败诉)(?![\d零〇一二两三四五六七八九十])((?:或|和|及|与|、)被?(行政复议|复议|行政诉讼|诉讼)中?被?(?:纠错|纠正|败诉)(?![\d零〇一二两三四五六七八九十]))?/;

/** Outcomes a figure may precede: "2件予以公开", "29件申请均已办结". */
const FOLLOWING_KEYWORDS: CountAggregate[] = [...OUTCOME_GROUP_KEYS, 'completed', 'carriedOut'];
export const FOLLOWING = new RegExp(
  `^的?(?:依申请公开|政府信息公开|信息公开)?(?:申请|事项)?(?:均|已|全部|均已|已全部|全部已|依法)?(?:${FOLLOWING_KEYWORDS.map(
    (key) => keywordSource(key),
  ).join('|')})`,
);

/** A change, a range or an estimate, not the level itself: "同比增加5件", "近30件", "分别为2件、14件". */
export const NOT_A_LEVEL =
  /增加|增长|减少|下降|上升|提高|降低|同比|环比|较上年|较去年|比上年|比去年|多于|少于|超过|不足|不到|约|近|以来|累计|历年|先后|平均|分别|每/;

/**
 * Words that narrow the figure to a part of the aggregate (an applicant kind, a channel, one legal ground) or
 * move it to other work altogether (licences, hotline tickets).
 */
export const SUBSET = new RegExp(
  [
    '自然人|企业|法人|组织|科研|公益|法律服务|个人|群众',
    '网上|网络|在线|信函|邮寄|当面|现场|传真|邮件|来信|来访|电话',
    '国家秘密|第三方|内部事务|过程性|执法案卷|行政查询|不掌握|另行制作|不明确|信访|重复|出版物|反复|确认|补正|缴纳|缴费|逾期',
    '维持|纠正|审结|败诉|胜诉|撤销|驳回',
    // Replies given late, extended or in one form only.
    '延期|延长|超期|书面|口头',
    // Other work counted in the same words: licences, hotline tickets, proposals, enquiries.
    '许可|审批|政务服务|办件|工单|热线|12345|投诉|咨询|留言|建议|提案|信件|来电|诉求',
    // Proactive disclosure and published decisions are not requests or cases.
    '主动|文件|决定书|文书',
  ].join('|'),
);

/**
 * Table 四 counts the reviews and suits arising from the agency's disclosure work (its title); a 司法局 also
 * decides other agencies' reviews. The sentence must say the cases are about disclosure, or against the agency.
 */
export const DISCLOSURE_CASE = /信息公开|依申请|被申请|被提起|被诉|被起诉|提起|引起|引发|涉及|应诉/;

/** What may follow a count's unit: the end of the clause, or words that continue talking about the requests. */
export const AFTER_COUNT =
  /^(?:$|[\s。；;，,、！!？?)）:：]|申请|政府信息|依申请|信息公开|事项|案件|其中|均|已|全部|予以|占|的申请)/;

/** "予以公开率为30.61%", "办结率100%". */
const RATE_KEYWORDS = FOLLOWING_KEYWORDS.filter((key) => key !== 'carriedOut');
export const RATE_TAIL = new RegExp(
  `(?:${RATE_KEYWORDS.map((key) => `(${keywordSource(key)})`).join('|')})率(?:为|达到?|是|约为?)?$`,
);
export function rateAggregateOf(match: RegExpExecArray): CountAggregate {
  return RATE_KEYWORDS[match.slice(1).findIndex((group) => group !== undefined)]!;
}
/** Rates that are not shares of the table's counts: on time, satisfaction, change. */
export const NOT_A_SHARE = /按时|按期|及时|满意|同比|增长|下降|上升|提高|降低|纠错/;
/** "予以公开2件,占申请总数的6.9%": a share of the figure just before. */
export const SHARE_TAIL = /占(?:比|总数|申请总数|全部申请|总量|申请总量|办理总数|办结总数)?的?(?:为|达|约)?$/;

/** "已全部办理完毕", "均已办结": nothing carried forward. */
export const ALL_COMPLETED = /(?:已?全部|均已?|全部已|都已?)(?:办理完毕|办结|处理完毕|答复完毕|办理完成)/;

/** "未发生政府信息公开行政复议、行政诉讼案件": both are 0. */
export const NONE_REVIEW_OR_LITIGATION =
  /(?:未发生|未出现|没有发生|未涉及|未产生|无)(?:因|涉及)?(?:政府信息公开(?:工作)?|依申请公开)?(?:引起|引发|而引起|导致|方面|相关)?的?(行政复议|行政诉讼)(?:(?:和|及|与|或|、)(行政复议|行政诉讼))?(?![^，,。；;]{0,8}?(?:纠错|纠正|败诉|撤销))/;

/** "本年度未收取依申请公开信息处理费". */
export const NO_PROCESSING_FEE = /(?:未|没有|不|无)(?:收取|产生|发生)[^。；;，,]{0,12}?信息处理费/;
