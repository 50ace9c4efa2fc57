import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../calendar/days.ts';
import { interpretationFindings, latenessFindings } from './findings.ts';
import { facts } from './test-facts.ts';

describe('interpretation findings', () => {
  const policy = facts({
    id: 'p1',
    title: '人防工程管理办法',
    category: 'policyDocument',
    genre: 'otherDocument',
    publishedOn: '2023-03-01',
  });

  it.each<[string, ReturnType<typeof facts>[], string, number]>([
    ['no interpretation after the grace period', [policy], '2023-03-10', 1],
    ['no interpretation but still within the grace period', [policy], '2023-03-04', 0],
    [
      'an interpretation on the same day',
      [policy, facts({ category: 'interpretation', interpretsId: 'p1', publishedOn: '2023-03-01' })],
      '2023-12-31',
      0,
    ],
    [
      'an interpretation after the grace period',
      [policy, facts({ category: 'interpretation', interpretsId: 'p1', publishedOn: '2023-03-20' })],
      '2023-12-31',
      1,
    ],
    [
      'an interpretation still in draft',
      [policy, facts({ category: 'interpretation', interpretsId: 'p1', status: 'draft', publishedOn: null })],
      '2023-12-31',
      1,
    ],
    ['a work update needs none', [facts({ publishedOn: '2023-03-01' })], '2023-12-31', 0],
  ])('%s', (_why, items, asOf, count) => {
    expect(interpretationFindings(items, asOf, 3)).toHaveLength(count);
  });

  it('honours the configured grace period', () => {
    expect(interpretationFindings([policy], '2023-03-10', 30)).toHaveLength(0);
  });
});

describe('Art. 26 lateness findings', () => {
  // A stand-in for the working-day clock: 20 working days as 28 calendar days (the tests judge the comparison,
  // D's calendar tests judge the clock).
  const due = (formedOn: string) => isoOf(dayOf(formedOn) + 28);

  it.each<[string, ReturnType<typeof facts>, number]>([
    ['published in time', facts({ writtenOn: '2023-03-01', publishedOn: '2023-03-29' }), 0],
    ['published a day late', facts({ writtenOn: '2023-03-01', publishedOn: '2023-03-30' }), 1],
    [
      'changed later, clock from the change',
      facts({ writtenOn: '2023-01-01', formedOn: '2023-03-01', publishedOn: '2023-03-20' }),
      0,
    ],
    [
      'still unpublished after the due day',
      facts({ writtenOn: '2023-03-01', status: 'inReview', publishedOn: null }),
      1,
    ],
    [
      'a special law gives longer',
      facts({
        writtenOn: '2023-03-01',
        publishedOn: '2023-05-01',
        deadlineOverride: { dueOn: '2023-06-01', basis: '《某法》第十条' },
      }),
      0,
    ],
    ['no formation date, nothing to judge', facts({ publishedOn: '2023-12-01' }), 0],
  ])('%s', (_why, item, count) => {
    expect(latenessFindings([item], '2023-12-31', due)).toHaveLength(count);
  });
});
