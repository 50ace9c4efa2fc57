// 转为申请: a question that asks for government information is registered as a disclosure request, received on the
// day the question was (《条例》第三十一条), with the applicant's kind, contact and the form wanted that the question
// itself did not carry. The new registration number is shown with a link to the case.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ConvertInput, Question } from '../../../contracts/participation.ts';
import { APPLICANT_KINDS, APPLICANT_LABELS } from '../../../core/taxonomy/applicants.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/QueryState.tsx';

interface Converted {
  requestId: string;
  registrationNumber: string;
}

export function ConvertQuestion({ question, onClose }: { question: Question | null; onClose: () => void }) {
  const client = useQueryClient();
  const [input, setInput] = useState<ConvertInput>({
    applicantKind: 'naturalPerson',
    contact: '',
    formWanted: '电子文档',
  });
  const convert = useMutation({
    mutationFn: () => api.post<Converted>(`/participation/questions/${question!.id}/request`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['questions'] }),
  });
  const close = () => {
    convert.reset();
    onClose();
  };
  const done = convert.data;
  return (
    <Modal
      open={question !== null}
      title={`转为政府信息公开申请：${question?.title ?? ''}`}
      onCancel={close}
      okText={done ? '完成' : '登记为申请'}
      cancelText="取消"
      confirmLoading={convert.isPending}
      onOk={() => (done ? close() : convert.mutate())}
      destroyOnHidden
    >
      <ErrorAlert error={convert.error} gap={12} />
      {done ? (
        <>
          <Alert
            type="success"
            showIcon
            title={`已登记为申请 ${done.registrationNumber}，收到日期为留言收到之日${question?.receivedOn ?? ''}。`}
          />
          <Typography.Paragraph style={{ marginTop: 12 }}>
            <Link to={`/requests/${done.requestId}`}>打开这件申请</Link>
          </Typography.Paragraph>
        </>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>
            留言人：{question?.asker}；收到日期：{question?.receivedOn}（申请的收到日期）。
          </Typography.Paragraph>
          <label htmlFor="convert-kind">申请人类型</label>
          <Select
            id="convert-kind"
            style={{ width: '100%' }}
            value={input.applicantKind}
            onChange={(applicantKind) => setInput({ ...input, applicantKind })}
            options={APPLICANT_KINDS.map((kind) => ({ value: kind, label: APPLICANT_LABELS[kind] }))}
          />
          <label htmlFor="convert-contact">申请人联系方式</label>
          <Input
            id="convert-contact"
            maxLength={200}
            value={input.contact}
            onChange={(e) => setInput({ ...input, contact: e.target.value })}
          />
          <label htmlFor="convert-form">获取信息的方式</label>
          <Input
            id="convert-form"
            maxLength={500}
            value={input.formWanted}
            onChange={(e) => setInput({ ...input, formWanted: e.target.value })}
          />
        </Space>
      )}
    </Modal>
  );
}
