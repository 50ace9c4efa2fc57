// Server settings, validated once at start. Defaults suit one process on loopback; `serve` fills them from its
// arguments and the environment.
import { z } from 'zod';
import { DEFAULT_ATTACHMENT_POLICY } from '../core/publications/attachments.ts';

const rateLimit = z.object({
  /** Requests per window per client address. */
  max: z.number().int().positive(),
  windowMs: z.number().int().positive(),
});

export const serverConfigSchema = z.object({
  /** pino logger on (JSON lines, Fastify's own) or off (tests). */
  logger: z.boolean().default(false),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** Largest accepted request body in bytes. */
  bodyLimit: z
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  /** Mark the session cookie Secure: set behind HTTPS (a reverse proxy); off for plain loopback. */
  secureCookies: z.boolean().default(false),
  /**
   * Which reverse proxies in front may say who the client is (X-Forwarded-For): their addresses or CIDR ranges, or
   * proxy-addr's names loopback / linklocal / uniquelocal. The rate limits then count the real client, not the proxy;
   * off, every client behind a proxy shares the proxy's one bucket. `true` trusts any hop (tests only).
   */
  trustProxy: z.union([z.boolean(), z.array(z.string().min(1)).min(1)]).default(false),
  /** Public submission, public status lookup and login: per client address. */
  publicRateLimit: rateLimit.default({ max: 30, windowMs: 60_000 }),
  /**
   * Reading the public catalogue, guide and reports through the JSON API: generous, because a whole office may sit
   * behind one NAT address; the HTML pages are not limited (they are cached: server/pages/page-cache.ts).
   */
  publicReadRateLimit: rateLimit.default({ max: 600, windowMs: 60_000 }),
  /** How long a rendered public page may be served again (0: never). */
  pageCacheMs: z.number().int().min(0).max(600_000).default(10_000),
  loginRateLimit: rateLimit.default({ max: 20, windowMs: 60_000 }),
  /**
   * Where the rate limits count: `memory`, per process (one server: SQLite); `database`, one count for every server
   * process on the database (several servers behind a load balancer: server/rate-limit-store.ts). `gongkai serve`
   * picks by engine unless GONGKAI_RATE_LIMIT_STORE says (cli/server-env.ts).
   */
  rateLimitStore: z.enum(['memory', 'database']).default('memory'),
  /** The material an online applicant may attach (《条例》第二十九条): bytes per file, files per request. */
  publicUploads: z
    .object({ maxFileBytes: z.number().int().positive(), maxFiles: z.number().int().min(0).max(20) })
    .default({ maxFileBytes: 10 * 1024 * 1024, maxFiles: 5 }),
  /**
   * Files the staff upload (a catalogue item's attachments, material added to a case), sent as multipart and written
   * to `tempDir` as they arrive: the largest accepted in bytes (an agency's catalogue settings may set a lower one
   * for its attachments), and where uploads wait while they are checked — the public /apply form's too. Not a tmpfs
   * when files are large: a file there is held in memory.
   */
  uploads: z
    .object({
      maxFileBytes: z
        .number()
        .int()
        .positive()
        .max(1024 * 1024 * 1024),
      tempDir: z.string().min(1).optional(),
    })
    .default({ maxFileBytes: DEFAULT_ATTACHMENT_POLICY.maxBytes }),
  /** 年报体检 (/checkup): the largest report accepted, and the time one read and check may take. */
  checkup: z
    .object({
      maxFileBytes: z
        .number()
        .int()
        .positive()
        .max(200 * 1024 * 1024),
      deadlineMs: z.number().int().positive().max(120_000),
    })
    .default({ maxFileBytes: 20 * 1024 * 1024, deadlineMs: 20_000 }),
  /**
   * GET /metrics (server/operations): the Prometheus scrape is for the operator's monitoring, not the public — it
   * shows load and backlog. Answered only to these client addresses (request.ip: behind a reverse proxy set
   * trustProxy, or every caller looks like the proxy's loopback address), and when `token` is set, only with
   * `Authorization: Bearer <token>` as well.
   */
  metrics: z
    .object({
      allowFrom: z.array(z.union([z.ipv4(), z.ipv6()])).default(['127.0.0.1', '::1', '::ffff:127.0.0.1']),
      token: z.string().min(16).optional(),
    })
    .default({ allowFrom: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] }),
  /**
   * Demonstration data (`gongkai serve` over the demo agency): every portal page and every console page says so
   * (contracts/site.ts), and the console learns it from GET /api/v1/public/site.
   */
  demo: z.boolean().default(false),
  /** The built staff console (scripts/console-build.ts); undefined: dist/console in this checkout. */
  consoleDir: z.string().optional(),
});

export type ServerConfig = z.infer<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

/** A per-route rate limit, as @fastify/rate-limit takes it in a route's config. */
export function rateLimitOption(limit: z.infer<typeof rateLimit>) {
  return { rateLimit: { max: limit.max, timeWindow: limit.windowMs } };
}
