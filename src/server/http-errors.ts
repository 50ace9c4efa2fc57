// Codes the HTTP edge itself produces (not refused domain actions): malformed input, unknown routes, limits.
// They share the response shape of the DomainError catalogues and the same rule: never rename a code.

/** The one error body shape every failing response has. */
export interface ErrorBody {
  error: { code: string; message: string };
}

export interface HttpError {
  status: number;
  body: ErrorBody;
}

function httpError(status: number, code: string, message: string): HttpError {
  return { status, body: { error: { code, message } } };
}

export const httpErrors = {
  invalidInput: (detail: string) => httpError(400, 'http.invalidInput', `请求参数无效：${detail}`),
  badJson: () => httpError(400, 'http.badJson', '请求体不是有效的 JSON'),
  forbiddenKey: () =>
    httpError(400, 'http.forbiddenKey', '请求体含有不允许的字段名（__proto__ 或 constructor）'),
  invalidText: (where: string) =>
    httpError(
      400,
      'http.invalidText',
      `${where}中含有空字符（NUL）或乱码（不是有效的 UTF-8 文字），请检查后重新提交`,
    ),
  emptyBody: () => httpError(400, 'http.emptyBody', '请求体为空'),
  badRequest: () => httpError(400, 'http.badRequest', '请求格式错误'),
  notFound: (method: string, url: string) => httpError(404, 'http.notFound', `找不到 ${method} ${url}`),
  bodyTooLarge: (limit: number) => httpError(413, 'http.bodyTooLarge', `请求体过大，上限为 ${limit} 字节`),
  unsupportedMediaType: (type: string) =>
    httpError(415, 'http.unsupportedMediaType', `不支持的内容类型“${type}”，请使用 application/json`),
  rateLimited: (seconds: number) =>
    httpError(429, 'http.rateLimited', `请求过于频繁，请 ${seconds} 秒后再试`),
  storageFull: () =>
    httpError(503, 'http.storageFull', '存储空间不足，本次操作没有保存；请联系系统管理员清理磁盘后再试'),
  metricsForbidden: () =>
    httpError(
      403,
      'http.metricsForbidden',
      '运行指标只对配置允许的地址开放（metrics.allowFrom 与 metrics.token）',
    ),
  notReady: (reason: string) => httpError(503, 'http.notReady', `服务尚未就绪：${reason}`),
  internal: (requestId: string) =>
    httpError(500, 'http.internal', `服务器内部错误，请稍后再试（请求编号 ${requestId}）`),
};
