// The mail settings, read once at start from the environment (docs/notifications.md). No GONGKAI_SMTP_URL means
// no sending: messages wait in the outbox until a server with SMTP configured drains them. With it, the sender
// address and the site's public address are required too — a message without a working /track link is useless.
// Messages never repeat the SMTP URL: it carries the password.
import { z } from 'zod';

export interface MailSettings {
  smtpUrl: string;
  from: string;
  /** The site's public address without a trailing slash, e.g. https://gongkai.example.gov.cn */
  publicBaseUrl: string;
  /** How often the sender looks for due messages. */
  pollMs: number;
}

export type MailConfig = { enabled: false } | ({ enabled: true } & MailSettings);

type Env = Readonly<Record<string, string | undefined>>;

/** "名称 <地址>" or a bare address; the address must be an e-mail address. */
const senderAddress = z
  .string()
  .trim()
  .max(320)
  .refine((value) => z.email().safeParse(/<([^<>\s]+)>$/.exec(value)?.[1] ?? value).success, {
    error: 'GONGKAI_MAIL_FROM 应为发件地址，如 noreply@example.gov.cn 或 “某局 <noreply@example.gov.cn>”',
  });

const mailEnv = z.object({
  GONGKAI_SMTP_URL: z.url({
    protocol: /^smtps?$/,
    error: 'GONGKAI_SMTP_URL 应形如 smtp://用户名:密码@主机:端口 或 smtps://用户名:密码@主机:端口',
  }),
  GONGKAI_MAIL_FROM: senderAddress,
  GONGKAI_PUBLIC_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'GONGKAI_PUBLIC_BASE_URL 应为网站的公网地址，如 https://gongkai.example.gov.cn',
    })
    .refine((value) => !/[?#]/.test(value), {
      error: 'GONGKAI_PUBLIC_BASE_URL 不应带查询参数或锚点',
    }),
  GONGKAI_MAIL_POLL_SECONDS: z.coerce
    .number({ error: 'GONGKAI_MAIL_POLL_SECONDS 应为 1–3600 的整数' })
    .int({ error: 'GONGKAI_MAIL_POLL_SECONDS 应为 1–3600 的整数' })
    .min(1, { error: 'GONGKAI_MAIL_POLL_SECONDS 应为 1–3600 的整数' })
    .max(3600, { error: 'GONGKAI_MAIL_POLL_SECONDS 应为 1–3600 的整数' })
    .default(10),
});

const REQUIRED_WITH_SMTP: Record<string, string> = {
  GONGKAI_MAIL_FROM: '已设置 GONGKAI_SMTP_URL，还需设置 GONGKAI_MAIL_FROM（发件地址）',
  GONGKAI_PUBLIC_BASE_URL:
    '已设置 GONGKAI_SMTP_URL，还需设置 GONGKAI_PUBLIC_BASE_URL（邮件中查询链接所用的网站地址）',
};

/** The mail configuration, or Chinese messages naming every variable that is wrong. */
export function mailConfigFromEnv(
  env: Env,
): { ok: true; config: MailConfig } | { ok: false; errors: string[] } {
  const present = (name: string) => env[name]?.trim() || undefined;
  if (!present('GONGKAI_SMTP_URL')) return { ok: true, config: { enabled: false } };
  const missing = Object.keys(REQUIRED_WITH_SMTP).filter((name) => !present(name));
  if (missing.length > 0) return { ok: false, errors: missing.map((name) => REQUIRED_WITH_SMTP[name]!) };
  const parsed = mailEnv.safeParse({
    GONGKAI_SMTP_URL: present('GONGKAI_SMTP_URL'),
    GONGKAI_MAIL_FROM: present('GONGKAI_MAIL_FROM'),
    GONGKAI_PUBLIC_BASE_URL: present('GONGKAI_PUBLIC_BASE_URL'),
    GONGKAI_MAIL_POLL_SECONDS: present('GONGKAI_MAIL_POLL_SECONDS'),
  });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
  const values = parsed.data;
  return {
    ok: true,
    config: {
      enabled: true,
      smtpUrl: values.GONGKAI_SMTP_URL,
      from: values.GONGKAI_MAIL_FROM,
      publicBaseUrl: values.GONGKAI_PUBLIC_BASE_URL.replace(/\/+$/, ''),
      pollMs: values.GONGKAI_MAIL_POLL_SECONDS * 1000,
    },
  };
}
