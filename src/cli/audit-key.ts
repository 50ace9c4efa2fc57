// The audit key at a command's start: read (or, outside production, generated) before the database is touched, so a
// missing or unusable key is one Chinese line and exit 2, and a generated one is said out loud.
import { AuditKeyError, auditKey, type AuditKey } from '../services/audit-key.ts';
import { UsageError } from './command.ts';

export function startupAuditKey(usage: string): AuditKey {
  let key: AuditKey;
  try {
    key = auditKey();
  } catch (error) {
    if (error instanceof AuditKeyError) throw new UsageError(error.message, usage);
    throw error;
  }
  if (key.generated)
    process.stderr.write(
      `注意：未配置审计密钥（GONGKAI_AUDIT_KEY_FILE），使用本地生成的 ${key.source}，仅供演示和开发；生产模式下将拒绝启动。\n`,
    );
  return key;
}
