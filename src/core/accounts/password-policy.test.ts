import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, passwordExpired, passwordProblem } from './password-policy.ts';

const policy = DEFAULT_PASSWORD_POLICY;

describe('password policy (GB/T 22239-2019 8.1.4.1 a)', () => {
  it('refuses short, single-class and two-class passwords, and one holding the user name', () => {
    expect(passwordProblem('Ab1-', 'clerk', policy)).toBe('密码至少 10 位');
    expect(passwordProblem('aaaaaaaaaa', 'clerk', policy)).toMatch(/至少 3 类/);
    expect(passwordProblem('correct-horse-battery', 'clerk', policy)).toMatch(/至少 3 类/);
    expect(passwordProblem('Xx-Clerk.A-2026', 'clerk.a', policy)).toBe('密码不能包含用户名');
  });

  it('accepts three of the four classes, Chinese characters counting as other characters', () => {
    expect(passwordProblem('Correct-horse-battery', 'clerk', policy)).toBeNull();
    expect(passwordProblem('gongkai-demo-2023', 'demo-clerk', policy)).toBeNull();
    expect(passwordProblem('公开Gongkai2026', 'clerk', policy)).toBeNull();
  });

  it('follows its settings', () => {
    expect(passwordProblem('aaaaaaaaaaaa', 'clerk', { ...policy, minClasses: 1 })).toBeNull();
    expect(passwordProblem('Correct-horse', 'clerk', { ...policy, minLength: 16 })).toBe('密码至少 16 位');
  });

  it('expires a password only when an age is set', () => {
    const now = new Date('2026-12-04T00:00:00Z');
    expect(passwordExpired('2026-01-01T00:00:00Z', now, policy)).toBe(false);
    expect(passwordExpired('2026-09-04T00:00:00Z', now, { ...policy, maxAgeDays: 90 })).toBe(true);
    expect(passwordExpired('2026-11-04T00:00:00Z', now, { ...policy, maxAgeDays: 90 })).toBe(false);
  });
});
