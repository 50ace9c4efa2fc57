import { describe, expect, it } from 'vitest';
import type { RequestEvent } from './events.ts';
import { publicTimeline } from './public-timeline.ts';

describe('publicTimeline', () => {
  it('words each public step and leaves out assignees, approvers, consultees, fees and notes', () => {
    const events: RequestEvent[] = [
      {
        type: 'received',
        on: '2026-03-02',
        channel: 'online',
        confirmedOn: '2026-03-02',
        applicantKind: 'naturalPerson',
      },
      { type: 'assigned', on: '2026-03-03', assignee: '承办人张某' },
      {
        type: 'correctionRequested',
        on: '2026-03-04',
        correctionDueOn: '2026-03-18',
        items: '内部备注：身份证复印件模糊',
      },
      { type: 'correctionReceived', on: '2026-03-10' },
      { type: 'consultationStarted', on: '2026-03-11', party: 'thirdParty', consultee: '某某科技有限公司' },
      { type: 'consultationEnded', on: '2026-03-20', party: 'thirdParty' },
      { type: 'extended', on: '2026-03-25', workingDays: 20, approvedBy: '李主任' },
      {
        type: 'feeNoticeIssued',
        on: '2026-03-26',
        receivedOn: '2026-03-27',
        method: 'perRequest',
        amountYuan: 100,
      },
      { type: 'feePaid', on: '2026-03-30' },
      { type: 'decided', on: '2026-04-10', outcome: 'granted', reasons: '内部理由', articles: '' },
      { type: 'replySent', on: '2026-04-11' },
    ];
    const steps = publicTimeline(events);
    expect(steps.map((s) => s.label)).toEqual([
      '收到申请',
      '补正告知',
      '收到补正',
      '征求意见',
      '征求意见结束',
      '延期',
      '收费通知',
      '缴纳信息处理费',
      '作出答复决定',
      '答复',
    ]);
    expect(steps[1]!.detail).toContain('2026-03-18');
    expect(steps[5]!.detail).toContain('20 个工作日');
    const shown = JSON.stringify(steps);
    for (const internal of ['张某', '内部备注', '某某科技', '李主任', '100', '内部理由'])
      expect(shown).not.toContain(internal);
  });
});
