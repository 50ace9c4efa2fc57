// `gongkai users add|list`: accounts from the command line (the first administrator, scripted set-ups).
import { UsageError } from '../command.ts';
import { openServiceContext } from '../../services/bootstrap.ts';
import { allAgencies, findAgency } from '../../services/agencies.ts';
import { createUser, listUsers } from '../../services/accounts/users.ts';
import { ROLE_LABELS, ROLES } from '../../core/accounts/roles.ts';
import { PASSWORD_HINT } from '../../contracts/users.ts';
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { parseDatabaseOption } from './db.ts';

export const usage = [
  '用法：',
  '  gongkai users add --agency 机关名称或代码 --username 用户名 --name 姓名 --role 角色 [--url 数据库地址]',
  `      密码从环境变量 GONGKAI_NEW_PASSWORD 读取（不在命令行上出现），${PASSWORD_HINT}`,
  '  gongkai users list [--agency 机关名称或代码] [--url 数据库地址]',
  `角色：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}`,
].join('\n');

function options(args: string[], allowed: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.replace(/^--/, '');
    const value = args[i + 1];
    if (!args[i]!.startsWith('--') || !allowed.includes(name))
      throw new UsageError(`无法识别的参数“${args[i]}”`, usage);
    if (value === undefined) throw new UsageError(`${args[i]} 后缺少取值`, usage);
    result[name] = value;
    i++;
  }
  return result;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (sub !== 'add' && sub !== 'list')
    throw new UsageError(sub ? `未知的子命令“${sub}”` : '缺少子命令', usage);
  const { url, rest: extra } = parseDatabaseOption(rest);
  const opts = options(extra, sub === 'add' ? ['agency', 'username', 'name', 'role'] : ['agency']);
  const opened = await openServiceContext(url);
  const { ctx } = opened;
  try {
    if (sub === 'add') {
      for (const required of ['agency', 'username', 'name', 'role']) {
        if (!opts[required]) throw new UsageError(`缺少 --${required}`, usage);
      }
      const password = process.env.GONGKAI_NEW_PASSWORD;
      if (!password) throw new UsageError('请在环境变量 GONGKAI_NEW_PASSWORD 中提供新用户的密码', usage);
      const agency = await findAgency(ctx.db, opts.agency!);
      const user = await createUser(ctx, SYSTEM_ACTOR, {
        agencyId: agency.id,
        username: opts.username!,
        displayName: opts.name!,
        role: opts.role as (typeof ROLES)[number],
        password,
      });
      process.stdout.write(
        `已创建用户 ${user.username}（${user.displayName}，${ROLE_LABELS[user.role]}，${agency.name}）。\n`,
      );
      return 0;
    }
    const agencies = await allAgencies(ctx.db);
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    const agencyId = opts.agency ? (await findAgency(ctx.db, opts.agency)).id : undefined;
    const users = await listUsers(ctx, SYSTEM_ACTOR, { agencyId });
    if (users.length === 0) process.stdout.write('没有用户。\n');
    for (const u of users) {
      process.stdout.write(
        `${u.username}\t${u.displayName}\t${ROLE_LABELS[u.role]}\t${names.get(u.agencyId) ?? u.agencyId}\n`,
      );
    }
    return 0;
  } finally {
    await opened.close();
  }
}
