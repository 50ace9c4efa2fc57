// Where the audit key comes from, and the refusals when it cannot be had (services/audit-key.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_KEY_FILE, loadAuditKey } from './audit-key.ts';

const KEY = 'ab'.repeat(32);

describe('audit key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gk-audit-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read from GONGKAI_AUDIT_KEY or the file GONGKAI_AUDIT_KEY_FILE names', () => {
    expect(loadAuditKey({ GONGKAI_AUDIT_KEY: KEY, NODE_ENV: 'production' })).toMatchObject({
      key: Buffer.from(KEY, 'hex'),
      generated: false,
    });
    const file = join(dir, 'audit.key');
    writeFileSync(file, `${KEY}\n`);
    expect(loadAuditKey({ GONGKAI_AUDIT_KEY_FILE: file, NODE_ENV: 'production' })).toMatchObject({
      key: Buffer.from(KEY, 'hex'),
      source: file,
    });
  });

  it('refuses a short or non-hex key, an unreadable file, and a production start without one', () => {
    expect(() => loadAuditKey({ GONGKAI_AUDIT_KEY: 'abcd' })).toThrow('应为至少 32 字节的十六进制字符串');
    expect(() => loadAuditKey({ GONGKAI_AUDIT_KEY_FILE: join(dir, 'absent') })).toThrow(
      '无法读取审计密钥文件',
    );
    expect(() => loadAuditKey({ NODE_ENV: 'production' })).toThrow('生产模式下必须配置审计密钥');
  });

  it('outside production, generates ./data/audit.key once and keeps using it', () => {
    const first = loadAuditKey({});
    expect(first).toMatchObject({ source: GENERATED_KEY_FILE, generated: true });
    expect(loadAuditKey({}).key.equals(first.key)).toBe(true);
  });
});
