// Error codes of public participation (issue 14: consultations on drafts, questions, 工作要点 tasks, the register of
// 人大建议、政协提案), with their Chinese messages. Add codes here; never reuse or rename one.
export const PARTICIPATION_ERRORS = {
  'participation.textEmpty': '请填写{field}',
  'participation.textTooLong': '{field}最多 {max} 个字，现在有 {length} 个字，请精简后再提交',
  'participation.textMarkup': '{field}只能是纯文字，不能包含网页标记（如 <、> 括起的标签）',
  'participation.textControl': '{field}含有不可见的控制字符，请删除后再提交',
  'participation.periodReversed': '截止日期不能早于开始日期',
  // 《重大行政决策程序暂行条例》第十四条第二款.
  'participation.periodTooShortMajor':
    '重大行政决策公开征求意见的期限一般不少于 {min} 日（《重大行政决策程序暂行条例》第十四条），现为 {days} 日；确需缩短的，请说明理由',
  'participation.periodTooShort': '征求意见的期限不少于 {min} 日，现为 {days} 日',
  'participation.draftNotPublished': '征求意见稿须是本机关已发布的公开信息',
  'participation.consultationNotFound': '找不到这项意见征集',
  'participation.consultationNotOpen': '这项意见征集{opensOn}开始，现在还不能提交意见',
  'participation.consultationClosed': '这项意见征集已于{closesOn}截止，不再接收意见',
  'participation.commentNotFound': '找不到这条意见',
  'participation.commentAlreadyModerated': '这条意见已经审核过（{state}），不能再次审核',
  'participation.commentBlocked': '这条意见含有{reasons}，不能原样公开；请不予显示并说明理由',
  'participation.reasonRequired': '不予显示或不予采纳时须说明理由',
  'participation.feedbackTooEarly': '征求意见{closesOn}截止后才能公布意见采纳情况',
  'participation.feedbackPublished': '意见采纳情况已于{on}公布，不能再修改',
  'participation.commentsPending': '还有 {count} 条意见未审核，请审核后再公布意见采纳情况',
  'participation.finalItemInvalid': '正式文件须是本机关已发布的公开信息，且不是征求意见稿本身',
  'participation.questionNotFound': '找不到这条留言',
  'participation.questionClosed': '这条留言已经{state}，不能再办理',
  'participation.submissionReused': '这份表单已经提交过，请刷新页面后重新填写',
  'participation.taskNotFound': '找不到这项工作要点任务',
  'participation.taskAgencyNotUnder': '“{agency}”不是本机关主管的机关，不能向它分配工作要点任务',
  'participation.evidenceInvalid': '佐证材料须是本机关已发布的公开信息：{id}',
  'participation.proposalNotFound': '找不到这件建议或提案',
  'participation.proposalReplyOrReason': '答复已公开的，请选择公开答复的信息；不公开的，请说明理由',
} as const satisfies Record<string, string>;
