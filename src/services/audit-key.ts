// The installation's audit key: what anchors the hash chain outside the database. Whoever can write to the
// database can rewrite the SM3 chain, but not the HMAC of each row without this key, so it is read from the
// environment or a file the operator keeps apart from the data — never stored in the database.
//
// Every transaction that records a change needs it, and those transactions carry nothing but the database handle,
// so the key is the process's, read once like the environment it comes from.
//   GONGKAI_AUDIT_KEY        the key itself, hex (at least 32 bytes)
//   GONGKAI_AUDIT_KEY_FILE   a file holding it (hex); the usual way, kept with mode 600 outside ./data
// Neither set: a production start (NODE_ENV=production) refuses; elsewhere (the demo, development) a key is
// generated once into ./data/audit.key and a warning says so.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const GENERATED_KEY_FILE = './data/audit.key';
const MIN_KEY_BYTES = 32;

export interface AuditKey {
  key: Buffer;
  /** Where it came from, for the start-up line: never the key itself. */
  source: string;
  /** True when no key was configured and a local one was generated or reused (not for production). */
  generated: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

export class AuditKeyError extends Error {}

function parseKey(hex: string, where: string): Buffer {
  const text = hex.trim();
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(text) || text.length < MIN_KEY_BYTES * 2)
    throw new AuditKeyError(`${where}中的审计密钥无效：应为至少 ${MIN_KEY_BYTES} 字节的十六进制字符串。`);
  return Buffer.from(text, 'hex');
}

function readKeyFile(path: string, where: string): Buffer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AuditKeyError(`无法读取审计密钥文件 ${path}（${where}）。`);
  }
  return parseKey(text, `审计密钥文件 ${path} `);
}

/** Generates the demo's key file once; an existing one is kept, so restarts keep verifying the same chain. */
function generatedKey(): Buffer {
  try {
    return readKeyFile(GENERATED_KEY_FILE, '本地生成');
  } catch (error) {
    if (!(error instanceof AuditKeyError) || !error.message.startsWith('无法读取')) throw error;
  }
  mkdirSync(dirname(GENERATED_KEY_FILE), { recursive: true });
  try {
    writeFileSync(GENERATED_KEY_FILE, `${randomBytes(MIN_KEY_BYTES).toString('hex')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    // Another process of the same checkout wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKeyFile(GENERATED_KEY_FILE, '本地生成');
}

/** The key the environment names; throws AuditKeyError with one Chinese line when it is missing or unusable. */
export function loadAuditKey(env: Env): AuditKey {
  if (env.GONGKAI_AUDIT_KEY)
    return {
      key: parseKey(env.GONGKAI_AUDIT_KEY, '环境变量 GONGKAI_AUDIT_KEY '),
      source: 'GONGKAI_AUDIT_KEY',
      generated: false,
    };
  const file = env.GONGKAI_AUDIT_KEY_FILE;
  if (file) return { key: readKeyFile(file, 'GONGKAI_AUDIT_KEY_FILE'), source: file, generated: false };
  if (env.NODE_ENV === 'production')
    throw new AuditKeyError(
      '生产模式下必须配置审计密钥：请设置 GONGKAI_AUDIT_KEY_FILE（推荐）或 GONGKAI_AUDIT_KEY，见 docs/operations.md。',
    );
  return { key: generatedKey(), source: GENERATED_KEY_FILE, generated: true };
}

let loaded: AuditKey | undefined;

/** The process's audit key, read from process.env on first use. */
export function auditKey(): AuditKey {
  loaded ??= loadAuditKey(process.env);
  return loaded;
}
