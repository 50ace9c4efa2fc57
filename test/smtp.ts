// A local SMTP server for tests (never a real one): smtp-server on 127.0.0.1, any or no login accepted, no TLS;
// every message is kept, decoded enough to assert on — the subject from its RFC 2047 encoded words, the text and
// HTML parts from base64 or quoted-printable. Used by the notification tests and the portal journey.
//
//   const smtp = await startLocalSmtp();
//   … GONGKAI_SMTP_URL = smtp.url …
//   const [mail] = await smtp.waitFor(1);
//   expect(mail.subject).toContain('已答复');
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope sender and recipients (MAIL FROM / RCPT TO). */
  from: string;
  to: string[];
  /** The user the client logged in as, or null without AUTH. */
  user: string | null;
  /** The message as received (headers and encoded body). */
  raw: string;
  /** Header values as received (unfolded, not decoded), by lower-case name. */
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

export interface LocalSmtp {
  port: number;
  /** smtp://user:pass@127.0.0.1:port: what GONGKAI_SMTP_URL would hold. */
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the messages once at least `count` have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** `port`: listen on this one (to bring a stopped server back where the sender expects it); 0 picks a free one. */
export async function startLocalSmtp(port = 0): Promise<LocalSmtp> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = session.envelope;
        messages.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : null,
          ...decodeMessage(raw),
        });
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  server.listen(port, '127.0.0.1');
  await once(server.server, 'listening');
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://notify:secret@127.0.0.1:${bound}`,
    messages,
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`本地 SMTP 服务 ${timeoutMs} 毫秒内只收到 ${messages.length} 封邮件，等待 ${count} 封`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Decoded = Pick<ReceivedMail, 'raw' | 'headers' | 'subject' | 'text' | 'html'>;

function decodeMessage(raw: string): Decoded {
  const { headers, body } = splitEntity(raw);
  const parts: Record<string, string> = {};
  collectParts(headers, body, parts);
  return {
    raw,
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts['text/plain'] ?? '',
    html: parts['text/html'] ?? '',
  };
}

function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
  const end = entity.indexOf('\r\n\r\n');
  const head = end === -1 ? entity : entity.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? '' : entity.slice(end + 4) };
}

function collectParts(headers: Map<string, string>, body: string, parts: Record<string, string>): void {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break;
      const part = splitEntity(section.replace(/^\r\n/, ''));
      collectParts(part.headers, part.body, parts);
    }
    return;
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : Buffer.from(body, 'utf8');
  parts[type.split(';')[0]!.trim().toLowerCase()] = bytes.toString('utf8');
}

function quotedPrintable(text: string): Buffer {
  const unwrapped = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    if (unwrapped[i] === '=' && /^[0-9A-F]{2}$/i.test(unwrapped.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unwrapped.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(unwrapped[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047: adjacent encoded words join without the space between them; bytes are joined before UTF-8 decoding. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/(?:=\?utf-8\?([BQ])\?[^?]*\?=)+/gi, (run) => {
    const bytes = [...run.matchAll(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi)].map(([, kind, data]) =>
      kind!.toUpperCase() === 'B' ? Buffer.from(data!, 'base64') : quotedPrintable(data!.replace(/_/g, ' ')),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}
