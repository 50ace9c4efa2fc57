import { describe, expect, it } from 'vitest';
import { DEFAULT_ART35_OPTIONS } from '../core/requests/art35.ts';
import { settingsFromEnv } from './settings.ts';

describe('settings from the environment', () => {
  it('reads the 第三十五条 thresholds, keeping the default for a value out of range', () => {
    expect(settingsFromEnv({}).art35).toEqual(DEFAULT_ART35_OPTIONS);
    const art35 = settingsFromEnv({
      GONGKAI_ART35_MAX_REQUESTS: '5',
      GONGKAI_ART35_WINDOW_DAYS: '7',
      GONGKAI_ART35_DUPLICATE_DAYS: '0',
      GONGKAI_ART35_DUPLICATE_SIMILARITY: '0.9',
    }).art35;
    expect(art35).toMatchObject({
      maxRequests: 5,
      windowDays: 7,
      duplicateDays: 365,
      duplicateSimilarity: 0.9,
    });
    expect(settingsFromEnv({ GONGKAI_ART35_DUPLICATE_SIMILARITY: '1.5' }).art35.duplicateSimilarity).toBe(
      0.8,
    );
  });
});
