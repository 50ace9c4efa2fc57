// The editor of a draft: the statutory metadata (core/publications/item.ts), validated in the browser with the same
// draft contract the server parses with, the body as plain paragraphs, and the screening findings beside it with a
// jump to each. 提交审核 saves, then asks the server to screen and submit; a refusal shows the server's message and
// the findings it kept.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { draftBodySchema, type StaffItem } from '../../../contracts/publications.ts';
import {
  art20Label,
  ART20_ITEMS,
  CATEGORY_LABELS,
  GENRE_LABELS,
  isNormativeGenre,
  VALIDITY_LABELS,
  type Genre,
} from '../../../core/publications/vocabulary.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../components/QueryState.tsx';
import { zodFieldErrors } from '../../components/zod-rule.ts';
import { bodyToText, hasRichMarkup, textToBody } from './body-text.ts';
import { BODY_SECTION, FindingsPanel, HighlightedBody, type Finding } from './Findings.tsx';

interface Values {
  title: string;
  documentNumber?: string;
  writtenOn?: string;
  formedOn?: string;
  publishingBody: string;
  genre: Genre;
  category: string;
  art20Item?: number | null;
  summary?: string;
  bodyText?: string;
  interpretsId?: string | null;
  validityStatus?: string;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const ART20_OPTIONS = ART20_ITEMS.map((n) => ({ value: n, label: art20Label(n) }));
const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

function toDraft(v: Values) {
  return {
    title: v.title ?? '',
    documentNumber: orNull(v.documentNumber),
    writtenOn: orNull(v.writtenOn),
    formedOn: orNull(v.formedOn),
    publishingBody: v.publishingBody ?? '',
    genre: v.genre,
    category: v.category,
    art20Item: v.art20Item ?? null,
    summary: orNull(v.summary),
    body: textToBody(v.bodyText ?? ''),
    interpretsId: v.interpretsId ?? null,
    validity: v.validityStatus ? { status: v.validityStatus } : null,
  };
}

function toValues(item: StaffItem): Values {
  return {
    title: item.title,
    documentNumber: item.documentNumber ?? undefined,
    writtenOn: item.writtenOn ?? undefined,
    formedOn: item.formedOn ?? undefined,
    publishingBody: item.publishingBody,
    genre: item.genre,
    category: item.category,
    art20Item: item.art20Item,
    summary: item.summary ?? undefined,
    bodyText: bodyToText(item.body),
    interpretsId: item.interpretsId,
    validityStatus: item.validity?.status,
  };
}

// Zod's paths for the draft name the draft's fields; the form's body and validity fields are named differently.
const FIELD_OF: Record<string, string> = { body: 'bodyText', validity: 'validityStatus' };

export function DraftForm({ item }: { item?: StaffItem }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [checked, setChecked] = useState<Finding[] | null>(null);
  const bodyText = Form.useWatch('bodyText', form) ?? '';
  const genre = Form.useWatch('genre', form);
  const category = Form.useWatch('category', form);
  const findings = checked ?? item?.screeningFindings ?? [];

  const policies = useQuery({
    queryKey: ['publications', 'interpretable'],
    enabled: category === 'interpretation',
    queryFn: () => api.get<{ items: StaffItem[] }>('/publications?category=policyDocument&pageSize=100'),
  });

  const validDraft = async () => {
    const values = await form.validateFields();
    const draft = toDraft(values);
    const errors = zodFieldErrors(draftBodySchema, draft).map((e) => ({
      ...e,
      name: [FIELD_OF[String(e.name[0])] ?? e.name[0]],
    }));
    if (errors.length) {
      form.setFields(errors as { name: (keyof Values)[]; errors: string[] }[]);
      throw new Error(errors[0]!.errors[0]);
    }
    return draft;
  };

  const save = async (): Promise<StaffItem> => {
    const draft = await validDraft();
    const saved = item
      ? await api.put<StaffItem>(`/publications/${item.id}`, draft)
      : await api.post<StaffItem>('/publications', draft);
    await client.invalidateQueries({ queryKey: ['publications'] });
    return saved;
  };

  const saving = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      setRefusal(null);
      message.success('已保存');
      if (!item) navigate(`/catalogue/${saved.id}`);
    },
    onError: (error) => setRefusal(errorMessage(error)),
  });
  const checking = useMutation({
    mutationFn: async () =>
      (await api.post<{ findings: Finding[] }>('/publications/screen', await validDraft())).findings,
    onSuccess: (found) => {
      setChecked(found);
      setRefusal(null);
    },
    onError: (error) => setRefusal(errorMessage(error)),
  });
  const submitting = useMutation({
    mutationFn: async () => {
      const saved = await save();
      return api.post<StaffItem>(`/publications/${saved.id}/submit`);
    },
    onSuccess: async () => {
      setRefusal(null);
      setChecked(null);
      message.success('已提交审核');
      await client.invalidateQueries({ queryKey: ['publications'] });
    },
    onError: async (error) => {
      setRefusal(errorMessage(error));
      // The server kept the findings of the refused submission: show them.
      setChecked(null);
      await client.invalidateQueries({ queryKey: ['publications'] });
    },
  });
  const pending = saving.isPending || checking.isPending || submitting.isPending;

  const jump = (index: number) => {
    const finding = findings[index];
    const box = document.getElementById('draft_bodyText') as HTMLTextAreaElement | null;
    if (!finding || finding.location.section !== BODY_SECTION || !box) return;
    const start = finding.location.offset!;
    const end = start + finding.location.length!;
    // Scroll the box so the line is in view: the share of lines before the finding, of the box's height.
    const linesBefore = box.value.slice(0, start).split('\n').length - 1;
    const lines = box.value.split('\n').length;
    box.scrollTop = Math.max(0, (box.scrollHeight * linesBefore) / lines - box.clientHeight / 3);
    box.focus();
    box.setSelectionRange(start, end);
    document.getElementById(`finding-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <Form<Values>
      form={form}
      name="draft"
      layout="vertical"
      initialValues={item ? toValues(item) : { genre: 'notice', category: 'notice' }}
      onFinish={() => saving.mutate()}
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} role="alert" />}
      {item && hasRichMarkup(item.body) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="正文含表格、列表或链接等格式；在此保存后正文只保留文字段落。"
        />
      )}
      <Row gutter={24}>
        <Col xs={24} xl={14}>
          <Form.Item label="索引号" htmlFor="draft-index-number">
            <Input id="draft-index-number" value={item?.indexNumber ?? '发布时由系统生成'} disabled />
          </Form.Item>
          <Form.Item label="标题" name="title" rules={[{ required: true, message: '标题不能为空' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="文号" name="documentNumber">
                <Input maxLength={100} placeholder="如 甲发〔2024〕3号" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="发布机构"
                name="publishingBody"
                rules={[{ required: true, message: '发布机构不能为空' }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="体裁" name="genre">
                <Select options={options(GENRE_LABELS)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="类别" name="category">
                <Select options={options(CATEGORY_LABELS)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="《条例》第二十条事项" name="art20Item">
                <Select allowClear placeholder="不属于" options={ART20_OPTIONS} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="成文日期" name="writtenOn">
                <Input placeholder="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label="形成或变更日期"
                name="formedOn"
                tooltip="空则按成文日期（《条例》第二十六条）"
              >
                <Input placeholder="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="有效性" name="validityStatus">
                <Select
                  allowClear
                  disabled={!genre || !isNormativeGenre(genre)}
                  placeholder={genre && isNormativeGenre(genre) ? '请选择' : '仅规章和规范性文件'}
                  options={options(VALIDITY_LABELS)}
                />
              </Form.Item>
            </Col>
          </Row>
          {category === 'interpretation' && (
            <Form.Item label="所解读的政策文件" name="interpretsId">
              <Select
                allowClear
                loading={policies.isPending}
                options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
              />
            </Form.Item>
          )}
          <Form.Item label="内容概述" name="summary">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item label="正文（每段一行）" name="bodyText">
            <Input.TextArea rows={10} />
          </Form.Item>
          <Flex gap={8} wrap>
            <Button htmlType="submit" disabled={pending} loading={saving.isPending}>
              保存草稿
            </Button>
            <Button onClick={() => checking.mutate()} disabled={pending} loading={checking.isPending}>
              发布前检查
            </Button>
            <Button
              type="primary"
              onClick={() => submitting.mutate()}
              disabled={pending}
              loading={submitting.isPending}
            >
              提交审核
            </Button>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {(checked || item?.screenedAt) && (
              <>
                <FindingsPanel
                  findings={findings}
                  body={bodyText}
                  onJump={jump}
                  checkedAt={checked ? null : item?.screenedAt}
                />
                {findings.some((f) => f.location.section === BODY_SECTION) && (
                  <HighlightedBody body={bodyText} findings={findings} />
                )}
              </>
            )}
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
