// `gongkai audit verify|anchor|rekey [--url URL]`: verify walks the hash chain of the audit trail and checks each
// row's MAC under the audit key (exit 1 names the first broken link); anchor gives the rows written before the chain
// was anchored their MAC, once after the upgrade; rekey re-signs the whole chain under a new key (docs/operations.md).
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { openServiceContext } from '../../services/bootstrap.ts';
import {
  anchorAudit,
  rekeyAudit,
  verifyAudit,
  type AnchorOutcome,
  type ChainVerdict,
} from '../../services/audit.ts';
import { AuditKeyError, loadAuditKey } from '../../services/audit-key.ts';
import { startupAuditKey } from '../audit-key.ts';
import { UsageError } from '../command.ts';
import { parseDatabaseOption } from './db.ts';

export const usage = [
  '用法：gongkai audit verify [--url 数据库地址]   校验哈希链与每条记录的密钥校验码',
  '      gongkai audit anchor [--url 数据库地址]   为升级前写入的记录补加密钥校验码（升级后运行一次）',
  '      gongkai audit rekey --new-key-file 新密钥文件 [--url 数据库地址]   更换审计密钥：先用现密钥校验全链，再用新密钥重签',
  '  审计密钥：环境变量 GONGKAI_AUDIT_KEY_FILE（推荐）或 GONGKAI_AUDIT_KEY，见 docs/operations.md',
].join('\n');

const REASONS: Record<Exclude<ChainVerdict, { ok: true }>['reason'], string> = {
  hashMismatch: '内容与其哈希值不符（该条记录被改动过）',
  prevHashMismatch: '所记前一条哈希与前一条记录不符（链被改接）',
  missingRow: '记录缺失（被删除）',
  headMismatch: '链尾与链头登记不符（末尾记录被删除或链头被改写）',
  macMismatch: '密钥校验码不符（哈希链在没有审计密钥的情况下被重算，或所用密钥不是写入时的密钥）',
  unanchored: '缺少密钥校验码（升级前写入的记录请先运行 gongkai audit anchor；否则为篡改）',
};

/** The verdict in one Chinese line: the first broken link named by its sequence number. */
export function describeVerdict(verdict: ChainVerdict): string {
  if (verdict.ok)
    return `审计日志哈希链完整：共 ${verdict.rows} 条记录，逐条校验通过（SM3 哈希链与 HMAC-SM3 密钥校验码）。`;
  return `审计日志哈希链断裂：第一个断点是第 ${verdict.brokenAt} 条，${REASONS[verdict.reason]}。此前 ${verdict.rows} 条校验通过。`;
}

/** `--new-key-file PATH` of rekey, read and checked before anything else happens. */
function newKeyOf(args: string[]): Buffer {
  const [flag, path, ...extra] = args;
  if (flag !== '--new-key-file' || !path || extra.length)
    throw new UsageError('rekey 需要且只需要 --new-key-file 新密钥文件', usage);
  try {
    return loadAuditKey({ GONGKAI_AUDIT_KEY_FILE: path }).key;
  } catch (error) {
    if (error instanceof AuditKeyError) throw new UsageError(error.message, usage);
    throw error;
  }
}

function report(outcome: AnchorOutcome, done: (rows: number) => string): number {
  if (!outcome.ok) {
    process.stdout.write(`${describeVerdict(outcome.verdict)}未做任何改动：请先查明断裂原因。\n`);
    return 1;
  }
  process.stdout.write(done(outcome.anchored) + '\n');
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify' && sub !== 'anchor' && sub !== 'rekey')
    throw new UsageError(sub ? `未知的子命令“${sub}”` : '缺少子命令', usage);
  const { url, rest: extra } = parseDatabaseOption(rest);
  const newKey = sub === 'rekey' ? newKeyOf(extra) : undefined;
  if (!newKey && extra.length) throw new UsageError(`多余的参数：${extra.join(' ')}`, usage);
  startupAuditKey(usage);
  const opened = await openServiceContext(url);
  try {
    if (newKey)
      return report(
        await rekeyAudit(opened.ctx, SYSTEM_ACTOR, newKey),
        (rows) =>
          `已用新密钥重签 ${rows} 条记录和链头。请立即把 GONGKAI_AUDIT_KEY_FILE 指向新密钥文件并重启服务。`,
      );
    if (sub === 'anchor')
      return report(
        await anchorAudit(opened.ctx, SYSTEM_ACTOR),
        (rows) => `已为 ${rows} 条记录补加密钥校验码，链头已重新签署。`,
      );
    return printVerdict(await verifyAudit(opened.ctx, SYSTEM_ACTOR));
  } finally {
    await opened.close();
  }
}

/** Prints the verdict in Chinese; returns the exit code (1 when the chain is broken). */
export function printVerdict(verdict: ChainVerdict): number {
  process.stdout.write(describeVerdict(verdict) + '\n');
  return verdict.ok ? 0 : 1;
}
