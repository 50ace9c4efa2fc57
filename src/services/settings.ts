// The settings every use case may consult (ctx.settings), read once at start by the bootstrap. Defaults are the
// conservative ones; an operator tunes them through environment variables (docs/operations.md).
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '../core/accounts/password-policy.ts';
import { DEFAULT_CLOCK_OPTIONS, type ClockOptions } from '../core/requests/options.ts';
import { DEFAULT_ART35_OPTIONS, type Art35Options } from '../core/requests/art35.ts';
import { DEFAULT_PARTICIPATION_OPTIONS, type ParticipationOptions } from '../core/participation/options.ts';

export interface AccountSettings {
  /** Failed logins in a row before the account locks. */
  maxFailedAttempts: number;
  lockMinutes: number;
  /** The absolute session lifetime, however active. */
  sessionHours: number;
  /** A session unused this long ends (GB/T 22239-2019 8.1.4.1 b): 登录连接超时自动退出). */
  idleMinutes: number;
  /** Sessions one user may hold at once; signing in beyond it ends the least recently used. */
  maxSessionsPerUser: number;
  passwordPolicy: PasswordPolicy;
}

export interface Settings {
  accounts: AccountSettings;
  /** The points the Regulation leaves open ([I] in the spec): how the reply clock counts (core/requests/options.ts). */
  deadlines: ClockOptions;
  /** When intake flags a request for 《条例》第三十五条 (core/requests/art35.ts): the statute gives no figure [M]. */
  art35: Art35Options;
  /** Consultation periods and the answer time of questions (core/participation/options.ts). */
  participation: ParticipationOptions;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  accounts: {
    maxFailedAttempts: 5,
    lockMinutes: 15,
    sessionHours: 8,
    idleMinutes: 30,
    maxSessionsPerUser: 5,
    passwordPolicy: DEFAULT_PASSWORD_POLICY,
  },
  // Deadlines kept for requests are computed even into years the calendar does not hold yet: marked provisional
  // (暂定) rather than refused, so a request received in December always shows a due date.
  deadlines: { ...DEFAULT_CLOCK_OPTIONS, allowProvisional: true },
  art35: DEFAULT_ART35_OPTIONS,
  participation: DEFAULT_PARTICIPATION_OPTIONS,
});

type Env = Readonly<Record<string, string | undefined>>;

function positive(env: Env, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Zero allowed (a setting that can be switched off). */
function whole(env: Env, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] !== undefined && env[name] !== '' && Number.isInteger(value) && value >= 0
    ? value
    : fallback;
}

/** A share from 0 (exclusive) to 1 (inclusive). */
function share(env: Env, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] && value > 0 && value <= 1 ? value : fallback;
}

/**
 * The settings from the environment (docs/operations.md): GONGKAI_LOGIN_MAX_FAILURES, GONGKAI_LOGIN_LOCK_MINUTES,
 * GONGKAI_SESSION_HOURS, GONGKAI_SESSION_IDLE_MINUTES, GONGKAI_MAX_SESSIONS, and the password policy's
 * GONGKAI_PASSWORD_MIN_LENGTH, GONGKAI_PASSWORD_MIN_CLASSES, GONGKAI_PASSWORD_HISTORY, GONGKAI_PASSWORD_MAX_AGE_DAYS;
 * the 第三十五条 flags' GONGKAI_ART35_MAX_REQUESTS, GONGKAI_ART35_WINDOW_DAYS, GONGKAI_ART35_DUPLICATE_DAYS,
 * GONGKAI_ART35_DUPLICATE_SIMILARITY (docs/requests.md).
 */
export function settingsFromEnv(env: Env): Settings {
  const defaults = DEFAULT_SETTINGS.accounts;
  const policy = defaults.passwordPolicy;
  return {
    accounts: {
      maxFailedAttempts: positive(env, 'GONGKAI_LOGIN_MAX_FAILURES', defaults.maxFailedAttempts),
      lockMinutes: positive(env, 'GONGKAI_LOGIN_LOCK_MINUTES', defaults.lockMinutes),
      sessionHours: positive(env, 'GONGKAI_SESSION_HOURS', defaults.sessionHours),
      idleMinutes: positive(env, 'GONGKAI_SESSION_IDLE_MINUTES', defaults.idleMinutes),
      maxSessionsPerUser: positive(env, 'GONGKAI_MAX_SESSIONS', defaults.maxSessionsPerUser),
      passwordPolicy: {
        minLength: Math.max(8, positive(env, 'GONGKAI_PASSWORD_MIN_LENGTH', policy.minLength)),
        minClasses: Math.min(4, positive(env, 'GONGKAI_PASSWORD_MIN_CLASSES', policy.minClasses)),
        historySize: whole(env, 'GONGKAI_PASSWORD_HISTORY', policy.historySize),
        maxAgeDays: env.GONGKAI_PASSWORD_MAX_AGE_DAYS
          ? positive(env, 'GONGKAI_PASSWORD_MAX_AGE_DAYS', 90)
          : policy.maxAgeDays,
      },
    },
    deadlines: DEFAULT_SETTINGS.deadlines,
    art35: art35FromEnv(env),
    participation: participationFromEnv(env),
  };
}

/** GONGKAI_CONSULTATION_MAJOR_DAYS, GONGKAI_CONSULTATION_MIN_DAYS, GONGKAI_QUESTION_ANSWER_DAYS (docs/portal.md). */
function participationFromEnv(env: Env): ParticipationOptions {
  const defaults = DEFAULT_SETTINGS.participation;
  return {
    ...defaults,
    majorDecisionMinDays: positive(env, 'GONGKAI_CONSULTATION_MAJOR_DAYS', defaults.majorDecisionMinDays),
    ordinaryMinDays: positive(env, 'GONGKAI_CONSULTATION_MIN_DAYS', defaults.ordinaryMinDays),
    answerWorkingDays: positive(env, 'GONGKAI_QUESTION_ANSWER_DAYS', defaults.answerWorkingDays),
  };
}

function art35FromEnv(env: Env): Art35Options {
  const defaults = DEFAULT_SETTINGS.art35;
  return {
    ...defaults,
    maxRequests: positive(env, 'GONGKAI_ART35_MAX_REQUESTS', defaults.maxRequests),
    windowDays: positive(env, 'GONGKAI_ART35_WINDOW_DAYS', defaults.windowDays),
    duplicateDays: positive(env, 'GONGKAI_ART35_DUPLICATE_DAYS', defaults.duplicateDays),
    duplicateSimilarity: share(env, 'GONGKAI_ART35_DUPLICATE_SIMILARITY', defaults.duplicateSimilarity),
  };
}
