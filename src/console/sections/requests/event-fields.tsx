// The form fields of each event a person appends, matching core's event contract (requestEventSchema); the
// date of the step (`on`) is common to all and comes first.
import { Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import type { AppendableEventType } from '../../../core/requests/appendable.ts';
import { CONSULTATION_PARTIES, FEE_METHODS } from '../../../core/requests/events.ts';
import { PARTY_LABELS } from '../../../core/requests/labels.ts';
import { OUTCOME_OPTIONS } from './labels.ts';

export interface FieldSpec {
  name: string;
  label: string;
  input: ReactNode;
  optional?: boolean;
  /** Numbers stay numbers; empty optional fields are left out of the event. */
  kind?: 'number';
}

const date = <Input type="date" />;
const partyOptions = CONSULTATION_PARTIES.map((p) => ({ value: p, label: PARTY_LABELS[p] }));
const FEE_METHOD_LABELS: Record<(typeof FEE_METHODS)[number], string> = {
  perRequest: '按件计收',
  perPage: '按量计收',
};

export const EVENT_FIELDS: Record<AppendableEventType, FieldSpec[]> = {
  assigned: [{ name: 'assignee', label: '承办人', input: <Input maxLength={100} /> }],
  correctionRequested: [
    { name: 'correctionDueOn', label: '补正期限', input: date },
    { name: 'items', label: '需补正的事项', input: <Input.TextArea rows={3} maxLength={2000} /> },
  ],
  correctionReceived: [],
  correctionLapsed: [],
  consultationStarted: [
    { name: 'party', label: '征求对象类别', input: <Select options={partyOptions} /> },
    { name: 'consultee', label: '被征求意见方', input: <Input maxLength={200} /> },
    { name: 'letterReceivedOn', label: '对方收到征求意见函之日', input: date, optional: true },
  ],
  consultationEnded: [{ name: 'party', label: '征求对象类别', input: <Select options={partyOptions} /> }],
  extended: [
    { name: 'workingDays', label: '延长工作日数', input: <InputNumber min={1} max={20} />, kind: 'number' },
    { name: 'approvedBy', label: '批准人', input: <Input maxLength={100} /> },
  ],
  feeNoticeIssued: [
    { name: 'receivedOn', label: '申请人收到通知之日', input: date },
    {
      name: 'method',
      label: '计收方式',
      input: <Select options={FEE_METHODS.map((m) => ({ value: m, label: FEE_METHOD_LABELS[m] }))} />,
    },
    { name: 'amountYuan', label: '金额（元）', input: <InputNumber min={0} />, kind: 'number' },
  ],
  feePaid: [],
  feeLapsed: [],
  deadlineDeferred: [
    { name: 'dueOn', label: '确定的答复期限', input: date },
    { name: 'reason', label: '理由', input: <Input.TextArea rows={3} maxLength={2000} /> },
  ],
  decided: [
    {
      name: 'outcome',
      label: '办理结果',
      input: <Select options={OUTCOME_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />,
    },
    { name: 'articles', label: '所依据的条款', input: <Input maxLength={500} /> },
    { name: 'reasons', label: '理由', input: <Input.TextArea rows={4} maxLength={5000} /> },
  ],
  replySent: [],
  delivered: [],
  archived: [],
  withdrawn: [
    {
      name: 'reason',
      label: '撤回理由',
      input: <Input.TextArea rows={2} maxLength={2000} />,
      optional: true,
    },
  ],
};
