// `gongkai audit verify [--url URL]`: walks the hash chain of the audit trail; exit 1 names the first broken link.
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { openServiceContext } from '../../services/bootstrap.ts';
import { verifyAudit, type ChainVerdict } from '../../services/audit.ts';
import { databaseCommandArgs } from './db.ts';

export const usage = '用法：gongkai audit verify [--url 数据库地址]';

const REASONS: Record<Exclude<ChainVerdict, { ok: true }>['reason'], string> = {
  hashMismatch: '内容与其哈希值不符（该条记录被改动过）',
  prevHashMismatch: '所记前一条哈希与前一条记录不符（链被改接）',
  missingRow: '记录缺失（被删除）',
  headMismatch: '链尾与链头登记不符（末尾记录被删除）',
};

export async function run(args: string[]): Promise<number> {
  const parsed = databaseCommandArgs(args, usage, 'verify');
  if (!parsed) return 0;
  const opened = await openServiceContext(parsed.url);
  try {
    return printVerdict(await verifyAudit(opened.ctx, SYSTEM_ACTOR));
  } finally {
    await opened.close();
  }
}

/** Prints the verdict in Chinese; returns the exit code (1 when the chain is broken). */
export function printVerdict(verdict: ChainVerdict): number {
  if (verdict.ok) {
    process.stdout.write(`审计日志哈希链完整：共 ${verdict.rows} 条记录，逐条校验通过（SM3）。\n`);
    return 0;
  }
  process.stdout.write(
    `审计日志哈希链断裂：第一个断点是第 ${verdict.brokenAt} 条，${REASONS[verdict.reason]}。此前 ${verdict.rows} 条校验通过。\n`,
  );
  return 1;
}
