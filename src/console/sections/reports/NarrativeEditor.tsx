// 正文撰写: the sections of the annual report its staff write (contracts/report-narrative.ts) — 一 总体情况, 四's
// comment under its table, 五 and 六. A figure is written as a placeholder such as {收到申请}, which every build fills
// from the tables (core/report/drafting), so the prose follows the data; a figure typed by hand that contradicts the
// tables shows up as an N-1 finding beside the text as soon as it is saved. The built text of the section is shown
// under the editor, as the report will print it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Radio, Select, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import type { Narrative, WrittenSection } from '../../../contracts/report-narrative.ts';
import { WRITTEN_SECTIONS } from '../../../contracts/report-narrative.ts';
import type { Finding } from '../../../core/findings.ts';
import { DEFAULT_OVERVIEW_TEMPLATE } from '../../../core/report/drafting/default-overview.ts';
import { PLACEHOLDERS } from '../../../core/report/drafting/placeholders.ts';
import { DEFAULT_OTHER_TEMPLATE } from '../../../core/report/drafting/default-other.ts';
import type { AnnualReport } from '../../../core/report/model.ts';
import { SECTION_HEADINGS } from '../../../core/taxonomy/sections.ts';
import { api, queryString } from '../../api/client.ts';
import { errorMessage, QueryState } from '../../components/QueryState.tsx';
import { useWorkflowView } from './Workflow.tsx';

const PLACEHOLDER_OPTIONS = PLACEHOLDERS.map((p) => ({
  value: p.name,
  label: `{${p.name}} — ${p.meaning}`,
}));

/** The choice of section to write, short enough for the four to fit one row at 1024 px. */
const CHOICE_LABELS: Record<WrittenSection, string> = {
  overview: '一、总体情况',
  reviewLitigation: '四、复议和诉讼情况说明',
  problems: '五、问题及改进',
  other: '六、其他事项',
};

/**
 * What a section holds before anyone saved it: 一 and 六 start from the product's drafts (六's（二）（三）from the
 * 工作要点台账 and the proposals register), the others empty.
 */
const STARTING_TEXT: Partial<Record<WrittenSection, string>> = {
  overview: DEFAULT_OVERVIEW_TEMPLATE,
  other: DEFAULT_OTHER_TEMPLATE,
};
const startingText = (section: WrittenSection) => STARTING_TEXT[section] ?? '';

interface Props {
  agencyId: string;
  year: number;
  report: AnnualReport;
  findings: Finding[];
  editable: boolean;
}

