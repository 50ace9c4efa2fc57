// Error codes of this area with their Chinese messages. Add codes here; never reuse or rename one.
export const PLATFORM_ERRORS = {
  'platform.invalidInput': '输入不符合要求：{details}',
  'platform.agencyNotFound': '找不到机关“{agency}”',
  'platform.agencyExists': '机关名称或代码已被使用：{name}',
  'platform.parentAgencyNotFound': '找不到上级机关“{agency}”',
  'platform.userExists': '用户名“{username}”已被使用',
  'platform.userNotFound': '找不到用户“{user}”',
  'platform.cannotDisableSelf': '不能停用自己的账号',
  'platform.lastAdmin': '本机关至少要保留一名启用的系统管理员，不能停用或改变最后一名管理员的角色',
  'platform.apiTokenNotFound': '找不到 API 令牌“{token}”',
  'platform.requestNotFound': '找不到依申请公开事项“{request}”',
  'platform.trackingNotFound': '查询号或查询码不正确',
  'platform.concurrentChange': '该事项已被他人更新，请刷新后重试',
  'platform.invalidIdempotencyKey': '请求头 Idempotency-Key 应为 8 到 100 位字母、数字、连字符或下划线',
  'platform.idempotencyKeyReused': '同一个 Idempotency-Key 已用于另一项不同的操作，请为新操作生成新的键',
  'platform.reviewCaseNotFound': '找不到复议或诉讼案件“{case}”',
  'platform.reviewCaseRequestOtherAgency': '关联的申请不属于本机关',
  'platform.databaseUnavailable': '无法打开数据库（{target}）：{reason}',
  'platform.alreadyInitialised':
    '数据库中已有机关，gongkai init 只用于空数据库；请在控制台“系统管理”中添加机关和用户',
} as const satisfies Record<string, string>;
