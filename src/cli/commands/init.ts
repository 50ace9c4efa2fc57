// `gongkai init`: a real agency's first start, without the demo. On an empty database it creates the first agency
// and its administrator, whose password the operator chooses (GONGKAI_NEW_PASSWORD, or typed at a terminal); every
// other agency, the hierarchy and the users are then managed in the console. Both are created in one transaction:
// a refused password leaves no agency behind.
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { allAgencies, createAgency } from '../../services/agencies.ts';
import { createUser } from '../../services/accounts/users.ts';
import { openServiceContext } from '../../services/bootstrap.ts';
import { withDb } from '../../services/context.ts';
import { transact } from '../../services/database.ts';
import { DomainError } from '../../core/errors/index.ts';

import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { readSecret } from '../read-secret.ts';

export const usage = [
  '用法：gongkai init --agency 机关名称 --level department|government --prefix 登记号前缀',
  '                   --username 管理员用户名 --name 管理员姓名 [--code 机关代码] [--url 数据库地址]',
  '  在空数据库中创建第一个机关和它的系统管理员；其他机关、上下级关系和用户此后在控制台“系统管理”中维护。',
  '  --level   department（部门）或 government（人民政府）',
  '  --prefix  本机关依申请公开登记号的前缀，如 LYGF',
  '  管理员密码从环境变量 GONGKAI_NEW_PASSWORD 读取；未设置且在终端中运行时提示输入（不回显）。',
].join('\n');

const optionsSchema = z.object({
  agency: z.string({ error: '缺少 --agency（机关名称）' }).min(1),
  level: z.enum(['department', 'government'], {
    error: '--level 应为 department（部门）或 government（人民政府）',
  }),
  prefix: z.string({ error: '缺少 --prefix（登记号前缀）' }).min(1),
  username: z.string({ error: '缺少 --username（管理员用户名）' }).min(1),
  name: z.string({ error: '缺少 --name（管理员姓名）' }).min(1),
  code: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
});

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      agency: { type: 'string' },
      level: { type: 'string' },
      prefix: { type: 'string' },
      username: { type: 'string' },
      name: { type: 'string' },
      code: { type: 'string' },
      url: { type: 'string' },
    },
    optionsSchema,
    usage,
  );
  const password = process.env.GONGKAI_NEW_PASSWORD || (await readSecret('管理员密码'));
  if (!password)
    throw new UsageError('请在环境变量 GONGKAI_NEW_PASSWORD 中提供管理员密码，或在终端中运行并输入', usage);

  const opened = await openServiceContext(values.url);
  try {
    const { ctx } = opened;
    if ((await allAgencies(ctx.db)).length > 0) throw new DomainError('platform.alreadyInitialised', {});
    const { agency, user } = await transact(ctx.db, async (trx) => {
      const inTransaction = withDb(ctx, trx);
      const agency = await createAgency(inTransaction, SYSTEM_ACTOR, {
        name: values.agency,
        code: values.code ?? null,
        level: values.level,
        registrationPrefix: values.prefix,
      });
      const user = await createUser(inTransaction, SYSTEM_ACTOR, {
        agencyId: agency.id,
        username: values.username,
        displayName: values.name,
        role: 'admin',
        password,
      });
      return { agency, user };
    });
    process.stdout.write(
      [
        `已创建机关：${agency.name}（${values.level === 'government' ? '人民政府' : '部门'}）。`,
        `已创建系统管理员：${user.username}（${user.displayName}）。`,
        '下一步：gongkai serve 启动服务，以该管理员登录控制台，在“系统管理”中添加下属机关和用户。',
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await opened.close();
  }
}
