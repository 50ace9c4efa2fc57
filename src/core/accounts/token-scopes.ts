// What an API token may do (issue 12; GB/T 22239-2019 8.1.4.2 访问控制 c): least privilege). Every token may read
// what its user may read; writing is limited to the areas named when it was issued — the first segment of the API
// path (/api/v1/requests/… is the area `requests`). Its life is limited too: at most a year.

export const TOKEN_WRITE_AREAS = [
  'requests',
  'review-cases',
  'publications',
  'reports',
  'supervision',
  'calendar',
  'agencies',
  'users',
  'participation',
] as const;
export type TokenWriteArea = (typeof TOKEN_WRITE_AREAS)[number];

export const TOKEN_WRITE_AREA_LABELS: Record<TokenWriteArea, string> = {
  requests: '依申请公开',
  'review-cases': '复议诉讼',
  publications: '主动公开目录',
  reports: '年度报告',
  supervision: '监督',
  calendar: '工作日历',
  agencies: '机关资料',
  users: '用户管理',
  participation: '公众参与',
};

export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;

/** The API area of a path under /api/v1 (its first segment), or null for another path. */
export function apiAreaOf(path: string): string | null {
  return /^\/api\/v1\/([a-z-]+)/.exec(path)?.[1] ?? null;
}

/** Whether a token granted `writeAreas` may make a changing call to `area`. Tokens never manage credentials. */
export function tokenMayWrite(writeAreas: readonly string[], area: string | null): boolean {
  return area !== null && area !== 'auth' && writeAreas.includes(area);
}
