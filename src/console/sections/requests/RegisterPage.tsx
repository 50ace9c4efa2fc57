// 登记申请: a request that reached the office by letter, fax, in person or e-mail. The clerk enters the dates the
// statute counts from (《条例》第三十一条: the page says which clause applies to the chosen channel, in core's words);
// the form is checked with the API's own contract before sending, and the idempotency key made once per opening
// means a double click registers one request.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Channel } from '../../../core/requests/events.ts';
import { DEFAULT_CLOCK_OPTIONS, needsConfirmation } from '../../../core/requests/options.ts';
import { receiptRuleFor } from '../../../core/requests/receipt.ts';
import { registrationBody, type DisclosureRequest } from '../../../contracts/requests.ts';
import { api } from '../../api/client.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { zodFieldErrors } from '../../components/zod-rule.ts';
import { APPLICANT_KIND_OPTIONS, CHANNEL_OPTIONS } from './labels.ts';

/** The online channel is the public form's (/apply): staff register what arrived another way. */
const STAFF_CHANNELS = CHANNEL_OPTIONS.filter((option) => option.value !== 'online');

interface Values {
  channel: Channel;
  arrivedOn: string;
  confirmedOn?: string;
  kind: string;
  name: string;
  idDocument?: string;
  contact: string;
  informationSought: string;
  formWanted: string;
}

const blankToNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export function RegisterPage() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const channel = Form.useWatch('channel', form) ?? 'inPerson';
  const confirms = needsConfirmation(channel, DEFAULT_CLOCK_OPTIONS);

  const register = useMutation({
    mutationFn: (body: unknown) =>
      api.post<{ request: DisclosureRequest }>('/requests', body, { idempotencyKey }),
    onSuccess: async ({ request }) => {
      // One notice even when a double click sent the form twice (both answers are the same request).
      message.success({ content: `已登记：${request.registrationNumber}`, key: idempotencyKey });
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
      await navigate(`/requests/${request.id}`);
    },
  });

  const submit = (values: Values) => {
    const body = {
      channel: values.channel,
      arrivedOn: values.arrivedOn,
      confirmedOn: confirms ? blankToNull(values.confirmedOn) : null,
      applicant: {
        kind: values.kind,
        name: values.name ?? '',
        idDocument: blankToNull(values.idDocument),
        contact: values.contact ?? '',
      },
      informationSought: values.informationSought ?? '',
      formWanted: values.formWanted ?? '',
    };
    const issues = zodFieldErrors(registrationBody, body).map((issue) => ({
      // The form's fields are flat: applicant.name is the field "name".
      name: [String(issue.name[issue.name.length - 1] ?? 'channel')],
      errors: issue.errors,
    }));
    if (issues.length > 0) return form.setFields(issues as never);
    register.mutate(body);
  };

  return (
    <>
      <PageTitle
        title="登记申请"
        subtitle="登记当面、邮寄、传真或电子邮件收到的申请；网上提交的申请由系统自动登记。"
      />
      <ErrorAlert error={register.error} gap={16} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'inPerson', kind: 'naturalPerson' }}
        onFinish={submit}
        style={{ maxWidth: 960 }}
      >
        <Card title="收到申请" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="channel"
                label="提交渠道"
                rules={[{ required: true, message: '请选择提交渠道' }]}
              >
                <Select options={STAFF_CHANNELS} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="arrivedOn"
                label="到达日期"
                rules={[{ required: true, message: '请填写申请到达的日期' }]}
              >
                <Input type="date" />
              </Form.Item>
            </Col>
            {confirms && (
              <Col xs={24} md={8}>
                <Form.Item name="confirmedOn" label="与申请人确认收到的日期">
                  <Input type="date" />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Alert
            type="info"
            showIcon
            title={`收到申请之日：${receiptRuleFor(channel, DEFAULT_CLOCK_OPTIONS)}。`}
          />
        </Card>
        <Card title="申请人" size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="kind"
                label="申请人类型"
                rules={[{ required: true, message: '请选择申请人类型' }]}
              >
                <Select options={APPLICANT_KIND_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="name"
                label="姓名或名称"
                rules={[{ required: true, message: '请填写申请人姓名或名称' }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="idDocument" label="身份证明（证件名称和号码，或统一社会信用代码）">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="contact"
                label="联系方式"
                rules={[{ required: true, message: '请填写联系方式' }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title="申请内容" size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="informationSought"
            label="申请公开的政府信息（名称、文号或便于查询的特征性描述）"
            rules={[{ required: true, message: '请填写申请公开的政府信息' }]}
          >
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item
            name="formWanted"
            label="获取信息的方式"
            rules={[{ required: true, message: '请填写获取信息的方式' }]}
          >
            <Input maxLength={500} placeholder="如：纸质文本、电子邮件" />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={register.isPending} disabled={register.isPending}>
          登记
        </Button>
      </Form>
    </>
  );
}
