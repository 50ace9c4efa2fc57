// Error codes of this area with their Chinese messages. Add codes here; never reuse or rename one.
export const REQUEST_ERRORS = {
  'requests.emptyTimeline': '申请没有任何事件记录',
  'requests.notReceivedFirst': '申请的第一条记录必须是“收到申请”，不能是“{event}”',
  'requests.receivedTwice': '同一申请只能登记一次“收到申请”',
  'requests.eventBeforePrevious':
    '“{event}”的日期 {date} 早于上一条记录的日期 {previous}，记录须按时间顺序追加',
  'requests.confirmationBeforeArrival': '确认收到的日期 {confirmedOn} 早于申请到达的日期 {on}',
  'requests.alreadyClosed': '申请已于 {date} 终止办理（{reason}），不能再记录“{event}”',
  'requests.alreadyArchived': '申请已归档，不能再记录“{event}”',
  'requests.alreadyDecided': '申请已于 {date} 作出答复决定，不能再记录“{event}”',
  'requests.awaitingCorrection': '申请正在等待补正，补正材料收到前不能记录“{event}”（《条例》第三十条）',
  'requests.correctionAlreadyRequested':
    '补正只能一次性告知（《条例》第三十条），本申请已于 {date} 发出补正通知',
  'requests.correctionDueNotAfterRequest': '补正期限 {dueOn} 必须晚于补正通知日期 {on}',
  'requests.correctionNotRequested': '本申请没有待补正的通知，不能记录“{event}”',
  'requests.correctionNotYetDue': '补正期限到 {dueOn} 为止，{on} 尚不能认定申请人逾期不补正',
  'requests.consultationAlreadyOpen': '向{party}征求意见尚未结束（{date} 开始），不能重复开始',
  'requests.consultationNotStarted': '没有正在进行的向{party}征求意见，不能记录结束',
  'requests.consultationStillOpen': '向{party}征求意见尚未结束，请先记录征求意见结束',
  'requests.extensionAlreadyGranted':
    '答复期限只能延长一次（《条例》第三十三条第二款），已于 {date} 延长 {days} 个工作日',
  'requests.extensionTooLong':
    '延长答复期限最长 {max} 个工作日（《条例》第三十三条第二款），不能延长 {days} 个工作日',
  'requests.extensionNoApprover': '延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人',
  'requests.feeNoticeAlreadyIssued': '本申请已于 {date} 发出收费通知，不能重复发出',
  'requests.feeNoticeReceivedBeforeIssued': '申请人收到收费通知的日期 {receivedOn} 早于通知发出日期 {on}',
  'requests.feeNoticeNotIssued': '本申请没有未缴费的收费通知，不能记录“{event}”',
  'requests.feeNotYetLapsed':
    '缴费期限到 {dueOn} 为止（收到通知次日起 20 个工作日），{on} 尚不能认定逾期未缴费',
  'requests.feeUnpaid': '收费通知尚未缴费或失效，不能记录“{event}”',
  'requests.deferralNotLater': '第三十五条确定的延迟答复期限 {dueOn} 必须晚于{than} {previous}',
  'requests.outcomeNeedsEvent': '办理结果“{outcome}”须通过记录“{event}”得出，不能直接作为答复决定',
  'requests.notDecided': '申请尚未作出答复决定，不能记录“{event}”',
  'requests.alreadyRecorded': '“{event}”已于 {date} 记录过，不能重复记录',
  'requests.replyNotSent': '答复尚未送出，不能记录“{event}”',
  'requests.notFinished': '申请尚未办结（未答复或终止），不能归档',
  'requests.attachmentNotFound': '找不到申请材料“{attachment}”',
  // Optimistic concurrency on the timeline: the caller saw an older version of the request than the stored one.
  'requests.changedByOthers': '该申请已被他人更新，请刷新后重试',
} as const satisfies Record<string, string>;
