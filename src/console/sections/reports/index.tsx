// 年度报告 (/console/reports): the annual report built from the agency's data for a year — tables 二, 三 and 四, the
// checker's findings — the same report to download in each format the writers produce, its review and publication
// to the portal (Workflow.tsx), the versions published (Publications.tsx) and the prose staff write with its live
// figures (NarrativeEditor.tsx). A supervising office chooses which agency under it. The year (and agency) live in the
// URL, so 工作台 can link to a year.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Agency } from '../../../core/agencies.ts';
import type { Finding } from '../../../core/findings.ts';
import type { AnnualReport } from '../../../core/report/model.ts';
import type { ReportFormat } from '../../../contracts/reports.ts';
import { api, queryString } from '../../api/client.ts';
import { can, usePrincipal } from '../../api/session.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { CellDrawer, type OpenedCell } from './CellDrillDown.tsx';
import { Findings } from './Findings.tsx';
import { NarrativeEditor } from './NarrativeEditor.tsx';
import { Publications } from './Publications.tsx';
import { ReportWorkflow } from './Workflow.tsx';
import { ApplicationsTable, ProactiveTables, ReviewTable } from './ReportTables.tsx';

/** The formats offered for download, in the order people ask for them. */
const DOWNLOADS: { format: ReportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word（DOCX）' },
  { format: 'xlsx', label: 'Excel（XLSX）' },
  { format: 'text', label: '纯文本' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
];
const FIRST_YEAR = 2019;

/** Until the end of January the report being written is last year's (《条例》第四十九条: due by 31 January). */
function defaultYear(): number {
  const now = new Date();
  return now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
}

export default function ReportsSection() {
  const principal = usePrincipal();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || defaultYear();
  const supervising = can(principal, 'supervision.read');
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: () => api.get<{ items: Agency[] }>('/agencies'),
    enabled: supervising,
  });
  const agencyId = params.get('agencyId') ?? (supervising ? undefined : principal.agencyId);
  const query = useQuery({
    queryKey: ['report', agencyId, year],
    queryFn: () =>
      api.get<{ report: AnnualReport; findings: Finding[] }>(
        `/reports/annual${queryString({ agencyId, year })}`,
      ),
    enabled: agencyId !== undefined,
  });
  const agency = useQuery({
    queryKey: ['agency', agencyId],
    queryFn: () => api.get<Agency>(`/agencies/${agencyId}`),
    enabled: agencyId !== undefined,
  });
  const [cell, setCell] = useState<OpenedCell | null>(null);
  const choose = (next: { year?: number; agencyId?: string }) => {
    const merged = { year: String(next.year ?? year), ...(agencyId ? { agencyId } : {}), ...next };
    setParams(Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, String(v)])));
  };
  const years = Array.from({ length: defaultYear() + 1 - FIRST_YEAR + 1 }, (_, i) => defaultYear() + 1 - i);

  return (
    <>
      <PageTitle
        title="年度报告"
        subtitle="按本机关办理数据生成的政府信息公开工作年度报告：表二、表三、表四及检查结果。"
      />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Space>
          <label htmlFor="report-year">年度</label>
          <Select
            id="report-year"
            value={year}
            style={{ width: 120 }}
            onChange={(value) => choose({ year: value })}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          />
        </Space>
        {supervising && (
          <Space>
            <label htmlFor="report-agency">机关</label>
            <Select
              id="report-agency"
              value={agencyId}
              placeholder="选择所辖机关"
              style={{ width: 240 }}
              loading={agencies.isPending}
              onChange={(value: string) => choose({ agencyId: value })}
              options={(agencies.data?.items ?? [])
                .filter((agency) => agency.id !== principal.agencyId)
                .map((agency) => ({ value: agency.id, label: agency.name }))}
            />
          </Space>
        )}
      </Flex>
      {agencyId === undefined ? (
        <Alert type="info" showIcon title="请选择要查看年度报告的机关。" />
      ) : (
        <QueryState query={query}>
          {({ report, findings }) => (
            <>
              <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
                {report.title}
              </Typography.Title>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
                <span>下载：</span>
                {DOWNLOADS.map(({ format, label }) => (
                  <Button
                    key={format}
                    href={`/api/v1/reports/annual/download${queryString({ agencyId, year, format })}`}
                    download
                  >
                    {label}
                  </Button>
                ))}
              </Flex>
              {agency.data && (
                <>
                  <ReportWorkflow agency={agency.data} year={year} />
                  <Publications agency={agency.data} year={year} />
                </>
              )}
              <NarrativeEditor
                agencyId={agencyId}
                year={year}
                report={report}
                findings={findings}
                editable={can(principal, 'reports.write') && agencyId === principal.agencyId}
              />
              <section aria-labelledby="report-findings">
                <Typography.Title id="report-findings" level={2} style={{ fontSize: 18 }}>
                  检查结果（{findings.length} 项）
                </Typography.Title>
                <Findings findings={findings} />
              </section>
              <ProactiveTables report={report} open={setCell} />
              <ApplicationsTable report={report} open={setCell} />
              <ReviewTable report={report} open={setCell} />
              <CellDrawer cell={cell} agencyId={agencyId} year={year} onClose={() => setCell(null)} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
