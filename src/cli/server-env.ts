// The server settings `gongkai serve` takes from the environment (docs/operations.md), each refused with a Chinese
// line naming the variable when it cannot be right.
import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_ATTACHMENT_POLICY } from '../core/publications/attachments.ts';
import type { ServerConfigInput } from '../server/config.ts';
import type { Engine } from '../services/database.ts';
import { UsageError } from './command.ts';

const pageCacheMs = z.coerce
  .number({ error: 'GONGKAI_PAGE_CACHE_MS 应为毫秒数' })
  .int({ error: 'GONGKAI_PAGE_CACHE_MS 应为整数毫秒' })
  .min(0, { error: 'GONGKAI_PAGE_CACHE_MS 不能为负数' })
  .max(600_000, { error: 'GONGKAI_PAGE_CACHE_MS 最长 600000（10 分钟）' });

/** proxy-addr's names for whole ranges, besides addresses and CIDR ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

function trustProxySetting(value: string | undefined, usage: string): Pick<ServerConfigInput, 'trustProxy'> {
  if (value === undefined || value.trim() === '') return {};
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyEntry(entry));
  if (wrong !== undefined)
    throw new UsageError(
      `GONGKAI_TRUST_PROXY 中的“${wrong}”不是 IP 地址、网段（如 10.0.0.0/8）或 loopback、linklocal、uniquelocal`,
      usage,
    );
  return { trustProxy: entries };
}

function pageCacheSetting(value: string | undefined, usage: string): Pick<ServerConfigInput, 'pageCacheMs'> {
  if (value === undefined || value === '') return {};
  const parsed = pageCacheMs.safeParse(value);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message, usage);
  return { pageCacheMs: parsed.data };
}

const uploadMegabytes = z.coerce
  .number({ error: 'GONGKAI_UPLOAD_MAX_MB 应为兆字节数' })
  .int({ error: 'GONGKAI_UPLOAD_MAX_MB 应为整数' })
  .min(1, { error: 'GONGKAI_UPLOAD_MAX_MB 至少为 1' })
  .max(1024, { error: 'GONGKAI_UPLOAD_MAX_MB 最大为 1024（1 GB）' });

/** Staff uploads: GONGKAI_UPLOAD_MAX_MB (the largest file) and GONGKAI_UPLOAD_TMPDIR (where uploads wait). */
function uploadSetting(env: NodeJS.ProcessEnv, usage: string): Pick<ServerConfigInput, 'uploads'> {
  const max = env.GONGKAI_UPLOAD_MAX_MB?.trim();
  const tempDir = env.GONGKAI_UPLOAD_TMPDIR?.trim();
  if (!max && !tempDir) return {};
  const parsed = uploadMegabytes.optional().safeParse(max || undefined);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message, usage);
  return {
    uploads: {
      maxFileBytes: (parsed.data ?? DEFAULT_ATTACHMENT_POLICY.maxBytes / 1024 / 1024) * 1024 * 1024,
      ...(tempDir ? { tempDir } : {}),
    },
  };
}

const metricsAccess = z.object({
  allowFrom: z
    .array(z.union([z.ipv4(), z.ipv6()]), { error: 'GONGKAI_METRICS_ALLOW 应为逗号分隔的 IP 地址' })
    .optional(),
  token: z.string().min(16, { error: 'GONGKAI_METRICS_TOKEN 至少 16 个字符' }).optional(),
});

/** /metrics access from GONGKAI_METRICS_ALLOW and GONGKAI_METRICS_TOKEN; both unset keep the loopback-only default. */
function metricsSetting(env: NodeJS.ProcessEnv, usage: string): Pick<ServerConfigInput, 'metrics'> {
  const allow = env.GONGKAI_METRICS_ALLOW;
  const token = env.GONGKAI_METRICS_TOKEN;
  if (!allow && !token) return {};
  const parsed = metricsAccess.safeParse({
    allowFrom: allow ? allow.split(',').map((a) => a.trim()) : undefined,
    token: token || undefined,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message, usage);
  return { metrics: parsed.data };
}

/**
 * Where the rate limits count: GONGKAI_RATE_LIMIT_STORE when set; otherwise in the database on PostgreSQL, the
 * engine of several servers behind a load balancer (about 0.26 ms a limited request: bench/rate-limit-store.ts), and in
 * memory on SQLite, which is one process — there a shared count buys nothing and costs a write per request.
 */
function rateLimitStoreSetting(
  value: string | undefined,
  engine: Engine,
  usage: string,
): Pick<ServerConfigInput, 'rateLimitStore'> {
  if (value === undefined || value === '')
    return { rateLimitStore: engine === 'postgres' ? 'database' : 'memory' };
  if (value !== 'memory' && value !== 'database')
    throw new UsageError(
      'GONGKAI_RATE_LIMIT_STORE 应为 memory（本进程内计数）或 database（所有服务进程共用）',
      usage,
    );
  return { rateLimitStore: value };
}

export function serverSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  engine: Engine,
  usage: string,
): ServerConfigInput {
  return {
    ...rateLimitStoreSetting(env.GONGKAI_RATE_LIMIT_STORE, engine, usage),
    ...pageCacheSetting(env.GONGKAI_PAGE_CACHE_MS, usage),
    ...trustProxySetting(env.GONGKAI_TRUST_PROXY, usage),
    ...metricsSetting(env, usage),
    ...uploadSetting(env, usage),
  };
}
