// 筛查词库: the agency's sensitive-term lexicon that the pre-publication screening uses — kept as text (one term a
// line, its category after a comma), saved whole, refused with the line of the first mistake in the server's words;
// and a trial: a sample text screened with the saved lexicon, so the administrator sees a term hit before a clerk's
// draft does.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, List, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  lexiconBody,
  lexiconTrialBody,
  type LexiconResponse,
  type LexiconTrialResponse,
} from '../../../contracts/screening-lexicon.ts';
import { SEVERITY_LABELS } from '../../../core/finding-labels.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

const KEY = ['publications', 'settings', 'lexicon'] as const;

export function LexiconTab() {
  const lexicon = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<LexiconResponse>('/publications/settings/lexicon'),
  });
  return (
    <QueryState query={lexicon}>
      {(data) => (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={14}>
            <LexiconEditor key={`${data.updatedAt}-${data.count}`} data={data} />
          </Col>
          <Col xs={24} xl={10}>
            <Trial />
          </Col>
        </Row>
      )}
    </QueryState>
  );
}

function LexiconEditor({ data }: { data: LexiconResponse }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (body: { text: string }) => api.put<LexiconResponse>('/publications/settings/lexicon', body),
    onSuccess: async (saved) => {
      void message.success(saved.count ? `词库已保存，共 ${saved.count} 个词条` : '词库已清空，不再使用');
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>本机关敏感词库</h2>}>
      <Typography.Paragraph type="secondary">
        公开信息提交审核时，正文命中词库中的词条即为必须修改的问题。每行一个词条，类别写在逗号之后（如“翻墙软件,网络安全”），#
        开头的行为注释；清空后保存即不再使用词库。
      </Typography.Paragraph>
      <Typography.Paragraph>
        {data.count
          ? `现有 ${data.count} 个词条，${data.updatedBy} 于 ${dayjs(data.updatedAt).format('YYYY-MM-DD HH:mm')} 保存。`
          : '尚未设置词库。'}
      </Typography.Paragraph>
      <ErrorAlert error={save.error} gap={12} />
      <Form<{ text: string }>
        name="lexicon"
        layout="vertical"
        requiredMark={false}
        initialValues={{ text: data.text }}
        onFinish={(values) => save.mutate({ text: values.text ?? '' })}
      >
        <Form.Item
          label="词条"
          name="text"
          rules={[zodRule(lexiconBody.shape.text.optional(), '词库最多 200000 字')]}
        >
          <Input.TextArea rows={12} placeholder={'翻墙软件,网络安全\n内部资料,涉密'} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存词库
        </Button>
      </Form>
    </Card>
  );
}

function Trial() {
  const trial = useMutation({
    mutationFn: (body: { text: string }) =>
      api.post<LexiconTrialResponse>('/publications/settings/lexicon/trial', body),
  });
  const hits = trial.data?.findings ?? [];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>试查一段文字</h2>}>
      <ErrorAlert error={trial.error} gap={12} />
      <Form<{ text: string }>
        name="trial"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => trial.mutate(values)}
      >
        <Form.Item
          label="要试查的文字"
          name="text"
          rules={[zodRule(lexiconTrialBody.shape.text, '请输入要试查的文字（最多 10000 字）')]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
        <Button htmlType="submit" loading={trial.isPending}>
          试查
        </Button>
      </Form>
      {trial.data && (
        <List
          style={{ marginTop: 16 }}
          header={<strong>发现 {hits.length} 处问题</strong>}
          dataSource={hits}
          locale={{ emptyText: <Typography.Text type="secondary">没有发现问题</Typography.Text> }}
          renderItem={(f) => (
            <List.Item>
              <span>
                <Tag color={f.severity === 'error' ? '#a8071a' : '#874d00'}>
                  {SEVERITY_LABELS[f.severity]}
                </Tag>
                {f.message}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
