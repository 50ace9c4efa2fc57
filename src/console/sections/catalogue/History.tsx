// 审核记录: every act of the item's review, oldest first, with the step's name, who, when and the comment.
import { Card, Table } from 'antd';
import type { StaffItemWithHistory } from '../../../contracts/publications.ts';
import { REVIEW_ACTION_LABELS } from '../../../core/publications/review-workflow.ts';
import { EmptyText } from './EmptyText.tsx';

type Entry = StaffItemWithHistory['history'][number];

export function History({ item }: { item: StaffItemWithHistory }) {
  return (
    <Card size="small" title="审核记录">
      <Table<Entry>
        size="small"
        rowKey="seq"
        pagination={false}
        dataSource={item.history}
        locale={{ emptyText: <EmptyText text={'尚未提交审核'} /> }}
        columns={[
          {
            title: '时间',
            dataIndex: 'at',
            width: 180,
            render: (at: string) => new Date(at).toLocaleString('zh-CN'),
          },
          {
            title: '操作',
            dataIndex: 'action',
            width: 110,
            render: (a: Entry['action']) => REVIEW_ACTION_LABELS[a],
          },
          { title: '环节', dataIndex: 'stepLabel', width: 110, render: (s: string | null) => s ?? '—' },
          { title: '办理人', dataIndex: 'actor', width: 140 },
          { title: '意见', dataIndex: 'comment', render: (c: string | null) => c ?? '' },
        ]}
      />
    </Card>
  );
}
