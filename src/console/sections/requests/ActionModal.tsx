// One step appended to the timeline, in a modal: the fields of its event type (event-fields.tsx), checked with the
// API's own contract (appendEventBody) before sending, the server's refusal shown as it is. The idempotency key is
// made once per opening, so a double click or a retry records the step once. A decision may open with its outcome
// chosen (the 第三十五条 card offers 不予处理 that way), the article it rests on filled in from core. The step names
// the version of the case this page shows (expectedEventCount): when another clerk recorded something in between, the
// server refuses it (requests.changedByOthers), the case behind the modal is reloaded at once, and the clerk looks at
// the new record before deciding again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { AppendableEventType } from '../../../core/requests/appendable.ts';
import type { OutcomeKey } from '../../../core/taxonomy/outcomes.ts';
import { appendEventBody, type DisclosureRequest } from '../../../contracts/requests.ts';
import { api, ApiError } from '../../api/client.ts';
import { errorMessage } from '../../components/QueryState.tsx';
import { zodFieldErrors } from '../../components/zod-rule.ts';
import { EVENT_FIELDS } from './event-fields.tsx';
import { EVENT_LABELS, outcomeBasis } from './labels.ts';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ActionModal({
  request,
  type,
  outcome,
  onClose,
}: {
  request: DisclosureRequest;
  type: AppendableEventType;
  outcome?: OutcomeKey | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const fields = EVENT_FIELDS[type];
  const mutation = useMutation({
    mutationFn: (body: unknown) => api.post(`/requests/${request.id}/events`, body, { idempotencyKey }),
    onSuccess: async () => {
      message.success(`已记录：${EVENT_LABELS[type]}`);
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      onClose();
    },
    onError: async (error) => {
      if (isChangedByOthers(error)) await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });

  const submit = async () => {
    const values = (await form.validateFields()) as Record<string, unknown>;
    const event: Record<string, unknown> = { type };
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') continue;
      event[name] = typeof value === 'string' ? value.trim() : value;
    }
    // Text fields the contract requires but the person may leave empty (reasons, items) are sent empty.
    for (const field of fields)
      if (!field.optional && event[field.name] === undefined && field.kind !== 'number')
        event[field.name] = '';
    const body = { event, expectedEventCount: request.eventCount };
    const issues = zodFieldErrors(appendEventBody, body).map((issue) => ({
      name: issue.name.slice(issue.name[0] === 'event' ? 1 : 0),
      errors: issue.errors,
    }));
    if (issues.length > 0) {
      form.setFields(issues.filter((i) => i.name.length > 0) as never);
      return;
    }
    mutation.mutate(body);
  };

  return (
    <Modal
      open
      title={EVENT_LABELS[type]}
      okText="确认记录"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      // After a conflict the clerk closes and looks first: a second click would act on a record not yet seen.
      okButtonProps={{ disabled: mutation.isPending || isChangedByOthers(mutation.error) }}
      destroyOnHidden
    >
      {mutation.error && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(mutation.error)}
          style={{ marginBottom: 16 }}
          action={
            isChangedByOthers(mutation.error) && (
              <Button size="small" onClick={onClose}>
                查看最新记录
              </Button>
            )
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: today(), ...(outcome ? { outcome, articles: outcomeBasis(outcome) } : {}) }}
        onValuesChange={(changed: Record<string, unknown>) => {
          // The article an outcome rests on, offered from core; the person may add to it.
          if (typeof changed.outcome === 'string')
            form.setFieldValue('articles', outcomeBasis(changed.outcome));
        }}
      >
        <Form.Item name="on" label="日期" rules={[{ required: true, message: '请填写日期' }]}>
          <Input type="date" />
        </Form.Item>
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            rules={
              field.optional || ['items', 'reasons'].includes(field.name)
                ? []
                : [{ required: true, message: `请填写${field.label}` }]
            }
          >
            {field.input}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function isChangedByOthers(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'requests.changedByOthers';
}
