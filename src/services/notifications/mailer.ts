// The SMTP side of the sender: nodemailer over the URL from GONGKAI_SMTP_URL (smtp:// with STARTTLS when the server
// offers it, smtps:// for TLS from the start). Timeouts are well inside the sender's lease, so a hung server fails
// the attempt before another process may take the row.
import { createTransport } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The same on every attempt of one row, so a receiver can drop a duplicate after an ambiguous failure. */
  messageId: string;
  date: Date;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const SMTP_TIMEOUT_MS = 30_000;

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
