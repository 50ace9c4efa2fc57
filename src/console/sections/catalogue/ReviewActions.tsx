// The step due, for the person the agency's workflow lets take it: approve, or return to the drafter with a
// comment (the server requires one and says so). Buttons disable while the request is out.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import type { ReviewPosition, StaffItem } from '../../../contracts/publications.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../components/QueryState.tsx';

type Step = NonNullable<ReviewPosition['dueStep']>;

export function ReviewActions({ item, step }: { item: StaffItem; step: Step }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: (type: 'approve' | 'return') =>
      api.post<StaffItem>(`/publications/${item.id}/review`, { type, step: step.key, comment }),
    onSuccess: async (_saved, type) => {
      setRefusal(null);
      setComment('');
      message.success(type === 'approve' ? `${step.label}：已通过` : '已退回修改');
      await client.invalidateQueries({ queryKey: ['publications'] });
    },
    onError: (error) => setRefusal(errorMessage(error)),
  });
  return (
    <Card size="small" title={`待办环节：${step.label}`}>
      {refusal && <Alert type="error" showIcon title={refusal} role="alert" style={{ marginBottom: 12 }} />}
      <Input.TextArea
        aria-label="审核意见"
        placeholder="审核意见（退回时必填）"
        rows={3}
        maxLength={1000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Button type="primary" disabled={review.isPending} onClick={() => review.mutate('approve')}>
          通过
        </Button>
        <Button danger disabled={review.isPending} onClick={() => review.mutate('return')}>
          退回修改
        </Button>
      </Flex>
    </Card>
  );
}
