import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  TRACKING_ALPHABET,
  TRACKING_NUMBER_PATTERN,
  TRACKING_RANDOM_LENGTH,
  trackingNumberOf,
} from './tracking.ts';

describe('tracking number', () => {
  it('every generated number validates, whatever the random bytes (each byte value in every position)', () => {
    for (let b = 0; b < 256; b++) {
      const number = trackingNumberOf(2026, new Uint8Array(TRACKING_RANDOM_LENGTH).fill(b));
      expect(number, `byte ${b}`).toMatch(TRACKING_NUMBER_PATTERN);
    }
    for (let i = 0; i < 1000; i++)
      expect(trackingNumberOf(2027, randomBytes(TRACKING_RANDOM_LENGTH))).toMatch(TRACKING_NUMBER_PATTERN);
  });

  it('uses and accepts no misreadable letter (I, L, O, U)', () => {
    expect(TRACKING_ALPHABET).toHaveLength(32);
    for (const letter of 'ILOU') {
      expect(TRACKING_ALPHABET).not.toContain(letter);
      expect(`GK2026${letter.repeat(TRACKING_RANDOM_LENGTH)}`).not.toMatch(TRACKING_NUMBER_PATTERN);
    }
  });
});
