// The mail settings from the environment: off without GONGKAI_SMTP_URL; with it, the sender and the site address
// are required; every mistake is named in Chinese — and no message repeats the SMTP URL, which holds the password.
import { describe, expect, it } from 'vitest';
import { mailConfigFromEnv } from './config.ts';

const valid = {
  GONGKAI_SMTP_URL: 'smtps://notify:s3cret-pw@mail.example.gov.cn:465',
  GONGKAI_MAIL_FROM: '临沂市人民政府办公室 <noreply@example.gov.cn>',
  GONGKAI_PUBLIC_BASE_URL: 'https://gongkai.example.gov.cn/',
};

describe('mail configuration', () => {
  it('is off without an SMTP URL (blank counts as none), whatever else is set', () => {
    expect(mailConfigFromEnv({})).toEqual({ ok: true, config: { enabled: false } });
    expect(mailConfigFromEnv({ GONGKAI_SMTP_URL: '  ', GONGKAI_MAIL_FROM: 'x' })).toEqual({
      ok: true,
      config: { enabled: false },
    });
  });

  it('reads a complete setting, without the trailing slash of the site address, polling every 10 s', () => {
    expect(mailConfigFromEnv(valid)).toEqual({
      ok: true,
      config: {
        enabled: true,
        smtpUrl: valid.GONGKAI_SMTP_URL,
        from: valid.GONGKAI_MAIL_FROM,
        publicBaseUrl: 'https://gongkai.example.gov.cn',
        pollMs: 10_000,
      },
    });
    const bare = mailConfigFromEnv({
      ...valid,
      GONGKAI_MAIL_FROM: 'noreply@example.gov.cn',
      GONGKAI_MAIL_POLL_SECONDS: '2',
    });
    expect(bare).toMatchObject({ ok: true, config: { from: 'noreply@example.gov.cn', pollMs: 2000 } });
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    ['no sender address', { GONGKAI_MAIL_FROM: '' }, /还需设置 GONGKAI_MAIL_FROM/],
    ['no site address', { GONGKAI_PUBLIC_BASE_URL: '' }, /还需设置 GONGKAI_PUBLIC_BASE_URL/],
    [
      'an http URL for SMTP',
      { GONGKAI_SMTP_URL: 'http://notify:s3cret-pw@mail.example.gov.cn' },
      /GONGKAI_SMTP_URL 应形如/,
    ],
    ['no URL at all', { GONGKAI_SMTP_URL: 'notify:s3cret-pw@mail' }, /GONGKAI_SMTP_URL 应形如/],
    ['a sender that is not an address', { GONGKAI_MAIL_FROM: '办公室' }, /GONGKAI_MAIL_FROM 应为发件地址/],
    ['a site address with a query', { GONGKAI_PUBLIC_BASE_URL: 'https://a.example/?x=1' }, /不应带查询参数/],
    ['an ftp site address', { GONGKAI_PUBLIC_BASE_URL: 'ftp://a.example' }, /GONGKAI_PUBLIC_BASE_URL 应为/],
    ['a poll interval of 0', { GONGKAI_MAIL_POLL_SECONDS: '0' }, /GONGKAI_MAIL_POLL_SECONDS 应为 1–3600/],
    [
      'a poll interval in words',
      { GONGKAI_MAIL_POLL_SECONDS: 'ten' },
      /GONGKAI_MAIL_POLL_SECONDS 应为 1–3600/,
    ],
  ];
  it.each(cases)(
    'refuses %s with a Chinese message that does not show the password',
    (_label, change, message) => {
      const result = mailConfigFromEnv({ ...valid, ...change });
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      expect(errors.join('\n')).toMatch(message);
      expect(errors.join('\n')).not.toContain('s3cret-pw');
    },
  );
});
