// `gongkai demo [--url URL]`: loads the demo data (临沂市国防动员办公室 2023) into the database; a second run changes
// nothing.
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { openServiceContext } from '../../services/bootstrap.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemo } from '../../services/demo/load.ts';
import { ROLE_LABELS } from '../../core/accounts/roles.ts';
import { databaseCommandArgs } from './db.ts';

export const usage =
  '用法：gongkai demo [--url 数据库地址]\n  载入演示数据：临沂市国防动员办公室 2023 年的 29 件依申请公开、1 件行政诉讼，以及临近期限的在办申请和各角色演示用户。';

export async function run(args: string[]): Promise<number> {
  const parsed = databaseCommandArgs(args, usage);
  if (!parsed) return 0;
  const opened = await openServiceContext(parsed.url);
  try {
    const summary = await loadDemo(opened.ctx, SYSTEM_ACTOR);
    if (!summary.loaded) {
      process.stdout.write(`演示数据已存在（${summary.agency.name}），未做任何改动。\n`);
      return 0;
    }
    const users = DEMO_USERS.map((u) => `  ${u.username.padEnd(16)}${ROLE_LABELS[u.role]}`).join('\n');
    process.stdout.write(
      [
        `已载入演示数据：${summary.agency.name}，2023 年依申请公开 ${summary.requests2023} 件、行政诉讼 1 件，当前在办 ${summary.openNow} 件。`,
        `演示用户（初始密码均为 ${DEMO_PASSWORD}，仅供演示，首次登录须设置新密码）：`,
        users,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await opened.close();
  }
}
