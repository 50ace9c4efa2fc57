// Hostile variants of a valid request body, generated from the type of each field: wrong types, huge strings,
// injection strings, prototype keys, broken JSON, wrong content types and oversized bodies. Shared by the
// hostile-payload tests of every route family.
export type FieldKind = 'id' | 'enum' | 'date' | 'text' | 'number' | 'boolean';

export interface BodyRoute {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  /** Signed-in user, or null for the public endpoints. */
  user: string | null;
  valid: () => Record<string, unknown>;
  /** Dotted paths into the valid body, with what each holds. */
  fields: Record<string, FieldKind>;
  /** application/x-www-form-urlencoded HTML form (answers with a page, not JSON). */
  form?: boolean;
}

export const INJECTIONS = [
  "' OR '1'='1' --",
  '1; DROP TABLE requests; --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
  '\u0000\u0001\u0002',
  '🙂'.repeat(40),
];
export const WRONG_TYPES: unknown[] = [12345, true, [], {}, [{ a: 1 }]];

export function withField(
  body: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

export interface Attempt {
  label: string;
  payload: string;
  contentType: string;
  /** Only this status is right (e.g. 413, 415); otherwise any 4xx. */
  status?: number;
}

export function jsonAttempts(route: BodyRoute): Attempt[] {
  const json = (label: string, body: unknown, status?: number): Attempt => ({
    label,
    payload: JSON.stringify(body),
    contentType: 'application/json',
    status,
  });
  const valid = route.valid();
  const attempts: Attempt[] = [];
  for (const [path, kind] of Object.entries(route.fields)) {
    for (const wrong of WRONG_TYPES)
      if (!(kind === 'number' && typeof wrong === 'number'))
        attempts.push(json(`${path} = ${JSON.stringify(wrong)}`, withField(valid, path, wrong), 400));
    attempts.push(json(`${path} 超长`, withField(valid, path, 'x'.repeat(100_000)), 400));
    if (kind !== 'text')
      for (const hostile of INJECTIONS)
        attempts.push(json(`${path} = ${hostile}`, withField(valid, path, hostile)));
  }
  const raw = (label: string, payload: string, contentType = 'application/json', status?: number) => ({
    label,
    payload,
    contentType,
    status,
  });
  const body = JSON.stringify(valid).slice(1);
  attempts.push(
    json('未知字段', { ...valid, isAdmin: true }, 400),
    json('数组而非对象', [valid], 400),
    json('字符串而非对象', 'hello', 400),
    raw('__proto__ 污染', `{"__proto__":{"polluted":true},${body}`, 'application/json', 400),
    raw(
      'constructor 污染',
      `{"constructor":{"prototype":{"polluted":true}},${body}`,
      'application/json',
      400,
    ),
    raw('嵌套 __proto__', `{"x":{"__proto__":{"polluted":true}},${body}`, 'application/json', 400),
    raw('残缺 JSON', '{"a":', 'application/json', 400),
    raw('单引号 JSON', "{'a':1}", 'application/json', 400),
    raw('空请求体', '', 'application/json', 400),
    raw('请求体过大', JSON.stringify({ ...valid, pad: 'x'.repeat(300_000) }), 'application/json', 413),
    raw('text/plain', JSON.stringify(valid), 'text/plain', 415),
    raw('XML', '<request><a>1</a></request>', 'application/xml', 415),
    raw(
      'multipart',
      '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--',
      'multipart/form-data; boundary=b',
      415,
    ),
  );
  if (!route.form)
    attempts.push(
      raw('表单编码', new URLSearchParams({ a: '1' }).toString(), 'application/x-www-form-urlencoded', 415),
    );
  return attempts;
}

export function formAttempts(route: BodyRoute): Attempt[] {
  const form = (label: string, body: Record<string, unknown>, status?: number): Attempt => ({
    label,
    payload: new URLSearchParams(body as Record<string, string>).toString(),
    contentType: 'application/x-www-form-urlencoded',
    status,
  });
  const valid = route.valid();
  const attempts: Attempt[] = [];
  for (const [path, kind] of Object.entries(route.fields)) {
    attempts.push(form(`${path} 超长`, withField(valid, path, 'x'.repeat(100_000)), 400));
    attempts.push(form(`${path} 为空`, withField(valid, path, ''), 400));
    if (kind !== 'text')
      for (const hostile of INJECTIONS)
        attempts.push(form(`${path} = ${hostile}`, withField(valid, path, hostile)));
  }
  attempts.push(
    {
      label: '__proto__ 字段',
      payload: `__proto__[polluted]=1&${new URLSearchParams(valid as Record<string, string>)}&__proto__=x`,
      contentType: 'application/x-www-form-urlencoded',
    },
    {
      label: '请求体过大',
      payload: `pad=${'x'.repeat(300_000)}`,
      contentType: 'application/x-www-form-urlencoded',
      status: 413,
    },
    { label: 'text/plain', payload: 'a=1', contentType: 'text/plain', status: 415 },
    { label: '残缺 JSON', payload: '{"a":', contentType: 'application/json', status: 400 },
  );
  return attempts;
}
