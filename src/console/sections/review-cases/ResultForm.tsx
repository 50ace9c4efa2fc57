// 记录结果: the result of a case (维持、纠正、其他结果, or back to 尚未审结) with the day it closed. The server refuses
// a closing day before filing, or a result without its day, in its own words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { REVIEW_CASE_RESULTS, type ReviewCase } from '../../../contracts/review-cases.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { resultLabel } from './labels.ts';

interface Values {
  result: ReviewCase['result'];
  closedOn?: Dayjs | null;
}

export function ResultForm({ reviewCase, onClose }: { reviewCase: ReviewCase | null; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const result = Form.useWatch('result', form);
  const record = useMutation({
    mutationFn: (values: Values) =>
      api.put<ReviewCase>(`/review-cases/${encodeURIComponent(reviewCase!.id)}/result`, {
        result: values.result,
        closedOn: values.result === 'pending' ? null : (values.closedOn?.format('YYYY-MM-DD') ?? null),
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['review-cases'] });
      onClose();
    },
  });
  return (
    <Modal
      open={reviewCase !== null}
      title={`记录审结结果：${reviewCase?.caseNumber ?? '（无案号）'}`}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) record.reset();
      }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="submit" type="primary" loading={record.isPending} onClick={() => form.submit()}>
          保存
        </Button>,
      ]}
    >
      <ErrorAlert error={record.error} gap={16} />
      {reviewCase && (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            result: reviewCase.result,
            closedOn: reviewCase.closedOn ? dayjs(reviewCase.closedOn) : null,
          }}
          onFinish={(values) => record.mutate(values)}
        >
          <Form.Item label="结果" name="result" rules={[{ required: true, message: '请选择结果' }]}>
            <Select options={REVIEW_CASE_RESULTS.map((value) => ({ value, label: resultLabel(value) }))} />
          </Form.Item>
          {result !== 'pending' && (
            <Form.Item
              label="审结日期"
              name="closedOn"
              rules={[{ required: true, message: '已审结的案件须填写审结日期' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
