// The papers of a request on its case page (issue 13): every document its timeline implies, generated and numbered
// when a handler opens the case or records a step — the paper a step needs is offered at once ("本次办理需要出具") —
// each with its preview, DOCX and PDF downloads and its delivery record; the notice to an overruled third party when
// the timeline allows one; and the archive package of a closed request (归档, then read-only), downloadable as zip.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import {
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  type DocumentList,
  type RequestDocument,
} from '../../../contracts/documents.ts';
import type { DisclosureRequest } from '../../../contracts/requests.ts';
import { api } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { letterBody } from './letter-body.ts';

const documentUrl = (id: string, format: 'docx' | 'pdf') =>
  `/api/v1/documents/${encodeURIComponent(id)}?format=${format}`;

function deliveryText(d: RequestDocument['delivery']): string {
  if (!d) return '未记录';
  const ref = d.reference ? `（${d.reference}）` : '';
  return `${d.methodLabel}${ref}，${d.sentOn} 送出${d.receivedOn ? `，${d.receivedOn} 收到` : ''}`;
}

function Preview({ document, onClose }: { document: RequestDocument; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['requests', 'document-preview', document.id],
    queryFn: ({ signal }) =>
      api.get<{ html: string }>(`/documents/${encodeURIComponent(document.id)}/preview`, { signal }),
  });
  return (
    <Modal
      open
      width={860}
      title={`${document.kindLabel} ${document.number}`}
      onCancel={onClose}
      footer={null}
    >
      <QueryState query={query}>
        {(paper) => (
          <section
            aria-label={`${document.kindLabel}预览`}
            className="letter-preview"
            style={{ border: '1px solid #d9d9d9', background: '#fff', padding: '24px 32px' }}
            dangerouslySetInnerHTML={{ __html: letterBody(paper.html) }}
          />
        )}
      </QueryState>
    </Modal>
  );
}

function DeliveryForm({ document, onClose }: { document: RequestDocument; onClose: () => void }) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (body: unknown) => api.put(`/documents/${encodeURIComponent(document.id)}/delivery`, body),
    onSuccess: async () => {
      message.success(`已记录送达：${document.kindLabel}`);
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      onClose();
    },
  });
  const submit = async () => {
    const v = (await form.validateFields()) as {
      method: string;
      reference?: string;
      sentOn: Dayjs;
      receivedOn?: Dayjs | null;
    };
    mutation.mutate({
      method: v.method,
      ...(v.reference?.trim() ? { reference: v.reference.trim() } : {}),
      sentOn: v.sentOn.format('YYYY-MM-DD'),
      ...(v.receivedOn ? { receivedOn: v.receivedOn.format('YYYY-MM-DD') } : {}),
    });
  };
  return (
    <Modal
      open
      title={`记录送达：${document.kindLabel} ${document.number}`}
      okText="保存送达记录"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ method: 'post' }}>
        <Form.Item name="method" label="送达方式" rules={[{ required: true, message: '请选择送达方式' }]}>
          <Select options={DELIVERY_METHODS.map((m) => ({ value: m, label: DELIVERY_METHOD_LABELS[m] }))} />
        </Form.Item>
        <Form.Item
          name="reference"
          label="运单号或签收人"
          extra="邮寄须填运单号；电子邮件发往申请人留下的邮箱"
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sentOn" label="送出日期" rules={[{ required: true, message: '请填写送出日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label="收到日期"
          extra="补正期限、缴费期限自申请人收到之日起算；当面送达填签收日期"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <ErrorAlert error={mutation.error} />
    </Modal>
  );
}

