// The demo agency's 2023 catalogue (临沂市国防动员办公室 in the seed report), invented but plausible: the titles
// of the laws it reposts are real laws; every work update, notice and enforcement item is made up here and
// written in this project's own words. The counts are the seed's: 19 法律法规, 4 政策文件, 219 工作动态 and
// 8 执法信息 on the website; 244 / 234 / 248 posts on WeChat / Toutiao / Weibo.
import { dayFromParts, dayOf, isoOf, isWeekend } from '../../../core/calendar/days.ts';
import type { PublicationDraftInput } from '../../../core/publications/item.ts';

export const DEMO_YEAR = 2023;
export const DEMO_BODY = '临沂市国防动员办公室';

export const DEMO_ACCOUNTS = {
  website: '临沂市国防动员办公室网站',
  wechat: '微信公众号“临沂市人民防空办公室”',
  toutiao: '头条号“临沂市人民防空办公室”',
  weibo: '新浪微博“临沂人防”',
} as const;

const LAWS = [
  '中华人民共和国国防法',
  '中华人民共和国国防动员法',
  '中华人民共和国人民防空法',
  '中华人民共和国国防教育法',
  '中华人民共和国兵役法',
  '中华人民共和国突发事件应对法',
  '中华人民共和国安全生产法',
  '中华人民共和国行政处罚法',
  '中华人民共和国行政许可法',
  '中华人民共和国行政强制法',
  '中华人民共和国保守国家秘密法',
  '中华人民共和国民法典',
  '中华人民共和国政府信息公开条例',
  '民用运力国防动员条例',
  '国防交通条例',
  '优化营商环境条例',
  '人民防空工程建设管理规定',
  '山东省实施《中华人民共和国人民防空法》办法',
  '山东省国防教育条例',
];

const POLICIES: { title: string; number: string; writtenOn: string; summary: string }[] = [
  {
    title: '临沂市国防动员办公室关于印发《2023年全市国防动员工作要点》的通知',
    number: '临国动发〔2023〕1号',
    writtenOn: '2023-02-20',
    summary: '部署全年国防动员、人民防空和政务公开重点工作。',
  },
  {
    title: '临沂市国防动员办公室关于印发《临沂市人防工程平战转换技术审查标准》的通知',
    number: '临国动发〔2023〕4号',
    writtenOn: '2023-04-18',
    summary: '明确人防工程平战转换设计和施工图审查的技术要点。',
  },
  {
    title: '临沂市国防动员办公室关于做好2023年防空警报试鸣工作的通知',
    number: '临国动发〔2023〕7号',
    writtenOn: '2023-08-28',
    summary: '安排9月全市防空警报试鸣及宣传工作。',
  },
  {
    title: '临沂市国防动员办公室关于进一步加强人防工程维护管理的通知',
    number: '临国动发〔2023〕9号',
    writtenOn: '2023-10-16',
    summary: '要求各县区落实人防工程维护管理责任，开展隐患排查。',
  },
];

const PLACES = [
  '市国动办',
  '兰山区',
  '罗庄区',
  '河东区',
  '沂南县',
  '郯城县',
  '沂水县',
  '兰陵县',
  '费县',
  '平邑县',
  '莒南县',
  '蒙阴县',
  '临沭县',
];
const ACTIVITIES = [
  '开展人防工程安全隐患排查',
  '组织防空防灾知识进校园宣传',
  '召开国防动员潜力调查工作培训会',
  '开展人员应急疏散演练',
  '组织人防专业队伍集中训练',
  '开展人防工程维护管理专项检查',
  '举办“习近平法治思想”专题学习',
  '开展“走进民法典”普法宣传',
  '组织防空警报器设施维护保养',
  '开展人防指挥通信保障演练',
  '召开党风廉政建设工作会议',
  '开展安全生产大排查大整治',
  '组织国防教育主题宣传活动',
  '开展人防工程使用情况抽查',
  '召开政务公开工作专题会议',
  '开展防汛应急物资检查',
  '组织重要经济目标防护工作调研',
];
const EFFECTS = [
  '进一步提升了群众的防空防灾意识。',
  '为做好下一步工作打下了坚实基础。',
  '切实压实了各方责任。',
  '检验了应急处置能力，锻炼了队伍。',
  '推动了各项工作任务落实落细。',
];

