// 《条例》第三十三条第二款: the extension limit is one constant; the event contract, the state machine and the
// message all follow it.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/seed.ts';
import { DomainError } from '../errors/index.ts';
import { requestEventSchema, type RequestEvent } from './events.ts';
import { EXTENSION_MAX_WORKING_DAYS } from './rules.ts';
import { assertEventAllowed } from './state.ts';

const calendar = buildCalendar();
const received: RequestEvent = {
  type: 'received',
  on: '2023-10-09',
  channel: 'inPerson',
  applicantKind: 'naturalPerson',
};
const extended = (workingDays: number) =>
  ({ type: 'extended', on: '2023-10-20', workingDays, approvedBy: '李主任' }) as const;

describe('extension limit', () => {
  it('is 20 working days', () => expect(EXTENSION_MAX_WORKING_DAYS).toBe(20));

  it('the event contract takes the limit and refuses one more, in Chinese', () => {
    expect(requestEventSchema.safeParse(extended(EXTENSION_MAX_WORKING_DAYS)).success).toBe(true);
    const refused = requestEventSchema.safeParse(extended(EXTENSION_MAX_WORKING_DAYS + 1));
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error?.issues)).toContain(
      `延长答复期限最长 ${EXTENSION_MAX_WORKING_DAYS} 个工作日`,
    );
  });

  it('the state machine takes the limit and refuses one more with the limit in the message', () => {
    expect(() =>
      assertEventAllowed([received], extended(EXTENSION_MAX_WORKING_DAYS), { calendar }),
    ).not.toThrow();
    let error: unknown;
    try {
      assertEventAllowed([received], extended(EXTENSION_MAX_WORKING_DAYS + 1), { calendar });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('requests.extensionTooLong');
    expect((error as DomainError).message).toContain(`最长 ${EXTENSION_MAX_WORKING_DAYS} 个工作日`);
  });
});
