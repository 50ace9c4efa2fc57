// Error codes of request documents, their delivery and the archive (issue 13). Add codes here; never reuse or rename one.
export const DOCUMENT_ERRORS = {
  'documents.badNumberPattern':
    '文号格式“{pattern}”须包含 {year} 和 {serial}（或 {serial3}），且不能有其他花括号项',
  'documents.notFound': '找不到文书“{document}”',
  'documents.notAllowed': '本申请的办理记录不需要“{kind}”：{reason}',
  'documents.feeInputMissing': '收费通知书须写明计费依据：按件计收的件数，或按量计收的页数',
  'documents.feeMismatch':
    '按收费标准计算，本次应收 {computed} 元，与收费通知记录的 {stated} 元不一致（国办函〔2020〕109号）',
  'documents.deliveryIncomplete': '{method}须填写{field}',
  'documents.receivedBeforeSent': '收到日期 {receivedOn} 早于送出日期 {sentOn}',
  'documents.sentBeforeIssued': '送出日期 {sentOn} 早于文书的成文日期 {issuedOn}',
  'documents.noApplicantEmail': '申请人没有留下电子邮箱，不能以电子邮件送达',
  'documents.archiveNotFound': '申请“{request}”还没有归档材料包',
  'documents.archiveUnreadable': '归档材料包无法读取：{reason}',
} as const;