const ENFORCEMENT: { title: string; body: string }[] = [
  {
    title: '临沂市国防动员办公室2023年行政执法事项清单',
    body: '公布本机关行政处罚、行政强制、行政检查等执法事项的名称、依据和实施主体。',
  },
  {
    title: '临沂市国防动员办公室行政执法人员名单',
    body: '公布持有行政执法证件人员的姓名、执法证号和执法类别。',
  },
  {
    title: '临沂市国防动员办公室行政执法流程图',
    body: '以流程图形式说明行政处罚、行政检查的办理环节和时限。',
  },
  {
    title: '2023年上半年人防工程“双随机、一公开”抽查结果公示',
    body: '公示随机抽取的人防工程检查对象、检查事项和检查结果。',
  },
  {
    title: '关于某置业有限公司未按规定修建防空地下室的行政处罚决定公示',
    body: '当事人未按照国家规定修建战时可用于防空的地下室，依法作出行政处罚决定。',
  },
  {
    title: '2023年下半年人防工程“双随机、一公开”抽查结果公示',
    body: '公示下半年抽查的人防工程及发现问题的整改情况。',
  },
  { title: '临沂市国防动员办公室2023年度行政执法数据统计', body: '公布本年度行政检查、行政处罚等执法数据。' },
  { title: '临沂市国防动员办公室行政执法服务指南', body: '说明执法依据、办理程序、救济途径和监督电话。' },
];

/** Publication dates spread over the year's weekdays, in order. */
export function demoDates(count: number): string[] {
  const start = dayFromParts(DEMO_YEAR, 1, 3);
  return Array.from({ length: count }, (_, i) => {
    let day = start + Math.floor((i * 358) / count);
    while (isWeekend(day)) day++;
    return isoOf(day);
  });
}

function workUpdate(i: number, publishedOn: string): PublicationDraftInput {
  const place = PLACES[i % PLACES.length]!;
  const activity = ACTIVITIES[(i * 7) % ACTIVITIES.length]!;
  const month = Number(publishedOn.slice(5, 7));
  const day = Number(publishedOn.slice(8, 10));
  return {
    title: `${place}${activity}`,
    publishingBody: DEMO_BODY,
    genre: 'news',
    category: 'workUpdate',
    topic: '国防动员',
    body: `<p>${month}月${day}日，${place}${activity}。${EFFECTS[i % EFFECTS.length]}</p>`,
  };
}

export interface DemoItem {
  draft: PublicationDraftInput;
  publishedOn: string;
  /** How other demo items refer to this one (column.ts DEMO_REF). */
  key?: string;
  /** Repealed later by the item with this key, on this day (the item is published in force first). */
  repealedBy?: { key: string; on: string };
  /** A PDF with these lines, attached under this name. */
  attachment?: { fileName: string; lines: readonly string[] };
}

/** The 250 website items of 2023, ordered so that the social accounts repost the first ones. */
export function demoItems(): DemoItem[] {
  const works = demoDates(219).map((publishedOn, i) => ({ draft: workUpdate(i, publishedOn), publishedOn }));
  const policies = POLICIES.map((p) => ({
    draft: {
      title: p.title,
      documentNumber: p.number,
      writtenOn: p.writtenOn,
      publishingBody: DEMO_BODY,
      genre: 'otherDocument',
      category: 'policyDocument',
      topic: '国防动员',
      summary: p.summary,
      body: `<p>各县区国防动员办公室、市直有关单位：</p><p>${p.summary}请结合实际认真贯彻落实。</p>`,
    } satisfies PublicationDraftInput,
    publishedOn: isoOf(dayOf(p.writtenOn) + 3),
  }));
  const enforcement = ENFORCEMENT.map((e, i) => ({
    draft: {
      title: e.title,
      publishingBody: DEMO_BODY,
      genre: 'notice',
      category: 'enforcement',
      art20Item: 6,
      body: `<p>${e.body}</p>`,
    } satisfies PublicationDraftInput,
    publishedOn: demoDates(8)[i]!,
  }));
  const laws = LAWS.map((title, i) => ({
    draft: {
      title: `${title}`,
      publishingBody: DEMO_BODY,
      genre: 'other',
      category: 'lawsAndRegulations',
      art20Item: 15,
      body: `<p>转载《${title}》全文，供公众查阅。</p>`,
    } satisfies PublicationDraftInput,
    publishedOn: demoDates(19)[i]!,
  }));
  return [...works, ...policies, ...enforcement, ...laws];
}

/** How many of the items (from the first) each social account reposted: the seed's counts. */
export const DEMO_REPOSTS = { wechat: 244, toutiao: 234, weibo: 248 } as const;

/** Table 二 figures from other systems (seed: 行政处罚 1, the rest 0). */
export const DEMO_FIGURES = [
  { row: 'licensing', year: DEMO_YEAR, value: 0, source: '山东省政务服务平台 2023 年办件统计' },
  { row: 'penalty', year: DEMO_YEAR, value: 1, source: '山东省行政执法监督平台 2023 年处罚案件统计' },
  { row: 'coercion', year: DEMO_YEAR, value: 0, source: '山东省行政执法监督平台 2023 年强制措施统计' },
  {
    row: 'administrativeFees',
    year: DEMO_YEAR,
    value: 0,
    source: '本机关 2023 年财务决算（无行政事业性收费项目）',
  },
] as const;
