// 留言答复: the questions asked on the portal, open ones first by due day with the working days left (negative:
// overdue) and the counts of overdue and due-soon ones; answered here, published on the portal unless kept private.
// A question that is really a disclosure request is turned into one (ConvertQuestion), received on the question's day.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Checkbox, Input, Modal, Segmented, Space, Table, Tag, Typography, Button } from 'antd';
import { useState } from 'react';
import type { Question } from '../../../contracts/participation.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { ConvertQuestion } from './ConvertQuestion.tsx';

interface QuestionPage {
  items: Question[];
  total: number;
  overdue: number;
  dueSoon: number;
}

export function Questions() {
  const client = useQueryClient();
  const [state, setState] = useState<Question['state']>('open');
  const [answering, setAnswering] = useState<Question | null>(null);
  const [converting, setConverting] = useState<Question | null>(null);
  const [answer, setAnswer] = useState('');
  const [publish, setPublish] = useState(true);
  const query = useQuery({
    queryKey: ['questions', state],
    queryFn: () => api.get<QuestionPage>(`/participation/questions?state=${state}&pageSize=100`),
  });
  const save = useMutation({
    mutationFn: () =>
      api.put<Question>(`/participation/questions/${answering!.id}/answer`, { answer, publish }),
    onSuccess: async () => {
      setAnswering(null);
      setAnswer('');
      await client.invalidateQueries({ queryKey: ['questions'] });
    },
  });
  return (
    <>
      <Segmented<Question['state']>
        aria-label="留言状态"
        value={state}
        onChange={setState}
        options={[
          { value: 'open', label: '待答复' },
          { value: 'answered', label: '已答复' },
          { value: 'converted', label: '已转为申请' },
        ]}
        style={{ marginBottom: 16 }}
      />
      <QueryState query={query}>
        {(data) => (
          <>
            <Typography.Paragraph>
              已超期 <strong>{data.overdue}</strong> 条，即将到期 <strong>{data.dueSoon}</strong> 条。
            </Typography.Paragraph>
            <Table<Question>
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有留言" /> }}
              columns={[
                { title: '留言编号', dataIndex: 'number', width: 140 },
                { title: '标题', dataIndex: 'title' },
                { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
                { title: '答复期限', dataIndex: 'dueOn', width: 110 },
                {
                  title: '剩余工作日',
                  width: 110,
                  render: (_, q) =>
                    q.workingDaysLeft === null ? (
                      q.stateLabel
                    ) : q.workingDaysLeft < 0 ? (
                      <Tag color="red">超期 {-q.workingDaysLeft} 天</Tag>
                    ) : (
                      q.workingDaysLeft
                    ),
                },
                {
                  title: '操作',
                  width: 190,
                  render: (_, q) =>
                    q.state === 'open' && (
                      <Space>
                        <Button aria-label={`答复：${q.title}`} onClick={() => setAnswering(q)}>
                          答复
                        </Button>
                        <Button aria-label={`转为申请：${q.title}`} onClick={() => setConverting(q)}>
                          转为申请
                        </Button>
                      </Space>
                    ),
                },
              ]}
            />
          </>
        )}
      </QueryState>
      <ConvertQuestion question={converting} onClose={() => setConverting(null)} />
      <Modal
        open={answering !== null}
        title={`答复留言：${answering?.title ?? ''}`}
        onCancel={() => setAnswering(null)}
        okText="答复"
        cancelText="取消"
        confirmLoading={save.isPending}
        onOk={() => save.mutate()}
        destroyOnHidden
      >
        <ErrorAlert error={save.error} gap={12} />
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{answering?.body}</Typography.Paragraph>
          <label htmlFor="answer-text">答复内容</label>
          <Input.TextArea
            id="answer-text"
            rows={5}
            maxLength={5000}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
          />
          <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)}>
            在门户公开这条留言和答复
          </Checkbox>
        </Space>
      </Modal>
    </>
  );
}
