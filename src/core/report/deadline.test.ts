import { describe, expect, it } from 'vitest';
import { annualReportDeadline } from './check/publication.ts';
import { submissionStatus } from './deadline.ts';

describe('Art. 49 deadline', () => {
  it('gives departments 31 January and governments 31 March of the next year', () => {
    expect(annualReportDeadline(2024, 'department')).toBe('2025-01-31');
    expect(annualReportDeadline(2024, 'government')).toBe('2025-03-31');
  });

  it('tells on time, late, overdue and not yet due apart, the deadline day itself being on time', () => {
    expect(submissionStatus('2025-01-31', '2025-01-31', '2025-06-01')).toBe('onTime');
    expect(submissionStatus('2025-01-31', '2025-02-01', '2025-06-01')).toBe('late');
    expect(submissionStatus('2025-01-31', null, '2025-02-01')).toBe('overdue');
    expect(submissionStatus('2025-01-31', null, '2025-01-31')).toBe('notDue');
  });
});
