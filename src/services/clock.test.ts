// China time through Intl (Asia/Shanghai) rather than adding eight hours by hand.
import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaMinuteOf } from './clock.ts';

describe('China time', () => {
  it('crosses midnight eight hours before UTC does', () => {
    const instant = new Date('2026-12-04T16:05:00Z');
    expect(chinaDateOf(instant)).toBe('2026-12-05');
    expect(chinaMinuteOf(instant)).toBe('2026-12-05 00:05');
    expect(chinaMinuteOf(new Date('2026-12-04T02:00:00Z'))).toBe('2026-12-04 10:00');
  });
});
