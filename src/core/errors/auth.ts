// Error codes of this area with their Chinese messages. Add codes here; never reuse or rename one.
export const AUTH_ERRORS = {
  'auth.unauthenticated': '未登录或登录已过期，请先登录',
  'auth.invalidCredentials': '用户名或密码错误',
  'auth.accountLocked': '连续登录失败次数过多，账号已锁定，请于 {until} 后再试',
  'auth.accountDisabled': '账号已停用，请联系管理员',
  'auth.invalidToken': 'API 令牌无效、已过期或已撤销',
  'auth.forbidden': '当前角色无权执行此操作：{action}',
  'auth.otherAgency': '无权访问其他机关的数据',
  'auth.passwordChangeRequired': '请先设置新密码：初始密码或管理员重置的密码只能用来设置自己的新密码',
  'auth.currentPasswordIncorrect': '当前密码不正确',
  'auth.passwordUnchanged': '新密码不能与当前密码相同',
  'auth.weakPassword': '密码不符合要求：{reason}',
  'auth.tokenCannotManageCredentials': 'API 令牌不能签发令牌，也不能管理密码和登录会话；请登录后在本人账号中操作',
  'auth.tokenScope': '该 API 令牌无权修改“{area}”的数据（可写范围：{granted}）',
  'auth.sessionNotFound': '找不到该登录会话，可能已经结束',
  'auth.passwordReused': '新密码不能与最近 {count} 次使用过的密码相同',
} as const satisfies Record<string, string>;
