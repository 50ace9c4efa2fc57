// Account rules that an operator may tune (environment variables), with conservative defaults.
export interface AccountSettings {
  /** Failed logins in a row before the account locks. */
  maxFailedAttempts: number;
  lockMinutes: number;
  sessionHours: number;
}

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function accountSettings(): AccountSettings {
  return {
    maxFailedAttempts: positive('GONGKAI_LOGIN_MAX_FAILURES', 5),
    lockMinutes: positive('GONGKAI_LOGIN_LOCK_MINUTES', 15),
    sessionHours: positive('GONGKAI_SESSION_HOURS', 8),
  };
}
