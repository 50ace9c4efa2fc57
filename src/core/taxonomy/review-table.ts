// Table 四 "政府信息公开行政复议、行政诉讼情况" (docs/statute.md §2.4): one row of 15 cells, three groups of five.

export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number];

export const REVIEW_RESULTS = ['upheld', 'corrected', 'otherResult', 'pending', 'total'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export const REVIEW_TABLE_TITLE = '四、政府信息公开行政复议、行政诉讼情况';

export const REVIEW_GROUP_LABELS: Record<ReviewGroup, string> = {
  review: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};
/** 行政诉讼 spans the two litigation groups. */
export const LITIGATION_LABEL = '行政诉讼';

export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  otherResult: '其他结果',
  pending: '尚未审结',
  total: '总计',
};
