// The figures a drafted section may name (issue 11; 《条例》第五十条: the report states the handling of applications,
// reviews and litigation and the proactive disclosure of the year). Each placeholder is read from the built tables or
// the catalogue's release counts at every build, so the prose never holds a typed copy of a figure (spec N-1).
import { CATEGORIES, CATEGORY_LABELS, CHANNELS, CHANNEL_LABELS } from '../../publications/vocabulary.ts';
import type { ChannelCounts } from '../../publications/channel-counts.ts';
import { APPLICANT_COLUMNS } from '../../taxonomy/applicants.ts';
import { OUTCOME_GROUPS } from '../../taxonomy/outcomes.ts';
import { REVIEW_RESULTS } from '../../taxonomy/review-table.ts';
import type { ApplicationsTable, Cell, ReviewLitigationTable } from '../model.ts';
import {
  draftProposalText,
  draftWorkPlanText,
  type ProposalRecord,
  type TaskRecord,
} from '../../participation/work-plan.ts';

/** What a placeholder's value is read from. */
export interface DraftingSources {
  applications: ApplicationsTable;
  reviewLitigation: ReviewLitigationTable;
  releases: ChannelCounts;
  /** The year's 工作要点 tasks of the agency, in order (issue 14). */
  workPlan: readonly TaskRecord[];
  /** The 人大建议、政协提案 the agency registered for the year (issue 14). */
  proposals: readonly ProposalRecord[];
  /** The year's public participation on the portal (issue 14). */
  engagement: { consultations: number; comments: number; questions: number; answered: number };
}

export interface Placeholder {
  /** The name written between braces, e.g. 收到申请 for `{收到申请}`. */
  name: string;
  /** What the figure is, shown beside the name in the editor's list. */
  meaning: string;
  /** A figure, or for section 六's records a drafted sentence. */
  value: (sources: DraftingSources) => Cell | string;
}

const TOTAL = APPLICANT_COLUMNS.indexOf('total');
const REVIEW_TOTAL = REVIEW_RESULTS.indexOf('total');

const sum = (cells: readonly Cell[]): Cell =>
  cells.every((c) => c === null) ? null : cells.reduce<number>((s, c) => s + (c ?? 0), 0);

const applicationsRow =
  (...rows: (keyof ApplicationsTable)[]) =>
  ({ applications }: DraftingSources): Cell =>
    sum(rows.map((row) => applications[row][TOTAL] ?? null));

// The short names staff know from table 三's outcome groups: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理.
const outcomePlaceholders: Placeholder[] = OUTCOME_GROUPS.map((group) => {
  const name = group.label.replace(/^\([一二三四五六七]\)/, '').replace(/\(.*\)$/, '');
  return {
    name,
    meaning: `表三办理结果“${group.label}”各项合计（总计列）`,
    value: applicationsRow(...group.leaves.map((leaf) => leaf.key)),
  };
});

export const PLACEHOLDERS: readonly Placeholder[] = [
  { name: '收到申请', meaning: '表三“本年新收政府信息公开申请数量”总计', value: applicationsRow('received') },
  {
    name: '上年结转',
    meaning: '表三“上年结转政府信息公开申请数量”总计',
    value: applicationsRow('carriedIn'),
  },
  { name: '办结', meaning: '表三办理结果“总计”', value: applicationsRow('total') },
  ...outcomePlaceholders,
  { name: '结转下年度', meaning: '表三“结转下年度继续办理”总计', value: applicationsRow('carriedOut') },
  {
    name: '行政复议',
    meaning: '表四行政复议总计',
    value: ({ reviewLitigation }) => reviewLitigation.review[REVIEW_TOTAL] ?? null,
  },
  {
    name: '行政诉讼',
    meaning: '表四行政诉讼总计（未经复议直接起诉与复议后起诉之和）',
    value: ({ reviewLitigation }) =>
      sum([
        reviewLitigation.litigationDirect[REVIEW_TOTAL] ?? null,
        reviewLitigation.litigationAfterReview[REVIEW_TOTAL] ?? null,
      ]),
  },
  {
    name: '意见征集',
    meaning: '本年开始的意见征集（公开征求意见）项数',
    value: ({ engagement }) => engagement.consultations,
  },
  {
    name: '收到意见',
    meaning: '本年在意见征集中收到的公众意见条数',
    value: ({ engagement }) => engagement.comments,
  },
  {
    name: '收到留言',
    meaning: '本年政民互动收到的公众留言条数',
    value: ({ engagement }) => engagement.questions,
  },
  { name: '答复留言', meaning: '本年答复的公众留言条数', value: ({ engagement }) => engagement.answered },
  {
    name: '工作要点落实情况',
    meaning:
      '六（二）：本年上级下达的政务公开工作要点任务及其最新落实情况（工作要点台账），逐项写成“一是……；二是……”',
    value: ({ workPlan }) => draftWorkPlanText(workPlan),
  },
  {
    name: '建议提案办理情况',
    meaning: '六（三）：本年承办的人大代表建议、政协委员提案件数、办复和公开答复情况；没有的，写明没有收到',
    value: ({ proposals }) => draftProposalText(proposals),
  },
  ...CHANNELS.map((channel) => ({
    name: `${CHANNEL_LABELS[channel]}发布`,
    meaning: `本年通过${CHANNEL_LABELS[channel]}发布信息条数（主动公开目录的发布记录）`,
    value: ({ releases }: DraftingSources) => releases.byChannel[channel],
  })),
  ...CATEGORIES.map((category) => ({
    name: CATEGORY_LABELS[category],
    meaning: `本年发布的“${CATEGORY_LABELS[category]}”类信息条数（主动公开目录，按发布日期）`,
    value: ({ releases }: DraftingSources) => releases.byCategory[category],
  })),
];

const BY_NAME = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

export function placeholderNamed(name: string): Placeholder | undefined {
  return BY_NAME.get(name);
}