export function NarrativeEditor({ agencyId, year, report, findings, editable }: Props) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const key = ['report-narrative', agencyId, year];
  const narrative = useQuery({
    queryKey: key,
    queryFn: () => api.get<Narrative>(`/reports/annual/${year}/narrative${queryString({ agencyId })}`),
  });
  // Submitted reports are frozen (services/reports/workflow.ts): an edit then goes into the next version.
  const workflowState = useWorkflowView(agencyId, year).data?.state;
  const [active, setActive] = useState<WrittenSection>('overview');
  const [edits, setEdits] = useState<Partial<Record<WrittenSection, string>>>({});
  const save = useMutation({
    mutationFn: (sections: Partial<Record<WrittenSection, string>>) =>
      api.put<Narrative>(`/reports/annual/${year}/narrative`, { agencyId, sections }),
    onSuccess: async (saved, sections) => {
      client.setQueryData(key, saved);
      setEdits((current) =>
        Object.fromEntries(Object.entries(current).filter(([section]) => !(section in sections))),
      );
      await client.invalidateQueries({ queryKey: ['report', agencyId, year] });
      message.success('正文已保存，报告和检查结果已按新正文重新生成。');
    },
  });

  return (
    <section aria-labelledby="report-narrative">
      <Typography.Title id="report-narrative" level={2} style={{ fontSize: 18 }}>
        正文撰写
      </Typography.Title>
      <QueryState query={narrative}>
        {(data) => {
          const saved = (section: WrittenSection) =>
            data.sections.find((s) => s.section === section)?.text ?? startingText(section);
          const textOf = (section: WrittenSection) => edits[section] ?? saved(section);
          const changed = WRITTEN_SECTIONS.filter(
            (section) => edits[section] !== undefined && edits[section] !== saved(section),
          );
          return (
            <>
              <Typography.Paragraph type="secondary">
                数字请用占位符（如 {'{收到申请}'}
                ）书写，生成报告时按表格数据填入；直接写出的数字若与表格不一致，保存后会列为 N-1 检查结果。
                {workflowState && workflowState !== 'draft' && workflowState !== 'published'
                  ? ' 本年度报告已提交审核并冻结，此处的修改用于下一次提交。'
                  : ''}
              </Typography.Paragraph>
              <Radio.Group
                aria-label="选择要撰写的部分"
                optionType="button"
                value={active}
                onChange={(event) => setActive(event.target.value as WrittenSection)}
                options={WRITTEN_SECTIONS.map((section) => ({
                  value: section,
                  label: `${CHOICE_LABELS[section]}${changed.includes(section) ? '（未保存）' : ''}`,
                }))}
                style={{ marginBottom: 12 }}
              />
              <SectionPane
                key={active}
                section={active}
                text={textOf(active)}
                onChange={(text) => setEdits((current) => ({ ...current, [active]: text }))}
                built={report.sections.find((s) => s.key === active)?.text ?? ''}
                findings={findings.filter((f) => f.location.section === SECTION_HEADINGS[active])}
                editable={editable}
              />
              {editable && (
                <Flex gap={12} align="center" wrap>
                  <Button
                    type="primary"
                    loading={save.isPending}
                    disabled={changed.length === 0}
                    onClick={() =>
                      save.mutate(Object.fromEntries(changed.map((section) => [section, textOf(section)])))
                    }
                  >
                    保存正文
                  </Button>
                  <Typography.Text type="secondary">
                    {changed.length
                      ? `未保存的修改：${changed.map((section) => SECTION_HEADINGS[section]).join('；')}`
                      : '没有未保存的修改'}
                  </Typography.Text>
                </Flex>
              )}
              {save.isError && (
                <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorMessage(save.error)} />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

interface PaneProps {
  section: WrittenSection;
  text: string;
  onChange: (text: string) => void;
  built: string;
  findings: Finding[];
  editable: boolean;
}

function SectionPane({ section, text, onChange, built, findings, editable }: PaneProps) {
  const area = useRef<TextAreaRef>(null);
  const heading = SECTION_HEADINGS[section];
  const textareaId = `narrative-${section}`;

  // The placeholder goes where the cursor is (or replaces the selection), and the cursor lands after it.
  const insert = (name: string) => {
    const element = area.current?.resizableTextArea?.textArea;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const token = `{${name}}`;
    onChange(text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <label htmlFor={textareaId}>{heading}</label>
        {editable && (
          <Select<string>
            aria-label="插入数字占位符"
            placeholder="插入数字占位符"
            showSearch={{ optionFilterProp: 'label' }}
            value={null}
            style={{ width: 420 }}
            options={PLACEHOLDER_OPTIONS}
            onChange={insert}
          />
        )}
      </Flex>
      <Input.TextArea
        id={textareaId}
        ref={area}
        value={text}
        readOnly={!editable}
        autoSize={{ minRows: 6, maxRows: 18 }}
        onChange={(event) => onChange(event.target.value)}
      />
      <section aria-label={`${heading}的生成效果`}>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          生成效果（按已保存的正文和当前数据）
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12 }}>
          {built || '（本部分为空）'}
        </Typography.Paragraph>
        {findings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`本部分的检查结果（${findings.length} 项）`}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {findings.map((finding, i) => (
                  <li key={i}>
                    {finding.rule}：{finding.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </section>
    </Flex>
  );
}
