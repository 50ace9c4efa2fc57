// `gongkai serve [--port 3000] [--host 127.0.0.1] [--demo] [--url 数据库地址]`: the whole product in one process.
// Migrates the database at start, optionally loads the demo agency into an empty database, serves until SIGINT or
// SIGTERM, then stops taking connections, lets requests in flight finish, and closes the database.
import type { FastifyInstance } from 'fastify';
import { runHousekeeping } from '../../services/housekeeping.ts';
import { z } from 'zod';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { serverSettingsFromEnv } from '../server-env.ts';
import { startupAuditKey } from '../audit-key.ts';
import { mailConfigFromEnv, type MailConfig } from '../../services/notifications/config.ts';
import { startNotificationSender } from '../../services/notifications/loop.ts';
import { ROLE_LABELS } from '../../core/accounts/roles.ts';
import { allAgencies } from '../../services/agencies.ts';
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import type { ServiceContext } from '../../services/context.ts';
import { openMigratedDatabase, type OpenDatabase } from '../../services/database.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemo } from '../../services/demo/load.ts';
import { buildServer } from '../../server/app.ts';
import { createServiceContext } from '../../services/bootstrap.ts';

export const usage = [
  '用法：gongkai serve [--port 3000] [--host 127.0.0.1] [--demo] [--url 数据库地址]',
  '  --demo  演示模式：数据库为空时载入演示数据（临沂市国防动员办公室 2023 年），每个页面标明“演示数据”，演示账号首次登录须改密码',
  '  --url   数据库地址，默认取环境变量 GONGKAI_DATABASE_URL，否则 sqlite:./data/gongkai.db',
  '  环境变量 GONGKAI_SECURE_COOKIES=1：经 HTTPS 反向代理提供服务时给会话 Cookie 加 Secure',
  '  环境变量 GONGKAI_PAGE_CACHE_MS：公众页面缓存的毫秒数（默认 10000，0 为不缓存）',
  '  环境变量 GONGKAI_TRUST_PROXY：前置反向代理的地址或网段（逗号分隔，如 127.0.0.1,10.0.0.0/8），按其转发的客户端地址限流',
  '  环境变量 GONGKAI_RATE_LIMIT_STORE：限流计数放在 memory（本进程）或 database（所有服务进程共用）；默认 PostgreSQL 为 database，SQLite 为 memory',
  '  环境变量 GONGKAI_AUDIT_KEY_FILE（或 GONGKAI_AUDIT_KEY）：审计密钥，生产模式（NODE_ENV=production）必须配置',
  '  环境变量 GONGKAI_METRICS_ALLOW：可读取 /metrics 的客户端地址，逗号分隔（默认只限本机）；GONGKAI_METRICS_TOKEN：另需的令牌',
  '  环境变量 GONGKAI_UPLOAD_MAX_MB：工作人员上传文件的大小上限（兆字节，默认 50）；GONGKAI_UPLOAD_TMPDIR：上传文件检查前暂存的目录',
  '  环境变量 GONGKAI_SMTP_URL、GONGKAI_MAIL_FROM、GONGKAI_PUBLIC_BASE_URL：给申请人发电子邮件通知（docs/notifications.md）',
].join('\n');

const optionsSchema = z.object({
  port: z.coerce
    .number()
    .int()
    .min(0, { message: '端口应为 0–65535' })
    .max(65535, { message: '端口应为 0–65535' })
    .default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  demo: z.boolean().default(false),
  url: z.string().min(1).optional(),
  help: z.boolean().default(false),
});

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    optionsSchema,
    usage,
  );
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const mail = mailConfigFromEnv(process.env);
  if (!mail.ok) throw new UsageError(`邮件通知配置有误：\n  ${mail.errors.join('\n  ')}`, usage);
  startupAuditKey(usage);
  const started = performance.now();
  const database = await openMigratedDatabase(values.url);
  const ctx = createServiceContext({ db: database.db });
  const demoLogins = values.demo ? await loadDemoIfEmpty(ctx) : [];
  const app = await buildServer({
    ctx,
    config: {
      logger: true,
      secureCookies: process.env.GONGKAI_SECURE_COOKIES === '1',
      demo: values.demo,
      ...serverSettingsFromEnv(process.env, database.engine, usage),
    },
  });
  // Handlers go in before the "已启动" line: whoever reads that line may signal at once, and a signal with no
  // listener yet would kill the process without the graceful stop.
  const stopped = stopOnSignal(app, database);
  keepHouse(app, ctx);
  notifyApplicants(app, ctx, mail.config);
  const address = await app.listen({ port: values.port, host: values.host });
  process.stdout.write(
    [
      `公开 Gongkai 已启动（${database.engine}，${Math.round(performance.now() - started)} 毫秒）：${address}`,
      `  公众页面 ${address}/    工作人员登录 ${address}/console/login    接口文档 ${address}/api/docs`,
      ...demoLogins.map((line) => `  演示账号 ${line}`),
      ...(demoLogins.length ? ['  演示账号首次登录须设置自己的新密码；每个页面标明“演示数据”。'] : []),
      '按 Ctrl+C 停止。',
      '',
    ].join('\n'),
  );
  return stopped;
}

/** Cleanup (services/housekeeping.ts) now and every hour while the server runs; a failure is logged, not fatal. */
function keepHouse(app: FastifyInstance, ctx: ServiceContext): void {
  const run = () =>
    runHousekeeping(ctx, SYSTEM_ACTOR).then(
      (removed) => app.log.info({ removed }, 'housekeeping'),
      (error: unknown) => app.log.error({ err: error }, 'housekeeping failed'),
    );
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

/**
 * The e-mail sender (services/notifications): drains the outbox while the server runs, stops with it. Without SMTP
 * the messages stay queued — said once at start, never an error to the clerk whose event queued them.
 */
function notifyApplicants(app: FastifyInstance, ctx: ServiceContext, mail: MailConfig): void {
  if (!mail.enabled) {
    app.log.warn('未配置 GONGKAI_SMTP_URL：给申请人的电子邮件通知保留在待发送队列中，配置后发送');
    return;
  }
  const sender = startNotificationSender(ctx, mail, app.log);
  app.addHook('onClose', () => sender.stop());
}

/** On SIGINT or SIGTERM: stop taking connections, let requests in flight finish, close the database. */
function stopOnSignal(app: FastifyInstance, database: OpenDatabase): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) process.exit(1); // a second signal: the operator wants out now
      stopping = true;
      app.log.info({ signal }, 'shutting down');
      void app
        .close()
        .then(() => database.close())
        .then(
          () => resolve(0),
          (error: unknown) => {
            app.log.error({ err: error }, 'shutdown failed');
            resolve(1);
          },
        );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}

/** Loads the demo agency into an empty database; returns the lines naming the demo logins (none when skipped). */
async function loadDemoIfEmpty(ctx: ServiceContext): Promise<string[]> {
  if ((await allAgencies(ctx.db)).length > 0) {
    const demo = DEMO_USERS[0]!.username;
    process.stdout.write(`数据库已有数据，未载入演示数据（若已载入过，可用 ${demo} 等演示账号登录）。\n`);
    return [];
  }
  const summary = await loadDemo(ctx, SYSTEM_ACTOR);
  process.stdout.write(
    `已载入演示数据：${summary.agency.name}，2023 年申请 ${summary.requests2023} 件，当前在办 ${summary.openNow} 件。\n`,
  );
  return DEMO_USERS.map((user) => `${ROLE_LABELS[user.role]}：${user.username} / ${DEMO_PASSWORD}`);
}
