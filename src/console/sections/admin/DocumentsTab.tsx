// 办理文书: what the agency may change on the papers a request's handling produces (issue 13, templates) — the
// 发文机关标志, the contact block, a paragraph of its own per kind of paper, the 文号 pattern and how long archive
// packages are kept. The statutory clauses are fixed in the product and not offered here. Anyone who may read the
// agency's profile sees the settings; its administrator edits them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Collapse, Form, Input, InputNumber, Row, Typography } from 'antd';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../core/documents/kinds.ts';
import { checkNumberPattern, formatDocumentNumber } from '../../../core/documents/numbering.ts';
import type { AgencyProfile } from '../../../contracts/agencies.ts';
import { documentSettingsBody, type DocumentSettings } from '../../../contracts/documents.ts';
import { api } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { zodRule } from '../../components/zod-rule.ts';

interface SettingsForm {
  letterhead: string;
  contact: string;
  numberPattern: string;
  retentionYears: number;
  freeTexts: Partial<Record<DocumentKind, string>>;
}

const shape = documentSettingsBody.shape;
const FIXED_CLAUSES =
  '登记回执、补正告知书、延期答复告知书、答复书等文书中的法定条款（依据、期限、后果和救济途径）由系统按《条例》固定，' +
  '不能修改；这里设置的是文书的发文机关标志、联系方式、每类文书可加的一段说明、文号格式和归档材料的保管期限。' +
  '只影响今后生成的文书，已生成的文书不变。';
const PATTERN_RULE = '文号格式须含 {year}，以及 {serial} 或 {serial3}；可含 {code}，不能有其他 {…}';

/** The number the pattern gives the agency's first paper of this year, or null for a pattern the server refuses. */
function sampleNumber(pattern: string, code: string): string | null {
  try {
    checkNumberPattern(pattern);
  } catch {
    return null;
  }
  return formatDocumentNumber(pattern, { code, year: new Date().getFullYear(), serial: 1 });
}

export function DocumentsTab() {
  const principal = usePrincipal();
  const base = `/agencies/${principal.agencyId}`;
  const settings = useQuery({
    queryKey: ['agency', principal.agencyId, 'document-settings'],
    queryFn: () => api.get<DocumentSettings>(`${base}/document-settings`),
  });
  const profile = useQuery({
    queryKey: ['agency', principal.agencyId, 'profile'],
    queryFn: () => api.get<AgencyProfile>(`${base}/profile`),
  });
  return (
    <QueryState query={settings}>
      {(data) => (
        <QueryState query={profile}>
          {(agency) => (
            <SettingsCard
              settings={data}
              agency={agency.agency}
              editable={can(principal, 'agencies.update')}
              queryKey={['agency', principal.agencyId, 'document-settings']}
            />
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

function SettingsCard({
  settings,
  agency,
  editable,
  queryKey,
}: {
  settings: DocumentSettings;
  agency: AgencyProfile['agency'];
  editable: boolean;
  queryKey: string[];
}) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsForm>();
  const pattern = Form.useWatch('numberPattern', form) ?? settings.numberPattern;
  const sample = sampleNumber(pattern, agency.registrationPrefix);
  const save = useMutation({
    mutationFn: (values: SettingsForm) =>
      api.put<DocumentSettings>(`/agencies/${agency.id}/document-settings`, {
        letterhead: values.letterhead?.trim() || null,
        contact: values.contact?.trim() || null,
        numberPattern: values.numberPattern,
        retentionYears: values.retentionYears,
        freeTexts: Object.fromEntries(
          Object.entries(values.freeTexts ?? {}).filter(([, text]) => text?.trim()),
        ),
      }),
    onSuccess: async () => {
      void message.success('文书设置已保存');
      await client.invalidateQueries({ queryKey });
    },
  });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>本机关的办理文书</h2>}>
      <Typography.Paragraph type="secondary">{FIXED_CLAUSES}</Typography.Paragraph>
      <ErrorAlert error={save.error} gap={16} />
      <Form<SettingsForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={!editable}
        initialValues={{
          letterhead: settings.letterhead ?? '',
          contact: settings.contact ?? '',
          numberPattern: settings.numberPattern,
          retentionYears: settings.retentionYears,
          freeTexts: settings.freeTexts,
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="发文机关标志"
              name="letterhead"
              extra={`不填则用机关名称“${agency.name}”。`}
              rules={[{ max: 100, message: '发文机关标志最多 100 字' }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="文号格式"
              name="numberPattern"
              extra={
                sample
                  ? `本年第一份文书的文号将是：${sample}`
                  : '{code} 为登记号前缀，{year} 为年份，{serial} 为顺序号，{serial3} 为补足三位的顺序号。'
              }
              rules={[
                zodRule(shape.numberPattern, '请填写文号格式（最多 100 字）'),
                {
                  validator: (_rule, value: string) =>
                    sampleNumber(value ?? '', agency.registrationPrefix) === null
                      ? Promise.reject(new Error(PATTERN_RULE))
                      : Promise.resolve(),
                },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="联系方式"
          name="contact"
          extra="印在每份文书末尾。不填则用机关信息中的地址、邮编和电话。"
          rules={[{ max: 500, message: '联系方式最多 500 字' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item
          label="归档材料保管期限（年）"
          name="retentionYears"
          rules={[zodRule(shape.retentionYears, '保管期限应为 1 至 100 年的整数')]}
        >
          <InputNumber min={1} max={100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          各类文书可加的说明段落
        </Typography.Title>
        <Collapse
          style={{ marginBottom: 16 }}
          items={DOCUMENT_KINDS.map((kind) => ({
            key: kind,
            label: `${DOCUMENT_KIND_LABELS[kind]}${settings.freeTexts[kind] ? '（已填写）' : ''}`,
            forceRender: true,
            children: (
              <Form.Item
                label={`${DOCUMENT_KIND_LABELS[kind]}的说明段落`}
                name={['freeTexts', kind]}
                extra="印在正文之后、落款之前；不填则没有这一段。"
                rules={[{ max: 2000, message: '说明段落最多 2000 字' }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            ),
          }))}
        />
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存文书设置
          </Button>
        )}
      </Form>
    </Card>
  );
}
