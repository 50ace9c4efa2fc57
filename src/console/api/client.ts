// The console's only way to the server: JSON over /api/v1 with the session cookie. A refusal becomes an ApiError
// carrying the server's stable code and its Chinese message, which every page shows as it is.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface CallOptions {
  /** Sent as Idempotency-Key: the server answers a repeated key with the first result instead of writing twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

const BASE = '/api/v1';

export async function apiCall<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch {
    throw new ApiError(0, 'network.unreachable', '无法连接服务器，请检查网络后重试。');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) throw errorOf(response.status, parsed);
  return parsed as T;
}

export const api = {
  get: <T>(path: string, options?: CallOptions) => apiCall<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: CallOptions) =>
    apiCall<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown, options?: CallOptions) =>
    apiCall<T>('PUT', path, body ?? {}, options),
  patch: <T>(path: string, body?: unknown, options?: CallOptions) =>
    apiCall<T>('PATCH', path, body ?? {}, options),
  delete: <T>(path: string, options?: CallOptions) => apiCall<T>('DELETE', path, undefined, options),
};

/** A query string from the defined, non-empty values of `params`. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function errorOf(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message);
  }
  return new ApiError(status, 'http.unexpected', `服务器返回了意外的状态（${status}），请稍后重试。`);
}
