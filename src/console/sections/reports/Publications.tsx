// 门户发布: the versions of the year's report already on the public portal, each with its 更正说明. A report is
// published only by the leader's sign-off at the end of its review (POST /reports/annual/{year}/workflow/…).
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import type { Agency } from '../../../core/agencies.ts';
import type { ReportPublication } from '../../../contracts/reports.ts';
import { api, queryString } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';

const portalPath = (code: string, year: number, version?: number) =>
  `/${encodeURIComponent(code)}/reports/${year}${version ? `?version=${version}` : ''}`;

export function Publications({ agencyId, year }: { agencyId: string; year: number }) {
  const key = ['report-publications', agencyId, year];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      api.get<{ items: ReportPublication[] }>(
        `/reports/annual/publications${queryString({ agencyId, year })}`,
      ),
  });
  const agency = useQuery({
    queryKey: ['agency', agencyId],
    queryFn: () => api.get<Agency>(`/agencies/${agencyId}`),
  });
  const code = agency.data?.code;

  return (
    <section aria-labelledby="report-publications">
      <Typography.Title id="report-publications" level={2} style={{ fontSize: 18, margin: 0 }}>
        门户发布
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
              { title: '发布人', dataIndex: 'publishedBy' },
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
