// The demo agency's 2023 as the seed report states it (临沂市国防动员办公室, seeds/000_29e0fab2fe19fb07.txt):
// 29 requests — 自然人 27 (予以公开 2, 部分公开 14, 属于国家秘密 5, 本机关不掌握 6), 商业企业 2 (属于国家秘密 2) —
// all received and closed in 2023, and one lawsuit filed without a prior review, still pending. The applicants and
// the subjects are invented and say so; the outcomes and counts are the seed's.
import type { ApplicantKind } from '../../core/taxonomy/applicants.ts';
import type { OutcomeKey } from '../../core/taxonomy/outcomes.ts';

export const DEMO_MARK = '（演示数据）';

export const DEMO_AGENCY = {
  name: '临沂市国防动员办公室',
  // Not in the seed: an invented credit code (区划 371300, a valid check character is appended when loading).
  codeFirst17: '11371300MB0285413',
  address: '临沂市兰山区北京路13号',
  phone: '0539-8729507',
  postcode: '276001',
  registrationPrefix: '临国动依申',
} as const;

export const DEMO_SUPERVISOR = {
  name: '临沂市政务公开监督演示办公室',
  registrationPrefix: '临公开监',
} as const;

export interface DemoRequestPlan {
  kind: ApplicantKind;
  outcome: OutcomeKey;
  subject: string;
}

const natural = (outcome: OutcomeKey, subjects: readonly string[]): DemoRequestPlan[] =>
  subjects.map((subject) => ({ kind: 'naturalPerson', outcome, subject }));

/** In registration order through the year. */
export const DEMO_2023_REQUESTS: readonly DemoRequestPlan[] = interleave([
  natural('granted', ['本市人民防空工程平时使用管理办法全文', '2022年度人防工程易地建设费收费标准及依据']),
  natural('partiallyGranted', [
    '某住宅小区结建人防工程竣工验收备案材料',
    '某商业综合体人防工程防护设计审查意见',
    '某地块人防工程建设审批文件',
    '本市2022年人防工程建设计划执行情况',
    '某学校人防疏散基地建设方案',
    '某小区地下车库人防工程平时使用登记材料',
    '某项目人防工程易地建设费减免审批材料',
    '2022年度人防工程维护管理检查通报',
    '某医院人防工程质量监督报告',
    '某住宅项目人防工程移交接管记录',
    '某地块人防工程防护设计变更批复',
    '某小区人防工程面积核定材料',
    '某项目人防工程竣工验收意见',
    '本市人防工程信息化管理平台建设情况',
  ]),
  natural('withheld.stateSecret', [
    '本市防空警报器设置位置清单',
    '城市人民防空专项规划附图',
    '本市人防指挥工程分布情况',
    '重要经济目标防护名录',
    '人口疏散基地分布及容量',
  ]),
  natural('unavailable.notHeld', [
    '某小区物业公司收费明细',
    '某街道办事处拆迁补偿方案',
    '2015年某项目土地出让合同',
    '某企业职工社会保险缴纳记录',
    '某道路改造工程招标文件',
    '某小区规划许可证附图',
  ]),
  [
    { kind: 'commercialEnterprise', outcome: 'withheld.stateSecret', subject: '某片区人防工程总体布局图' },
    {
      kind: 'commercialEnterprise',
      outcome: 'withheld.stateSecret',
      subject: '本市人防警报通信网络建设方案',
    },
  ],
]);

/** Mixes the groups so the year does not read outcome by outcome. */
function interleave(groups: readonly (readonly DemoRequestPlan[])[]): DemoRequestPlan[] {
  const queues = groups.map((g) => [...g]);
  const out: DemoRequestPlan[] = [];
  while (queues.some((q) => q.length)) for (const q of queues) if (q.length) out.push(q.shift()!);
  return out;
}

/** Which of the year's requests the pending lawsuit concerns (a 国家秘密 refusal), and its facts. */
export const DEMO_LAWSUIT = {
  outcome: 'withheld.stateSecret' as OutcomeKey,
  caseNumber: `（2023）鲁1302行初0000号${DEMO_MARK}`,
  notes: `申请人对不予公开答复不服，未经复议直接提起行政诉讼，尚未审结。${DEMO_MARK}`,
};

export const DEMO_PASSWORD = 'gongkai-demo-2023';

export const DEMO_USERS = [
  { username: 'demo-admin', displayName: '演示管理员', role: 'admin', at: 'agency' },
  { username: 'demo-clerk', displayName: '演示承办人', role: 'clerk', at: 'agency' },
  { username: 'demo-head', displayName: '演示公开办负责人', role: 'officeHead', at: 'agency' },
  { username: 'demo-leader', displayName: '演示签发领导', role: 'leader', at: 'agency' },
  { username: 'demo-supervisor', displayName: '演示监督人员', role: 'supervisor', at: 'supervisor' },
] as const;
