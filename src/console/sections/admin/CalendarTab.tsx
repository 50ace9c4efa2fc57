// 工作日历: the years the installation's calendar holds, and importing a new year from the State Council's notice.
// The administrator pastes the notice text, previews what it would change — the days, and their agency's open
// requests whose reply deadline moves (before → after) — and only then confirms. The preview writes nothing; a new
// edit of the text asks for a new preview before anything can be saved.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Flex,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { DAY_KIND_LABELS } from '../../../core/calendar/day-kind-labels.ts';
import {
  calendarNoticeBody,
  type CalendarNoticeBody,
  type CalendarNoticePreview,
  type CalendarYearsResponse,
} from '../../../contracts/calendar.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert, QueryState, errorMessage } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

const YEARS_KEY = ['calendar', 'years'] as const;

function dayLabel(kind: keyof typeof DAY_KIND_LABELS, name: string | null): string {
  return name ? `${DAY_KIND_LABELS[kind]}（${name}）` : DAY_KIND_LABELS[kind];
}

export function CalendarTab() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarNoticeBody>();
  const [previewed, setPreviewed] = useState<{
    body: CalendarNoticeBody;
    plan: CalendarNoticePreview;
  } | null>(null);
  const years = useQuery({ queryKey: YEARS_KEY, queryFn: () => api.get<CalendarYearsResponse>('/calendar') });
  const preview = useMutation({
    mutationFn: (body: CalendarNoticeBody) =>
      api.post<CalendarNoticePreview>('/calendar/import/preview', body),
    onSuccess: (plan, body) => setPreviewed({ body, plan }),
  });
  const save = useMutation({
    mutationFn: (body: CalendarNoticeBody) =>
      api.post<{ year: number; revision: number }>('/calendar/import', body),
    onSuccess: async (saved) => {
      void message.success(
        `已导入 ${saved.year} 年节假日安排（日历版本 ${saved.revision}），所有服务器即时生效`,
      );
      setPreviewed(null);
      form.resetFields();
      await client.invalidateQueries({ queryKey: YEARS_KEY });
    },
  });
  const plan = previewed?.plan;

  return (
    <Flex vertical gap={24}>
      <section aria-labelledby="calendar-held">
        <Typography.Title level={2} id="calendar-held" style={{ fontSize: 18, marginTop: 0 }}>
          已收录的年份
        </Typography.Title>
        <QueryState query={years}>
          {(data) => (
            <>
              <Typography.Paragraph>
                日历已收录 {data.heldLabel}{' '}
                年的国务院办公厅放假安排；未收录年份的期限按法定节日推算，标为“暂定”。
              </Typography.Paragraph>
              <Table
                rowKey="year"
                size="small"
                pagination={false}
                locale={{
                  emptyText: (
                    <Typography.Text type="secondary">
                      还没有由本系统导入的年份（均为随软件发布的安排）
                    </Typography.Text>
                  ),
                }}
                dataSource={data.years.filter((y) => y.imported)}
                columns={[
                  { title: '导入的年份', dataIndex: 'year' },
                  { title: '来源', dataIndex: 'source' },
                  { title: '放假天数', dataIndex: 'holidayCount' },
                  { title: '调休上班', dataIndex: 'workdayCount' },
                  {
                    title: '导入者',
                    key: 'by',
                    render: (_v, y) => (y.imported ? `${y.imported.by}，${y.imported.at.slice(0, 10)}` : '—'),
                  },
                ]}
              />
            </>
          )}
        </QueryState>
      </section>

      <section aria-labelledby="calendar-import">
        <Typography.Title level={2} id="calendar-import" style={{ fontSize: 18 }}>
          导入新一年的放假安排
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          将国务院办公厅《关于某年部分节假日安排的通知》全文粘贴在下面，先预览：系统核对通知中的天数和星期，列出变化的日期和本机关答复期限会变化的未办结申请，确认无误后再导入。
        </Typography.Paragraph>
        <ErrorAlert error={preview.error} gap={12} />
        <Form<CalendarNoticeBody>
          form={form}
          layout="vertical"
          requiredMark={false}
          onValuesChange={() => {
            setPreviewed(null);
            save.reset();
          }}
          onFinish={(values) => preview.mutate(values)}
        >
          <Form.Item
            label="通知全文"
            name="notice"
            rules={[
              zodRule(calendarNoticeBody.shape.notice, '请粘贴国务院办公厅通知的全文（含标题和各项安排）'),
            ]}
          >
            <Input.TextArea rows={8} placeholder="国务院办公厅关于20XX年部分节假日安排的通知……" />
          </Form.Item>
          <Form.Item
            label="年份（标题中有年份时不填）"
            name="year"
            rules={[zodRule(calendarNoticeBody.shape.year, '年份应在 2000–2200 之间')]}
          >
            <InputNumber min={2000} max={2200} style={{ width: 160 }} />
          </Form.Item>
          <Button htmlType="submit" loading={preview.isPending}>
            预览
          </Button>
        </Form>
      </section>

      {plan && previewed && (
        <Card
          title={
            <span role="heading" aria-level={2}>
              预览：{plan.year} 年安排
            </span>
          }
        >
          <Descriptions
            column={1}
            size="small"
            styles={{ label: { color: 'rgba(0, 0, 0, 0.75)' } }}
            items={[
              { key: 'source', label: '来源', children: plan.source },
              {
                key: 'replaces',
                label: '已收录的该年安排',
                children: plan.replaces ? `将被替换（${plan.replaces}）` : '无（新增该年）',
              },
            ]}
          />
          <ul style={{ marginTop: 12 }}>
            {plan.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            与现有日历相比变化的日期（{plan.changes.length} 天）
          </Typography.Title>
          <Table
            rowKey="date"
            size="small"
            pagination={false}
            locale={{ emptyText: <Typography.Text type="secondary">没有任何日期变化</Typography.Text> }}
            dataSource={plan.changes}
            columns={[
              { title: '日期', dataIndex: 'date' },
              {
                title: '原来',
                key: 'before',
                render: (_v, c) => `${dayLabel(c.before, c.beforeName)}${c.wasGuess ? '（推定）' : ''}`,
              },
              { title: '导入后', key: 'after', render: (_v, c) => dayLabel(c.after, c.afterName) },
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            答复期限会变化的本机关未办结申请（{plan.moved.length} 件，共核对 {plan.openChecked} 件）
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            locale={{
              emptyText: <Typography.Text type="secondary">没有申请的答复期限因此变化</Typography.Text>,
            }}
            dataSource={plan.moved}
            columns={[
              { title: '登记号', dataIndex: 'registrationNumber' },
              { title: '原答复期限', dataIndex: 'before', render: (d: string | null) => d ?? '（无法计算）' },
              { title: '导入后', dataIndex: 'after', render: (d: string | null) => d ?? '（无法计算）' },
            ]}
          />
          {save.error && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errorMessage(save.error)}
              style={{ marginTop: 12 }}
            />
          )}
          <Button
            type="primary"
            style={{ marginTop: 16 }}
            loading={save.isPending}
            onClick={() => save.mutate(previewed.body)}
          >
            确认导入 {plan.year} 年安排
          </Button>
        </Card>
      )}
    </Flex>
  );
}
