// The sender as the server runs it: drains the outbox now and then every `pollMs`, one drain at a time, until
// stopped (the server's close waits for the drain in progress, then closes the SMTP transport). A failed drain
// (the database unreachable) is logged and tried again at the next tick; a clerk never sees it.
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { MailSettings } from './config.ts';
import { smtpMailer, type Mailer } from './mailer.ts';
import { drainOutbox, type DrainResult, type SenderOptions } from './sender.ts';

export interface SenderLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface RunningSender {
  stop(): Promise<void>;
}

export function startNotificationSender(
  ctx: ServiceContext,
  settings: MailSettings,
  log: SenderLog,
  tuning: Partial<SenderOptions> = {},
): RunningSender {
  const mailer: Mailer = tuning.mailer ?? smtpMailer(settings.smtpUrl, settings.from);
  const options: SenderOptions = {
    publicBaseUrl: settings.publicBaseUrl,
    claimer: randomUUID(),
    ...tuning,
    mailer,
  };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = drainOutbox(ctx, SYSTEM_ACTOR, options).then(
      (result: DrainResult) => {
        if (result.sent + result.retrying + result.failed > 0) log.info({ ...result }, 'notifications');
      },
      (error: unknown) => log.error({ err: error }, 'notifications: drain failed'),
    );
    void running.then(() => {
      if (!stopped) timer = setTimeout(tick, settings.pollMs);
    });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}
