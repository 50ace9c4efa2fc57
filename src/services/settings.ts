// The settings every use case may consult (ctx.settings), read once at start by the bootstrap. Defaults are the
// conservative ones; an operator tunes them through environment variables (docs/operations.md).
import { DEFAULT_CLOCK_OPTIONS, type ClockOptions } from '../core/requests/options.ts';

export interface AccountSettings {
  /** Failed logins in a row before the account locks. */
  maxFailedAttempts: number;
  lockMinutes: number;
  sessionHours: number;
}

export interface Settings {
  accounts: AccountSettings;
  /** The points the Regulation leaves open ([I] in the spec): how the reply clock counts (core/requests/options.ts). */
  deadlines: ClockOptions;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  accounts: { maxFailedAttempts: 5, lockMinutes: 15, sessionHours: 8 },
  // Deadlines kept for requests are computed even into years the calendar does not hold yet: marked provisional
  // (暂定) rather than refused, so a request received in December always shows a due date.
  deadlines: { ...DEFAULT_CLOCK_OPTIONS, allowProvisional: true },
});

type Env = Readonly<Record<string, string | undefined>>;

function positive(env: Env, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The settings from the environment: GONGKAI_LOGIN_MAX_FAILURES, GONGKAI_LOGIN_LOCK_MINUTES, GONGKAI_SESSION_HOURS. */
export function settingsFromEnv(env: Env): Settings {
  const defaults = DEFAULT_SETTINGS.accounts;
  return {
    accounts: {
      maxFailedAttempts: positive(env, 'GONGKAI_LOGIN_MAX_FAILURES', defaults.maxFailedAttempts),
      lockMinutes: positive(env, 'GONGKAI_LOGIN_LOCK_MINUTES', defaults.lockMinutes),
      sessionHours: positive(env, 'GONGKAI_SESSION_HOURS', defaults.sessionHours),
    },
    deadlines: DEFAULT_SETTINGS.deadlines,
  };
}
