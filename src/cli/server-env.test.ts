// The upload settings `gongkai serve` takes from the environment: megabytes become bytes, the spool directory is
// passed on, and a value that cannot be right is refused with a Chinese line naming the variable.
import { describe, expect, it } from 'vitest';
import { serverConfigSchema } from '../server/config.ts';
import { UsageError } from './command.ts';
import { serverSettingsFromEnv } from './server-env.ts';

describe('GONGKAI_UPLOAD_MAX_MB and GONGKAI_UPLOAD_TMPDIR', () => {
  it('unset keeps the 50 MB default and the system temporary directory', () => {
    expect(serverConfigSchema.parse(serverSettingsFromEnv({}, 'sqlite', 'usage')).uploads).toEqual({
      maxFileBytes: 50 * 1024 * 1024,
    });
  });

  it('sets the limit in megabytes and where uploads wait', () => {
    const settings = serverSettingsFromEnv(
      { GONGKAI_UPLOAD_MAX_MB: '200', GONGKAI_UPLOAD_TMPDIR: '/var/spool/gongkai' },
      'sqlite',
      'usage',
    );
    expect(serverConfigSchema.parse(settings).uploads).toEqual({
      maxFileBytes: 200 * 1024 * 1024,
      tempDir: '/var/spool/gongkai',
    });
    expect(serverSettingsFromEnv({ GONGKAI_UPLOAD_TMPDIR: '/srv/tmp' }, 'sqlite', 'usage').uploads).toEqual({
      maxFileBytes: 50 * 1024 * 1024,
      tempDir: '/srv/tmp',
    });
  });

  it.each([
    ['0', '至少为 1'],
    ['2048', '最大为 1024'],
    ['1.5', '应为整数'],
    ['fifty', '应为兆字节数'],
  ])('refuses GONGKAI_UPLOAD_MAX_MB=%s', (value, message) => {
    const attempt = () => serverSettingsFromEnv({ GONGKAI_UPLOAD_MAX_MB: value }, 'sqlite', 'usage');
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(message);
  });
});