/** 收费通知书: the quantities the fee schedule counts (国办函〔2020〕109号); the server checks the amount they give. */
function FeeForm({
  request,
  document,
  onClose,
}: {
  request: DisclosureRequest;
  document: RequestDocument;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const method = Form.useWatch('method', form) as 'perPage' | 'perRequest' | undefined;
  const mutation = useMutation({
    mutationFn: (fee: unknown) =>
      api.post(`/requests/${encodeURIComponent(request.id)}/documents`, {
        kind: 'feeNotice',
        sourceSeq: document.sourceSeq,
        fee,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      onClose();
    },
  });
  const submit = async () => {
    const v = (await form.validateFields()) as {
      method: string;
      pages?: number;
      requests?: number;
      prior?: number;
    };
    mutation.mutate(
      v.method === 'perPage'
        ? { method: 'perPage', pages: v.pages }
        : { method: 'perRequest', requests: v.requests, priorRequestsThisMonth: v.prior ?? 0 },
    );
  };
  return (
    <Modal
      open
      title="收费通知书的计费依据"
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ method: 'perPage' }}>
        <Form.Item name="method" label="计费方式">
          <Select
            options={[
              { value: 'perPage', label: '按量计收（页数）' },
              { value: 'perRequest', label: '按件计收（件数）' },
            ]}
          />
        </Form.Item>
        {method === 'perRequest' ? (
          <>
            <Form.Item name="requests" label="本次件数" rules={[{ required: true, message: '请填写件数' }]}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="prior" label="本月此前已申请件数">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="pages" label="页数" rules={[{ required: true, message: '请填写页数' }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
      <ErrorAlert error={mutation.error} />
    </Modal>
  );
}

export function DocumentsCard({ request }: { request: DisclosureRequest }) {
  const principal = usePrincipal();
  const mayHandle = can(principal, 'requests.handle') && principal.agencyId === request.agencyId;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<RequestDocument[]>([]);
  const [previewing, setPreviewing] = useState<RequestDocument | null>(null);
  const [delivering, setDelivering] = useState<RequestDocument | null>(null);
  const [pricing, setPricing] = useState<RequestDocument | null>(null);
  const path = `/requests/${encodeURIComponent(request.id)}`;
  const query = useQuery({
    queryKey: ['requests', 'documents', request.id, request.eventCount],
    queryFn: async ({ signal }) => {
      const list = mayHandle
        ? await api.post<DocumentList>(`${path}/documents/generate`)
        : await api.get<DocumentList>(`${path}/documents`, { signal });
      // The papers the last step gave rise to: offered at once (a refetch that finds nothing new keeps the offer).
      const added = seen.current ? list.documents.filter((d) => !seen.current!.has(d.id)) : [];
      if (added.length > 0) setFresh(added);
      seen.current = new Set(list.documents.map((d) => d.id));
      return list;
    },
  });
  const act = useMutation({
    mutationFn: (call: () => Promise<unknown>) => call(),
    onSuccess: async () => {
      message.success('已完成');
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });
  return (
    <Card title="文书与送达" size="small" style={{ marginBottom: 16 }}>
      <QueryState query={query}>
        {(list) => (
          <Flex vertical gap={12}>
            {fresh.length > 0 && (
              <Alert
                type="info"
                showIcon
                title={`本次办理需要出具：${fresh.map((d) => `《${d.kindLabel}》${d.number}`).join('、')}`}
                action={
                  <Button size="small" onClick={() => setPreviewing(fresh[0]!)}>
                    预览
                  </Button>
                }
              />
            )}
            <Table<RequestDocument>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={list.documents}
              locale={{ emptyText: <Typography.Text type="secondary">尚无文书</Typography.Text> }}
              columns={[
                { title: '文书', dataIndex: 'kindLabel' },
                { title: '文号', dataIndex: 'number' },
                { title: '成文日期', dataIndex: 'issuedOn' },
                { title: '送达', key: 'delivery', render: (_v, d) => deliveryText(d.delivery) },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_v, d) => (
                    <Space size="small" wrap>
                      <Button size="small" onClick={() => setPreviewing(d)} aria-label={`预览${d.kindLabel}`}>
                        预览
                      </Button>
                      <a href={documentUrl(d.id, 'docx')} download aria-label={`下载${d.kindLabel} DOCX`}>
                        DOCX
                      </a>
                      <a href={documentUrl(d.id, 'pdf')} download aria-label={`下载${d.kindLabel} PDF`}>
                        PDF
                      </a>
                      {mayHandle && !list.archive && d.kind === 'feeNotice' && (
                        <Button size="small" onClick={() => setPricing(d)}>
                          计费依据
                        </Button>
                      )}
                      {mayHandle && !list.archive && (
                        <Button
                          size="small"
                          onClick={() => setDelivering(d)}
                          aria-label={`记录${d.kindLabel}送达`}
                        >
                          记录送达
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
            {mayHandle &&
              !list.archive &&
              list.offered.map((o) => (
                <Button
                  key={`${o.kind}-${o.sourceSeq}`}
                  onClick={() =>
                    act.mutate(() => api.post(`${path}/documents`, { kind: o.kind, sourceSeq: o.sourceSeq }))
                  }
                >
                  出具{o.kindLabel}
                </Button>
              ))}
            {list.archive ? (
              <Alert
                type="success"
                showIcon
                title={`已归档：${list.archive.archivedOn}，保管至 ${list.archive.retainUntil}（只读）`}
                description={<Typography.Text code>SM3 {list.archive.sm3.slice(0, 16)}…</Typography.Text>}
                action={
                  <Button size="small" href={`/api/v1${path}/archive`} download>
                    下载归档材料包（zip）
                  </Button>
                }
              />
            ) : (
              mayHandle &&
              ['replied', 'delivered', 'closed', 'archived'].includes(request.state) && (
                <Button
                  type="primary"
                  onClick={() => act.mutate(() => api.post(`${path}/archive`))}
                  loading={act.isPending}
                >
                  归档并生成归档材料包
                </Button>
              )
            )}
            <ErrorAlert error={act.error} />
          </Flex>
        )}
      </QueryState>
      {previewing && <Preview document={previewing} onClose={() => setPreviewing(null)} />}
      {delivering && <DeliveryForm document={delivering} onClose={() => setDelivering(null)} />}
      {pricing && <FeeForm request={request} document={pricing} onClose={() => setPricing(null)} />}
    </Card>
  );
}
