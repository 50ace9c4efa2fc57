// 门户发布: the versions of the year's report on the public portal, newest first, each linking to its page there; a
// version after the first is a correction with its 更正说明. Publishing itself is the review's last step
// (Workflow.tsx: a leader's sign-off).
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import type { Agency } from '../../../core/agencies.ts';
import type { ReportPublication } from '../../../contracts/reports.ts';
import { api, queryString } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';

const portalPath = (code: string, year: number, version?: number) =>
  `/${encodeURIComponent(code)}/reports/${year}${version ? `?version=${version}` : ''}`;

export const publicationsKey = (agency: Agency, year: number) => ['report-publications', agency.id, year];

/** The year's published versions, newest first (shared by the list and the deadline above the review). */
export function usePublications(agency: Agency, year: number) {
  return useQuery({
    queryKey: publicationsKey(agency, year),
    queryFn: () =>
      api.get<{ items: ReportPublication[] }>(
        `/reports/annual/publications${queryString({ agencyId: agency.id, year })}`,
      ),
  });
}

export function Publications({ agency, year }: { agency: Agency; year: number }) {
  const list = usePublications(agency, year);
  const code = agency.code;

  return (
    <section aria-labelledby="report-publications">
      <Typography.Title id="report-publications" level={3} style={{ fontSize: 16, margin: 0 }}>
        门户上的版本
      </Typography.Title>
      <QueryState query={list}>
        {(data) => (
          <Table<ReportPublication>
            rowKey="id"
            size="small"
            style={{ margin: '12px 0 24px' }}
            dataSource={data.items}
            pagination={false}
            locale={{
              emptyText: <Typography.Text type="secondary">本年度报告尚未发布到门户</Typography.Text>,
            }}
            columns={[
              {
                title: '版本',
                dataIndex: 'version',
                render: (v: number, p) =>
                  code ? (
                    <a href={portalPath(code, year, p === data.items[0] ? undefined : v)}>第 {v} 版</a>
                  ) : (
                    `第 ${v} 版`
                  ),
              },
              { title: '发布日期', dataIndex: 'publishedOn' },
              { title: '签发人', dataIndex: 'publishedBy' },
              {
                title: '更正说明',
                dataIndex: 'correctionNote',
                render: (n: string | null) => n ?? '（首次发布）',
              },
            ]}
          />
        )}
      </QueryState>
    </section>
  );
}
