// 登记案件: a new 行政复议 or 行政诉讼 case of the person's own agency, validated with the API's own contract; the
// server's refusal is shown as it words it. The submit button is disabled while the request is on its way.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { newReviewCaseBody, type ReviewCase } from '../../../contracts/review-cases.ts';
import { REVIEW_GROUPS } from '../../../core/taxonomy/review-table.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';
import { kindLabel } from './labels.ts';

interface Values {
  kind: ReviewCase['kind'];
  caseNumber?: string;
  filedOn?: Dayjs;
  notes?: string;
}

export function NewCaseForm({ open, onClose }: { open: boolean; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const file = useMutation({
    mutationFn: (values: Values) =>
      api.post<ReviewCase>('/review-cases', {
        kind: values.kind,
        caseNumber: values.caseNumber?.trim() || null,
        filedOn: values.filedOn?.format('YYYY-MM-DD'),
        notes: values.notes ?? '',
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['review-cases'] });
      form.resetFields();
      onClose();
    },
  });
  const fields = newReviewCaseBody.shape;
  return (
    <Modal
      open={open}
      title="登记复议诉讼案件"
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="submit" type="primary" loading={file.isPending} onClick={() => form.submit()}>
          登记
        </Button>,
      ]}
    >
      <ErrorAlert error={file.error} gap={16} />
      <Form<Values> form={form} layout="vertical" onFinish={(values) => file.mutate(values)}>
        <Form.Item label="类别" name="kind" required rules={[zodRule(fields.kind, '请选择类别')]}>
          <Select options={REVIEW_GROUPS.map((kind) => ({ value: kind, label: kindLabel(kind) }))} />
        </Form.Item>
        <Form.Item label="案号" name="caseNumber" rules={[zodRule(fields.caseNumber, '案号不超过 100 个字')]}>
          <Input placeholder="如：某复〔2026〕12号（可不填）" />
        </Form.Item>
        <Form.Item label="立案日期" name="filedOn" rules={[{ required: true, message: '请选择立案日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="备注" name="notes" rules={[zodRule(fields.notes, '备注不超过 2000 字')]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
