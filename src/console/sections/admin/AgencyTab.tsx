// 机关: the agency's own profile — name, code, contact details printed on replies, the registration prefix — which
// its administrator edits (validated with the shared contract), and its place in the hierarchy: the supervising
// agency above and those directly under it, read-only (set up by the operator).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Typography } from 'antd';
import { AGENCY_LEVEL_LABELS } from '../../../core/agencies.ts';
import {
  agencyProfileBody,
  type Agency,
  type AgencyProfile,
  type AgencyProfileBody,
} from '../../../contracts/agencies.ts';
import { api } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

type ProfileForm = { [K in keyof AgencyProfileBody]?: string | null };

const shape = agencyProfileBody.shape;

export function AgencyTab() {
  const principal = usePrincipal();
  const key = ['agency', principal.agencyId, 'profile'];
  const profile = useQuery({
    queryKey: key,
    queryFn: () => api.get<AgencyProfile>(`/agencies/${principal.agencyId}/profile`),
  });
  return (
    <QueryState query={profile}>
      {(data) => (
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={15}>
            <ProfileCard agency={data.agency} editable={can(principal, 'agencies.update')} queryKey={key} />
          </Col>
          <Col xs={24} xl={9}>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>在机关层级中的位置</h2>}>
              <Descriptions
                column={1}
                size="small"
                styles={{ label: { color: 'rgba(0, 0, 0, 0.75)' } }}
                items={[
                  { key: 'level', label: '机关类型', children: AGENCY_LEVEL_LABELS[data.agency.level] },
                  {
                    key: 'regulations',
                    label: '规章制定权',
                    children: data.agency.canMakeRegulations ? '有' : '无',
                  },
                  { key: 'parent', label: '上级（监督）机关', children: data.parent?.name ?? '无' },
                  {
                    key: 'children',
                    label: '直接下属机关',
                    children: data.children.length ? (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {data.children.map((c) => (
                          <li key={c.id}>{c.name}</li>
                        ))}
                      </ul>
                    ) : (
                      '无'
                    ),
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                机关的层级、类型和规章制定权由系统运维人员在服务器上设置，如需调整请与其联系。
              </Typography.Paragraph>
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}

function ProfileCard({
  agency,
  editable,
  queryKey,
}: {
  agency: Agency;
  editable: boolean;
  queryKey: string[];
}) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileForm>();
  const save = useMutation({
    mutationFn: (values: ProfileForm) =>
      api.put<Agency>(`/agencies/${agency.id}`, {
        name: values.name ?? '',
        code: values.code || null,
        address: values.address || null,
        phone: values.phone || null,
        postcode: values.postcode || null,
        registrationPrefix: values.registrationPrefix ?? '',
      }),
    onSuccess: async () => {
      void message.success('机关信息已保存');
      await client.invalidateQueries({ queryKey });
    },
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>本机关信息</h2>}>
      <ErrorAlert error={save.error} gap={16} />
      <Form<ProfileForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={!editable}
        initialValues={agency}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          label="机关名称"
          name="name"
          rules={[zodRule(shape.name, '请填写机关名称（最多 100 字）')]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="code"
          rules={[zodRule(shape.code.optional(), '应为 18 位统一社会信用代码或 9 位组织机构代码')]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="地址" name="address" rules={[zodRule(shape.address.optional(), '地址最多 200 字')]}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="电话" name="phone" rules={[zodRule(shape.phone.optional(), '电话最多 50 字')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="邮编"
              name="postcode"
              rules={[zodRule(shape.postcode.optional(), '邮编应为 6 位数字')]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="依申请公开登记号前缀"
          name="registrationPrefix"
          extra="只用于今后登记的申请；已登记的登记号不变。"
          rules={[zodRule(shape.registrationPrefix, '请填写登记号前缀（最多 20 字）')]}
        >
          <Input />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存机关信息
          </Button>
        )}
      </Form>
    </Card>
  );
}
